"""Saving says it was saved and offers to open the file or its folder; dialogs open in the last folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import saving


def _answer(monkeypatch, button_text):
    shown, opened, starts = [], [], []

    def fake_exec(box):
        shown.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(saving, "open_path", lambda p: opened.append(Path(p)) or True)
    return shown, opened, starts


def test_a_saved_brief_is_announced_and_its_folder_opened_and_remembered(window, tmp_path, monkeypatch):
    shown, opened, starts = _answer(monkeypatch, "打开所在文件夹")
    folder = tmp_path / "briefs"
    folder.mkdir()
    target = folder / "长春.pdf"

    def ask(_parent, _title, start, _filters):
        starts.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.state.select(("220100",))
    window.brief_pdf_action.trigger()
    assert target.exists()
    assert len(shown) == 1 and str(target) in shown[0] and "已保存" in shown[0]
    assert opened == [folder]
    # The next save starts in that folder: the comparison CSV too.
    shown.clear()
    target = folder / "对比.csv"
    window.state.set_comparison(("220100", "220200"))
    monkeypatch.setattr(saving, "open_path", lambda p: opened.append(Path(p)) or True)
    window.compare.export_dialog()
    assert Path(starts[-1]).parent == folder
    assert target.exists() and str(target) in shown[0]


def test_a_saved_file_can_be_opened(window, tmp_path, monkeypatch):
    shown, opened, _ = _answer(monkeypatch, "打开文件")
    target = tmp_path / "atlas.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.atlas_action.trigger()
    assert target.exists() and opened == [target]
