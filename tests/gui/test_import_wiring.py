"""File → Import, Remove and drag-and-drop: library documents join (and leave) every view of the window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui import library_actions
from policy.library.store import default_library_path

BAICHENG = "220800"
HEAT_EXCHANGERS = "heat-exchangers"
TEXT = "一、发展重点\n白城市重点发展换热器等。\n"


def listed_documents(window) -> list[str]:
    docs = window.documents
    return [docs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(docs.count())]


def library_ids(window) -> list[str]:
    return [d.id for d in window.view.kb.documents if d.source == "library"]


def heat_exchanger_regions(window) -> frozenset[str]:
    window.state.set_industry(HEAT_EXCHANGERS)
    return window.map.coloured_regions()


def import_from_menu(window, monkeypatch, paths) -> None:
    monkeypatch.setattr(
        library_actions.QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], "")
    )
    window.import_action.trigger()


def test_import_adds_the_document_everywhere_and_removal_takes_it_away(
    window, data_dir, accept_dialog, messages, policy_file, monkeypatch
):
    seeds = listed_documents(window)
    assert BAICHENG not in heat_exchanger_regions(window)
    assert not window.remove_action.isEnabled()  # nothing imported yet

    import_from_menu(window, monkeypatch, [policy_file])

    assert not messages
    assert [p.file_name for p in accept_dialog[0]] == [policy_file.name]
    (doc_id,) = library_ids(window)
    assert set(listed_documents(window)) == {*seeds, doc_id}
    assert doc_id in window.state.documents  # a new document comes into view
    assert BAICHENG in heat_exchanger_regions(window)
    window.state.set_search("白城市重点发展")
    assert doc_id in {h.doc_id for h in window.search.hits}
    assert doc_id in [window.reader.combo.itemData(i) for i in range(window.reader.combo.count())]
    assert window.remove_action.isEnabled()

    (remove,) = window.document_menu(window.view.kb.document(doc_id)).actions()
    assert remove.isEnabled()
    remove.trigger()  # confirmed by the messages fixture

    assert not messages
    assert listed_documents(window) == seeds
    assert BAICHENG not in heat_exchanger_regions(window)
    window.state.set_search("白城市重点发展")
    assert doc_id not in {h.doc_id for h in window.search.hits}
    assert len(_reopen()) == 0  # gone from the library too


def _reopen():
    from policy.library.store import open_library

    return open_library(create=False)


def test_importing_the_same_text_again_adds_nothing(
    window, data_dir, accept_dialog, messages, policy_file, tmp_path
):
    assert window.library.import_paths([policy_file])
    copy = tmp_path / "copy.txt"
    copy.write_bytes(policy_file.read_bytes())
    assert not window.library.import_paths([copy])
    assert len(library_ids(window)) == 1 and len(_reopen()) == 1


def test_a_seed_cannot_be_removed(window, data_dir, messages):
    seed = listed_documents(window)[0]
    row = window.documents.visualItemRect(window.documents.item(0)).center()
    assert window.documents.document_at(row).id == seed

    (action,) = window.document_menu(window.documents.document_at(row)).actions()

    assert action.text() == "移除文档" and not action.isEnabled()
    kb = window.view.kb
    assert not window.library.remove_document(seed, confirm=False)
    assert len(messages) == 1 and "seed" in messages[0]
    assert window.view.kb is kb and seed in listed_documents(window)


def test_a_dropped_file_is_imported_like_a_chosen_one(
    window, data_dir, accept_dialog, messages, policy_file, qtbot
):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(policy_file))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    window.dropEvent(event)

    qtbot.waitUntil(lambda: bool(library_ids(window)), timeout=5000)
    assert accept_dialog and not messages
    assert BAICHENG in heat_exchanger_regions(window)


def test_an_unusable_library_is_reported_and_nothing_changes(
    window, data_dir, accept_dialog, messages, policy_file
):
    path = default_library_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, someone else's file")
    before = listed_documents(window)

    assert not window.library.import_paths([policy_file])

    assert len(messages) == 1 and "\n" not in messages[0] and str(path) in messages[0]
    assert not accept_dialog  # no preview of an import that cannot be stored
    assert listed_documents(window) == before
    assert path.read_bytes() == b"not a database, someone else's file"


def test_the_app_starts_with_the_library_or_reports_it(data_dir, policy_file):
    from gui.app import load_default_kb
    from policy.library.importing import commit_import, preview_files
    from policy.library.store import open_library

    library = open_library(create=True)
    commit_import(library, preview_files([policy_file], library=library))
    kb, warnings = load_default_kb()
    assert not warnings and any(d.source == "library" for d in kb.documents)

    default_library_path().write_bytes(b"garbage")
    kb, warnings = load_default_kb()
    assert len(warnings) == 1 and not any(d.source == "library" for d in kb.documents)


def _folder_of_reports(tmp_path, n):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    places = ["白城市", "松原市", "四平市", "辽源市", "通化市", "白山市", "延吉市"]
    for i in range(n):
        where = folder / ("sub" if i % 2 else "")
        (where / f"{i}.txt").write_text(TEXT.replace("白城市", places[i]), encoding="utf-8")
    (folder / "sub" / "sheet.xlsx").write_bytes(b"PK")
    return folder


def test_a_folder_is_imported_with_its_subfolders_and_a_summary(
    window, data_dir, accept_dialog, messages, tmp_path, monkeypatch
):
    folder = _folder_of_reports(tmp_path, 6)
    monkeypatch.setattr(library_actions.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.import_folder_action.trigger()
    assert len(library_ids(window)) == 6
    assert len(messages) == 1 and "1 份不是文档" in messages[0], "the skipped file is reported"
    # The next folder dialog opens where this one was.
    assert library_actions.last_folder("import") == str(folder)


def test_cancelling_a_batch_leaves_the_library_as_it_was(
    window, data_dir, accept_dialog, messages, tmp_path, monkeypatch, policy_file
):
    assert window.library.import_paths([policy_file])
    before = library_ids(window)
    folder = _folder_of_reports(tmp_path, 6)
    calls = []

    def canceled(dialog):
        calls.append(dialog.value())
        return dialog.value() >= 3

    monkeypatch.setattr(library_actions.QProgressDialog, "wasCanceled", canceled)
    assert not window.library.import_paths([folder])
    assert calls and library_ids(window) == before and len(_reopen()) == len(before)
    assert "取消" in window.statusBar().currentMessage()


def test_a_folder_dropped_on_the_map_is_imported(window, data_dir, accept_dialog, messages, tmp_path, qtbot):
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    folder = _folder_of_reports(tmp_path, 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    target = window.map.viewport()
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    qtbot.waitUntil(lambda: len(library_ids(window)) == 2, timeout=5000)
