"""The map legend: an overlay in the map's corner explaining fills, outlines and markers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui.fonts import ui_font
from gui.i18n import tr
from gui.palette import NO_DATA


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: ``kind`` is "fill", "line" (with ``dash``) or "marker"."""

    kind: str
    colour: str
    text: str
    dash: bool = False
    hollow: bool = False


class Legend(QWidget):
    """A translucent box listing a title and entries; repaints when :meth:`set_entries` is called."""

    ROW = 18.0
    PAD = 8.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._title = ""
        self._entries: tuple[LegendEntry, ...] = ()
        self._font = ui_font(8.5)
        self._title_font = ui_font(9, bold=True)

    @property
    def title(self) -> str:
        return self._title

    @property
    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def set_entries(self, title: str, entries) -> None:
        self._title = title
        self._entries = tuple(entries)
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm, tfm = QFontMetricsF(self._font), QFontMetricsF(self._title_font)
        width = max(
            [tfm.horizontalAdvance(self._title)] + [28 + fm.horizontalAdvance(e.text) for e in self._entries]
        )
        height = tfm.height() + 4 + self.ROW * len(self._entries)
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
            QRectF(self.PAD, self.PAD, self.width(), tfm.height()), Qt.AlignmentFlag.AlignLeft, self._title
        )
        p.setFont(self._font)
        y = self.PAD + tfm.height() + 4
        for e in self._entries:
            box = QRectF(self.PAD, y + 3, 20, self.ROW - 6)
            if e.kind == "fill":
                p.setPen(QPen(QColor("#8a8a8a"), 0.8))
                p.setBrush(QColor(e.colour))
                p.drawRect(box)
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
            p.drawText(
                QRectF(self.PAD + 28, y, self.width(), self.ROW), Qt.AlignmentFlag.AlignVCenter, e.text
            )
            y += self.ROW
        p.end()


def map_legend(industry: str | None, bins, zones, *, parks: bool) -> tuple[str, list[LegendEntry]]:
    """Title and entries of the map legend.

    ``industry`` is the filtered industry's display name (None: colours count designated industries),
    ``bins`` the colour classes, ``zones`` (colour, name) of the zone outlines shown, ``parks`` whether
    park markers are shown.
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
    entries += [LegendEntry("line", colour, name, dash=True) for colour, name in zones]
    if parks:
        entries.append(LegendEntry("marker", "#3f007d", tr("园区（位置已知）")))
        entries.append(LegendEntry("marker", "#3f007d", tr("园区（仅知所在地区）"), hollow=True))
    return title, entries
