"""The region detail pane: overview (industries by document, parks, zone members), clauses, targets, chart.

Hidden tabs are refreshed when they are shown, so a click pays only for what is on screen. The chart tab
imports matplotlib the first time it is shown, never at start-up.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.detail_html import STYLE, clauses_html, overview_html
from gui.i18n import tr
from gui.viewmodel import AtlasView


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)  # links are ours (region:, clause:); nothing is ever fetched
    browser.setOpenExternalLinks(False)
    return browser


SETTLE_MS = 150  # the detail follows the time control after this pause


class DetailPane(QTabWidget):
    """Detail of ``state.selected``: a region, a county or a zone."""

    OVERVIEW, CLAUSES, TARGETS, CHART = range(4)

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.overview = _browser()
        self.clauses = _browser()
        self.targets = _browser()  # cards (gui.targets_html): readable at the pane's default width
        self.chart_page = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_placeholder = QLabel()
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.chart_placeholder)
        self.chart = None  # created on first show (lazy matplotlib)
        for page in (self.overview, self.clauses, self.targets, self.chart_page):
            self.addTab(page, "")
        for browser in (self.overview, self.clauses, self.targets):
            browser.anchorClicked.connect(self._link)
        self._dirty = set(range(4))
        self._target_rows = []
        self.currentChanged.connect(self._refresh_current)
        state.selectionChanged.connect(self._changed)
        # The documents in view change at every step of the time control: the pane follows once the
        # control rests (a short pause), so stepping and playing keep pace with the map.
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._changed)
        state.documentsChanged.connect(self._documents_changed)
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view
        self._changed()

    # -- refresh ------------------------------------------------------------------------------------
    def _documents_changed(self, *_args) -> None:
        if self.state.years is None:  # the list ticked by hand: at once
            self._changed()
        else:
            self._settle.start()

    def _changed(self, *_args) -> None:
        self._settle.stop()
        self._dirty = set(range(4))
        self._update_titles()
        self._refresh_current()

    def _refresh_current(self, *_args) -> None:
        index = self.currentIndex()
        if index not in self._dirty:
            return
        self._dirty.discard(index)
        region, docs = self.state.selected, self.state.documents
        if index == self.OVERVIEW:
            if region is None:
                self.overview.setHtml(
                    STYLE + f'<p class="muted">{escape(tr("在地图上点击一个地区，或在左上方搜索地区。"))}</p>'
                )
            else:
                self.overview.setHtml(overview_html(self.view, region, docs))
        elif index == self.CLAUSES:
            refs = self.view.clauses_for(region, docs) if region else []
            self.clauses.setHtml(clauses_html(self.view, refs))
        elif index == self.TARGETS:
            self._fill_targets(region)
        elif index == self.CHART:
            self._draw_chart(region, docs)

    def _update_titles(self) -> None:
        region, docs = self.state.selected, self.state.documents
        n_clauses = len(self.view.clauses_for(region, docs)) if region else 0
        n_targets = len(self._targets(region)) if region else 0
        self.setTabText(self.CLAUSES, tr("条款") + (f" ({n_clauses})" if region else ""))
        self.setTabText(self.TARGETS, tr("目标") + (f" ({n_targets})" if region else ""))

    def _targets(self, region):
        docs = self.state.documents
        return [t for t in self.view.kb.targets_for(region) if t.prov.doc_id in docs] if region else []

    # -- targets ------------------------------------------------------------------------------------
    def _fill_targets(self, region) -> None:
        from gui.targets_html import targets_html

        self._target_rows = self._targets(region)
        self.targets.setHtml(targets_html(self.view, region, self._target_rows))

    def open_target(self, row: int) -> None:
        """Open the clause of the row-th target in the reader."""
        if 0 <= row < len(self._target_rows):
            prov = self._target_rows[row].prov
            self.state.open_clause(
                prov.doc_id, prov.clause_id, self.view.regions_of_clause(prov.doc_id, prov.clause_id)
            )

    # -- chart (lazy matplotlib) --------------------------------------------------------------------
    def _draw_chart(self, region, docs) -> None:
        if region is None:
            self.chart_placeholder.setText(tr("选择一个地区以查看图表。"))
            self.chart_placeholder.show()
            if self.chart is not None:
                self.chart.hide()
            return
        if self.chart is None:
            from gui.chart import IndustryChart  # imports matplotlib: only now, never at start-up

            self.chart = IndustryChart(self.chart_page)
            self.chart_layout.addWidget(self.chart)
        self.chart_placeholder.hide()
        self.chart.show()
        self.chart.plot(self.view, region, docs)

    # -- links --------------------------------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        kind, _, rest = url.toString().partition(":")
        if kind == "region":
            self.state.select((rest,))
        elif kind == "target" and rest.isdigit():
            self.open_target(int(rest))
        elif kind == "cite":
            self.copy_card_citation(*rest.partition(":")[::2])
        elif kind == "clause":
            doc_id, _, clause_id = rest.partition(":")
            self.state.open_clause(doc_id, clause_id, self.view.regions_of_clause(doc_id, clause_id))

    def copy_card_citation(self, doc_id: str, clause_id: str) -> str:
        """Copy the citation of a clause card: its clause and the words highlighted in it."""
        from gui.citation import copy_citation

        region, docs = self.state.selected, self.state.documents
        refs = self.view.clauses_for(region, docs) if region else []
        ref = next((r for r in refs if (r.doc_id, r.clause_id) == (doc_id, clause_id)), None)
        text = self.view.kb.document(doc_id).text
        quoted = "…".join(text[a:b] for a, b in ref.spans) if ref is not None else None
        copied = copy_citation(self.view.kb, doc_id, clause_id, quoted)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("已复制引文：") + copied[:60], 6000)
        return copied

    def retranslate(self) -> None:
        self.setTabText(self.OVERVIEW, tr("概况"))
        self.setTabText(self.CHART, tr("图表"))
        self._changed()
