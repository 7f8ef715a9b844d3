"""Saving files from the window: the save dialog opens in the folder used last, and a saved file is said.

Every export (brief, atlas, comparison CSV or PDF, map image, GIS layers) asks with :func:`ask_save_path`
and, once written, tells the user where with :func:`show_saved`, offering to open the file or its folder
(with the desktop's own programs; nothing is fetched).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.i18n import tr
from gui.library_actions import last_folder, remember_folder

PURPOSE = "export"


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str, suffix) -> str | None:
    """Ask where to save (starting in the last export folder); the path with ``suffix``, or None.

    Parameters
    ----------
    suggested : str
        A file name (no folder): it is put in the folder used last.
    filters : str
        The dialog's name filters, e.g. ``"PDF 文件 (*.pdf)"``.
    suffix : str or tuple of str
        Added when the user typed a name without it (``".pdf"``); with several (``(".png", ".svg")``) a
        name ending in any of them is kept and the first is added to others.
    """
    folder = last_folder(PURPOSE)
    start = str(Path(folder) / suggested) if folder else suggested
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not path:
        return None
    remember_folder(PURPOSE, path)
    suffixes = (suffix,) if isinstance(suffix, str) else tuple(suffix)
    return path if path.lower().endswith(tuple(x.lower() for x in suffixes)) else path + suffixes[0]


def open_path(path: str | Path) -> bool:
    """Open a local file or folder with the desktop's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_saved(parent: QWidget, path: str | Path, *, what: str | None = None) -> str:
    """Say that ``path`` was saved; offer to open the file or its folder.

    Returns
    -------
    str
        "file", "folder" or "close": what the user chose (and what was opened).
    """
    path = Path(path)
    box = QMessageBox(
        QMessageBox.Icon.Information, tr("已保存"), "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, never markup
    box.setText((what + "\n" if what else "") + tr("已保存到：{path}").format(path=str(path)))
    open_file = box.addButton(tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        open_path(path)
        return "file"
    if clicked is open_folder:
        open_path(path.parent)
        return "folder"
    return "close"
