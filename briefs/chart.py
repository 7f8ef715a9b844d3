"""The brief's chart: industries designated per document (matplotlib, imported only when a chart is drawn).

Only ``matplotlib.figure.Figure`` with the SVG canvas is used (never pyplot). The SVG keeps its labels as
text (``svg.fonttype: none``); Qt draws it onto the page as vectors and text in the embedded Noto Sans CJK SC.
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


def import_chart_modules():
    """Import what charts need, ahead of Qt when a process will draw one (returns the two classes).

    Call it before the first PySide6 import where possible: PySide6 installs an import hook that reads the
    source of every module imported after it (``shibokensupport.feature``), and matplotlib is ~300 modules
    (measured: ~85 ms less when matplotlib comes first).
    """
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    return Figure, FigureCanvasSVG


_font_registered = False


def chart_font(size: float):
    """Noto Sans CJK SC for matplotlib at ``size`` points, registering only the SC face, once.

    ``FontManager.addfont`` opens every face of the .ttc collection (~15 ms); the chart needs one.
    """
    global _font_registered
    from matplotlib import font_manager

    from briefs.qt import FAMILY

    if not _font_registered:
        import noto_cjk_sans_otc
        from matplotlib import ft2font

        path = str(noto_cjk_sans_otc.FONT_PATH)
        count = ft2font.FT2Font(path).num_faces
        for index in range(count):
            face = ft2font.FT2Font(path, face_index=index)
            if face.family_name == FAMILY:
                font_manager.fontManager.ttflist.append(font_manager.ttfFontProperty(face))
                font_manager.fontManager._findfont_cached.cache_clear()
                break
        _font_registered = True
    return font_manager.FontProperties(family=FAMILY, size=size)


def chart_svg(brief: Brief, size: tuple[float, float]) -> bytes | None:
    """The chart as SVG bytes, ``size`` in points; None when the brief has no designations.

    Bars are labelled directly (document at the left, count at the bar's end), so the axes draw no ticks:
    matplotlib's tick machinery is most of the drawing time, and the counts are on the bars anyway.
    """
    rows = chart_rows(brief)
    if not rows:
        return None
    import matplotlib

    Figure, FigureCanvasSVG = import_chart_modules()  # noqa: N806 - classes
    font = chart_font(8)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "jilin-atlas"}):
        w, h = size
        fig = Figure(figsize=(w / 72, h / 72))
        FigureCanvasSVG(fig)
        # Fixed margins from the label lengths: a layout engine would draw the figure twice.
        label_w = max(_text_width(r[0]) for r in rows) * 8 + 10
        fig.subplots_adjust(left=label_w / w, right=0.97, bottom=4 / h, top=1 - 22 / h)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ys = list(range(len(rows)))[::-1]
        ax.barh(ys, [r[1] for r in rows], color=TOTAL, height=0.6, label="指定产业")
        ax.barh(ys, [r[2] for r in rows], color=NEW, height=0.6, label="其中新增（相对上一份文件）")
        ax.axvline(0, color="#5f6368", linewidth=0.8)
        for y, (label, total, _) in zip(ys, rows, strict=True):
            ax.text(total + 0.15, y, str(total), va="center", fontproperties=font)
            ax.annotate(
                label,
                (0, y),
                xytext=(-6, 0),
                textcoords="offset points",
                ha="right",
                va="center",
                fontproperties=font,
            )
        ax.set_xlim(0, max(r[1] for r in rows) * 1.12 + 1)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        ax.legend(prop=chart_font(7.5), loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    # Glyphs without outlines (spaces) come out as <path> without "d", which QtSvg warns about.
    return _EMPTY_PATH.sub(rb'<path d="M 0 0" \1', buf.getvalue())
