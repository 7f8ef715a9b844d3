"""Overlays stay fixed to the viewport: zoom and drag the map, the legend and 重置视图 stay put."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from geo.fastpath import load_layers


def _label_pos(window, adcode):
    label = load_layers("province").region(adcode).label
    return window.map.mapFromScene(QPointF(label[0], -label[1]))


def test_legend_and_reset_button_stay_put_when_the_map_is_zoomed_and_dragged(qtbot, window):
    m = window.map
    legend, button = m.legend.geometry(), m.reset_button.geometry()
    m.scale(3, 3)
    m._sync_layers()
    vp = m.viewport()
    start = vp.rect().center()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(vp, start + QPoint(12 * step, 9 * step))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 90))
    m.horizontalScrollBar().setValue(m.horizontalScrollBar().value() - 50)
    assert m.legend.geometry() == legend
    assert m.reset_button.geometry() == button


def test_a_click_on_the_reset_button_after_a_drag_keeps_the_selection(qtbot, window):
    m = window.map
    qtbot.mouseClick(m.viewport(), Qt.MouseButton.LeftButton, pos=_label_pos(window, "220200"))
    assert window.state.selected == "220200"
    m.scale(3, 3)
    m.horizontalScrollBar().setValue(m.horizontalScrollBar().value() + 80)
    m.verticalScrollBar().setValue(m.verticalScrollBar().value() + 60)
    where = m.reset_button.geometry().center()
    assert m.childAt(where) is m.reset_button or m.viewport().childAt(where) is m.reset_button
    qtbot.mouseClick(m.reset_button, Qt.MouseButton.LeftButton)
    assert window.state.selected == "220200"
    assert abs(m.zoom() - 1.0) < 1e-6


def test_a_click_on_the_legend_does_not_change_the_selection(qtbot, window):
    m = window.map
    qtbot.mouseClick(m.viewport(), Qt.MouseButton.LeftButton, pos=_label_pos(window, "220200"))
    qtbot.mouseClick(m.legend, Qt.MouseButton.LeftButton, pos=m.legend.rect().center())
    assert window.state.selected == "220200"
