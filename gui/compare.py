"""Comparing regions: a region × industry table, shared (同质化) and unique industries, CSV export."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.detail_html import entry_name, place_suffix
from gui.i18n import tr
from gui.text import join_names, message_box, plain_tooltip
from gui.viewmodel import AtlasView, document_sort_key
from policy.history import UNCLASSIFIED_PREFIX, entry_key
from policy.labels import document_label
from policy.model import Designation, Document


@dataclass(frozen=True)
class Comparison:
    """Which designations give which industry (or unclassified term) to each region.

    Rows are keys as in :func:`policy.history.entry_key`: industry ids, and ``term:<term>`` for terms the
    taxonomy does not know (compared by the exact term). A region's cells include the units below it,
    except units that are themselves in the comparison (梅河口's facts are not also 通化's).
    """

    regions: tuple[str, ...]
    industries: tuple[str, ...]
    cells: dict  # (key, region id) -> tuple of Designations, in date order

    def designations(self, industry: str, region: str) -> tuple[Designation, ...]:
        return self.cells.get((industry, region), ())

    def docs(self, industry: str, region: str) -> tuple[str, ...]:
        """Ids of the documents designating ``industry`` to ``region``, in date order."""
        return tuple(dict.fromkeys(d.prov.doc_id for d in self.designations(industry, region)))

    def holders(self, industry: str) -> tuple[str, ...]:
        return tuple(r for r in self.regions if self.docs(industry, r))

    @property
    def shared(self) -> tuple[str, ...]:
        """Industries designated to two or more of the regions (possible 同质化)."""
        return tuple(i for i in self.industries if len(self.holders(i)) >= 2)

    def unique_to(self, region: str) -> tuple[str, ...]:
        return tuple(i for i in self.industries if self.holders(i) == (region,))


def is_unclassified(key: str) -> bool:
    return key.startswith(UNCLASSIFIED_PREFIX)


def build_comparison(
    view: AtlasView, regions: Sequence[str], docs: frozenset[str] | None = None
) -> Comparison:
    """Compare regions on their designations from ``docs`` (all documents if None), unclassified included.

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
    kb = view.kb
    order = {d.id: n for n, d in enumerate(sorted(kb.documents, key=document_sort_key))}
    cells: dict[tuple[str, str], list[Designation]] = {}
    for r in regions:
        kb.region(r)
        within = kb.region_ids_within(r)
        # A unit compared in its own right keeps its facts: they are not its prefecture's as well.
        own_column = set().union(*(kb.region_ids_within(o) for o in regions if o != r and o in within))
        for d in kb.designations_for(r, docs=docs):
            if d.region not in own_column:
                cells.setdefault((entry_key(d), r), []).append(d)

    def sort_key(i):
        return (-sum(1 for r in regions if (i, r) in cells), is_unclassified(i), i)

    industries = sorted({i for i, _ in cells}, key=sort_key)
    frozen = {
        k: tuple(sorted(v, key=lambda d: (order.get(d.prov.doc_id, 0), d.prov.start)))
        for k, v in cells.items()
    }
    return Comparison(regions, tuple(industries), frozen)


def citation_label(doc: Document) -> str:
    """A document as people cite it: ``2006 吉政办发〔2006〕32号``; without a 文号 its date, else "文号不详".

    When neither number nor date is known the title follows in brackets, so two such documents differ.
    """
    return document_label(doc, "citation", unknown_year=tr("年份不详"), unknown_number=tr("文号不详"))


def clause_citation(view: AtlasView, d: Designation, region: str) -> str:
    """``2023 吉政办发〔2023〕22号 （六）``: a fact's document and clause (and county, unless ``region``)."""
    doc = view.kb.document(d.prov.doc_id)
    clause = doc.clause(d.prov.clause_id)
    label = clause.label or {"preamble": tr("序言"), "signature": tr("落款")}.get(clause.id, clause.id)
    place = place_suffix(view, () if d.region == region else (d.region,))
    return f"{citation_label(doc)} {label.strip()}{place}"


def cell_citations(view: AtlasView, comparison: Comparison, key: str, region: str) -> tuple[str, ...]:
    """Every distinct clause citation of a cell, in date order."""
    return tuple(
        dict.fromkeys(clause_citation(view, d, region) for d in comparison.designations(key, region))
    )


def comparison_csv(view: AtlasView, comparison: Comparison) -> str:
    """The table as CSV: industry id and name, then one column per region citing document and clause.

    Unclassified terms have an empty id and their term, marked unclassified, as the name.
    """
    import csv  # only for an export

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["industry_id", "industry", *(view.name(r) for r in comparison.regions), "shared"])
    shared = set(comparison.shared)
    for i in comparison.industries:
        row = ["" if is_unclassified(i) else i, entry_name(view, i)]
        row += ["; ".join(cell_citations(view, comparison, i, r)) for r in comparison.regions]
        row.append(tr("是") if i in shared else tr("否"))
        writer.writerow(row)
    return out.getvalue()


class ComparePane(QWidget):
    """The comparison table of ``state.comparison`` (Ctrl-click regions on the map to fill it).

    The table and the summary share a splitter: the table keeps room for several rows, the summary
    scrolls (or is dragged shut) instead of pushing the table off the pane.
    """

    TABLE_MIN_ROWS = 4  # with the time bar, the window must still fit 1024 × 700

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.comparison = Comparison((), (), {})
        self.hint = QLabel()  # one line (the whole hint in its tooltip): the pane stays short at 700 px
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary = QPlainTextEdit()  # plain: industry terms come from documents
        self.summary.setReadOnly(True)
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.summary.setMinimumHeight(0)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 8)
        rows = self.table.verticalHeader().defaultSectionSize() * self.TABLE_MIN_ROWS
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 6)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.summary)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._split_done = False
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.pdf_button = QPushButton()  # print or save as PDF
        self.pdf_button.clicked.connect(self.pdf_dialog)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: state.set_comparison(()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        state.comparisonChanged.connect(self.refresh)
        state.documentsChanged.connect(self.refresh)
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        total = self.splitter.height()
        if not self._split_done and total > 0:
            # The summary starts at about three lines; the user can drag it open or shut.
            lines = self.summary.fontMetrics().lineSpacing() * 3 + 12
            self.splitter.setSizes([max(total - lines, 0), lines])
            self._split_done = True

    def refresh(self, *_args) -> None:
        regions = self.state.comparison
        self.comparison = build_comparison(self.view, regions, self.state.documents)
        c = self.comparison
        self.table.clear()
        self.table.setColumnCount(len(c.regions))
        self.table.setRowCount(len(c.industries))
        self.table.setHorizontalHeaderLabels([self.view.short(r) for r in c.regions])
        shared = set(c.shared)
        for row, i in enumerate(c.industries):
            header = QTableWidgetItem(entry_name(self.view, i))
            if is_unclassified(i):
                font = header.font()
                font.setItalic(True)
                header.setFont(font)
                header.setToolTip(tr("未归类的用语：产业分类中没有这一用语，按原文逐字比较"))
            self.table.setVerticalHeaderItem(row, header)
            for col, r in enumerate(c.regions):
                docs = c.docs(i, r)
                years = [str(self.view.kb.document(d).year or "?") for d in docs]
                units = self.view.units_of(r, c.designations(i, r))
                place = place_suffix(self.view, units, r) if units else ""
                item = QTableWidgetItem("✓ " + ", ".join(years) + place if docs else "")
                item.setToolTip(plain_tooltip("\n".join(cell_citations(self.view, c, i, r))))
                if docs and i in shared:
                    item.setBackground(QBrush(QColor("#fde0c5")))
                elif docs:
                    item.setBackground(QBrush(QColor("#d9f0d3")))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(c.regions))
        self.pdf_button.setEnabled(bool(c.regions))
        self.clear_button.setEnabled(bool(c.regions))
        self._summarise()

    def _summarise(self) -> None:
        c = self.comparison
        if len(c.regions) < 2:
            self.summary.setPlainText("")
            return
        names = lambda ids: join_names(entry_name(self.view, i) for i in ids) or tr("无")  # noqa: E731
        lines = [tr("共同产业（可能同质化）：") + names(c.shared)]
        for r in c.regions:
            lines.append(tr("仅 {region}：").format(region=self.view.short(r)) + names(c.unique_to(r)))
        self.summary.setPlainText("\n".join(lines))

    def report_html(self) -> str:
        """The comparison as a printable page: title, documents in view, the table (✓ years), summary."""
        from html import escape

        c = self.comparison
        names = [self.view.name(r) for r in c.regions]
        out = [f"<h2>{escape(tr('地区对比'))}：{escape(join_names(names))}</h2>"]
        head = "".join(f"<th>{escape(self.view.short(r))}</th>" for r in c.regions)
        rows = []
        for i in c.industries:
            cells = []
            for r in c.regions:
                docs = c.docs(i, r)
                years = ", ".join(str(self.view.kb.document(d).year or "?") for d in docs)
                cells.append(f"<td>{'✓ ' + escape(years) if docs else ''}</td>")
            rows.append(f"<tr><td>{escape(entry_name(self.view, i))}</td>{''.join(cells)}</tr>")
        out.append(
            '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<tr><th>{escape(tr('产业'))}</th>{head}</tr>{''.join(rows)}</table>"
        )
        out += [f"<p>{escape(line)}</p>" for line in self.summary.toPlainText().splitlines()]
        docs = sorted((self.view.kb.document(d) for d in self.state.documents), key=document_sort_key)
        labels = [document_label(d, "list", unknown_year="?", unknown_number=tr("文号不详")) for d in docs]
        out.append(f"<p><small>{escape(tr('所用文件：') + join_names(labels, semicolon=True))}</small></p>")
        return "".join(out)

    def export_csv(self, path: str | Path) -> Path:
        """Write the table to ``path`` (UTF-8 with BOM so spreadsheet programs read the Chinese).

        Raises
        ------
        policy.text.sources.InputError
            The file cannot be written there (the message says where and what to do); nothing is left.
        """
        from policy.outputs import write_atomically

        path = Path(path)
        write_atomically(path, comparison_csv(self.view, self.comparison).encode("utf-8-sig"))
        return path

    def pdf_dialog(self) -> None:
        from gui.exports import export_comparison_pdf_dialog

        export_comparison_pdf_dialog(self, self)

    def export_dialog(self) -> None:
        from gui.saving import ask_save_path, show_saved
        from policy.text.errors import InputError

        path = ask_save_path(self, tr("导出对比表"), tr("地区对比.csv"), "CSV (*.csv)", ".csv")
        if not path:
            return
        try:
            self.export_csv(path)
        except InputError as err:
            message_box(self, tr("导出失败"), str(err))
            return
        show_saved(self, path)

    def retranslate(self) -> None:
        hint = tr("按住 Ctrl 点击地图上的地区，加入对比。绿色：仅一个地区有；橙色：多个地区共有。")
        self.hint.setText(hint)
        self.hint.setToolTip(hint)
        self.export_button.setText(tr("导出 CSV…"))
        self.pdf_button.setText(tr("导出 PDF…"))
        self.pdf_button.setToolTip(tr("把对比表存为 PDF（可打印）"))
        self.clear_button.setText(tr("清空"))
        self.refresh()
