"""File menu: print a brief (print preview + native dialog), export a brief or an atlas as PDF.

The pages are painted by briefs/ (imported only when used, so start-up stays light); this module owns the
dialogs. Writes go through :func:`policy.outputs.write_atomically`: a failed export leaves no file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.i18n import language, tr
from gui.text import message_box


def print_brief(parent: QWidget, kb, region_id: str) -> None:
    """Show the print preview (with the native print dialog) of a region's brief."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from briefs.render import render_brief

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    # An English interface prints an English brief (names stay as the documents write them).
    dialog.paintRequested.connect(lambda p: render_brief(kb, region_id, p, lang=language()))
    dialog.exec()


def _ask_path(parent: QWidget, title: str, suggested: str) -> str | None:
    from gui.saving import ask_save_path

    return ask_save_path(parent, title, suggested, tr("PDF 文件 (*.pdf)"), ".pdf")


def _save(parent: QWidget, path: str, data: bytes, *, notify: bool = True) -> bool:
    """Write ``data`` whole or not at all; say it was saved (with buttons to open it), or why not."""
    from gui.saving import show_saved
    from policy.outputs import write_atomically
    from policy.text.errors import InputError

    try:
        write_atomically(path, data)
    except InputError as err:
        message_box(parent, tr("无法保存"), str(err))
        return False
    if notify:
        show_saved(parent, path)
    return True


def export_brief_pdf(parent: QWidget, kb, region_id: str, path: str | None = None) -> str | None:
    """Ask where to save a region's brief and write it; the path written, or None if cancelled or failed."""
    from briefs.render import brief_pdf

    name = kb.region(region_id).short
    asked = path is None  # a path given by the caller (a test, a script) is written without a word
    path = path or _ask_path(parent, tr("导出简报为 PDF"), f"{name}-简报.pdf")
    if path is None:
        return None
    QCoreApplication.processEvents()
    return path if _save(parent, path, brief_pdf(kb, region_id, lang=language()), notify=asked) else None


def export_atlas_pdf(parent: QWidget, kb, level: str = "prefecture", path: str | None = None) -> str | None:
    """Export an atlas with a cancellable progress dialog; the path written, or None if cancelled."""
    from briefs.atlas import atlas_pdf

    asked = path is None
    path = path or _ask_path(parent, tr("导出地图集"), "吉林产业政策地图集.pdf")
    if path is None:
        return None
    progress = QProgressDialog(tr("正在生成地图集…"), tr("取消"), 0, 1, parent)
    progress.setWindowTitle(tr("导出地图集"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def report(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    try:
        data = atlas_pdf(kb, level, progress=report, lang=language())  # an English interface prints English
    finally:
        progress.close()
    if data is None:  # cancelled: nothing written
        return None
    return path if _save(parent, path, data, notify=asked) else None
