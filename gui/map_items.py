"""Graphics items of the map: region polygons, zone outlines, park markers and halo labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem

from gui.palette import COMPARED, HIGHLIGHT, SELECTED
from gui.text import plain_tooltip


def shape_path(shape) -> QPainterPath:
    """A painter path of a fast-path shape (scene y points down, so y is negated)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        if len(ring) < 2:
            continue
        # moveTo/lineTo straight from the flat coordinates: no QPointF list per ring.
        path.moveTo(ring[0], -ring[1])
        for i in range(2, len(ring), 2):
            path.lineTo(ring[i], -ring[i + 1])
        path.closeSubpath()
    return path


def band_path(shape, tolerance: float) -> QPainterPath:
    """A shape's outline with points closer than ``tolerance`` (scene units) to the last kept one dropped.

    A band several pixels wide does not need every vertex of the boundary; fewer vertices make the
    (uncached) band cheap to stroke on every repaint.
    """
    if tolerance < 0:
        raise ValueError(f"tolerance must be >= 0, got {tolerance}")
    path = QPainterPath()
    t2 = tolerance * tolerance
    for ring in shape.rings:
        pts = []
        lx = ly = None
        for i in range(0, len(ring), 2):
            x, y = ring[i], -ring[i + 1]
            if lx is None or (x - lx) ** 2 + (y - ly) ** 2 >= t2:
                pts.append(QPointF(x, y))
                lx, ly = x, y
        if len(pts) >= 3:
            pts.append(pts[0])
            path.addPolygon(QPolygonF(pts))
    return path


class RegionItem(QGraphicsPathItem):
    """A prefecture or county polygon, filled by value. Borders and selection outlines are separate items.

    The fill is drawn without antialiasing: the (cached, antialiased) border lines cover its edges, and a
    recolour then costs a plain polygon fill per region.
    """

    def __init__(self, shape):
        super().__init__(shape_path(shape))
        self.region_id = shape.id
        self.level = shape.level
        self.label_point = QPointF(shape.label[0], -shape.label[1])
        self.mark = ""  # "selected" | "compared" | "highlight" | "" — drawn by the view's mark items
        self.hover_callback = None
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(10.0 if shape.level == "county" else 0.0)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks

    def set_fill(self, colour: QColor | None) -> None:
        brush = QBrush(colour) if colour is not None else QBrush(Qt.BrushStyle.NoBrush)
        if brush != self.brush():
            self.setBrush(brush)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.brush().style() == Qt.BrushStyle.NoBrush:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.brush())
        painter.drawPath(self.path())

    def hoverEnterEvent(self, event):  # noqa: N802 - Qt override
        if self.hover_callback is not None:
            self.hover_callback(self.region_id, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):  # noqa: N802 - Qt override
        if self.hover_callback is not None:
            self.hover_callback(self.region_id, False)
        super().hoverLeaveEvent(event)


MARK_STYLES = {
    "selected": (SELECTED, 3.0, Qt.PenStyle.SolidLine, 35),
    # Under the zone outlines (z 30) and wider than them, so a zone line stays visible along it.
    "compared": (COMPARED, 4.2, Qt.PenStyle.SolidLine, 25),
    # The regions the open clause names: a halo under the zone outlines too (the 吉西南 dashes stay on top).
    "highlight": (HIGHLIGHT, 5.0, Qt.PenStyle.SolidLine, 24),
    "hover": ("#333333", 1.8, Qt.PenStyle.SolidLine, 32),
}


def mark_pen(style: str) -> tuple[QPen, float]:
    """The outline pen and z-value of a selection state."""
    colour, width, dash, z = MARK_STYLES[style]
    pen = QPen(QColor(colour), width)
    pen.setStyle(dash)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen, z


class OutlineItem(QGraphicsPathItem):
    """A zone outline or the prefecture borders drawn over the counties; never takes the mouse."""

    def __init__(self, path: QPainterPath, pen: QPen, z: float):
        super().__init__(path)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self._bounds: QRectF | None = None
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def shape(self) -> QPainterPath:  # noqa: D102 - no hit area, so clicks and hovers fall through
        return QPainterPath()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's default derives it from shape(), empty here
        if getattr(self, "_bounds", None) is None:  # asked for at every paint: computed once per path
            rect = self.path().controlPointRect()
            pad = max(rect.width(), rect.height()) * 0.01  # room for the (cosmetic) pen width at any zoom
            self._bounds = rect.adjusted(-pad, -pad, pad, pad)
        return self._bounds

    def setPath(self, path) -> None:  # noqa: N802 - Qt override: a new path, new bounds
        self._bounds = None
        super().setPath(path)

    def cache(self) -> OutlineItem:
        """Cache the rendering: static lines are then blitted, not re-stroked, when fills change."""
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return self


class BandItem(OutlineItem):
    """A wide translucent band along an outline, stroked without antialiasing (its edges are soft anyway)."""

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.strokePath(self.path(), self.pen())


class ParkItem(QGraphicsEllipseItem):
    """A park marker: a fixed-size dot (hollow when only its region is known).

    An ellipse item, so its bounding rect is Qt's own: the view asks for it thousands of times per paint of
    a map with a big library, and a Python override of ``boundingRect`` cost more than the painting.
    """

    RADIUS = 4.0
    HALO = 2.0

    def __init__(self, park_id: str, name: str, pos: QPointF, *, exact: bool):
        r = self.RADIUS + self.HALO + 0.5
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.park_id = park_id
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(40)
        self.setToolTip(plain_tooltip(name))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._exact = exact

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A white halo keeps the dark-purple marker visible on the dark-red filter fill.
        halo = self.RADIUS + self.HALO
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawEllipse(QRectF(-halo, -halo, 2 * halo, 2 * halo))
        painter.setPen(QPen(QColor("#ffffff") if self._exact else QColor("#3f007d"), 1.4))
        painter.setBrush(QColor("#3f007d") if self._exact else QColor("#ffffff"))
        r = self.RADIUS
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))


_METRICS: dict[str, QFontMetricsF] = {}


def _metrics(font: QFont) -> QFontMetricsF:
    """One QFontMetricsF per font (a map has a hundred labels in two or three fonts)."""
    key = font.key()
    if key not in _METRICS:
        _METRICS[key] = QFontMetricsF(font)
    return _METRICS[key]


class LabelItem(QGraphicsItem):
    """Text with a white halo, fixed size on screen, placed at an offset from its anchor.

    ``priority`` orders label placement: lower numbers are placed first and win collisions.
    """

    def __init__(self, text: str, anchor: QPointF, font: QFont, *, priority: int, colour="#1a1a1a"):
        super().__init__()
        self.text = text
        self.priority = priority
        self.setPos(anchor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(50 - priority)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # the halo is costly to stroke
        self._font = font
        self._colour = QColor(colour)
        metrics = _metrics(font)
        self._size = QRectF(0, 0, metrics.horizontalAdvance(text), metrics.height())
        self._ascent = metrics.ascent()
        self._offset = QPointF(-self._size.width() / 2, -self._size.height() / 2)
        self._bounds = self._size.translated(self._offset).adjusted(-3, -3, 3, 3)

    @property
    def size(self) -> QRectF:
        return self._size

    def set_text(self, text: str) -> None:
        """Show another text (the interface language changed); the label is placed again afterwards."""
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            metrics = _metrics(self._font)
            self._size = QRectF(0, 0, metrics.horizontalAdvance(text), metrics.height())
            self._offset = QPointF(-self._size.width() / 2, -self._size.height() / 2)
            # The bounds follow the new text (a longer English name was clipped to the Chinese one's box).
            self._bounds = self._size.translated(self._offset).adjusted(-3, -3, 3, 3)
            self.update()

    def set_offset(self, offset: QPointF) -> None:
        """Top-left corner of the text relative to the anchor, in screen pixels."""
        if offset != self._offset:
            self.prepareGeometryChange()
            self._offset = QPointF(offset)
            self._bounds = self._size.translated(self._offset).adjusted(-3, -3, 3, 3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override (kept: asked for at every paint)
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addText(self._offset + QPointF(0, self._ascent), self._font, self.text)
        halo = QPen(QColor(255, 255, 255, 220), 3.2)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, halo)
        painter.fillPath(path, self._colour)
