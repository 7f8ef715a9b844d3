"""The import preview dialog shows what the parser found and returns the decision; it stores nothing."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.import_dialog import ImportDecision, ImportDialog
from policy.corpus import SEEDS
from policy.library.importing import preview_files
from policy.library.store import open_library

PLAN = (
    "白城市人民政府关于加快新能源产业发展的意见\n"
    "一、总体要求\n"
    "支持白城市重点发展风电装备制造产业<script>alert(1)</script>。\n"
    "二、保障措施\n"
    "（一）加强组织领导。\n"
)


@pytest.fixture
def previews(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    seed = shutil.copy(next(iter(sorted(SEEDS.glob("*.txt")))), tmp_path / "seed.txt")
    return preview_files([plan, seed, tmp_path / "missing.txt"], library=open_library(tmp_path / "data"))


def cell(dialog, row, col):
    return dialog.table.item(row, col).text()


def test_the_table_shows_each_file_and_what_was_found(qtbot, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert cell(dialog, 0, 0) == "plan.txt"
    assert cell(dialog, 0, 2) == "白城市人民政府关于加快新能源产业发展的意见"
    assert cell(dialog, 0, 5) == str(previews[0].clause_count)
    assert "白城市" in cell(dialog, 0, 6)
    assert previews[1].same_as in cell(dialog, 1, 1), "an already present file says which document it is"
    assert "no such file" in cell(dialog, 2, 8)
    # only the new file can be chosen
    assert dialog.table.item(0, 0).checkState() == Qt.CheckState.Checked
    assert not dialog.table.item(1, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.table.item(2, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.import_button.isEnabled()


def test_what_was_read_is_shown_and_any_field_can_be_corrected(qtbot, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    doc = previews[0].document
    assert dialog.editors["title"].isEnabled() and dialog.editors["title"].text() == doc.title
    assert dialog.editors["subject"].text() == "白城市", "the subject is shown by name"
    assert dialog.editors["doc_number"].text() == "" and dialog.editors["doc_number"].placeholderText()
    # Issuer, subject and kind are columns of the table too.
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    for name in ("发文机关", "所涉地区", "类型"):
        assert dialog.table.item(0, headers.index(name)).text() not in ("", "未知")
    dialog.editors["doc_number"].setText("白政发〔2021〕5号")  # keyClicks cannot type CJK
    dialog.editors["subject"].setText("松原")
    dialog.editors["title"].setText(doc.title)  # unchanged: no correction
    decision = dialog.decision()
    assert isinstance(decision, ImportDecision)
    assert [p.file_name for p in decision.previews] == ["plan.txt"]
    assert decision.edits == {previews[0].path: {"doc_number": "白政发〔2021〕5号", "subject": "松原"}}


def test_a_subject_outside_jilin_blocks_the_import(qtbot, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.editors["subject"].setText("沈阳")
    assert not dialog.import_button.isEnabled() and "沈阳" in dialog.problem.text()


def test_an_invalid_date_blocks_the_import_until_fixed(qtbot, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.editors["date"], "2021/3/1")
    assert not dialog.import_button.isEnabled()
    assert "YYYY-MM-DD" in dialog.problem.text()
    dialog.editors["date"].clear()
    qtbot.keyClicks(dialog.editors["date"], "2021-03-01")
    assert dialog.import_button.isEnabled() and dialog.problem.text() == ""
    assert dialog.decision().edits == {previews[0].path: {"date": "2021-03-01"}}


def test_unchecking_every_file_disables_import(qtbot, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.import_button.isEnabled()
    assert dialog.decision().previews == ()


def test_ask_returns_none_on_cancel_and_the_decision_on_import(qtbot, previews, monkeypatch):
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ImportDialog.ask(previews) is None
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    decision = ImportDialog.ask(previews)
    assert [p.path for p in decision.previews] == [previews[0].path]


def test_the_dialog_stores_nothing(qtbot, tmp_path, previews):
    dialog = ImportDialog(previews)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert open_library(tmp_path / "data").documents() == ()


def test_markup_in_a_file_name_is_shown_as_text(qtbot, tmp_path):
    name = "<b>bold<img src=x onerror=alert(1)>.txt"  # no slash: it is a file name
    (tmp_path / name).write_text(PLAN, encoding="utf-8")
    dialog = ImportDialog(preview_files([tmp_path / name]))
    qtbot.addWidget(dialog)
    assert cell(dialog, 0, 0) == name
    assert dialog.details.toPlainText().startswith(name)


def test_bad_arguments(qtbot):
    with pytest.raises(TypeError):
        ImportDialog(["plan.txt"])
    dialog = ImportDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()


def test_details_show_notes_and_reasons_in_the_interface_language(qtbot, previews):
    from gui import i18n

    plan = previews[0]
    assert plan.document.doc_number is None and plan.notes, "the plan must have an unknown field and a note"
    reason = plan.document.unknown_reason("doc_number")
    try:
        for language in ("zh", "en"):
            i18n.set_language(language)
            dialog = ImportDialog(previews)
            qtbot.addWidget(dialog)
            dialog.table.selectRow(0)
            text = dialog.details.toPlainText()
            if language == "zh":
                assert "按 utf-8 编码读取" in text and "文本中没有文号行" in text
                assert reason not in text and "read as" not in text
            else:
                assert "read as utf-8" in text and reason in text
    finally:
        i18n.set_language("zh")
