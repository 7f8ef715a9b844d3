"""The outline of the regions an open clause names: explained in the legend, under the 吉西南 dashes."""

from __future__ import annotations

from gui.palette import HIGHLIGHT


def test_clause_regions_are_explained_in_the_legend_and_leave_the_zone_line_visible(qtbot, window, seed_kb):
    zone = seed_kb.region("zone:jixinan")
    member = zone.members[0]
    doc = next(d for d in seed_kb.documents if d.id.startswith("002"))
    window.state.open_clause(doc.id, doc.clauses[0].id, {member})
    mark = window.map.mark_items[(member, "highlight")]
    zone_line = window.map.zone_items["zone:jixinan"]
    assert zone_line.isVisible()
    assert mark.zValue() < zone_line.zValue()  # the dashes are drawn over the halo
    assert mark.pen().widthF() > zone_line.pen().widthF()  # and the halo shows on both sides of them
    texts = [e.text for e in window.map.legend.entries if e.colour == HIGHLIGHT]
    assert texts == ["打开的条款提到的地区"]
    window.state.open_clause(None)
    assert not [e for e in window.map.legend.entries if e.colour == HIGHLIGHT]
