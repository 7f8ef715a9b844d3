"""The matplotlib map: every prefecture drawn and labelled in Chinese with the embedded font."""

import io
import warnings
from pathlib import Path

import noto_cjk_sans_otc
from matplotlib import font_manager

from geo.fastpath import load_layers
from geo.mapdraw import FONT_FAMILY, map_figure
from geo.parks import load_park_points

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_every_prefecture_is_drawn_and_labelled_in_chinese():
    fig = map_figure(counties=True, zones=["zone:jixinan"])
    ax = fig.axes[0]
    prefectures = load_layers("province").prefectures
    drawn = [p.get_gid() for p in ax.patches]
    for pref in prefectures:
        assert drawn.count(pref.id) == 1, pref.name
    labels = {t.get_gid(): t for t in ax.texts}
    assert set(labels) == {p.id for p in prefectures}
    for pref in prefectures:
        text = labels[pref.id]
        assert text.get_text() == pref.short and all("\u4e00" <= ch <= "\u9fff" for ch in text.get_text())
        font = text.get_fontproperties()
        assert font.get_family() == [FONT_FAMILY]
        found = font_manager.findfont(font, fallback_to_default=False)
        assert str(found) == str(noto_cjk_sans_otc.FONT_PATH)
        # Face 2 of the collection is SC; face 0 (JP) would draw some Chinese characters with Japanese glyphs.
        face = font_manager.get_font(found)
        assert face.family_name == FONT_FAMILY
    assert "zone:jixinan" in drawn


def test_rendering_finds_every_glyph():
    fig = map_figure(title="吉林省产业政策地图", parks=[])
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font.*")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_parks_are_drawn_by_location_kind():

    parks = load_park_points(FIXTURES / "parks_small.json")
    ax = map_figure(parks=parks).axes[0]
    counts = {c.get_gid(): len(c.get_offsets()) for c in ax.collections}
    expected = {}
    for p in parks:
        expected[f"parks:{p.location}"] = expected.get(f"parks:{p.location}", 0) + 1
    assert counts == expected
