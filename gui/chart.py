"""A small chart of a region's designated industries per document (matplotlib, imported lazily).

Only :mod:`gui.detail` imports this module, and only when its chart tab is first shown.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from geo.mapdraw import cjk_font
from gui.i18n import tr
from gui.place_names import place_name
from gui.viewmodel import AtlasView, document_label


def industries_per_document(view: AtlasView, region_id: str, docs) -> list[tuple[str, int, int]]:
    """(document label, industries designated, of which new since the previous document of its series), in
    date order: the counts of :func:`policy.history.history`, as the brief's chart and the detail pane."""
    return [
        (
            document_label(step.document, unknown_year=tr("年份不详")),
            len(step.entries),
            sum(1 for e in step.entries if e.status in ("first", "added")),
        )
        for step in view.history(region_id, docs)
    ]


class IndustryChart(FigureCanvasQTAgg):
    """Horizontal bars: industries per document, the newly designated part darker."""

    def __init__(self, parent=None):
        self.figure = Figure(figsize=(4, 2.6), dpi=100, layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)

    def plot(self, view: AtlasView, region_id: str, docs) -> None:
        font = cjk_font(8)
        self.figure.clear()
        ax = self.figure.add_subplot()
        rows = industries_per_document(view, region_id, docs)
        if not rows:
            ax.text(0.5, 0.5, tr("所选文件中没有产业指定"), ha="center", va="center", fontproperties=font)
            ax.set_axis_off()
        else:
            labels = [r[0] for r in rows]
            ys = range(len(rows))
            ax.barh(ys, [r[1] for r in rows], color="#a8ddb5", label=tr("指定产业"))
            ax.barh(ys, [r[2] for r in rows], color="#0868ac", label=tr("其中新增（相对上一份文件）"))
            ax.set_yticks(list(ys), labels, fontproperties=font)
            ax.invert_yaxis()
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.set_xlabel(tr("产业数"), fontproperties=font)
            ax.legend(prop=font, loc="lower right", frameon=False)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.tick_params(labelsize=8)
        ax.set_title(place_name(view, region_id), fontproperties=cjk_font(9))
        self.draw_idle()
