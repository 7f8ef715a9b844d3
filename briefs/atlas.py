"""An atlas: a cover, a contents page and one brief per prefecture and/or zone, numbered throughout.

Everything is laid out before the first page is painted, so a cancelled export paints nothing, and the
contents page can give the page each brief starts on.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from briefs import qt
from briefs.html import ACCENT, INK, MUTED, STYLE, esc
from briefs.lang import t
from briefs.render import (
    CONTENT_W,
    MARGIN_L,
    PAGE_H,
    PAGE_W,
    LaidOut,
    layout_brief,
    make_document,
    paint_brief_pages,
    paint_document_page,
    paint_frame,
    pdf_writer,
    prepare_device,
)

LEVELS = ("prefecture", "zone", "all")
LEVEL_TITLES = {"prefecture": "地级行政区", "zone": "复合区域", "all": "地级行政区与复合区域"}
_LEVEL_TITLES_EN = {"prefecture": "Prefectures", "zone": "Zones", "all": "Prefectures and zones"}


def _level_title(level: str, lang: str) -> str:
    return _LEVEL_TITLES_EN[level] if lang == "en" else LEVEL_TITLES[level]


ATLAS_TITLE = "吉林省产业政策图集"

Progress = Callable[[int, int], bool]


def atlas_regions(kb, level: str) -> tuple:
    """The regions of an atlas in order: prefectures by adcode, then zones in the order the data gives.

    Raises
    ------
    ValueError
        If ``level`` is not one of :data:`LEVELS`.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown atlas level {level!r}; use one of {', '.join(LEVELS)}")
    out = []
    if level in ("prefecture", "all"):
        out += sorted((r for r in kb.regions if r.level == "prefecture"), key=lambda r: r.id)
    if level in ("zone", "all"):
        zone_ids = [z.id for z in kb.zones]
        out += [kb.region(z) for z in zone_ids if z in {r.id for r in kb.regions}]
    return tuple(out)


@dataclass
class AtlasLayout:
    level: str
    lang: str
    generated: str
    briefs: list[LaidOut]
    contents: object  # (QTextDocument, handler)
    contents_pages: int
    starts: list[int]  # first page number of each brief
    total: int


def _contents_html(briefs: list[LaidOut], starts: list[int], level: str, lang: str = "zh") -> str:
    rows = "".join(
        f'<tr><td width="8%">{i + 1}</td><td width="50%">{esc(b.brief.name)}</td>'
        f'<td width="30%" class="muted">{esc(b.brief.level_label)}</td>'
        f'<td width="12%" align="right">{start}</td></tr>'
        for i, (b, start) in enumerate(zip(briefs, starts, strict=True))
    )
    return (
        f"<html><head><style>{STYLE}</style></head><body><h1>{t('目录', lang)}</h1>"
        f'<p class="sub">{esc(_level_title(level, lang))} · {t("共 {n} 份简报", lang, n=len(briefs))}</p>'
        '<table width="100%" cellspacing="0" cellpadding="5" style="margin-top: 12px; font-size: 10.5pt;">'
        f"<tr><th>{t('序号', lang)}</th><th>{t('地区', lang)}</th><th>{t('级别', lang)}</th>"
        f'<th align="right">{t("页码", lang)}</th></tr>{rows}</table>'
        "</body></html>"
    )


def layout_atlas(
    kb,
    level: str = "prefecture",
    *,
    progress: Progress | None = None,
    generated: _dt.date | None = None,
    lang: str = "zh",
) -> AtlasLayout | None:
    """Lay out every brief of the atlas; None if ``progress`` returned False (cancelled)."""
    regions = atlas_regions(kb, level)
    total_steps = len(regions) + 1
    generated = generated or _dt.date.today()
    briefs = []
    for i, region in enumerate(regions):
        briefs.append(layout_brief(kb, region.id, generated=generated, lang=lang))
        if progress is not None and progress(i + 1, total_steps) is False:
            return None
    # The contents page's length does not depend on the numbers' values, only on how many there are.
    starts = [0] * len(briefs)
    contents = make_document(_contents_html(briefs, [999] * len(briefs), level, lang), {})
    n_contents = contents[0].pageCount()
    page = 2 + n_contents
    for i, b in enumerate(briefs):
        starts[i] = page
        page += b.pages
    contents = make_document(_contents_html(briefs, starts, level, lang), {})
    return AtlasLayout(level, lang, generated.isoformat(), briefs, contents, n_contents, starts, page - 1)


def _paint_cover(painter, layout: AtlasLayout) -> None:
    from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    from briefs.mapinset import paint_map

    painter.save()
    painter.setPen(QPen(QColor(ACCENT), 2.0))
    painter.drawLine(QLineF(MARGIN_L, 150, PAGE_W - MARGIN_L, 150))
    lang = layout.lang
    title = t(ATLAS_TITLE, lang)
    title_font = qt.painter_font(painter, 30 if lang == "zh" else 24)
    m = QFontMetricsF(title_font, painter.device())
    origin = QPointF(MARGIN_L + (CONTENT_W - m.horizontalAdvance(title)) / 2, 195 + m.ascent() / 2.6)
    qt.draw_heavy_text(painter, origin, title, title_font, INK)
    painter.setFont(qt.painter_font(painter, 13))
    painter.setPen(QColor(MUTED))
    subtitle = t("{level}产业指定、园区、目标与原文依据", lang, level=_level_title(layout.level, lang))
    painter.drawText(QRectF(MARGIN_L, 228, CONTENT_W, 26), Qt.AlignmentFlag.AlignCenter, subtitle)
    highlight = [b.brief.region_id for b in layout.briefs if b.brief.level != "zone"]
    paint_map(
        painter,
        QRectF(MARGIN_L + 30, 290, CONTENT_W - 60, (CONTENT_W - 60) * 0.79),
        highlight=highlight,
        label_font=qt.painter_font(painter, 8),
    )
    painter.setFont(qt.painter_font(painter, 10.5))
    painter.setPen(QColor(INK))
    lines = [
        t("共 {n} 份区域简报 · {pages} 页", lang, n=len(layout.briefs), pages=layout.total),
        t("生成日期：{date}", lang, date=layout.generated),
    ]
    painter.drawText(
        QRectF(MARGIN_L, PAGE_H - 200, CONTENT_W, 40), Qt.AlignmentFlag.AlignCenter, "\n".join(lines)
    )
    painter.setFont(qt.painter_font(painter, 8))
    painter.setPen(QColor(MUTED))
    note = t(
        "吉林产业政策地图（jilin-atlas）据政策原文自动生成；每项内容均注明文件与条款，资料来源见各简报末页。",
        lang,
    )
    painter.drawText(
        QRectF(MARGIN_L, PAGE_H - 120, CONTENT_W, 40),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        note,
    )
    painter.restore()


def paint_atlas(painter, device, layout: AtlasLayout) -> None:
    """Paint a laid-out atlas; the painter is active on ``device`` and scaled to points."""
    _paint_cover(painter, layout)
    doc = layout.contents[0]
    for i in range(layout.contents_pages):
        device.newPage()
        paint_frame(
            painter,
            left=t(ATLAS_TITLE, layout.lang),
            right=t("目录", layout.lang),
            page=2 + i,
            total=layout.total,
            footer_left=t("生成日期：{date}", layout.lang, date=layout.generated),
            lang=layout.lang,
        )
        paint_document_page(painter, doc, i)
    header = f"{t(ATLAS_TITLE, layout.lang)} · {_level_title(layout.level, layout.lang)}"
    for b, start in zip(layout.briefs, layout.starts, strict=True):
        paint_brief_pages(
            painter, device, b, first_page=start, total=layout.total, header=header, new_page_first=True
        )


def render_atlas(
    kb,
    device,
    *,
    level: str = "prefecture",
    progress: Progress | None = None,
    generated: _dt.date | None = None,
    lang: str = "zh",
) -> bool:
    """Paint an atlas onto a paged device (QPdfWriter or QPrinter).

    Parameters
    ----------
    kb : policy.kb.KnowledgeBase
    device : QPagedPaintDevice
    level : {"prefecture", "zone", "all"}
    progress : callable(done, total) -> bool, optional
        Called after each brief is laid out and once at the end; return False to cancel. A cancelled
        atlas paints nothing.

    Returns
    -------
    bool
        False if cancelled.
    """
    from PySide6.QtGui import QPagedPaintDevice, QPainter

    if not isinstance(device, QPagedPaintDevice):
        raise TypeError(
            f"device must be a QPagedPaintDevice (QPdfWriter, QPrinter), not {type(device).__name__}"
        )
    layout = layout_atlas(kb, level, progress=progress, generated=generated, lang=lang)
    if layout is None:
        return False
    scale = prepare_device(device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device (is the file or printer writable?)")
    try:
        painter.scale(scale, scale)
        paint_atlas(painter, device, layout)
    finally:
        painter.end()
    if progress is not None:
        progress(len(layout.briefs) + 1, len(layout.briefs) + 1)
    return True


def atlas_pdf(
    kb,
    level: str = "prefecture",
    *,
    progress: Progress | None = None,
    generated: _dt.date | None = None,
    lang: str = "zh",
) -> bytes | None:
    """The atlas as PDF bytes, or None if ``progress`` cancelled it."""
    atlas_regions(kb, level)  # a bad level fails before anything is laid out
    from PySide6.QtCore import QBuffer, QIODevice

    from briefs.pdffix import fix_tounicode

    qt.ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, f"{t(ATLAS_TITLE, lang)}（{_level_title(level, lang)}）")
    ok = render_atlas(kb, writer, level=level, progress=progress, generated=generated, lang=lang)
    del writer
    if not ok:
        return None
    return fix_tounicode(bytes(buffer.data()))
