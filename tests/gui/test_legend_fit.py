"""The legend never hides the map: small windows get a compact legend beside or under the whole province."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF


@pytest.mark.parametrize("size", [(900, 600), (1024, 700), (1440, 900)])
def test_whole_province_is_visible_and_clear_of_the_legend(qtbot, seed_kb, size):
    from gui.app import create_window

    window = create_window(seed_kb, language="zh", size=size)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.state.select(("zone:jixinan",))
    view = window.map
    view.reset_view()
    shown = QRectF(view.mapFromScene(view.map_rect).boundingRect())
    viewport = QRectF(view.viewport().rect())
    legend = QRectF(view.legend.geometry())
    assert viewport.contains(shown), (shown, viewport)
    assert not shown.intersects(legend), (shown, legend)
    assert viewport.contains(legend)
    # and the map is not shrunk to a stamp to make room
    assert shown.width() > 0.5 * viewport.width() or shown.height() > 0.5 * viewport.height()
    if size == (900, 600):
        assert view.legend.compact


def test_tiny_window_and_filter_changes_keep_working(qtbot, seed_kb):
    from gui.app import create_window

    window = create_window(seed_kb, language="zh", size=(640, 400))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for industry in ("automotive", None, "food", None):  # legend grows and shrinks; no refit loop
        window.state.set_industry(industry)
    assert window.map.legend.isVisible() and window.map.legend.compact
