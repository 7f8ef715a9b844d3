"""Designations made to a zone or to the whole province are visible in the filter, the map and the legend."""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.map_items import mark_pen


def _broad_industry(kb, region_id):
    """An industry designated to ``region_id`` itself and to no prefecture or county."""
    narrow = {d.industry for d in kb.designations if kb.region(d.region).level in ("prefecture", "county")}
    return next(d.industry for d in kb.designations if d.region == region_id and d.industry not in narrow)


def test_zone_only_industry_outlines_the_zone(window, seed_kb):
    industry = _broad_industry(seed_kb, "zone:silijisong")
    window.state.set_industry(industry)
    m = window.map
    assert m.coloured_regions() == frozenset()  # no prefecture is designated it …
    assert m.band_items["zone:silijisong"].isVisible()  # … but the corridor is, and the map says so
    assert not m.band_items["zone:jixinan"].isVisible()
    texts = [e.text for e in m.legend.entries]
    assert any("复合区域指定" in t and "四辽吉松" in t for t in texts)
    tip = m.items_by_region["220100"].toolTip()
    assert "四辽吉松" in tip


def test_tree_counts_zone_designations(window, seed_kb):
    industry = _broad_industry(seed_kb, "zone:jixinan")
    model = window.industries.model
    within = {industry} | {i.id for i in seed_kb.industries if i.parent == industry}
    broad = {
        d.region
        for d in seed_kb.designations
        if d.industry in within and seed_kb.region(d.region).level in ("zone", "province")
    }
    count = model.data(model.index_of(industry, 1))
    assert count == f"0 (+{len(broad)})"
    assert "吉西南" in model.data(model.index_of(industry, 0), 3)  # tooltip names the zone


def test_province_designation_is_shown(window, seed_kb):
    industry = next(d.industry for d in seed_kb.designations if d.region == "220000" and d.industry)
    window.state.set_industry(industry)
    assert window.map.band_items["220000"].isVisible()
    assert any("全省指定" in e.text for e in window.map.legend.entries)
    window.state.set_industry(None)
    assert not any(b.isVisible() for b in window.map.band_items.values())


def test_compared_outline_is_distinct_and_under_zone_lines(window):
    pen, z = mark_pen("compared")
    zone_pens = [item.pen() for item in window.map.zone_items.values()]
    for zp in zone_pens:
        a, b = pen.color(), zp.color()
        distance = abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
        assert distance > 100  # the old purple was 54 from the corridor's
        assert pen.widthF() > zp.widthF()
    assert z < min(item.zValue() for item in window.map.zone_items.values())
    assert pen.color() != QColor(mark_pen("highlight")[0].color())
