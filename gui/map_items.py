"""Graphics items of the map: region polygons, zone outlines, park markers and halo labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from gui.palette import COMPARED, HIGHLIGHT, SELECTED


def shape_path(shape) -> QPainterPath:
    """A painter path of a fast-path shape (scene y points down, so y is negated)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        pts = [QPointF(ring[i], -ring[i + 1]) for i in range(0, len(ring), 2)]
        if pts:
            pts.append(pts[0])
            path.addPolygon(QPolygonF(pts))
    return path


class RegionItem(QGraphicsPathItem):
    """A prefecture or county polygon: fill by value, outline by selection state."""

    def __init__(self, shape, *, border: QColor, border_width: float):
        super().__init__(shape_path(shape))
        self.region_id = shape.id
        self.level = shape.level
        self.label_point = QPointF(shape.label[0], -shape.label[1])
        self._border = QPen(border, border_width)
        self._border.setCosmetic(True)
        self._border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._state = ""
        self._hover = False
        self.setPen(self._border)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks

    def set_fill(self, colour: QColor | None) -> None:
        self.setBrush(QBrush(colour) if colour is not None else QBrush(Qt.BrushStyle.NoBrush))

    def set_mark(self, state: str) -> None:
        """ "selected", "compared", "highlight" or "" (plain)."""
        if state == self._state:
            return
        self._state = state
        self._apply_pen()

    def _apply_pen(self) -> None:
        colours = {"selected": SELECTED, "compared": COMPARED, "highlight": HIGHLIGHT}
        if self._state:
            pen = QPen(QColor(colours[self._state]), 3.0)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if self._state == "compared":
                pen.setStyle(Qt.PenStyle.DashLine)
            self.setPen(pen)
            self.setZValue(self._base_z() + 5)
        elif self._hover:
            pen = QPen(QColor("#333333"), 2.0)
            pen.setCosmetic(True)
            self.setPen(pen)
            self.setZValue(self._base_z() + 1)
        else:
            self.setPen(self._border)
            self.setZValue(self._base_z())

    def _base_z(self) -> float:
        return 10.0 if self.level == "county" else 0.0

    def hoverEnterEvent(self, event):  # noqa: N802 - Qt override
        self._hover = True
        self._apply_pen()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):  # noqa: N802 - Qt override
        self._hover = False
        self._apply_pen()
        super().hoverLeaveEvent(event)


class OutlineItem(QGraphicsPathItem):
    """A zone outline or the prefecture borders drawn over the counties; never takes the mouse."""

    def __init__(self, path: QPainterPath, pen: QPen, z: float):
        super().__init__(path)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def shape(self) -> QPainterPath:  # noqa: D102 - no hit area, so clicks and hovers fall through
        return QPainterPath()


class ParkItem(QGraphicsItem):
    """A park marker: a fixed-size dot (hollow when only its region is known)."""

    RADIUS = 4.0

    def __init__(self, park_id: str, name: str, pos: QPointF, *, exact: bool):
        super().__init__()
        self.park_id = park_id
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(40)
        self.setToolTip(name)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._exact = exact

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = self.RADIUS + 1.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff") if self._exact else QColor("#3f007d"), 1.4))
        painter.setBrush(QColor("#3f007d") if self._exact else QColor("#ffffff"))
        r = self.RADIUS
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))


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
        self._font = font
        self._colour = QColor(colour)
        metrics = QFontMetricsF(font)
        self._size = QRectF(0, 0, metrics.horizontalAdvance(text), metrics.height())
        self._ascent = metrics.ascent()
        self._offset = QPointF(-self._size.width() / 2, -self._size.height() / 2)

    @property
    def size(self) -> QRectF:
        return self._size

    def set_offset(self, offset: QPointF) -> None:
        """Top-left corner of the text relative to the anchor, in screen pixels."""
        if offset != self._offset:
            self.prepareGeometryChange()
            self._offset = QPointF(offset)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._size.translated(self._offset).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addText(self._offset + QPointF(0, self._ascent), self._font, self.text)
        halo = QPen(QColor(255, 255, 255, 220), 3.2)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, halo)
        painter.fillPath(path, self._colour)
