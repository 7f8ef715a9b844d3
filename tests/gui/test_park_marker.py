"""Park markers stay visible on the darkest filter fill: a light halo separates them from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from gui.palette import FILTER_COLOURS


@pytest.mark.parametrize("exact", [True, False])
def test_marker_has_a_light_ring_on_the_darkest_fill(qapp, exact):
    from gui.map_items import ParkItem

    darkest = QColor(FILTER_COLOURS[-1])
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(darkest)
    item = ParkItem("p", "园区", QPointF(0, 0), exact=exact)
    painter = QPainter(image)
    painter.translate(20, 20)
    item.paint(painter, None)
    painter.end()
    # just outside the dot, in four directions, the ring is much lighter than the fill
    ring = item.RADIUS + 1.2
    for dx, dy in ((ring, 0), (-ring, 0), (0, ring), (0, -ring)):
        pixel = QColor(image.pixel(int(20 + dx), int(20 + dy)))
        assert pixel.lightness() > darkest.lightness() + 120, (dx, dy, pixel.name())
    assert QColor(image.pixel(38, 38)) == darkest  # the fill beyond the halo is untouched
