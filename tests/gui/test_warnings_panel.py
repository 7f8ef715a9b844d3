"""Warnings are listed in their own tab; picking one opens the document and clause it names."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _items(window):
    lst = window.warnings.list
    return [lst.item(i) for i in range(lst.count())]


def test_every_warning_is_listed_and_counted(window, seed_kb):
    assert [i.text() for i in _items(window)] == list(seed_kb.warnings)
    tab = window.left_tabs.tabText(window.left_tabs.indexOf(window.warnings))
    assert str(len(seed_kb.warnings)) in tab
    assert "提示" in window.status.text() and "关于" not in window.status.text()


def test_picking_a_warning_opens_its_clause(qtbot, window, seed_kb):
    item = next(i for i in _items(window) if "unclassified industry term" in i.text())
    doc_id = item.text().split(":", 1)[0]
    term = item.text().split("'")[1]
    window.show_warnings()
    rect = window.warnings.list.visualItemRect(item)
    qtbot.mouseClick(window.warnings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.clause is not None and window.state.clause[0] == doc_id
    clause = seed_kb.document(doc_id).clause(window.state.clause[1])
    assert term in seed_kb.document(doc_id).text[clause.start : clause.end]
    assert window.reader.current.id == doc_id


def test_a_warning_naming_only_a_document_opens_the_document(window, seed_kb):
    item = next(i for i in _items(window) if "clause" not in i.text())
    window.warnings.open_item(item)
    assert window.state.clause is not None
    assert item.text().startswith(window.state.clause[0])
