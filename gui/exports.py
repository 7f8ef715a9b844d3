"""File → Export: the map view as PNG or SVG, the GIS layers, the comparison as PDF.

Each asks with :func:`gui.saving.ask_save_path` (the folder used last) and says where the file went with
:func:`gui.saving.show_saved`; a failure is one message and leaves no file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QWidget

from gui.i18n import tr
from gui.saving import ask_save_path, show_saved
from gui.text import message_box


def _replace(tmp: Path, path: Path) -> None:
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _check(path: str) -> Path:
    from policy.outputs import check_output

    return Path(check_output(path))


def render_map(map_view, painter: QPainter, target: QRectF) -> None:
    """Paint what the map shows now (fills, outlines, labels and the legend) into ``target``."""
    vp = map_view.viewport()
    map_view.render(painter, target, QRect(0, 0, vp.width(), vp.height()))


def save_map_image(map_view, path: str) -> Path:
    """Write the map view as PNG (at twice the screen's pixels) or SVG (vector), by the file's suffix.

    Raises
    ------
    policy.text.sources.InputError
        If ``path`` cannot be written (a folder, a device, a missing folder).
    ValueError
        If the suffix is neither .png nor .svg.
    """
    target = _check(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{target}: a map image ends in .png or .svg")
    vp = map_view.viewport().size()
    tmp = _temp_beside(target)
    try:
        if suffix == ".png":
            scale = 2
            image = QImage(vp * scale, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(scale)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            render_map(map_view, painter, QRectF(0, 0, vp.width(), vp.height()))
            painter.end()
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"{target}: the image could not be written")
        else:
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(tmp))
            generator.setSize(QSize(vp.width(), vp.height()))
            generator.setViewBox(QRect(0, 0, vp.width(), vp.height()))
            generator.setTitle(tr("吉林产业政策地图"))
            painter = QPainter(generator)
            render_map(map_view, painter, QRectF(0, 0, vp.width(), vp.height()))
            painter.end()
        _replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def export_map_dialog(window) -> str | None:
    """Ask where to save the map view (PNG or SVG) and write it."""
    from policy.text.sources import InputError

    filters = tr("PNG 图像 (*.png)") + ";;" + tr("SVG 矢量图 (*.svg)")
    path = ask_save_path(window, tr("导出地图图像"), tr("吉林产业地图.png"), filters, (".png", ".svg"))
    if path is None:
        return None
    try:
        written = save_map_image(window.map, path)
    except (InputError, ValueError, OSError) as err:
        message_box(window, tr("无法保存"), str(err))
        return None
    show_saved(window, written)
    return str(written)


def export_gis_dialog(window) -> tuple[str, ...] | None:
    """Ask where to save the GIS layers (GeoPackage or GeoJSON) and write them."""
    from geo.gis_export import output_paths, write_gis
    from policy.text.sources import InputError

    filters = tr("GeoPackage (*.gpkg)") + ";;" + tr("GeoJSON，每层一个文件 (*.geojson)")
    path = ask_save_path(window, tr("导出 GIS 图层"), tr("吉林产业政策.gpkg"), filters, (".gpkg", ".geojson"))
    if path is None:
        return None
    try:
        for target in set(output_paths(path).values()):
            _check(str(target))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_gis(window.view.kb, path)
        finally:
            QGuiApplication.restoreOverrideCursor()
    except (InputError, ValueError, OSError) as err:
        message_box(window, tr("无法保存"), str(err))
        return None
    what = tr("图层：地区（各产业指定数）、复合区域、园区（含位置可信度）")
    show_saved(
        window, written[0], what=what + ("\n" + "\n".join(map(str, written[1:])) if len(written) > 1 else "")
    )
    return tuple(str(p) for p in written)


def comparison_pdf(compare_pane, path: str) -> Path:
    """Write the comparison table and its summary as a one-document PDF (A4 landscape)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from briefs.pdffix import fix_tounicode
    from gui.fonts import register_fonts, ui_font
    from policy.outputs import write_atomically

    target = _check(path)
    register_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(ui_font(9))  # the embedded Noto Sans CJK SC, as every PDF of the atlas
    # The collection has no bold face and Qt fakes bold by printing twice: headings are plain.
    doc.setDefaultStyleSheet("h2, th { font-weight: normal; } h2 { color: #1f3b57; }")
    doc.setHtml(compare_pane.report_html())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setResolution(144)
    writer.setTitle(tr("地区对比"))
    doc.setPageSize(QRectF(0, 0, writer.width(), writer.height()).size())
    doc.print_(writer)
    del writer  # ends the PDF
    # Searchable Chinese: Qt maps some ideographs to look-alike radicals in ToUnicode (briefs.pdffix).
    write_atomically(target, fix_tounicode(bytes(buffer.data())))
    return target


def export_comparison_pdf_dialog(parent: QWidget, compare_pane) -> str | None:
    """Ask where to save the comparison as PDF and write it."""
    from policy.text.sources import InputError

    path = ask_save_path(parent, tr("对比表导出为 PDF"), tr("地区对比.pdf"), tr("PDF 文件 (*.pdf)"), ".pdf")
    if path is None:
        return None
    try:
        written = comparison_pdf(compare_pane, path)
    except (InputError, OSError) as err:
        message_box(parent, tr("无法保存"), str(err))
        return None
    show_saved(parent, written)
    return str(written)


def history_csv(view, region_id: str, docs=None) -> str:
    """The region's history (:func:`policy.history.history_rows`) as CSV, for the documents in view."""
    import csv
    import io

    from policy.history import HISTORY_COLUMNS, history_rows

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HISTORY_COLUMNS)
    writer.writerows(history_rows(view.kb, view.kb.designations_for(region_id, docs=docs)))
    return out.getvalue()


def export_history_dialog(window) -> str | None:
    """Ask where to save the selected region's history (what each document designates, new, kept or no
    longer named — the detail pane's and the brief's history) as CSV, and write it."""
    from policy.outputs import write_atomically
    from policy.text.errors import InputError

    region = window.state.selected
    if region is None:
        message_box(window, tr("导出地区历史"), tr("请先在地图上选择一个地区。"))
        return None
    name = window.view.short(region)
    path = ask_save_path(window, tr("导出地区历史"), f"{name}-history.csv", "CSV (*.csv)", ".csv")
    if path is None:
        return None
    try:
        data = history_csv(window.view, region, window.state.documents).encode("utf-8-sig")
        write_atomically(path, data)
    except InputError as err:
        message_box(window, tr("无法保存"), str(err))
        return None
    show_saved(window, Path(path), what=tr("每份文件指定的产业：新增、保留、未再提及"))
    return path
