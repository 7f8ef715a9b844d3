"""The map legend: an overlay in the map's corner explaining fills, outlines and markers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui.fonts import ui_font
from gui.i18n import tr
from gui.palette import COMPARED, HIGHLIGHT, NO_DATA, band_colour


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: ``kind`` is "fill", "line" (with ``dash``), "band" or "marker"."""

    kind: str
    colour: str
    text: str
    dash: bool = False
    hollow: bool = False


class Legend(QWidget):
    """A translucent box listing a title and entries in one or more columns.

    ``compact`` (small map views) uses a smaller font and tighter rows; ``columns`` spreads the entries
    so the box can be short and wide (under the map) instead of tall and narrow (beside it).
    """

    PAD = 8.0
    SWATCH = 28.0  # swatch plus gap before the text
    GAP = 12.0  # between columns
    MAX_TITLE = 220.0  # a longer title (several industries) is elided; the filter pane lists them all

    def __init__(self, parent=None):
        super().__init__(parent)
        # A click on the legend is a click on the legend, never on the region under it.
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        self._title = ""
        self._entries: tuple[LegendEntry, ...] = ()
        self._columns = 1
        self._compact = False
        self._set_fonts()

    def _set_fonts(self) -> None:
        small = self._compact
        self._font = ui_font(7.5 if small else 8.5)
        self._title_font = ui_font(8 if small else 9, bold=True)
        self.ROW = 14.0 if small else 18.0
        self.PAD = 5.0 if small else 8.0

    @property
    def title(self) -> str:
        return self._title

    @property
    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    @property
    def compact(self) -> bool:
        return self._compact

    @property
    def columns(self) -> int:
        return self._columns

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()

    def set_entries(self, title: str, entries) -> None:
        self._title = title
        self.setToolTip(title)  # the whole title when it is elided
        self._entries = tuple(entries)
        self.resize(self.sizeHint())
        self.update()

    def set_layout(self, *, compact: bool, columns: int = 1) -> None:
        """Choose the font size and the number of columns; the box resizes to fit."""
        if not isinstance(columns, int) or columns < 1:
            raise ValueError(f"columns must be a positive int, not {columns!r}")
        if (compact, columns) != (self._compact, self._columns):
            self._compact, self._columns = bool(compact), columns
            self._set_fonts()
            self.resize(self.sizeHint())
            self.update()

    def size_for(self, columns: int, *, compact: bool | None = None) -> QSize:
        """The box size with ``columns`` columns (and the given compactness), without changing it."""
        saved = (self._compact, self._columns)
        self._compact, self._columns = self._compact if compact is None else compact, columns
        self._set_fonts()
        size = self.sizeHint()
        self._compact, self._columns = saved
        self._set_fonts()
        return size

    def _rows(self) -> int:
        return max(1, -(-len(self._entries) // self._columns))

    def _column_width(self) -> float:
        fm = QFontMetricsF(self._font)
        return max([self.SWATCH + fm.horizontalAdvance(e.text) for e in self._entries], default=0.0)

    def _title_width(self) -> float:
        """The title's width: at most as wide as the entries (or MAX_TITLE), longer titles are elided."""
        columns = min(self._columns, max(1, len(self._entries)))
        entries = columns * self._column_width() + (columns - 1) * self.GAP
        return min(
            QFontMetricsF(self._title_font).horizontalAdvance(self._title), max(entries, self.MAX_TITLE)
        )

    def shown_title(self) -> str:
        """The title as drawn (elided with … when a filter of several industries makes it long)."""
        fm = QFontMetricsF(self._title_font)
        return fm.elidedText(self._title, Qt.TextElideMode.ElideRight, self._title_width() + 1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        tfm = QFontMetricsF(self._title_font)
        columns = min(self._columns, max(1, len(self._entries)))
        width = max(self._title_width(), columns * self._column_width() + (columns - 1) * self.GAP)
        height = tfm.height() + 4 + self.ROW * self._rows()
        return QSize(int(width + 2 * self.PAD + 2), int(height + 2 * self.PAD))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#c8c8c8"), 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.setFont(self._title_font)
        p.setPen(QColor("#222222"))
        tfm = QFontMetricsF(self._title_font)
        p.drawText(
            QRectF(self.PAD, self.PAD, self.width(), tfm.height()),
            Qt.AlignmentFlag.AlignLeft,
            self.shown_title(),
        )
        p.setFont(self._font)
        top, rows, col_w = self.PAD + tfm.height() + 4, self._rows(), self._column_width() + self.GAP
        swatch_h = self.ROW - (4 if self._compact else 6)
        for n, e in enumerate(self._entries):
            x, y = self.PAD + (n // rows) * col_w, top + (n % rows) * self.ROW
            box = QRectF(x, y + (self.ROW - swatch_h) / 2, 20, swatch_h)
            if e.kind == "fill":
                p.setPen(QPen(QColor("#8a8a8a"), 0.8))
                p.setBrush(QColor(e.colour))
                p.drawRect(box)
            elif e.kind == "band":
                pen = QPen(band_colour(e.colour), 6)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box.adjusted(3, 3, -3, -3))
            elif e.kind == "line":
                pen = QPen(QColor(e.colour), 2.2)
                if e.dash:
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box.adjusted(1, 1, -1, -1))
            else:
                p.setPen(QPen(QColor("#3f007d") if e.hollow else QColor("#ffffff"), 1.4))
                p.setBrush(QColor("#ffffff") if e.hollow else QColor("#3f007d"))
                p.drawEllipse(box.center(), 4, 4)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(x + self.SWATCH, y, col_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, e.text)
        p.end()


def map_legend(
    industry: str | None,
    bins,
    zones,
    *,
    parks: bool,
    bands=(),
    compared: bool = False,
    highlighted: bool = False,
) -> tuple[str, list[LegendEntry]]:
    """Title and entries of the map legend.

    ``industry`` is the filtered industry's display name (None: colours count designated industries),
    ``bins`` the colour classes, ``zones`` (colour, name) of the zone outlines shown, ``parks`` whether
    park markers are shown, ``bands`` (colour, text) of the zones or province designated the filtered
    industry themselves (no polygon of theirs is filled), ``compared`` whether regions are in the comparison.
    """
    if industry is None:
        title = tr("指定产业数")
        one, many = tr("{n} 项"), tr("{lo}–{hi} 项")
    else:
        title = tr("{industry}：指定文件数").format(industry=industry)
        one, many = tr("{n} 份文件"), tr("{lo}–{hi} 份文件")
    entries = [
        LegendEntry("fill", b.colour, one.format(n=b.lo) if b.lo == b.hi else many.format(lo=b.lo, hi=b.hi))
        for b in bins
    ]
    entries.append(LegendEntry("fill", NO_DATA, tr("无")))
    entries += [LegendEntry("band", colour, text) for colour, text in bands]
    entries += [LegendEntry("line", colour, name, dash=True) for colour, name in zones]
    if compared:
        entries.append(LegendEntry("line", COMPARED, tr("对比中的地区")))
    if highlighted:
        entries.append(LegendEntry("line", HIGHLIGHT, tr("打开的条款提到的地区")))
    if parks:
        entries.append(LegendEntry("marker", "#3f007d", tr("园区（位置已知）")))
        entries.append(LegendEntry("marker", "#3f007d", tr("园区（仅知所在地区）"), hollow=True))
    return title, entries


@dataclass(frozen=True)
class LegendFit:
    """How the whole-province view shares the map widget with the legend.

    ``scale`` is pixels per scene unit; ``room_x`` / ``room_y`` the pixels kept free for the legend on
    the right / at the bottom (both 0 when the legend covers a corner of a tiny view).
    """

    scale: float
    columns: int
    compact: bool
    room_x: float
    room_y: float


def fit_map_and_legend(legend: Legend, width: int, height: int, map_size) -> LegendFit:
    """Fit the map beside or above the legend so the legend never hides it.

    Small views get a compact legend, spread over up to three columns when it sits under the map;
    whichever arrangement leaves the map biggest wins (fewer columns on a tie). Only when that would
    shrink the map below 55 % of the whole view does the legend cover a corner instead.

    Parameters
    ----------
    legend : Legend
        Asked for its size in each arrangement (not changed).
    width, height : int
        The view in pixels.
    map_size : QSizeF
        The map's extent in scene units.
    """
    w, h = map_size.width(), map_size.height()
    if w <= 0 or h <= 0:
        raise ValueError(f"the map has no extent ({w} × {h})")
    full = max(min((width - 24) / w, (height - 24) / h), 1e-6)
    compact = width < 700 or height < 500
    best = (0.0, 0, 0.0, 0.0)  # scale, -columns, room right, room below
    for columns in (1, 2, 3):
        size = legend.size_for(columns, compact=compact)
        lw, lh = size.width() + 20, size.height() + 20
        if lh <= height - 8:  # beside the map, on the right
            best = max(best, (min((width - lw - 12) / w, (height - 24) / h), -columns, lw, 0.0))
        if lw <= width - 8:  # under the map
            best = max(best, (min((width - 24) / w, (height - lh - 12) / h), -columns, 0.0, lh))
    scale, columns, room_x, room_y = best
    if scale < 0.55 * full:
        return LegendFit(full, 1, compact, 0.0, 0.0)
    return LegendFit(scale, -columns, compact, float(room_x), float(room_y))
