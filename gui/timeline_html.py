"""The detail pane's industry timeline: each industry's years at a glance (rich text, escaped).

One row per industry of the region (and of each unit below it, named in brackets) from
:func:`policy.history.timeline`: a strip of the years — ■ planned that year, □ only reported as past work,
· not named — then the first and last year and how many documents name it. The brief draws the same
rows as its figure.
"""

from __future__ import annotations

from html import escape

from gui.i18n import tr
from policy.history import timeline

MAX_ROWS = 14
PLAN, PAST, NONE = "■", "□", "·"


def year_strip(row, first: int, last: int) -> str:
    """One character per year from ``first`` to ``last`` (see the module docstring)."""
    marks = {y: (PLAN if p else PAST) for y, p, _r in row.years}
    return "".join(marks.get(y, NONE) for y in range(first, last + 1))


def timeline_html(view, region_id: str, docs=None, names=None) -> str:
    """The timeline section for ``region_id`` over the documents ``docs`` (all when None).

    ``names(unit, key)`` gives a row's label (the detail pane's industry names and place brackets).
    """
    kb = view.kb
    rows = [r for r in timeline(kb, kb.designations_for(region_id, docs=docs), region_id) if r.years]
    if not rows:
        return ""
    first = min(r.first for r in rows)
    last = max(r.last for r in rows)
    # The industries named most often first: what the region has been about all these years.
    shown = sorted(rows, key=lambda r: (r.unit != region_id, -r.documents, r.first, r.key))[:MAX_ROWS]
    out = [f"<h3>{escape(tr('产业时间线'))} {first}–{last}</h3>"]
    out.append(
        '<p class="muted">'
        + escape(tr("■ 当年文件部署（规划）  □ 仅见于工作回顾  · 未提及"))
        + "</p><table cellspacing='0' cellpadding='1'>"
    )
    for r in shown:
        label = names(r.unit, r.key) if names else r.key
        span = f"{r.first}–{r.last % 100:02d}" if r.first != r.last else str(r.first)
        count = tr("{n} 份").format(n=r.documents)
        out.append(
            f"<tr><td style='white-space:nowrap;'>{escape(label)}&nbsp;</td>"
            f"<td style='font-size:6pt; color:#1f5f99; white-space:nowrap;'>{year_strip(r, first, last)}</td>"
            f"<td class='muted' style='white-space:nowrap;'>&nbsp;{span} {escape(count)}</td></tr>"
        )
    out.append("</table>")
    if len(rows) > len(shown):
        more = tr("另有 {n} 项产业，见下文各文件。").format(n=len(rows) - len(shown))
        out.append(f'<p class="muted">{escape(more)}</p>')
    return "".join(out)
