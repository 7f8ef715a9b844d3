"""The document list names imported documents as the library's and shows each title in its tooltip."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextDocument

from tests.gui.conftest import build_tiny_kb


def visible(tooltip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_library_documents_are_marked_and_titles_shown(qtbot):
    from gui.app import create_window

    kb = build_tiny_kb()
    seed = kb.documents[0]
    imported = replace(seed, id="lib1", source="library", title="<b>导入的</b>通知", year=2024)
    kb = replace(kb, documents=(seed, imported))
    window = create_window(kb, language="zh", size=(1000, 700))
    qtbot.addWidget(window)
    items = {
        window.documents.item(i).data(256): window.documents.item(i) for i in range(window.documents.count())
    }
    assert "（文档库）" in items["lib1"].text()
    assert "（文档库）" not in items[seed.id].text()
    assert "<b>导入的</b>通知" in visible(items["lib1"].toolTip())  # the characters, not bold markup
    assert seed.title in visible(items[seed.id].toolTip())
