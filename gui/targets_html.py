"""The detail pane's targets as cards: metric, figure, year and baseline, then the cited words in context.

Cards wrap to any width, so a target is readable in the narrow detail pane (a wide table was not).
"""

from __future__ import annotations

from html import escape

from gui.detail_html import STYLE, highlighted
from gui.i18n import tr
from gui.viewmodel import AtlasView, document_label

CONTEXT = 36  # characters of the sentence on either side of the cited words


def target_figure(target) -> str:
    """``1500 亿元 · 2017 年 · 基期 955 (2013)`` (plain text)."""
    parts = [f"{target.value:g} {target.unit}".strip()]
    parts.append(tr("{year} 年").format(year=target.year) if target.year else tr("目标年未说明"))
    if target.baseline is not None:
        base = f"{target.baseline.value:g}" + (f" ({target.baseline.year})" if target.baseline.year else "")
        parts.append(tr("基期 {baseline}").format(baseline=base))
    return " · ".join(parts)


def target_context(text: str, start: int, end: int) -> str:
    """The cited words marked, with the words around them in the same line (escaped HTML)."""
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = text.rfind("\n", a, start)
    a = before + 1 if before >= 0 else a
    after = text.find("\n", end, b)
    b = after if after >= 0 else b
    lead = "…" if a > 0 and text[a - 1] != "\n" else ""
    tail = "…" if b < len(text) and text[b] != "\n" else ""
    return lead + highlighted(text[a:b], [(start, end)], a) + tail


def targets_html(view: AtlasView, region_id: str | None, targets) -> str:
    """Cards for ``targets``, each with a ``target:N`` link that opens its clause in the reader."""
    targets = list(targets)
    if region_id is None:
        return STYLE + f'<p class="muted">{escape(tr("选择一个地区以查看目标。"))}</p>'
    if not targets:
        return STYLE + f'<p class="muted">{escape(tr("所选文件中没有该地区的目标。"))}</p>'
    out = [STYLE]
    for n, t in enumerate(targets):
        doc = view.kb.document(t.prov.doc_id)
        metric = t.metric if t.region == region_id else f"{t.metric}（{view.short(t.region)}）"
        label = document_label(doc, unknown_year=tr("年份不详"))
        out.append(
            f'<table width="100%" cellspacing="0" cellpadding="5" style="border: 1px solid #d0d7de; '
            f'margin-bottom: 5px; background-color: #fbfbfb;"><tr><td>'
            f"<p><b>{escape(metric)}</b>　{escape(target_figure(t))}</p>"
            f"<p>{target_context(doc.text, t.prov.start, t.prov.end)}</p>"
            f'<p class="muted"><a href="target:{n}">{escape(label)}</a></p></td></tr></table>'
        )
    return "".join(out)
