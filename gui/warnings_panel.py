"""The warnings list: what the knowledge base could not read, each opening the document it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.i18n import shown, tr
from gui.text import plain_tooltip
from gui.viewmodel import AtlasView, warning_target, without_ids

# The item's data roles: where the warning points (document, clause) and the warning as written (English).
TARGET_ROLE = Qt.ItemDataRole.UserRole
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


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
            # The English text names the document and clause; the user reads it in the interface language.
            target = warning_target(self.view.kb, text)
            # Plain text (document words stay characters); documents by their name, never their id.
            item = QListWidgetItem(without_ids(self.view.kb, shown(text)))
            item.setData(TARGET_ROLE, target)
            item.setData(SOURCE_ROLE, text)
            tip = item.text()
            if target is not None:
                tip += "\n" + tr("点击在阅读器中打开")
            item.setToolTip(plain_tooltip(tip))
            self.list.addItem(item)

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the document (and clause) a warning names; a warning naming neither does nothing."""
        target = item.data(TARGET_ROLE)
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
