"""The brief's chart: industries designated per document (matplotlib, imported only when a chart is drawn).

Only ``matplotlib.figure.Figure`` with the SVG canvas is used (never pyplot). The SVG is drawn onto the page
as vectors by Qt; its labels are glyph outlines in the embedded Noto Sans CJK SC.
"""

from __future__ import annotations

import io
import re
import unicodedata

from briefs.content import Brief

# The app's chart colours (gui/chart.py): all industries light, the newly designated part dark.
TOTAL = "#a8ddb5"
NEW = "#0868ac"
_EMPTY_PATH = re.compile(rb'<path (id="[^"]*" transform="[^"]*"/>)')


def chart_rows(brief: Brief) -> list[tuple[str, int, int]]:
    """(document label, industries designated, of which new since the previous document), in date order."""
    return [
        (g.heading, len(g.entries), sum(1 for e in g.entries if e.status in ("first", "added")))
        for g in brief.groups
    ]


def _text_width(text: str) -> float:
    """Width of ``text`` in ems: CJK and full-width characters are one em, others about half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in text)


def chart_svg(brief: Brief, size: tuple[float, float]) -> bytes | None:
    """The chart as SVG bytes, ``size`` in points; None when the brief has no designations."""
    rows = chart_rows(brief)
    if not rows:
        return None
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    from geo.mapdraw import cjk_font

    font = cjk_font(8)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "jilin-atlas"}):
        w, h = size
        fig = Figure(figsize=(w / 72, h / 72))
        FigureCanvasSVG(fig)
        # Fixed margins from the label lengths: a layout engine would draw the figure twice.
        label_w = max(_text_width(r[0]) for r in rows) * 8 + 10
        fig.subplots_adjust(left=label_w / w, right=0.97, bottom=24 / h, top=1 - 22 / h)
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        ax.barh(ys, [r[1] for r in rows], color=TOTAL, height=0.6, label="指定产业")
        ax.barh(ys, [r[2] for r in rows], color=NEW, height=0.6, label="其中新增（相对上一份文件）")
        for y, (_, total, _) in zip(ys, rows, strict=True):
            ax.text(total + 0.15, y, str(total), va="center", fontproperties=font)
        ax.set_yticks(ys, [r[0] for r in rows])
        for label in ax.get_yticklabels():
            label.set_fontproperties(font)
        for label in ax.get_xticklabels():
            label.set_fontproperties(font)
        ax.set_xlim(0, max(r[1] for r in rows) * 1.12 + 1)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(prop=cjk_font(7.5), loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    # Glyphs without outlines (spaces) come out as <path> without "d", which QtSvg warns about.
    return _EMPTY_PATH.sub(rb'<path d="M 0 0" \1', buf.getvalue())
