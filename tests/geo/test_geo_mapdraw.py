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
        # The face drawn is SC (face 0 of the collection, JP, would draw some characters with Japanese
        # glyphs), wherever the file lives.
        found = font_manager.findfont(font, fallback_to_default=False)
        face = font_manager.get_font(found)
        assert face.family_name == FONT_FAMILY
    assert "zone:jixinan" in drawn


def test_a_system_wide_noto_cjk_does_not_change_the_font_used(tmp_path, monkeypatch):
    """Users with Noto Sans CJK installed system-wide get the bundled SC face, the same rendering."""
    import shutil

    from geo import mapdraw

    system = tmp_path / "NotoSansCJK-Regular.ttc"
    shutil.copyfile(noto_cjk_sans_otc.FONT_PATH, system)
    manager = font_manager.fontManager
    monkeypatch.setattr(manager, "ttflist", list(manager.ttflist))
    monkeypatch.setattr(mapdraw, "_registered", False)
    sc = next(e for e in manager.ttflist if e.name == FONT_FAMILY and "noto_cjk" in str(e.fname))
    entry = font_manager.FontEntry(
        fname=str(system), index=sc.index, name=FONT_FAMILY, weight=400, size="scalable"
    )
    manager.ttflist.insert(0, entry)
    manager._findfont_cached.cache_clear()
    try:
        found = font_manager.findfont(mapdraw.cjk_font(9), fallback_to_default=False)
        assert font_manager.get_font(found).family_name == FONT_FAMILY
        assert str(found) == str(noto_cjk_sans_otc.FONT_PATH)  # the bundled file, not the system's copy
    finally:
        manager._findfont_cached.cache_clear()


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
