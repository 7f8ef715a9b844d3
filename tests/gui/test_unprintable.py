"""One rule for characters no font can show (seed 004's U+E010): 〓 in the window as in the PDFs."""

from __future__ import annotations

from briefs.html import esc
from gui.detail_html import clauses_html
from gui.viewmodel import ClauseRef
from policy.printable import GETA, printable, unprintable_codes


def _doc_with_pua(kb):
    return next(d for d in kb.documents if "\ue010" in d.text)


def test_the_rule_is_the_briefs_rule_and_keeps_offsets():
    assert printable("３\ue010支持") == "３〓支持" == esc("３\ue010支持")
    assert printable("a\nb\tc") == "a\nb\tc"
    assert len(printable("x\U000f0001y", utf16=True).encode("utf-16-le")) == len(
        "x\U000f0001y".encode("utf-16-le")
    )
    assert unprintable_codes("３\ue010支\ue010") == ("U+E010",)


def test_the_reader_shows_geta_and_says_what_it_is(qtbot, window, seed_kb):
    doc = _doc_with_pua(seed_kb)
    clause = next(c for c in doc.clauses if "\ue010" in doc.text[c.start : c.end])
    window.state.open_clause(doc.id, clause.id)
    shown = window.reader.text.toPlainText()
    assert "\ue010" not in shown and GETA in shown
    assert shown.index(GETA) == doc.text.index("\ue010")
    note = window.reader.glyph_note
    assert note.isVisibleTo(window.reader) and "U+E010" in note.text() and GETA in note.text()
    # A document without such characters has no note.
    other = next(d for d in seed_kb.documents if d.text.isprintable() or "\ue010" not in d.text)
    window.state.open_clause(other.id, other.clauses[0].id)
    assert not window.reader.glyph_note.isVisibleTo(window.reader)


def test_clause_cards_show_geta_with_the_note(window, seed_kb):
    doc = _doc_with_pua(seed_kb)
    clause = next(c for c in doc.clauses if "\ue010" in doc.text[c.start : c.end])
    at = doc.text.index("\ue010", clause.start)
    html = clauses_html(window.view, [ClauseRef(doc.id, clause.id, ((at - 1, at + 1),))])
    assert "\ue010" not in html and GETA in html and "U+E010" in html
