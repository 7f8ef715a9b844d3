"""The county layer and the park labels are built when first shown, and behave as if always there."""

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


def test_park_labels_appear_when_zoomed_in(window):
    from gui.map_view import PARK_LABEL_ZOOM

    m = window.map
    assert m.park_items and not m.labels["park"]  # the whole-province view shows no park names
    m.scale(PARK_LABEL_ZOOM * 1.1, PARK_LABEL_ZOOM * 1.1)
    m._place_labels()
    assert [label.text for label in m.labels["park"]] == [p.name for p in m.park_items]
    assert any(label.isVisible() for label in m.labels["park"])
    m.reset_view()
    m._place_labels()
    assert not any(label.isVisible() for label in m.labels["park"])
