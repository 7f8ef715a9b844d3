"""Search → reader, clause → map highlight, Ctrl-click → comparison, language switch, escaping."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPointF, Qt, QUrl

from geo.fastpath import load_layers
from policy.printable import printable


def test_picking_a_search_result_opens_the_clause_in_the_reader(qtbot, window, seed_kb):
    window.focus_search()
    window.search.box.setText("汽车")  # QTest cannot type CJK characters
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # Enter searches and opens the first match
    hits = seed_kb.search("汽车")
    assert len(window.search.hits) == len(hits) > 1
    assert "汽车" in window.search.results.toPlainText()
    window.search.results.anchorClicked.emit(QUrl("hit:1"))
    hit = hits[1]
    assert window.state.clause == (hit.doc_id, hit.clause_id)
    reader = window.reader
    assert reader.current.id == hit.doc_id
    assert reader.model.clause_of(reader.tree.currentIndex()).id == hit.clause_id
    assert reader.text.toPlainText() == seed_kb.document(hit.doc_id).text


def test_selecting_a_clause_highlights_its_regions(qtbot, window, seed_kb):
    # A clause that names regions, found from the knowledge base's own mentions.
    mention = next(m for m in seed_kb.mentions if seed_kb.region(m.region).level == "prefecture")
    doc = seed_kb.document(mention.prov.doc_id)
    clause = doc.clause(mention.prov.clause_id)
    expected = {
        m.region
        for m in seed_kb.mentions
        if m.prov.doc_id == doc.id
        and clause.start <= m.prov.start < clause.end
        and seed_kb.region(m.region).level == "prefecture"
    }
    reader = window.reader
    reader.combo.setCurrentIndex(next(i for i, d in enumerate(reader.docs) if d.id == doc.id))
    reader.tree.setCurrentIndex(reader.model.index_of(clause.id))
    assert window.state.clause == (doc.id, clause.id)
    highlighted = {r for r, item in window.map.items_by_region.items() if item.mark == "highlight"}
    assert expected <= highlighted
    assert highlighted <= {seed_kb.gazetteer.prefecture_of(r) or r for r in window.state.highlight} | expected


def test_garbled_clause_is_shown_with_a_warning(qtbot, window, seed_kb):
    garbled = [(d, c) for d in seed_kb.documents for c in d.clauses if c.quality == "garbled"]
    assert garbled  # 004's scrambled last clause
    doc, clause = garbled[0]
    window.state.open_clause(doc.id, clause.id)
    assert window.reader.warning.isVisibleTo(window.reader)
    shown = printable(doc.text[clause.start : clause.end].strip()[:10])  # 〓 for U+E010 (policy.printable)
    assert shown in window.reader.text.toPlainText()


def _ctrl_click(qtbot, window, adcode):
    label = load_layers("province").region(adcode).label
    pos = window.map.mapFromScene(QPointF(label[0], -label[1]))
    qtbot.mouseClick(
        window.map.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos
    )


def test_ctrl_click_builds_a_comparison_matching_the_kb(qtbot, window, seed_kb, tmp_path):
    _ctrl_click(qtbot, window, "220100")
    _ctrl_click(qtbot, window, "220200")
    assert window.state.comparison == ("220100", "220200")
    table = window.compare.table
    regions = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert regions == ["长春", "吉林"]
    expected = {
        rid: {d.industry for d in seed_kb.designations_for(rid) if d.industry} for rid in ("220100", "220200")
    }
    unclassified = {d.term for rid in expected for d in seed_kb.designations_for(rid) if not d.industry}
    rows = {table.verticalHeaderItem(r).text(): r for r in range(table.rowCount())}
    assert set(rows) == {seed_kb.industry(i).name for s in expected.values() for i in s} | {
        f"{t}（未归类）" for t in unclassified
    }
    for col, rid in enumerate(("220100", "220200")):
        for name, row in rows.items():
            if name.endswith("（未归类）"):
                continue
            industry = next(i.id for i in seed_kb.industries if i.name == name)
            assert bool(table.item(row, col).text()) == (industry in expected[rid]), (rid, name)
    shared = expected["220100"] & expected["220200"]
    summary = window.compare.summary.toPlainText()
    for i in shared:
        assert seed_kb.industry(i).name in summary.splitlines()[0]

    path = window.compare.export_csv(tmp_path / "cmp.csv")
    with path.open(encoding="utf-8-sig") as fh:
        data = list(csv.DictReader(fh))
    assert {row["industry_id"] for row in data} - {""} == expected["220100"] | expected["220200"]
    _ctrl_click(qtbot, window, "220100")  # Ctrl-click again removes
    assert window.state.comparison == ("220200",)


def test_english_switch_changes_the_menus(qtbot, window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)"
    window.en_action.trigger()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&View", "&Help"]
    assert window.detail.tabText(0) == "Overview"
    assert window.windowTitle() == "Jilin Industrial Policy Atlas"
    window.zh_action.trigger()
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_document_text_is_escaped_in_rich_text(qtbot, tiny_window, tiny_kb):
    from tests.gui.conftest import XSS

    tiny_window.state.select(("220100",))
    tiny_window.detail.setCurrentIndex(tiny_window.detail.CLAUSES)
    shown = tiny_window.detail.clauses.toPlainText()
    assert XSS in shown  # the characters, not an image
    assert "<img" not in tiny_window.detail.clauses.document().toHtml().replace("&lt;img", "")
    assert "测试文件<b>粗体</b>" in shown
    tiny_window.search.run("img")
    assert 'img src="http' in tiny_window.search.results.toPlainText()
    assert "此条文本顺序混乱" in shown  # the garbled clause carries its warning
