"""File → Export brief as PDF… and Export atlas…: a PDF is written; a cancelled atlas writes nothing."""

from pypdf import PdfReader
from PySide6.QtWidgets import QProgressDialog

from gui.brief_print import export_atlas_pdf, export_brief_pdf


def test_export_brief_writes_the_selected_regions_pdf(qtbot, seed_kb, tmp_path):
    target = tmp_path / "长春.pdf"
    written = export_brief_pdf(None, seed_kb, "220100", path=str(target))
    assert written == str(target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "长春" in text


def test_cancelled_atlas_leaves_no_file(qtbot, seed_kb, tmp_path, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    target = tmp_path / "atlas.pdf"
    assert export_atlas_pdf(None, seed_kb, "prefecture", path=str(target)) is None
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
