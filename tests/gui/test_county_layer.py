"""The county layer is built when first shown, and looks and behaves as if it had always been there."""

from __future__ import annotations

MEIHEKOU, TONGHUA = "220581", "220500"


def _counties(m) -> set[str]:
    return {rid for rid, item in m.items_by_region.items() if item.level == "county"}


def test_a_selected_county_is_outlined_by_its_prefecture_until_counties_show(window):
    m = window.map
    assert not _counties(m)  # not built yet: nothing shows them
    window.state.select((MEIHEKOU,))
    assert m.drawn_targets(MEIHEKOU) == [TONGHUA]
    assert {rid for rid, item in m.items_by_region.items() if item.mark == "selected"} == {TONGHUA}
    window.counties_action.setChecked(True)
    assert _counties(m) == {s.id for s in m.layers.counties}
    assert m.items_by_region[MEIHEKOU].isVisible() and m.county_borders.isVisible()
    assert {rid for rid, item in m.items_by_region.items() if item.mark == "selected"} == {MEIHEKOU}
    assert m.items_by_region[MEIHEKOU].toolTip()  # coloured and explained like the prefectures
    window.counties_action.setChecked(False)
    assert not m.items_by_region[MEIHEKOU].isVisible() and not m.county_borders.isVisible()


def test_the_colour_classes_do_not_depend_on_whether_counties_were_built(window):
    m = window.map
    window.state.set_industry("automotive")
    bins, values = m.bins, dict(m.values)
    assert set(values) >= {s.id for s in m.layers.counties}  # counties counted before they are drawn
    window.counties_action.setChecked(True)
    window.counties_action.setChecked(False)
    m.recolour()
    assert (m.bins, m.values) == (bins, values)
