"""File → Import documents… / Remove document…: the window's side of the user's library.

Import runs preview (:func:`policy.library.importing.preview_files`) → the preview dialog → one
transaction (:func:`policy.library.importing.commit_import`) → a rebuilt knowledge base handed to
the window's state, so every view shows the new documents. Removing works the same way back. Any
error is one message box; the library and the window stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from gui.i18n import tr
from gui.text import message_box

PROGRESS_FROM = 5  # batches at least this long show a progress dialog


def removable(document) -> bool:
    """Only documents stored in the library can be removed (not seeds, not ``--docs`` files)."""
    return getattr(document, "source", None) == "library"


class _Busy:
    """A wait cursor for a block."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc):
        QGuiApplication.restoreOverrideCursor()


class LibraryActions(QObject):
    """Import and removal for a :class:`gui.main_window.MainWindow`.

    Parameters
    ----------
    window : MainWindow
        Its ``set_knowledge_base(kb)`` receives the rebuilt knowledge base.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.removed = None  # (file name, original bytes, edits, name) of the last removed document

    # -- import ---------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        """Ask for files, then import them (the dialog opens in the folder used last)."""
        from policy.library.bulk import IMPORT_SUFFIXES  # the library's modules load when first used

        patterns = " ".join(f"*{s}" for s in IMPORT_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            tr("导入文档"),
            last_folder("import"),
            tr("政策文件") + f" ({patterns});;" + tr("所有文件") + " (*)",
        )
        if paths:
            remember_folder("import", paths[0])
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        """Ask for a folder, then import every document in it and its subfolders."""
        folder = QFileDialog.getExistingDirectory(self.window, tr("导入文件夹"), last_folder("import"))
        if folder:
            remember_folder("import", folder + "/")
            self.import_paths([folder])

    def import_paths(self, paths) -> bool:
        """Read ``paths`` (folders walked recursively), let the user decide, store the choice, show it.

        Reading and storing show a progress dialog with a cancel button for batches of
        ``PROGRESS_FROM`` files or more; cancelling at any moment leaves the library as it was (the
        batch is one transaction). A summary says what was imported, what was already there and what
        was refused or skipped, with the reasons.

        Returns
        -------
        bool
            True if anything was added to the library.
        """
        from gui.import_dialog import ImportDialog
        from policy.library.bulk import Cancelled, gather, summarise
        from policy.library.importing import commit_import, preview_files
        from policy.library.store import LibraryError, open_library

        paths = [str(p) for p in paths]
        if not paths:
            return False
        gathered = gather(paths)
        try:
            library = open_library(create=True)
            with _Progress(self.window, tr("正在读取文件…"), len(gathered.files)) as progress:
                previews = preview_files(gathered.files, library=library, on_progress=progress.step)
        except Cancelled:
            self._stopped()
            return False
        except (LibraryError, OSError) as err:
            self._error(tr("导入文档"), err)
            return False
        if not previews:
            self._summary(summarise(previews, None, gathered))
            return False
        from gui.viewmodel import document_name

        names = {d.id: f"{document_name(d)}" for d in self.window.view.kb.documents}
        decision = ImportDialog.ask(previews, self.window, names=names)
        if decision is None or not decision.previews:
            return False
        try:
            with _Progress(self.window, tr("正在导入…"), len(decision.previews)) as progress:
                result = commit_import(
                    library, decision.previews, decision.edits, on_progress=progress.step_or_stop
                )
        except Cancelled:
            self._stopped()
            return False
        except (LibraryError, ValueError, OSError) as err:
            self._error(tr("导入文档"), err)
            return False
        if result.added and not self.reload(library):
            return False
        summary = summarise(previews, result, gathered)
        self.window.statusBar().showMessage(
            tr("已导入 {added} 份文件，{present} 份已存在。").format(
                added=summary.imported, present=summary.present
            ),
            8000,
        )
        if summary.refused or summary.skipped:
            self._summary(summary)
        return bool(result.added)

    def _stopped(self) -> None:
        self.window.statusBar().showMessage(tr("导入已取消，文档库未改变。"), 8000)

    def _summary(self, summary) -> None:
        """The batch's summary in a message box, with the refused and skipped files and why."""
        text = tr(
            "已导入 {added} 份，{present} 份已存在，{refused} 份未能读取，{skipped} 份不是文档。"
        ).format(
            added=summary.imported,
            present=summary.present,
            refused=len(summary.refused),
            skipped=len(summary.skipped),
        )
        box = QMessageBox(QMessageBox.Icon.Information, tr("导入文档"), text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = [reason for _p, reason in summary.refused] + [
            f"{path}: {reason}" for path, reason in summary.skipped
        ]
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()

    # -- removal --------------------------------------------------------------------------------------
    def remove_dialog(self) -> None:
        """Choose one of the library's documents (the one selected in the list first) and remove it."""
        from gui.viewmodel import document_name

        docs = [d for d in self.window.view.kb.documents if removable(d)]
        if not docs:
            message_box(
                self.window, tr("移除文档"), tr("文档库中没有导入的文档。"), icon=QMessageBox.Icon.Information
            )
            return
        labels = []
        for d in docs:  # year · 文号 · title, or year · title when there is no 文号 (never the title twice)
            parts = [str(d.year) if d.year else tr("年份不详"), document_name(d)]
            if d.doc_number and d.title:
                parts.append(d.title)
            label = " · ".join(parts)
            labels.append(label if label not in labels else f"{label} ({len(labels) + 1})")
        chosen = self.window.documents.selected_document()
        first = next((n for n, d in enumerate(docs) if chosen is not None and d.id == chosen.id), 0)
        label, ok = QInputDialog.getItem(
            self.window, tr("移除文档"), tr("要移除的文档："), labels, first, False
        )
        if ok and label in labels:
            self.remove_document(docs[labels.index(label)].id)

    def remove_document(self, doc_id: str, *, confirm: bool = True) -> bool:
        """Remove a library document and show the knowledge base without it.

        Returns
        -------
        bool
            True if it was removed; False if the user declined or an error was shown (a seed, say).
        """
        from gui.viewmodel import document_name
        from policy.library.store import LibraryError, open_library

        try:
            name = document_name(self.window.view.kb.document(doc_id))
        except KeyError:
            name = doc_id
        if confirm:
            answer = message_box(
                self.window,
                tr("移除文档"),
                tr("从文档库中移除“{doc}”？").format(doc=name),
                icon=QMessageBox.Icon.Question,
                buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            library = open_library(create=False)
            entry = next((e for e in library.entries() if e.id == doc_id), None)
            kept = (entry.file_name, library.original(doc_id), entry.edits, name) if entry else None
            library.remove(doc_id)
        except (LibraryError, ValueError, KeyError, OSError) as err:
            # KeyError's str() quotes its argument; show the sentence itself.
            self._error(tr("移除文档"), err.args[0] if isinstance(err, KeyError) and err.args else err)
            return False
        self.removed = kept
        self._offer_undo()
        if kept is not None:
            self.window.statusBar().showMessage(tr("已移除“{doc}”（Ctrl+Z 撤销）").format(doc=name), 10000)
        return self.reload(library)

    def _offer_undo(self) -> None:
        action = getattr(self.window, "undo_remove_action", None)
        if action is not None:
            action.setEnabled(self.removed is not None)
            action.setText(
                tr("撤销移除“{doc}”").format(doc=self.removed[3]) if self.removed else tr("撤销移除文档")
            )

    def undo_remove(self) -> bool:
        """Put the last removed document back, as it was imported (the same file, the same edits)."""
        import tempfile

        from policy.library.importing import commit_import, preview_files
        from policy.library.store import LibraryError, open_library

        if self.removed is None:
            return False
        file_name, original, edits, name = self.removed
        try:
            library = open_library(create=True)
            with tempfile.TemporaryDirectory(prefix="jilin-atlas-undo-") as folder:
                path = Path(folder) / file_name
                path.write_bytes(original)
                previews = preview_files([str(path)], library=library)
                if not previews or not previews[0].ok:
                    raise ValueError(
                        previews[0].error if previews else tr("无法恢复“{doc}”").format(doc=name)
                    )
                commit_import(library, previews, {str(path): dict(edits)})
        except (LibraryError, ValueError, OSError) as err:
            self._error(tr("撤销移除文档"), err)
            return False
        self.removed = None
        self._offer_undo()
        self.window.statusBar().showMessage(tr("已恢复“{doc}”").format(doc=name), 8000)
        return self.reload(library)

    # -- shared ---------------------------------------------------------------------------------------
    def reload(self, library) -> bool:
        """Rebuild the knowledge base from the seeds and ``library`` and show it; False after an error."""
        from policy.corpus import load_knowledge_base
        from policy.library.store import LibraryError

        try:
            with _Busy():
                kb = load_knowledge_base(library=library)
        except (LibraryError, ValueError, OSError) as err:
            self._error(tr("文档库"), err)
            return False
        self.window.set_knowledge_base(kb)
        return True

    def _error(self, title: str, err) -> None:
        message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        message_box(self.window, title, message)


def local_files(mime) -> list[str]:
    """Paths of the local files and folders in a drag's mime data."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).exists()]


class _Progress:
    """A modal progress dialog with a cancel button, for batches of ``PROGRESS_FROM`` files or more."""

    def __init__(self, window, label: str, total: int):
        self.dialog = None
        if total >= PROGRESS_FROM:
            self.dialog = QProgressDialog(label, tr("取消"), 0, total, window)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *_exc):
        QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.close()

    def step(self, done: int, total: int, _path: str = "") -> bool:
        """Show progress; False once the user cancelled."""
        if self.dialog is None:
            return True
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def step_or_stop(self, done: int, total: int) -> None:
        from policy.library.bulk import Cancelled

        if not self.step(done, total):
            raise Cancelled("stopped by the user; nothing was imported")


def last_folder(purpose: str) -> str:
    """The folder a file dialog for ``purpose`` opened last (empty: the dialog's default)."""
    from gui.settings import open_settings

    value = open_settings().value(f"folders/{purpose}")
    return str(value) if value and Path(str(value)).is_dir() else ""


def remember_folder(purpose: str, path: str) -> None:
    """Remember the folder of ``path`` for the next file dialog of ``purpose``."""
    from gui.settings import open_settings

    folder = path if path.endswith("/") else str(Path(path).parent)
    open_settings().setValue(f"folders/{purpose}", folder.rstrip("/") or "/")
