"""How the window shares its space between the map and the panes, from 1024 × 700 up.

First show (or no saved layout): the filters take ~20 % of the width, the detail ~28 %, the reader ~25 % of
the height. Enlarging the window later gives the side panes their share of the new width (never less
than they have), so names stop being cut; the map gets the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LEFT, DETAIL, READER = 0.2, 0.27, 0.23
LEFT_MAX, DETAIL_MAX = 380, 520  # beyond these the map is worth more than wider panes


def first_size(window) -> None:
    """The window's size on the first start: 1440 × 900 where the screen has room, else 92 % of it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1440, 900)
        return
    area = screen.availableGeometry()
    window.resize(min(1440, int(area.width() * 0.92)), min(900, int(area.height() * 0.92)))


def first_layout(window) -> None:
    """Panes in proportion to the window (the first show, or when no saved layout was restored)."""
    w, h = window.width(), window.height()
    window.resizeDocks(
        [window.left_dock, window.detail_dock],
        [min(int(w * LEFT), LEFT_MAX), min(int(w * DETAIL), DETAIL_MAX)],
        Qt.Orientation.Horizontal,
    )
    window.resizeDocks([window.reader_dock], [int(h * READER)], Qt.Orientation.Vertical)


def grown(window, old_width: int) -> None:
    """The window got wider: side panes narrower than their share grow to it (they never shrink here)."""
    w = window.width()
    if old_width <= 0 or w <= old_width:
        return
    docks, sizes = [], []
    for dock, share, cap in ((window.left_dock, LEFT, LEFT_MAX), (window.detail_dock, DETAIL, DETAIL_MAX)):
        want = min(int(w * share), cap)
        if dock.isVisible() and not dock.isFloating() and dock.width() < want:
            docks.append(dock)
            sizes.append(want)
    if docks:
        window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
