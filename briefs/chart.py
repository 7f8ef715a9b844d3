"""The brief's chart: industries designated per document, as horizontal bars painted with QPainter.

Drawn straight onto the page like the map inset (vector shapes; labels and counts stay text in the embedded
Noto Sans CJK SC), so a brief or an atlas never imports matplotlib for one bar chart. The look follows the
matplotlib chart it replaces: labels at the left, bars from a grey axis, the count at each bar's end and a
one-row legend above.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs import qt
from briefs.content import Brief
from briefs.lang import t

# The app's chart colours (gui/chart.py): all industries light, the newly designated part dark.
TOTAL = "#a8ddb5"
NEW = "#0868ac"
AXIS = "#5f6368"
INK = "#000000"
LEGEND = (("指定产业", TOTAL), ("其中新增（相对上一份文件）", NEW))
FONT_PT, LEGEND_PT = 8.0, 7.5
LEGEND_TEXT_PT = 7.0  # the matplotlib legend's text printed a little under its nominal 7.5 pt
TOP, BOTTOM = 22.0, 4.0  # room above the bars (the legend) and below them, in points
LABEL_GAP = 6.0  # between a document label and the axis
MAX_CHART_DOCS = 6  # beyond this many documents the brief shows the timeline instead


def chart_rows(brief: Brief) -> list[tuple[str, int, int]]:
    """(document label, industries designated, of which new since the previous document), in date order."""
    return [
        (g.heading, len(g.entries), sum(1 for e in g.entries if e.status in ("first", "added")))
        for g in brief.groups
    ]


def chart_height(rows) -> float:
    """The chart's height in points for these rows."""
    return 30.0 + 24.0 * len(rows)


@dataclass(frozen=True)
class Bar:
    label: str
    total: int
    new: int
    y: float  # centre of the row, points from the chart's top
    height: float
    total_w: float  # bar lengths in points from the axis
    new_w: float


@dataclass(frozen=True)
class ChartGeometry:
    axis_x: float  # the axis (bars start here), points from the chart's left
    axis_top: float
    axis_bottom: float
    x_unit: float  # points per industry on the x axis
    bars: tuple[Bar, ...]


def chart_geometry(rows, size: tuple[float, float], label_width: float) -> ChartGeometry:
    """Where every bar goes in a chart of ``size`` points whose longest label is ``label_width`` wide.

    The same scale as before: the x axis runs to ``1.12 × max + 1`` industries, and each row is one unit
    of a y range padded by 0.6 of a row at either end, bars 0.6 of a row high.
    """
    w, h = size
    axis_x = min(label_width + LABEL_GAP + 4.0, 0.6 * w)
    plot_w = 0.97 * w - axis_x
    plot_h = h - TOP - BOTTOM
    x_max = max(r[1] for r in rows) * 1.12 + 1
    x_unit = plot_w / x_max
    row = plot_h / (len(rows) + 0.2)
    bars = tuple(
        Bar(label, total, new, TOP + (0.6 + i) * row, 0.6 * row, total * x_unit, new * x_unit)
        for i, (label, total, new) in enumerate(rows)
    )
    return ChartGeometry(axis_x, TOP, h - BOTTOM, x_unit, bars)


def paint_chart(painter, rect, rows, lang: str = "zh") -> None:
    """Paint the chart of ``rows`` (see :func:`chart_rows`) into ``rect`` (page units, points)."""
    from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    if not rows:
        return
    font = qt.painter_font(painter, FONT_PT)
    metrics = QFontMetricsF(font, painter.device())
    geo = chart_geometry(
        rows, (rect.width(), rect.height()), max(metrics.horizontalAdvance(r[0]) for r in rows)
    )
    left, top = rect.left(), rect.top()
    axis_x = left + geo.axis_x
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    at_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for bar in geo.bars:
        y = top + bar.y - bar.height / 2
        painter.setBrush(QColor(TOTAL))
        painter.drawRect(QRectF(axis_x, y, bar.total_w, bar.height))
        if bar.new_w > 0:
            painter.setBrush(QColor(NEW))
            painter.drawRect(QRectF(axis_x, y, bar.new_w, bar.height))
    painter.setPen(QPen(QColor(AXIS), 0.8))
    painter.drawLine(QLineF(axis_x, top + geo.axis_top, axis_x, top + geo.axis_bottom))

    painter.setFont(font)
    painter.setPen(QColor(INK))
    row_h = 2 * metrics.height()
    for bar in geo.bars:
        y = top + bar.y - row_h / 2
        painter.drawText(QRectF(left, y, geo.axis_x - LABEL_GAP, row_h), right, bar.label)
        count_x = axis_x + (bar.total + 0.15) * geo.x_unit
        painter.drawText(QRectF(count_x, y, 4 * metrics.height(), row_h), at_left, str(bar.total))
    _paint_legend(painter, QPointF(axis_x, top + geo.axis_top), lang)
    painter.restore()


def _paint_legend(painter, corner, lang: str = "zh") -> None:
    """One row of coloured keys and their names, just above the plot's top-left ``corner``."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF

    font = qt.painter_font(painter, LEGEND_TEXT_PT)
    metrics = QFontMetricsF(font, painter.device())
    em = LEGEND_PT
    key_w, key_h = 2.0 * em, 0.85 * em
    line_h = metrics.height()
    centre_y = corner.y() - 0.9 * em - line_h / 2  # above the plot by matplotlib's border padding
    x = corner.x() + 0.9 * em
    painter.setFont(font)
    for name, colour in ((t(name, lang), colour) for name, colour in LEGEND):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(x, centre_y - key_h / 2, key_w, key_h))
        x += key_w + 0.8 * em
        painter.setPen(QColor(INK))
        width = metrics.horizontalAdvance(name)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(x, centre_y - line_h, width + em, 2 * line_h), flags, name)
        x += width + 2.0 * em
