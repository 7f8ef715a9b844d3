"""Lay a brief out on A4 pages and paint it onto any paged device (QPdfWriter, QPrinter, print preview).

Text is a QTextDocument (Chinese line breaking, tables, pagination by line); the map inset and the chart are
vector drawings placed as inline objects. Layout happens in points on a 72-dpi reference device with design
metrics, so the PDF, the print preview and a 1200-dpi printer get the same pages.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from briefs import qt
from briefs.content import Brief, build_brief
from briefs.lang import t
from briefs.paginate import keep_together, split_at_pages
from briefs.paginate import paint_document_page as paint_page

PAGE_W, PAGE_H = 595.276, 841.89  # A4 in points
MARGIN_L = MARGIN_R = 56.0
MARGIN_T, MARGIN_B = 70.0, 62.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
CONTENT_H = PAGE_H - MARGIN_T - MARGIN_B
MAP_SIZE = (262.0, 208.0)
BRIEF_HEADER = "吉林产业政策地图 · 区域产业政策简报"
LAYOUT_DPI = 72

_layout_device = None
_handler_type = None


@dataclass
class LaidOut:
    """A brief laid out on pages: the text document, its drawings and the number of pages."""

    brief: Brief
    doc: object  # QTextDocument
    pages: int
    drawings: dict = field(default_factory=dict)  # name -> callable(painter, QRectF)
    handler: object = None  # keeps the inline-object handler alive as long as the document


def _reference_device():
    """A 72-dpi image: layout units are points, whatever the output device."""
    global _layout_device
    if _layout_device is None:
        from PySide6.QtGui import QImage

        img = QImage(8, 8, QImage.Format.Format_ARGB32)
        dpm = round(LAYOUT_DPI / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        _layout_device = img
    return _layout_device


def _drawing_handler(drawings: dict, parent):
    """An inline-object handler that paints ``<img src=NAME>`` placeholders with ``drawings[NAME]``."""
    global _handler_type
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPyTextObject

    if _handler_type is None:

        class DrawingHandler(QPyTextObject):
            def __init__(self, drawings, parent=None):
                super().__init__(parent)
                self.drawings = drawings

            def intrinsicSize(self, doc, pos, fmt):  # noqa: N802 - Qt override
                f = fmt.toImageFormat()
                return QSizeF(f.width(), f.height())

            def drawObject(self, painter, rect, doc, pos, fmt):  # noqa: N802 - Qt override
                paint = self.drawings.get(fmt.toImageFormat().name())
                if paint is not None:
                    paint(painter, rect)

        _handler_type = DrawingHandler
    return _handler_type(drawings, parent)


def make_document(html: str, drawings: dict, *, width: float = CONTENT_W, height: float = CONTENT_H):
    """A paginated QTextDocument of ``html`` with vector drawings; returns ``(doc, handler)``."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextFormat

    qt.ensure_app()
    doc = QTextDocument()
    doc.setUseDesignMetrics(True)
    doc.documentLayout().setPaintDevice(_reference_device())
    handler = _drawing_handler(drawings, doc)
    doc.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
    doc.setDefaultFont(qt.font(9.5))
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))
    doc.setHtml(html)
    doc.pageCount()
    keep_together(doc, max_block=0.4 * height)
    last = doc.lastBlock()
    if last.length() > 1 and last.layout().lineCount() == 0:  # a lazily unfinished layout: finish it
        doc.markContentsDirty(0, doc.characterCount())
        doc.pageCount()
    split_at_pages(doc)
    return doc, handler


def _chart_painter(rows, lang: str = "zh"):
    from briefs.chart import paint_chart

    def paint(painter, rect):
        paint_chart(painter, rect, rows, lang)

    return paint


def _map_painter(kb, brief: Brief):
    from briefs.mapinset import paint_map, park_marks

    marks = park_marks(kb, set(brief.park_ids))
    zone = brief.region_id if brief.level == "zone" else None

    def paint(painter, rect):
        paint_map(
            painter,
            rect,
            highlight=brief.highlight,
            zone=zone,
            parks=marks,
            label_font=qt.painter_font(painter, 6.5),
        )

    return paint


def layout_brief(kb, region_id: str, *, generated: _dt.date | None = None, lang: str = "zh") -> LaidOut:
    """Build and lay out the brief of one region or zone (no device needed).

    Raises
    ------
    KeyError
        If ``region_id`` is not in the knowledge base.
    """
    from briefs.chart import MAX_CHART_DOCS, chart_height, chart_rows
    from briefs.html import brief_html
    from briefs.timeline import paint_timeline, timeline_height
    from geo.fastpath import load_layers

    brief = build_brief(kb, region_id, generated=generated, lang=lang)
    drawings = {"map": _map_painter(kb, brief)}
    chart_size = timeline_size = None
    rows = chart_rows(brief)
    if rows and len(rows) <= MAX_CHART_DOCS:  # with more documents the timeline tells it better
        chart_size = (CONTENT_W, chart_height(rows))
        drawings["chart"] = _chart_painter(rows, lang)
    if brief.timeline:
        timeline_size = (CONTENT_W, timeline_height(brief))
        drawings["timeline"] = lambda painter, rect: paint_timeline(painter, rect, brief)
    titles = {d.id: d.title for d in kb.documents if d.title}
    html = brief_html(
        brief,
        titles=titles,
        map_size=MAP_SIZE,
        chart_size=chart_size,
        timeline_size=timeline_size,
        boundary=load_layers("province").meta,
        parks_source=parks_source(),
    )
    doc, handler = make_document(html, drawings)
    return LaidOut(brief, doc, doc.pageCount(), drawings, handler)


def parks_source() -> dict:
    """Source and licence of the park layer (``assets/parks.json``); empty if the file cannot be read."""
    import json

    from geo.fastpath import ASSETS

    try:
        data = json.loads((ASSETS / "parks.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: data.get(k, "—") for k in ("source", "licence")}


# -- painting -----------------------------------------------------------------------------------------
def prepare_device(device) -> float:
    """Set A4 portrait, full page, on a QPdfWriter or QPrinter; return the scale from points to device."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    if hasattr(device, "setFullPage"):
        device.setFullPage(True)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )
    device.setPageLayout(layout)
    return device.logicalDpiX() / LAYOUT_DPI


def paint_frame(
    painter, *, left: str, right: str, page: int, total: int | None, footer_left: str, lang: str = "zh"
) -> None:
    """The running header (with a thin red rule) and the footer with the page number, in points."""
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    from briefs.html import ACCENT, MUTED

    painter.save()
    painter.setFont(qt.painter_font(painter, 7.5))
    painter.setPen(QColor(MUTED))
    top = QRectF(MARGIN_L, MARGIN_T - 34, CONTENT_W, 14)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.setPen(QPen(QColor(ACCENT), 0.8))
    painter.drawLine(QLineF(MARGIN_L, MARGIN_T - 16, PAGE_W - MARGIN_R, MARGIN_T - 16))
    painter.setPen(QPen(QColor("#c8c8c8"), 0.5))
    y = PAGE_H - MARGIN_B + 18
    painter.drawLine(QLineF(MARGIN_L, y, PAGE_W - MARGIN_R, y))
    painter.setPen(QColor(MUTED))
    bottom = QRectF(MARGIN_L, y + 4, CONTENT_W, 14)
    number = t("第 {page} 页", lang, page=page) + (t(" / 共 {total} 页", lang, total=total) if total else "")
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer_left)
    painter.restore()


def paint_document_page(painter, doc, index: int) -> None:
    """Page ``index`` (0-based) of a paginated document, inside the page margins."""
    paint_page(painter, doc, index, left=MARGIN_L, top=MARGIN_T)


def paint_brief_pages(
    painter, device, laid: LaidOut, *, first_page: int, total: int | None, header: str, new_page_first: bool
) -> None:
    """Paint every page of a laid-out brief, numbering from ``first_page``."""
    b = laid.brief
    for i in range(laid.pages):
        if i or new_page_first:
            device.newPage()
        paint_frame(
            painter,
            left=header,
            right=b.name,
            page=first_page + i,
            total=total,
            footer_left=t("生成日期：{date}　数据：政策原文（见资料来源）", b.lang, date=b.generated),
            lang=b.lang,
        )
        paint_document_page(painter, laid.doc, i)


def render_brief(kb, region_id: str, device, *, generated: _dt.date | None = None, lang: str = "zh") -> int:
    """Paint the brief of one region or zone onto a paged device.

    Parameters
    ----------
    kb : policy.kb.KnowledgeBase
    region_id : str
        Adcode or zone id (see :func:`briefs.content.resolve_region` for user input).
    device : QPagedPaintDevice
        A QPdfWriter or a QPrinter (also the one a QPrintPreviewDialog hands out); set to A4 portrait,
        full page. No painter may be active on it.
    generated : datetime.date, optional

    Returns
    -------
    int
        The number of pages painted.
    """
    from PySide6.QtGui import QPagedPaintDevice, QPainter

    if not isinstance(device, QPagedPaintDevice):
        raise TypeError(
            f"device must be a QPagedPaintDevice (QPdfWriter, QPrinter), not {type(device).__name__}"
        )
    laid = layout_brief(kb, region_id, generated=generated, lang=lang)
    scale = prepare_device(device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device (is the file or printer writable?)")
    try:
        painter.scale(scale, scale)
        paint_brief_pages(
            painter,
            device,
            laid,
            first_page=1,
            total=laid.pages,
            header=t(BRIEF_HEADER, lang),
            new_page_first=False,
        )
    finally:
        painter.end()
    return laid.pages


def pdf_writer(buffer, title: str):
    """A QPdfWriter on a QBuffer, with the document title set."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("吉林产业政策地图 (jilin-atlas)")
    return writer


def brief_pdf(kb, region_id: str, *, generated: _dt.date | None = None, lang: str = "zh") -> bytes:
    """The brief of one region or zone as PDF bytes (embedded Noto Sans CJK SC subset, searchable text)."""
    region = kb.region(region_id)
    from PySide6.QtCore import QBuffer, QIODevice

    from briefs.pdffix import fix_tounicode

    qt.ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    title = f"{region.name} — regional policy brief" if lang == "en" else f"{region.name} 产业政策简报"
    writer = pdf_writer(buffer, title)
    render_brief(kb, region_id, writer, generated=generated, lang=lang)
    del writer  # flushes the PDF into the buffer
    return fix_tounicode(bytes(buffer.data()))
