"""The map inset: Jilin's prefectures from the fast path, the region highlighted, parks marked.

Drawn with QPainter straight onto the page (vector paths, text stays text), with the app's colours, from the
same projected rings the app's map uses (:mod:`geo.fastpath`, y north, flipped here for Qt's y down).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs import qt
from geo.fastpath import load_layers
from geo.projection import project

# The app's map look (gui/palette.py and gui/map_items.py); briefs must not import gui, so mirrored here.
BACKGROUND = "#f4f6f8"
LAND = "#ffffff"
BORDER = "#8a949c"
HIGHLIGHT_FILL = "#fdd0a2"
SELECTED = "#e6550d"
PARENT_FILL = "#fff1e3"
PARK = "#3f007d"
ZONE_LINE = "#1f4e79"
FRAME = "#c8c8c8"
_PATHS: dict = {}  # page-space paths by (shape, transform): an atlas draws the same inset many times


@dataclass(frozen=True)
class ParkMark:
    x: float
    y: float
    exact: bool  # a point of its own (exact or approximate) vs. only its region is known


def park_marks(kb, park_ids) -> tuple[ParkMark, ...]:
    """Projected park points; a park known only by its region sits at the region's label point."""
    layers = load_layers("province")
    out, seen = [], set()
    for park in kb.parks:
        if park.id not in park_ids:
            continue
        if park.lon is not None and park.lat is not None:
            x, y = project(park.lon, park.lat)
            mark = ParkMark(x, y, True)
        else:
            try:
                label = layers.region(park.region).label
            except KeyError:
                continue
            mark = ParkMark(float(label[0]), float(label[1]), False)
        key = (round(mark.x, -2), round(mark.y, -2), mark.exact)
        if key not in seen:
            seen.add(key)
            out.append(mark)
    return tuple(out)


def _path(shape, transform, step: float = 0.5):
    key = (shape.id, transform.m11(), transform.dx(), transform.dy(), step)
    path = _PATHS.get(key)
    if path is None:
        if len(_PATHS) > 512:
            _PATHS.clear()
        path = _PATHS[key] = _build_path(shape, transform, step)
    return path


def _build_path(shape, transform, step: float):
    """The shape's rings as a painter path in page units, dropping vertices closer than ``step`` points.

    The province-view outlines have several vertices per printed point; thinning them keeps the PDF small
    without a visible change (shared borders stay within a fraction of the line width).
    """
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainterPath, QPolygonF

    s, dx, dy = transform.m11(), transform.dx(), transform.dy()
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        pts, last = [], None
        for i in range(0, len(ring), 2):
            x, y = s * ring[i] + dx, dy - s * ring[i + 1]
            if last is None or abs(x - last[0]) + abs(y - last[1]) >= step:
                pts.append(QPointF(x, y))
                last = (x, y)
        if len(pts) >= 3:
            pts.append(pts[0])
            path.addPolygon(QPolygonF(pts))
    return path


def paint_map(painter, rect, *, highlight=(), zone: str | None = None, parks=(), label_font=None) -> None:
    """Paint the province map into ``rect`` (page units).

    Parameters
    ----------
    painter : QPainter
    rect : QRectF
        Where to draw; the map keeps its aspect ratio and is centred.
    highlight : iterable of str
        Adcodes to fill in the highlight colour (prefectures or counties).
    zone : str, optional
        A zone id whose outline is drawn dashed.
    parks : iterable of ParkMark
    label_font : QFont, optional
        Font of the prefecture names (Noto Sans CJK SC).
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen, QTransform

    layers = load_layers("province")
    highlight = tuple(highlight)
    minx, miny, maxx, maxy = layers.bounds
    pad = 6.0
    inner = QRectF(rect).adjusted(pad, pad, -pad, -pad)
    scale = min(inner.width() / (maxx - minx), inner.height() / (maxy - miny))
    ox = inner.left() + (inner.width() - (maxx - minx) * scale) / 2
    oy = inner.top() + (inner.height() - (maxy - miny) * scale) / 2
    # Scene y is -y_north: translate so that -maxy maps to the top edge.
    transform = QTransform(scale, 0, 0, scale, ox - minx * scale, oy + maxy * scale)

    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, QColor(BACKGROUND))
    border = QPen(QColor(BORDER), 0.5)
    border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    parents = {layers.region(h).parent for h in highlight if _is_county(layers, h)}
    for shape in layers.prefectures:
        painter.setPen(border)
        fill = HIGHLIGHT_FILL if shape.id in highlight else PARENT_FILL if shape.id in parents else LAND
        painter.setBrush(QColor(fill))
        painter.drawPath(_path(shape, transform))
    for h in highlight:
        if _is_county(layers, h):
            painter.setBrush(QColor(HIGHLIGHT_FILL))
            painter.setPen(border)
            painter.drawPath(_path(layers.region(h), transform))
    if zone:
        try:
            outline = _path(layers.zone(zone), transform)
        except KeyError:
            outline = None
        if outline is not None:
            pen = QPen(QColor(ZONE_LINE), 1.4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(outline)
    selected = QPen(QColor(SELECTED), 1.4)
    selected.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(selected)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for h in highlight:
        try:
            painter.drawPath(_path(layers.region(h), transform))
        except KeyError:
            continue
    # Parks: filled purple dots with a white rim; hollow squares when only the region is known.
    r = 2.1
    for p in parks:
        pt = transform.map(QPointF(p.x, -p.y))
        if p.exact:
            painter.setPen(QPen(QColor("#ffffff"), 0.6))
            painter.setBrush(QColor(PARK))
            painter.drawEllipse(pt, r, r)
        else:
            pt = QPointF(pt.x(), pt.y() + 7.5)  # below the region's name, as in the app
            painter.setPen(QPen(QColor(PARK), 0.8))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r))
    if label_font is not None:
        _labels(painter, layers, transform, label_font, highlight)
    painter.setClipping(False)
    painter.setPen(QPen(QColor(FRAME), 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def _is_county(layers, region_id: str) -> bool:
    try:
        return layers.region(region_id).level == "county"
    except KeyError:
        return False


def _labels(painter, layers, transform, font, highlight) -> None:
    """Prefecture names with a white halo; the halo is a stroked outline, the name itself stays text."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    metrics = QFontMetricsF(font, painter.device())
    # Opaque: Qt's PDF engine writes a translucent stroke as its filled outline (about 8× the bytes of
    # the stroke, every one compressed at the page break); a 90 % white halo looked the same.
    halo = QPen(QColor("#ffffff"), 2.2)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for shape in layers.prefectures:
        anchor = transform.map(QPointF(shape.label[0], -shape.label[1]))
        text = shape.short
        origin = QPointF(
            anchor.x() - metrics.horizontalAdvance(text) / 2,
            anchor.y() + (metrics.ascent() - metrics.descent()) / 2,
        )
        painter.strokePath(qt.text_path(painter, origin, text, font), halo)
        if shape.id in highlight:  # heavier, not bold: synthetic bold would print the name twice
            qt.draw_heavy_text(painter, origin, text, font, "#1a1a1a", weight=0.07)
        else:
            painter.setPen(QColor("#1a1a1a"))
            painter.setFont(font)
            painter.drawText(origin, text)
