"""The comparison CSV cites documents as people do (year and 文号), and a failed export says why."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

CHANGCHUN, JILIN = "220100", "220200"


def cited(doc) -> str:
    """How a reader of the CSV expects to see a document: 文号 with its year, else the date."""
    if doc.doc_number:
        return f"{doc.year} {doc.doc_number}"
    # 004 states neither: the reader gets the title with both unknowns said.
    return doc.date or f"年份不详 文号不详（{doc.title}）"


def cited_clause(kb, d, region) -> str:
    """The document, then the clause label; a county's fact names the county."""
    label = kb.document(d.prov.doc_id).clause(d.prov.clause_id).label.strip()
    place = "" if d.region == region else f"（{kb.region(d.region).short}）"
    return f"{cited(kb.document(d.prov.doc_id))} {label}{place}"


def test_csv_cells_cite_year_and_number_not_ids(window, seed_kb, tmp_path):
    window.state.set_comparison((CHANGCHUN, JILIN))
    path = window.compare.export_csv(tmp_path / "cmp.csv")
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    ids = {d.id for d in seed_kb.documents}
    cells = 0
    for row in rows:
        for rid in (CHANGCHUN, JILIN):
            if not row["industry_id"]:
                continue
            facts = [d for d in seed_kb.designations_for(rid) if d.industry == row["industry_id"]]
            cell = row[seed_kb.region(rid).name]
            expected = {cited_clause(seed_kb, d, rid) for d in facts}
            assert set(cell.split("; ")) - {""} == expected, (row["industry_id"], rid)
            assert not any(i in cell for i in ids)
            cells += bool(cell)
    assert cells > 0
    assert any("吉政办发〔2006〕32号" in v for row in rows for v in row.values())
    assert {row["shared"] for row in rows} <= {"是", "否"} and "是" in {row["shared"] for row in rows}


def test_export_to_a_missing_folder_shows_the_reason(window, tmp_path, monkeypatch):
    window.state.set_comparison((CHANGCHUN, JILIN))
    target = tmp_path / "missing" / "cmp.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    shown = []

    def fake_exec(box):
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window.compare.export_dialog()
    assert len(shown) == 1
    fmt, text = shown[0]
    assert fmt == Qt.TextFormat.PlainText
    assert str(target) in text and "does not exist" in text
    assert not target.parent.exists()
