"""Warnings are listed in their own tab; picking one opens the document and clause it names."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from gui.viewmodel import document_name, without_ids
from gui.warnings_panel import SOURCE_ROLE
from policy.messages import localise

_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _items(window):
    lst = window.warnings.list
    return [lst.item(i) for i in range(lst.count())]


def _english(item) -> str:
    return item.data(SOURCE_ROLE)


def test_every_warning_is_listed_and_counted(window, seed_kb):
    assert [_english(i) for i in _items(window)] == list(seed_kb.warnings)
    # Documents by their names, never their ids.
    assert [i.text() for i in _items(window)] == [
        without_ids(seed_kb, localise(w, "zh")) for w in seed_kb.warnings
    ]
    tab = window.left_tabs.tabText(window.left_tabs.indexOf(window.warnings))
    assert str(len(seed_kb.warnings)) in tab
    assert "提示" in window.status.text() and "关于" not in window.status.text()


def test_picking_a_warning_opens_its_clause(qtbot, window, seed_kb):
    item = next(i for i in _items(window) if "unclassified industry term" in _english(i))
    doc_id = _english(item).split(":", 1)[0]
    name = document_name(seed_kb.document(doc_id))
    assert item.text().startswith(f"「{name}」：未归类的产业用语")
    term = _english(item).split("'")[1]
    window.show_warnings()
    rect = window.warnings.list.visualItemRect(item)
    qtbot.mouseClick(window.warnings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.clause is not None and window.state.clause[0] == doc_id
    clause = seed_kb.document(doc_id).clause(window.state.clause[1])
    assert term in seed_kb.document(doc_id).text[clause.start : clause.end]
    assert window.reader.current.id == doc_id


def test_a_warning_naming_only_a_document_opens_the_document(window, seed_kb):
    item = next(i for i in _items(window) if "clause" not in _english(i))
    window.warnings.open_item(item)
    assert window.state.clause is not None
    assert item.text().startswith(f"「{document_name(seed_kb.document(window.state.clause[0]))}」")


def _words(text: str) -> str:
    """Text without the document ids it names (ids are ASCII by design)."""
    return re.sub(r"\d{3}_[0-9a-f]{16}", "", text)


def test_warnings_read_in_the_interface_language(window, seed_kb):
    shown = [i.text() for i in _items(window)]
    assert all(not _LATIN_WORD.search(_words(t)) for t in shown), shown
    assert any("未读作目标" in t for t in shown)
    window.set_language("en")
    english = [i.text() for i in _items(window)]
    assert english == [without_ids(seed_kb, w) for w in seed_kb.warnings]
    assert any("was not read as a target" in t for t in english)
    window.set_language("zh")
    assert [i.text() for i in _items(window)] == shown
