"""File → Import documents… / Remove document…: the window's side of the user's library.

Import runs preview (:func:`policy.library.importing.preview_files`) → the preview dialog → one
transaction (:func:`policy.library.importing.commit_import`) → a rebuilt knowledge base handed to
the window's state, so every view shows the new documents. Removing works the same way back. Any
error is one message box; the library and the window stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from gui.i18n import tr
from gui.text import message_box

IMPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
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

    # -- import ---------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        """Ask for files, then import them."""
        patterns = " ".join(f"*{s}" for s in IMPORT_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, tr("导入文档"), "", tr("政策文件") + f" ({patterns});;" + tr("所有文件") + " (*)"
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths) -> bool:
        """Preview ``paths``, let the user decide, store the choice and show it (files dropped or chosen).

        Returns
        -------
        bool
            True if anything was added to the library.
        """
        from gui.import_dialog import ImportDialog
        from policy.library.importing import commit_import, preview_files
        from policy.library.store import LibraryError, open_library

        paths = [str(p) for p in paths]
        if not paths:
            return False
        try:
            library = open_library(create=True)
            with _Busy():
                previews = preview_files(paths, library=library)
        except (LibraryError, OSError) as err:
            self._error(tr("导入文档"), err)
            return False
        decision = ImportDialog.ask(previews, self.window)
        if decision is None or not decision.previews:
            return False
        progress = None
        if len(decision.previews) >= PROGRESS_FROM:
            progress = QProgressDialog(tr("正在导入…"), "", 0, len(decision.previews), self.window)
            progress.setCancelButton(None)  # one transaction: all or nothing, not stopped half-way
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def on_progress(done: int, total: int) -> None:
            if progress is not None:
                progress.setMaximum(total)
                progress.setValue(done)

        try:
            with _Busy():
                result = commit_import(library, decision.previews, decision.edits, on_progress=on_progress)
        except (LibraryError, ValueError, OSError) as err:
            self._error(tr("导入文档"), err)
            return False
        finally:
            if progress is not None:
                progress.close()
        if result.added and not self.reload(library):
            return False
        self.window.statusBar().showMessage(
            tr("已导入 {added} 份文件，{present} 份已存在。").format(
                added=len(result.added), present=len(result.present)
            ),
            8000,
        )
        return bool(result.added)

    # -- removal --------------------------------------------------------------------------------------
    def remove_dialog(self) -> None:
        """Choose one of the library's documents and remove it."""
        from gui.viewmodel import document_label

        docs = [d for d in self.window.view.kb.documents if removable(d)]
        if not docs:
            message_box(
                self.window, tr("移除文档"), tr("文档库中没有导入的文档。"), icon=QMessageBox.Icon.Information
            )
            return
        labels = [f"{document_label(d, unknown_year=tr('年份不详'))}  {d.title or d.id}" for d in docs]
        label, ok = QInputDialog.getItem(self.window, tr("移除文档"), tr("要移除的文档："), labels, 0, False)
        if ok and label in labels:
            self.remove_document(docs[labels.index(label)].id)

    def remove_document(self, doc_id: str, *, confirm: bool = True) -> bool:
        """Remove a library document and show the knowledge base without it.

        Returns
        -------
        bool
            True if it was removed; False if the user declined or an error was shown (a seed, say).
        """
        from policy.library.store import LibraryError, open_library

        if confirm:
            answer = message_box(
                self.window,
                tr("移除文档"),
                tr("从文档库中移除“{doc}”？").format(doc=doc_id),
                icon=QMessageBox.Icon.Question,
                buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            library = open_library(create=False)
            library.remove(doc_id)
        except (LibraryError, ValueError, KeyError, OSError) as err:
            # KeyError's str() quotes its argument; show the sentence itself.
            self._error(tr("移除文档"), err.args[0] if isinstance(err, KeyError) and err.args else err)
            return False
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
    """Paths of the local files (not folders) in a drag's mime data."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
