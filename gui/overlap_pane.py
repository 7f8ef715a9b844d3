"""同质化: neighbouring prefectures designated the same industries, in the documents in view.

A table (pair, how many industries both have, their share, which) and, while the pane is shown, lines on
the map between the two regions' labels, thicker for more shared industries. The pane follows the state's
documents in view, so the time control chooses the period; a row's click puts the pair in the comparison.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsLineItem,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.text import join_names
from policy.overlap import overlaps

LINE_COLOUR = QColor(200, 60, 40, 170)
SHOWN_INDUSTRIES = 8


class OverlapPane(QWidget):
    """The table of overlapping neighbours, and their lines on ``map_view`` while the pane is visible."""

    def __init__(self, view, state, map_view, parent=None):
        super().__init__(parent)
        self.view, self.state, self.map = view, state, map_view
        self.pairs = ()
        self.lines: list[QGraphicsLineItem] = []
        # A tabbed dock behind another tab still counts as visible to Qt: the window says when it shows.
        self.shown = False
        self._stale = True
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        state.documentsChanged.connect(self.refresh)
        state.viewChanged.connect(self._new_view)
        self.retranslate()

    def _new_view(self, view) -> None:
        self.view = view
        self.refresh()

    def refresh(self, *_args) -> None:
        """Recompute the pairs for the documents in view and redraw the table and the lines (when shown;
        a hidden pane catches up as it is shown)."""
        if not self.shown:
            self._stale = True
            self._draw_lines()
            return
        self._stale = False
        kb = self.view.kb
        self.pairs = overlaps(kb, docs=self.state.documents)
        self.table.setRowCount(len(self.pairs))
        for row, o in enumerate(self.pairs):
            names = [kb.industry(i).name for i in o.shared]
            shown = join_names(names[:SHOWN_INDUSTRIES])
            if len(names) > SHOWN_INDUSTRIES:
                shown += tr(" 等 {n} 项").format(n=len(names))
            cells = (
                f"{self.view.short(o.a)} — {self.view.short(o.b)}",
                str(len(o.shared)),
                f"{o.share:.0%}",
                shown,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (o.a, o.b))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._draw_lines()

    def _draw_lines(self) -> None:
        scene = self.map.scene()
        for line in self.lines:
            scene.removeItem(line)
        self.lines = []
        if not self.shown or not self.pairs:
            return
        most = max(len(o.shared) for o in self.pairs)
        for o in self.pairs:
            a, b = self.map.items_by_region.get(o.a), self.map.items_by_region.get(o.b)
            if a is None or b is None:
                continue
            pen = QPen(LINE_COLOUR, 1.5 + 6.0 * len(o.shared) / most)
            pen.setCosmetic(True)  # the same width at any zoom
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line = QGraphicsLineItem(
                a.label_point.x(), a.label_point.y(), b.label_point.x(), b.label_point.y()
            )
            line.setPen(pen)
            line.setZValue(40)
            line.setToolTip(f"{self.view.short(o.a)} — {self.view.short(o.b)}: {len(o.shared)}")
            scene.addItem(line)
            self.lines.append(line)

    def set_shown(self, shown: bool) -> None:
        """The pane's tab came to the front (True) or went behind another or was closed (False)."""
        self.shown = shown
        if shown and self._stale:
            self.refresh()
        else:
            self._draw_lines()

    def _clicked(self, row: int, _col: int) -> None:
        pair = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.state.set_comparison(pair)

    def retranslate(self) -> None:
        self.hint.setText(
            tr(
                "相邻地级市在所选文件（可用下方年份控制选择时期）中共同被指定的产业；地图上的连线越粗，共同产业越多。"
            )
        )
        self.table.setHorizontalHeaderLabels([tr("相邻地区"), tr("共同产业"), tr("占比"), tr("产业")])
        self.refresh()
