"""Search: the snippet jumps to its clause as the title does; next / previous hit in the reader."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def test_clicking_the_snippet_opens_the_clause(qtbot, window, seed_kb):
    window.state.set_search("汽车")
    results = window.search.results
    hits = window.search.hits
    assert len(hits) > 2
    window.left_tabs.setCurrentWidget(window.search)
    doc = results.document()
    cursor = doc.find("汽车")  # the first highlighted match, inside the first snippet (not the title)
    assert cursor.charFormat().anchorHref() == "hit:0"
    rect = results.cursorRect(cursor)
    point = QPoint(rect.center().x(), rect.center().y())
    with qtbot.waitSignal(window.state.clauseChanged):
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.state.clause == (hits[0].doc_id, hits[0].clause_id)


def test_next_and_previous_hit_in_the_reader(qtbot, window):
    window.state.set_search("汽车")
    reader = window.reader
    hits = reader.hits
    assert len(hits) > 2 and reader.next_hit.isEnabled()
    reader.next_hit.click()
    assert window.state.clause == (hits[0].doc_id, hits[0].clause_id)
    assert reader.text.textCursor().selectedText() == "汽车"
    assert reader.hit_label.text() == f"1 / {len(hits)}"
    reader.next_hit.click()
    assert window.state.clause == (hits[1].doc_id, hits[1].clause_id)
    assert reader.hit_label.text() == f"2 / {len(hits)}"
    reader.prev_hit.click()
    reader.prev_hit.click()  # wraps round to the last
    assert window.state.clause == (hits[-1].doc_id, hits[-1].clause_id)
    assert reader.current.id == hits[-1].doc_id
    window.state.set_search("")
    assert not reader.next_hit.isEnabled()
