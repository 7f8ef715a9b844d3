"""Pieces of the GUI that need no window: palette classes, label placement, state, translations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.i18n import I18N_DIR, read_ts
from gui.palette import COUNT_COLOURS, count_bins
from gui.state import AtlasState


@pytest.mark.parametrize("top", [1, 2, 3, 5, 7, 22, 100])
def test_count_bins_cover_one_to_max_without_gaps(top):
    bins = count_bins(top)
    assert bins[0].lo == 1 and bins[-1].hi == top
    for a, b in zip(bins, bins[1:], strict=False):
        assert b.lo == a.hi + 1
    assert bins[-1].colour == COUNT_COLOURS[-1]  # the darkest colour always means "the most"
    assert len({b.colour for b in bins}) == len(bins)


def test_count_bins_empty_and_bad_input():
    assert count_bins(0) == ()
    with pytest.raises(TypeError):
        count_bins(2.5)


def test_placed_labels_never_overlap(qapp):
    from gui.fonts import ui_font
    from gui.labels import place_labels
    from gui.map_items import LabelItem

    labels = [
        LabelItem(f"地区{i}", QPointF(10 * (i % 7), 8 * (i // 7)), ui_font(), priority=i % 3)
        for i in range(40)
    ]
    shown = place_labels(labels, lambda p: p + QPointF(200, 200), QRectF(0, 0, 600, 500))
    visible = [lab for lab in labels if lab.isVisible()]
    assert shown == len(visible) > 0
    rects = [
        lab.boundingRect().translated(lab.pos() + QPointF(200, 200)).adjusted(3, 3, -3, -3) for lab in visible
    ]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)


def test_a_label_given_a_longer_text_grows_its_box(qapp):
    # The English interface renames 长春 to Changchun: the label drew clipped to the Chinese name's box.
    from PySide6.QtGui import QFontMetricsF

    from gui.fonts import ui_font
    from gui.map_items import LabelItem

    label = LabelItem("长春", QPointF(0, 0), ui_font(), priority=0)
    label.set_text("Changchun City")
    assert label.boundingRect().width() >= QFontMetricsF(ui_font()).horizontalAdvance("Changchun City")


def test_state_emits_once_per_change_and_validates(qtbot):
    state = AtlasState(["a", "b"])
    with qtbot.waitSignal(state.selectionChanged):
        state.select(["220100"])
    with qtbot.assertNotEmitted(state.selectionChanged):
        state.select(["220100"])
    state.toggle_compare("220100")
    state.toggle_compare("220200")
    state.toggle_compare("220100")
    assert state.comparison == ("220200",)
    with pytest.raises(TypeError):
        state.select("220100")
    with pytest.raises(ValueError):
        state.set_documents({"nope"})
    state.clear()
    assert state.selection == () and state.comparison == ()


def test_every_interface_string_has_an_english_translation():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_ts", I18N_DIR / "update_ts.py")
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    used = set(update_ts.source_strings())
    assert "文件(&F)" in used and "指定产业数" in used  # the scan finds the window's strings
    english = read_ts(I18N_DIR / "atlas_en.ts")
    missing = sorted(used - set(english))
    assert not missing, f"untranslated (run python assets/i18n/update_ts.py): {missing}"
    for source, text in english.items():
        assert source.count("{") == text.count("{"), source  # same placeholders


def test_unknown_industry_is_refused_before_any_view_sees_it(window):
    window.state.set_industry("automotive")
    before = window.map.coloured_regions()
    with pytest.raises(ValueError, match="no-such-industry"):
        window.state.set_industry("no-such-industry")
    assert window.state.industry == "automotive"
    assert window.map.coloured_regions() == before
