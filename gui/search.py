"""Full-text search over every clause, and the searchable region list (keyboard access to every region)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QStringListModel, Qt, QTimer, QUrl
from PySide6.QtWidgets import QCompleter, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from gui.detail_html import search_results_html
from gui.i18n import tr
from gui.viewmodel import AtlasView


class SearchPanel(QWidget):
    """A query box and the matches, each a link that opens its clause in the reader."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._picked)
        self.hits = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        # Debounced typing: search when the user pauses, or at once on Enter.
        self._timer = QTimer(self, singleShot=True, interval=150, timeout=self._commit)
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        state.searchChanged.connect(self.run)
        state.viewChanged.connect(self.set_view)
        # The documents in view (the year bar, the document list) narrow the matches too.
        state.documentsChanged.connect(
            lambda _docs: self.run(self.state.search) if self.state.search else None
        )
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view
        self.run(self.state.search)

    def _documents_changed(self, _docs) -> None:
        if self.state.search:
            self.run(self.state.search)

    def _commit(self) -> None:
        self.state.set_search(self.box.text())

    def _enter(self) -> None:
        self._timer.stop()
        self._commit()
        if self.hits:
            self.pick(0)

    def run(self, query: str) -> None:
        """Search all clauses for ``query`` and list the matches."""
        if self.box.text() != query:
            self.box.setText(query)
        found = self.view.kb.search(query) if query.strip() else ()
        docs = self.state.documents
        self.hits = tuple(h for h in found if h.doc_id in docs)
        html = search_results_html(self.view, self.hits, query)
        outside = len(found) - len(self.hits)
        if outside:
            note = tr("另有 {n} 处在所选年份或文件之外。").format(n=outside)
            html = f'<p style="color:#6b6b6b;">{escape(note)}</p>' + html
        self.results.setHtml(html)

    def pick(self, n: int) -> None:
        """Open the n-th match in the reader."""
        if not 0 <= n < len(self.hits):
            raise IndexError(f"no search result {n}; there are {len(self.hits)}")
        hit = self.hits[n]
        regions = self.view.regions_of_clause(hit.doc_id, hit.clause_id)
        self.state.open_clause(hit.doc_id, hit.clause_id, regions)

    def _picked(self, url: QUrl) -> None:
        kind, _, n = url.toString().partition(":")
        if kind == "hit" and n.isdigit():
            self.pick(int(n))

    def retranslate(self) -> None:
        self.box.setPlaceholderText(tr("搜索条款全文（Ctrl+F）"))
        self.run(self.state.search)


class RegionFinder(QLineEdit):
    """Type a region's name (or adcode) and press Enter: every region is reachable without the map.

    Ctrl+Enter adds the region to the comparison instead of selecting it.
    """

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.setClearButtonEnabled(True)
        order = {"province": 0, "prefecture": 1, "zone": 2, "county": 3}
        regions = sorted(view.kb.regions, key=lambda r: (order.get(r.level, 9), r.id))
        self._names: dict[str, str] = {}
        entries = []
        for r in regions:
            # Adcodes are public and typed by users; a zone's internal id is not: say what it is instead.
            entry = f"{r.name}（{tr('复合区域')}）" if r.level == "zone" else f"{r.name} ({r.id})"
            entries.append(entry)
            self._names[entry] = r.id
        self.completer_model = QStringListModel(entries, self)
        completer = QCompleter(self.completer_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(self.choose)
        self.returnPressed.connect(lambda: self.choose(self.text()))
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view  # same gazetteer: the completer's regions stay

    def resolve(self, text: str) -> str | None:
        """The region id for a completer entry, a name, a short name or an adcode."""
        text = text.strip()
        if text in self._names:
            return self._names[text]
        gazetteer = self.view.kb.gazetteer
        if gazetteer is not None and text:
            region = gazetteer.lookup(text)
            if region is not None:
                return region.id
        for r in self.view.kb.regions:
            if text and text in (r.id, r.name, r.short, *r.aliases):
                return r.id
        return None

    def choose(self, text: str) -> None:
        rid = self.resolve(text)
        if rid is None:
            return
        from PySide6.QtWidgets import QApplication

        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self.state.toggle_compare(rid)
        else:
            self.state.select((rid,))
        QTimer.singleShot(0, self.clear)

    def retranslate(self) -> None:
        self.setPlaceholderText(tr("查找地区：名称或代码，回车选择"))
