"""The warnings list: what the knowledge base could not read, each opening the document it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.text import plain_tooltip
from gui.viewmodel import AtlasView, warning_target


class WarningsPanel(QWidget):
    """``kb.warnings`` as a list; picking one opens its document (and clause, if named) in the reader."""

    def __init__(self, view: AtlasView, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self.open_item)
        self.list.itemClicked.connect(self.open_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        state.viewChanged.connect(self.set_view)
        self.retranslate()

    def set_view(self, view: AtlasView) -> None:
        self.view = view
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for text in self.view.kb.warnings:
            item = QListWidgetItem(text)  # list items are plain text: document words stay characters
            target = warning_target(self.view.kb, text)
            item.setData(Qt.ItemDataRole.UserRole, target)
            tip = text
            if target is not None:
                tip += "\n" + tr("点击在阅读器中打开")
            item.setToolTip(plain_tooltip(tip))
            self.list.addItem(item)

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the document (and clause) a warning names; a warning naming neither does nothing."""
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        doc_id, clause_id = target
        if doc_id not in self.state.all_documents:
            return
        if clause_id is None:
            clause_id = (
                self.view.kb.document(doc_id).clauses[0].id if self.view.kb.document(doc_id).clauses else None
            )
        regions = self.view.regions_of_clause(doc_id, clause_id) if clause_id else ()
        self.state.open_clause(doc_id, clause_id, regions)

    def retranslate(self) -> None:
        self.hint.setText(tr("未能读出的内容与其他提示。点击一条，在阅读器中打开所指的文件和条款。"))
        self.fill()
