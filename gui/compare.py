"""Comparing regions: a region × industry table, shared (同质化) and unique industries, CSV export."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.detail_html import industry_name
from gui.i18n import tr
from gui.text import join_names, message_box, plain_tooltip
from gui.viewmodel import AtlasView, document_sort_key
from policy.labels import document_label
from policy.model import Document


@dataclass(frozen=True)
class Comparison:
    """Which documents designate which industry to each region (sub-units included)."""

    regions: tuple[str, ...]
    industries: tuple[str, ...]
    cells: dict  # (industry id, region id) -> tuple of document ids, in date order

    def docs(self, industry: str, region: str) -> tuple[str, ...]:
        return self.cells.get((industry, region), ())

    def holders(self, industry: str) -> tuple[str, ...]:
        return tuple(r for r in self.regions if self.docs(industry, r))

    @property
    def shared(self) -> tuple[str, ...]:
        """Industries designated to two or more of the regions (possible 同质化)."""
        return tuple(i for i in self.industries if len(self.holders(i)) >= 2)

    def unique_to(self, region: str) -> tuple[str, ...]:
        return tuple(i for i in self.industries if self.holders(i) == (region,))


def build_comparison(
    view: AtlasView, regions: Sequence[str], docs: frozenset[str] | None = None
) -> Comparison:
    """Compare regions on their classified designations from ``docs`` (all documents if None).

    Raises
    ------
    TypeError
        If ``regions`` is a single string.
    KeyError
        If a region is unknown.
    """
    if isinstance(regions, str):
        raise TypeError("regions must be a sequence of region ids, not a single str")
    regions = tuple(dict.fromkeys(regions))
    order = {d.id: n for n, d in enumerate(sorted(view.kb.documents, key=document_sort_key))}
    cells: dict[tuple[str, str], set[str]] = {}
    for r in regions:
        view.kb.region(r)
        for d in view.kb.designations_for(r, docs=docs):
            if d.industry is not None:
                cells.setdefault((d.industry, r), set()).add(d.prov.doc_id)
    industries = sorted({i for i, _ in cells}, key=lambda i: (-sum(1 for r in regions if (i, r) in cells), i))
    frozen = {k: tuple(sorted(v, key=order.get)) for k, v in cells.items()}
    return Comparison(regions, tuple(industries), frozen)


def citation_label(doc: Document) -> str:
    """A document as people cite it: ``2006 吉政办发〔2006〕32号``; without a 文号 its date, else "文号不详".

    When neither number nor date is known the title follows in brackets, so two such documents differ.
    """
    return document_label(doc, "citation", unknown_year=tr("年份不详"), unknown_number=tr("文号不详"))


def comparison_csv(view: AtlasView, comparison: Comparison) -> str:
    """The table as CSV: industry id and name, then one column per region citing its documents."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["industry_id", "industry", *(view.name(r) for r in comparison.regions), "shared"])
    for i in comparison.industries:
        row = [i, view.kb.industry(i).name]
        row += [
            "; ".join(citation_label(view.kb.document(d)) for d in comparison.docs(i, r))
            for r in comparison.regions
        ]
        row.append("yes" if i in comparison.shared else "no")
        writer.writerow(row)
    return out.getvalue()


class ComparePane(QWidget):
    """The comparison table of ``state.comparison`` (Ctrl-click regions on the map to fill it)."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.comparison = Comparison((), (), {})
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # industry terms come from documents
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: state.set_comparison(()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        state.comparisonChanged.connect(self.refresh)
        state.documentsChanged.connect(self.refresh)
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view
        self.refresh()

    def refresh(self, *_args) -> None:
        regions = self.state.comparison
        self.comparison = build_comparison(self.view, regions, self.state.documents)
        c = self.comparison
        self.table.clear()
        self.table.setColumnCount(len(c.regions))
        self.table.setRowCount(len(c.industries))
        self.table.setHorizontalHeaderLabels([self.view.short(r) for r in c.regions])
        self.table.setVerticalHeaderLabels([industry_name(self.view, i) for i in c.industries])
        shared = set(c.shared)
        for row, i in enumerate(c.industries):
            for col, r in enumerate(c.regions):
                docs = c.docs(i, r)
                years = [str(self.view.kb.document(d).year or "?") for d in docs]
                item = QTableWidgetItem("✓ " + ", ".join(years) if docs else "")
                item.setToolTip(
                    plain_tooltip("\n".join(citation_label(self.view.kb.document(d)) for d in docs))
                )
                if docs and i in shared:
                    item.setBackground(QBrush(QColor("#fde0c5")))
                elif docs:
                    item.setBackground(QBrush(QColor("#d9f0d3")))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(c.regions))
        self.clear_button.setEnabled(bool(c.regions))
        self._summarise()

    def _summarise(self) -> None:
        c = self.comparison
        if len(c.regions) < 2:
            self.summary.setText("")
            return
        names = lambda ids: join_names(industry_name(self.view, i) for i in ids) or tr("无")  # noqa: E731
        lines = [tr("共同产业（可能同质化）：") + names(c.shared)]
        for r in c.regions:
            lines.append(tr("仅 {region}：").format(region=self.view.short(r)) + names(c.unique_to(r)))
        self.summary.setText("\n".join(lines))

    def export_csv(self, path: str | Path) -> Path:
        """Write the table to ``path`` (UTF-8 with BOM so spreadsheet programs read the Chinese).

        Raises
        ------
        policy.sources.InputError
            The file cannot be written there (the message says where and what to do); nothing is left.
        """
        from policy.outputs import write_atomically

        path = Path(path)
        write_atomically(path, comparison_csv(self.view, self.comparison).encode("utf-8-sig"))
        return path

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("导出对比表"), "comparison.csv", "CSV (*.csv)")
        if not path:
            return
        from policy.sources import InputError

        try:
            self.export_csv(path)
        except InputError as err:
            message_box(self, tr("导出失败"), str(err))

    def retranslate(self) -> None:
        self.hint.setText(
            tr("按住 Ctrl 点击地图上的地区，加入对比。绿色：仅一个地区有；橙色：多个地区共有。")
        )
        self.export_button.setText(tr("导出 CSV…"))
        self.clear_button.setText(tr("清空"))
        self.refresh()
