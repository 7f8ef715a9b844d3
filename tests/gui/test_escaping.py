"""Document text is data: titles, park names, terms and cited words show their characters everywhere.

A title like ``<img src=…>关于长春的<b>通知</b>`` must never become an image or bold text in a tooltip,
label or message box; the user sees the angle brackets.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNs
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from gui.text import message_box, plain_tooltip
from policy.industries.taxonomy import load_taxonomy
from policy.kb import KnowledgeBase
from policy.model import Clause, Designation, Document, Park, Provenance, RegionMention, Target
from policy.places.gazetteer import load_gazetteer

IMG = '<img src="file:///tmp/atlas-test.png" width="40">'
TITLE = f"{IMG}关于长春的<b>通知</b>"
NUMBER = "吉<b>政</b>发〔2020〕1号"
PARK = f"<b>长春</b>{IMG}产业园"
TERM = f"<i>神秘</i>{IMG}产业"
CHANGCHUN = "220100"


def visible(text: str) -> str:
    """What a tooltip or label shows: Qt renders it as HTML when it looks like HTML."""
    if QtGuiNs.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def build_kb() -> KnowledgeBase:
    body = f"一、总体要求\n长春市重点发展汽车产业和{TERM}。到2025年长春市产值达到{IMG}1000亿元。\n"
    clause = Clause("1", None, "一、", 1, 1, "总体要求", 0, len(body))
    doc = Document(id="evil", text=body, clauses=(clause,), title=TITLE, doc_number=NUMBER, year=2020)

    def prov(word: str) -> Provenance:
        at = body.index(word)
        return Provenance("evil", "1", at, at + len(word))

    cited = f"产值达到{IMG}1000亿元"
    gaz, tax = load_gazetteer(), load_taxonomy()
    return KnowledgeBase(
        documents=(doc,),
        regions=gaz.regions,
        industries=tax.industries,
        zones=(),
        designations=(
            Designation(CHANGCHUN, "automotive", "汽车", "重点发展", prov("汽车")),
            Designation(CHANGCHUN, None, TERM, "重点发展", prov(TERM)),
        ),
        parks=(Park("p1", PARK, CHANGCHUN, 125.3, 43.9, "exact", "high", mentions=(prov("长春市"),)),),
        targets=(Target(CHANGCHUN, "产值", 1000, "亿元", 2025, None, prov(cited)),),
        xrefs=(),
        mentions=(RegionMention(CHANGCHUN, "长春市", prov("长春市")),),
        gazetteer=gaz,
        taxonomy=tax,
    )


@pytest.fixture
def evil_window(qtbot):
    from gui.app import create_window

    window = create_window(build_kb(), language="zh", size=(1280, 820))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_plain_tooltip_shows_any_text_literally(qapp):
    for text in (TITLE, "a & b < c\n第二行", "纯文本"):
        assert visible(plain_tooltip(text)) == text
    assert plain_tooltip("") == ""
    with pytest.raises(TypeError):
        plain_tooltip(None)


def test_document_list_tooltip_shows_the_title_characters(evil_window):
    tip = evil_window.documents.item(0).toolTip()
    shown = visible(tip)
    assert TITLE in shown and NUMBER in shown


def test_park_marker_tooltip_shows_the_park_name(evil_window):
    markers = evil_window.map.park_items
    assert markers, "the park should be drawn"
    assert visible(markers[0].toolTip()) == PARK


def test_targets_show_cited_words(evil_window):
    evil_window.state.select((CHANGCHUN,))
    evil_window.detail.setCurrentIndex(evil_window.detail.TARGETS)
    cards = evil_window.detail.targets
    assert IMG in cards.toPlainText()  # the characters, never an image
    assert "<img" not in cards.toHtml().replace("&lt;img", "")


def test_comparison_tooltips_and_summary_show_the_characters(evil_window):
    evil_window.state.set_comparison((CHANGCHUN, "220200"))
    table = evil_window.compare.table
    tips = [
        visible(table.item(r, c).toolTip())
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c).text()
    ]
    assert tips and all(NUMBER in t for t in tips)
    assert isinstance(evil_window.compare.summary, QPlainTextEdit)  # never rich text


def test_detail_overview_shows_the_unclassified_term(evil_window):
    evil_window.state.select((CHANGCHUN,))
    assert TERM in evil_window.detail.overview.toPlainText()
    assert evil_window.status.textFormat() == Qt.TextFormat.PlainText


def test_region_tooltips_are_escaped(evil_window):
    item = evil_window.map.items_by_region[CHANGCHUN]
    assert visible(item.toolTip()).startswith(evil_window.view.name(CHANGCHUN))


def test_import_dialog_cells_show_markup_as_text(qtbot, tmp_path):
    from gui.import_dialog import ImportDialog
    from policy.library.importing import preview_files
    from policy.library.store import open_library

    plan = tmp_path / "plan.md"
    front = f"---\ntitle: '{TITLE}'\ndoc_number: '{NUMBER}'\n---\n"
    plan.write_text(f"{front}一、总体要求\n长春市重点发展汽车产业。\n", encoding="utf-8")
    previews = preview_files([plan], library=open_library(tmp_path / "data"))
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c) for c in range(dialog.table.columnCount())]
    assert cells[2].text() == TITLE and cells[4].text() == NUMBER
    for c in cells:
        assert visible(c.toolTip()) == c.text()


def test_message_boxes_are_plain_text(qapp, monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    message_box(None, "t", f"/tmp/{TITLE}.txt: cannot read")
    assert shown == [(Qt.TextFormat.PlainText, f"/tmp/{TITLE}.txt: cannot read")]


def test_library_error_message_is_plain_text(evil_window, monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    evil_window.library._error("导入文档", ValueError(f"{TITLE}: not a policy document"))
    assert shown == [(Qt.TextFormat.PlainText, f"{TITLE}: not a policy document")]
