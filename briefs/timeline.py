"""The brief's timeline figure: industries × years, painted with QPainter like the chart and the map.

One row per industry (:attr:`briefs.content.Brief.timeline`, from :func:`policy.history.timeline`), one
column per year: a filled square where a document of that year plans the industry, a hollow one where a
document only reports past work on it. Labels stay text in the embedded Noto Sans CJK SC.
"""

from __future__ import annotations

from briefs import qt
from briefs.content import Brief

PLAN = "#0868ac"
PAST = "#7fa7c9"
GRID = "#d6dbe0"
INK = "#000000"
MUTED = "#5f6368"
FONT_PT = 7.5
ROW_H = 12.0
TOP = 26.0  # the year ticks and the legend above the rows
LABEL_GAP = 6.0


def timeline_height(brief: Brief) -> float:
    """The figure's height in points (0 when the brief has no dated designations)."""
    return TOP + ROW_H * len(brief.timeline) + 6.0 if brief.timeline else 0.0


def tick_years(first: int, last: int, cell: float, label_w: float) -> list[int]:
    """The years to label: every year, second or fifth as room allows, and the last year always; a tick
    too close to the last one gives way to it (2008 and 2009 never print as 20082009)."""
    every = next((n for n in (1, 2, 5, 10) if n * cell >= label_w), 10)
    ticks = [y for y in range(first, last + 1) if (y - first) % every == 0]
    if ticks[-1] != last:
        if (last - ticks[-1]) * cell < label_w:
            ticks.pop()
        ticks.append(last)
    return ticks


def paint_timeline(painter, rect, brief: Brief) -> None:
    """Paint the timeline of ``brief`` into ``rect`` (page units, points)."""
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    if not brief.timeline or brief.timeline_years is None:
        return
    first, last = brief.timeline_years
    font = qt.painter_font(painter, FONT_PT)
    metrics = QFontMetricsF(font, painter.device())
    label_w = min(max(metrics.horizontalAdvance(r.label) for r in brief.timeline), 0.35 * rect.width())
    left = rect.left() + label_w + LABEL_GAP
    years = last - first + 1
    cell = min((rect.right() - left) / years, 18.0)
    top = rect.top() + TOP
    painter.save()
    painter.setFont(font)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    centre = Qt.AlignmentFlag.AlignCenter
    painter.setPen(QColor(MUTED))
    tick_w = metrics.horizontalAdvance("2000") + 4
    for year in tick_years(first, last, cell, tick_w):
        x = left + (year - first) * cell + cell / 2  # the centre of the year's column
        painter.drawText(QRectF(x - tick_w / 2, top - 14.0, tick_w, 12.0), centre, str(year))
    grid = QPen(QColor(GRID), 0.4)
    for n, row in enumerate(brief.timeline):
        y = top + n * ROW_H
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(rect.left(), y, label_w, ROW_H), right, row.label)
        painter.setPen(grid)
        painter.drawLine(QLineF(left, y + ROW_H / 2, left + years * cell, y + ROW_H / 2))
        side = min(cell, ROW_H) * 0.62
        for year, kind in row.marks:
            x = left + (year - first) * cell + (cell - side) / 2
            box = QRectF(x, y + (ROW_H - side) / 2, side, side)
            if kind == "plan":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(PLAN))
            else:
                painter.setPen(QPen(QColor(PAST), 1.0))
                painter.setBrush(QColor("#ffffff"))
            painter.drawRect(box)
    painter.restore()
