"""A composite zone can be selected on the map: a click on its outline, or Shift+click in a member."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from geo.fastpath import load_layers

SIPING, TONGHUA = "220300", "220500"


def _label(window, adcode):
    label = load_layers("province").region(adcode).label
    return window.map.mapFromScene(QPointF(label[0], -label[1]))


def test_shift_click_selects_the_zone_of_the_region_and_cycles(qtbot, window, seed_kb):
    vp = window.map.viewport()
    zones = [z.id for z in seed_kb.zones if any(m.region == SIPING for m in z.members)]
    assert "zone:jixinan" in zones
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, _label(window, SIPING))
    assert window.state.selected == zones[0]
    assert "复合" in window.detail.overview.toPlainText()
    if len(zones) > 1:
        qtbot.mouseClick(
            vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, _label(window, SIPING)
        )
        assert window.state.selected == zones[1]
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=_label(window, SIPING))
    assert window.state.selected == SIPING  # a plain click inside still selects the region


def test_a_click_on_a_zone_outline_selects_the_zone(qtbot, window):
    m = window.map
    item = m.zone_items["zone:jixinan"]
    assert item.isVisible()
    path = item.path()
    # A point of the outline that no other visible zone outline passes near.
    for n in range(0, path.elementCount(), max(1, path.elementCount() // 200)):
        e = path.elementAt(n)
        pos = m.mapFromScene(QPointF(e.x, e.y))
        if m.viewport().rect().contains(pos) and m.map_rect.contains(QPointF(e.x, e.y)):
            from gui.map_zones import zone_on_outline

            if zone_on_outline(m, pos) == "zone:jixinan":
                break
    else:
        raise AssertionError("no point of the 吉西南 outline to click")
    qtbot.mouseClick(m.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.state.selected == "zone:jixinan"
    assert ("220300", "selected") in m.mark_items or any(k[1] == "selected" for k in m.mark_items)
