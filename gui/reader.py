"""The document reader: a document's clause tree and its text.

The text is shown as plain text (never markup); the open clause, search matches and garbled passages are
marked with extra selections. Selecting a clause tells the state, which highlights its regions on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.viewmodel import AtlasView, document_label, document_sort_key
from policy.printable import printable, unprintable_codes


def python_index(text: str, offset: int) -> int:
    """The index into ``text`` of a UTF-16 offset (the inverse of :func:`utf16_offset`)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: characters outside the BMP take two."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


class ClauseTreeModel(QAbstractItemModel):
    """A thin adapter over ``Document.clauses`` (a pure tree given by ``Clause.parent``)."""

    def __init__(self, document=None, parent=None):
        super().__init__(parent)
        self.set_document(document)

    def set_document(self, document) -> None:
        self.beginResetModel()
        self.document = document
        clauses = document.clauses if document is not None else ()
        self._by_id = {c.id: c for c in clauses}
        self._children: dict[str | None, list] = {}
        for c in clauses:
            parent = c.parent if c.parent in self._by_id else None
            self._children.setdefault(parent, []).append(c)
        self._ids = [c.id for c in clauses]  # internal pointers are indexes into this list (stable)
        self._pos = {cid: i for i, cid in enumerate(self._ids)}
        self.endResetModel()

    def clause_of(self, index: QModelIndex):
        return self._by_id[self._ids[index.internalId()]] if index.isValid() else None

    def index_of(self, clause_id: str) -> QModelIndex:
        clause = self._by_id.get(clause_id)
        if clause is None:
            return QModelIndex()
        parent = clause.parent if clause.parent in self._by_id else None
        return self.createIndex(self._children[parent].index(clause), 0, self._pos[clause.id])

    def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt signature
        key = self.clause_of(parent).id if parent.isValid() else None
        children = self._children.get(key, [])
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, self._pos[children[row].id])

    def parent(self, index=QModelIndex()):  # noqa: B008 - Qt signature
        clause = self.clause_of(index) if isinstance(index, (QModelIndex, QPersistentModelIndex)) else None
        if clause is None or clause.parent not in self._by_id:
            return QModelIndex()
        return self.index_of(clause.parent)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt override
        key = self.clause_of(parent).id if parent.isValid() else None
        return len(self._children.get(key, []))

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt override
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        clause = self.clause_of(index)
        if clause is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = clause.label or {"preamble": tr("序言"), "signature": tr("落款")}.get(
                clause.id, clause.id
            )
            heading = clause.heading or self.document.text[clause.start : clause.end].strip()[:24]
            warn = "⚠ " if clause.quality == "garbled" else ""
            return f"{warn}{label} {heading}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and clause.quality == "garbled":
            return tr("此条文本顺序混乱（原文如此），未作改动")
        if role == Qt.ItemDataRole.ForegroundRole and clause.quality == "garbled":
            return QBrush(QColor("#a94400"))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("条款")
        return None


class ReaderPane(QWidget):
    """Document chooser, clause tree and text."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.docs = sorted(view.kb.documents, key=document_sort_key)
        self.combo = QComboBox()
        # Long titles must not widen the dock: elide to the available width.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.model = ClauseTreeModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Copy a citation of the selected words (title, 文号, clause): context menu and Ctrl+Shift+C.
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._text_menu)
        self.cite_action = QAction(self.text, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.cite_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cite_action.triggered.connect(self.copy_citation)
        self.text.addAction(self.cite_action)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff4e5; color: #8a3b00; padding: 4px; }")
        self.warning.hide()
        self.glyph_note = QLabel()  # what 〓 stands for, when the document has characters no font shows
        self.glyph_note.setTextFormat(Qt.TextFormat.PlainText)
        self.glyph_note.setWordWrap(True)
        self.glyph_note.setStyleSheet("QLabel { color: #5f6368; padding: 2px 4px; }")
        self.glyph_note.hide()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.warning)
        rl.addWidget(self.glyph_note)
        rl.addWidget(self.text)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 600])
        # Next / previous search hit (the query is the state's, typed in the search tab).
        self.prev_hit, self.next_hit = QToolButton(), QToolButton()
        self.prev_hit.setArrowType(Qt.ArrowType.UpArrow)
        self.next_hit.setArrowType(Qt.ArrowType.DownArrow)
        self.prev_hit.clicked.connect(lambda: self.step_hit(-1))
        self.next_hit.clicked.connect(lambda: self.step_hit(1))
        self.hit_label = QLabel()
        self.hit_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.hit_label)
        top.addWidget(self.prev_hit)
        top.addWidget(self.next_hit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.current = None
        self.hits: tuple = ()
        self.hit = -1  # index in self.hits of the hit shown, or -1
        self.combo.currentIndexChanged.connect(self._doc_chosen)
        self.tree.selectionModel().currentChanged.connect(self._clause_chosen)
        state.clauseChanged.connect(self._show_clause)
        state.searchChanged.connect(self._search_changed)
        state.documentsChanged.connect(lambda _docs: self._search_changed(self.state.search))
        state.viewChanged.connect(self.set_view)
        self.retranslate()
        self._search_changed(state.search)

    def set_view(self, view: AtlasView) -> None:
        """List the documents of a new knowledge base; the open document stays open if it is still there."""
        shown = self.current.id if self.current is not None else None
        self.view, self.current = view, None
        self.docs = sorted(view.kb.documents, key=document_sort_key)
        ids = [d.id for d in self.docs]
        self.retranslate()
        want = ids.index(shown) if shown in ids else 0
        if self.combo.currentIndex() != want:
            self.combo.setCurrentIndex(want)  # loads it through _doc_chosen
        elif self.current is None:
            self._doc_chosen(want)
        self._search_changed(self.state.search)

    def retranslate(self) -> None:
        self.prev_hit.setToolTip(tr("上一处搜索结果"))
        self.next_hit.setToolTip(tr("下一处搜索结果"))
        if hasattr(self, "hits"):
            self._hit_buttons()
            self._glyph_note()
        index = max(self.combo.currentIndex(), 0)
        self.combo.blockSignals(True)
        self.combo.clear()
        for d in self.docs:
            self.combo.addItem(f"{document_label(d, unknown_year=tr('年份不详'))}  {d.title or ''}", d.id)
        self.combo.blockSignals(False)
        if self.docs:
            self.combo.setCurrentIndex(index)
            self._doc_chosen(index)

    def _doc_chosen(self, index: int) -> None:
        doc = self.docs[index] if 0 <= index < len(self.docs) else None
        if doc is None or doc is self.current:
            return
        self.current = doc
        self.model.set_document(doc)
        self.tree.expandToDepth(0)
        self.text.setPlainText(printable(doc.text, utf16=True))  # same UTF-16 length: offsets hold
        self._glyph_note()
        self._mark()

    def _clause_chosen(self, index: QModelIndex, _previous=None) -> None:
        clause = self.model.clause_of(index)
        if clause is None or self.current is None:
            return
        regions = self.view.regions_of_clause(self.current.id, clause.id)
        self.state.open_clause(self.current.id, clause.id, regions)

    def _show_clause(self, clause) -> None:
        if clause is None:
            self._mark()
            return
        doc_id, clause_id = clause
        index = next((i for i, d in enumerate(self.docs) if d.id == doc_id), -1)
        if index < 0:
            return
        if self.combo.currentIndex() != index:
            self.combo.setCurrentIndex(index)
        model_index = self.model.index_of(clause_id)
        if model_index.isValid() and self.tree.currentIndex() != model_index:
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(model_index)
            self.tree.selectionModel().blockSignals(False)
            self.tree.scrollTo(model_index)
        self._mark()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as (start, end) indexes of the document's text, or None."""
        cursor = self.text.textCursor()
        if self.current is None or not cursor.hasSelection():
            return None
        a, b = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        return python_index(self.current.text, a), python_index(self.current.text, b)

    def copy_citation(self) -> str | None:
        """Copy a citation of the selected words (or of the open clause); the text copied."""
        from gui.citation import copy_citation

        if self.current is None:
            return None
        doc, span = self.current, self.selected_span()
        at = span[0] if span else (self.open_clause().start if self.open_clause() else None)
        clause = None
        if at is not None:
            inside = [c for c in doc.clauses if c.start <= at < c.end]
            clause = min(inside, key=lambda c: c.end - c.start) if inside else None
        quoted = doc.text[span[0] : span[1]] if span else None
        return copy_citation(self.view.kb, doc.id, clause.id if clause else None, quoted)

    def _text_menu(self, pos) -> None:
        menu = self.text.createStandardContextMenu()
        menu.addSeparator()
        self.cite_action.setText(tr("复制引文（标题、文号、条款与所选原文）"))
        menu.addAction(self.cite_action)
        menu.exec(self.text.viewport().mapToGlobal(pos))

    def _glyph_note(self) -> None:
        codes = unprintable_codes(self.current.text) if self.current is not None else ()
        self.glyph_note.setText(
            tr("〓：原文在此处有无法显示的字符（{codes}，私用区或控制字符），原文件未作改动。").format(
                codes=", ".join(codes)
            )
        )
        self.glyph_note.setVisible(bool(codes))

    # -- search hits ----------------------------------------------------------------------------------
    def _search_changed(self, query: str) -> None:
        # The matches the search list shows: in the documents in view.
        found = self.view.kb.search(query) if query.strip() else ()
        self.hits = tuple(h for h in found if h.doc_id in self.state.documents)
        self.hit = -1
        self._hit_buttons()
        self._mark()

    def _hit_buttons(self) -> None:
        n = len(self.hits)
        for button in (self.prev_hit, self.next_hit):
            button.setEnabled(n > 0)
        self.hit_label.setText(
            "" if not n else (f"{self.hit + 1} / {n}" if self.hit >= 0 else tr("{n} 处").format(n=n))
        )

    def step_hit(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) search hit, across clauses and documents."""
        if not self.hits:
            return
        if self.hit < 0:
            self.hit = 0 if step > 0 else len(self.hits) - 1
        else:
            self.hit = (self.hit + step) % len(self.hits)
        self.show_hit(self.hit)

    def show_hit(self, n: int) -> None:
        """Open the clause of the n-th hit and select its words in the text."""
        hit = self.hits[n]
        self.hit = n
        self.state.open_clause(
            hit.doc_id, hit.clause_id, self.view.regions_of_clause(hit.doc_id, hit.clause_id)
        )
        if self.current is not None and self.current.id == hit.doc_id:
            cursor = self.text.textCursor()
            cursor.setPosition(utf16_offset(self.current.text, hit.start))
            cursor.setPosition(utf16_offset(self.current.text, hit.end), QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        self._hit_buttons()

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        text = self.current.text
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        sel.cursor, sel.format = cursor, fmt
        return sel

    def open_clause(self):
        """The clause shown, or None."""
        if self.current is None or self.state.clause is None or self.state.clause[0] != self.current.id:
            return None
        return self.current.clause(self.state.clause[1])

    def _mark(self) -> None:
        if self.current is None:
            return
        doc, selections = self.current, []
        for c in doc.clauses:
            if c.quality == "garbled":
                selections.append(self._selection(c.start, c.end, "#fde2cf"))
        clause = self.open_clause()
        if clause is not None:
            selections.append(self._selection(clause.start, clause.end, "#e3effa"))
        query = self.state.search.strip()
        if query:
            pos = doc.text.find(query)
            while pos != -1:
                selections.append(self._selection(pos, pos + len(query), "#ffd966"))
                pos = doc.text.find(query, pos + len(query))
        self.text.setExtraSelections(selections)
        garbled = clause is not None and (
            clause.quality == "garbled"
            or any(c.quality == "garbled" and clause.start <= c.start < clause.end for c in doc.clauses)
        )
        self.warning.setText(
            "⚠ " + tr("此条文本顺序混乱（原文如此，已标色显示，未作改动），请对照原件阅读。")
        )
        self.warning.setVisible(garbled)
        if clause is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(utf16_offset(doc.text, clause.start))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
