"""What the map's colours say: region fills, tooltips, zone/province bands and the legend's entries.

:class:`MapColours` is owned by :class:`gui.map_view.MapView`; it reads the view's drawn items and the
state's filter, and changes only brushes, tooltips and band visibility (never the scene's structure).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from gui.detail_html import industry_name
from gui.i18n import tr
from gui.legend import LegendEntry, map_legend
from gui.map_items import BandItem, band_path
from gui.palette import (
    BAND_WIDTH,
    COMPARED,
    COUNT_COLOURS,
    FILTER_COLOURS,
    HIGHLIGHT,
    NO_DATA,
    PROVINCE_BAND,
    Bin,
    band_colour,
    colour_for,
    count_bins,
)
from gui.place_names import place_name
from gui.text import join_names, plain_tooltip


def filter_label(view, state) -> str | None:
    """The industry filter as words: 汽车, 医药健康或石化 (any), 医药健康且石化 (all); None without one."""
    names = [industry_name(view, i) for i in state.industry_filter]
    if not names:
        return None
    joiner = tr("或") if state.industry_match == "any" else tr("且")
    return joiner.join(names)


def band_item(shape, colour: str) -> BandItem:
    """A hidden band along a shape's outline; :meth:`MapColours.recolour` makes its path when first shown.

    Parameters
    ----------
    shape : geo.fastpath.Shape
        The zone or province whose outline the band follows.
    colour : str
        The outline's colour; the band is a translucent version of it.
    """
    pen = QPen(band_colour(colour), BAND_WIDTH)
    # Bevel joins and no item cache: a cache is rebuilt every time the band is shown (a province-sized
    # pixmap, ~60 ms); stroking directly with bevel joins costs a few ms per paint.
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    item = BandItem(QPainterPath(), pen, 29)
    item.source = shape
    item.setVisible(False)
    return item


class MapColours:
    """Colouring of a :class:`gui.map_view.MapView` from its state's industry filter and documents.

    Parameters
    ----------
    map_view : gui.map_view.MapView
        The owning view; its ``items_by_region``, ``band_items`` and ``zone_items`` must exist before
        :meth:`recolour` is first called.
    """

    def __init__(self, map_view) -> None:
        self.map = map_view
        self.values: dict[str, int] = {}
        self.broad_hits: dict[str, frozenset[str]] = {}  # zones / province designated the filter itself
        self.bins: tuple[Bin, ...] = ()
        self._docs_found: dict[str, frozenset[str]] = {}
        self._zone_note: dict[str, str] = {}
        self._label: str | None = None

    def recolour(self) -> None:
        """Fill every region, set its tooltip and show the bands of broad designations."""
        m = self.map
        vm, docs, industries = m.view_model, m.state.documents, m.state.industry_filter
        match = m.state.industry_match
        prefectures = [s.id for s in m.layers.prefectures]
        # Counted for every county, drawn or not yet (the county layer is built when first shown), so the
        # colour classes do not depend on whether it has been.
        regions = prefectures + [s.id for s in m.layers.counties]
        if not industries:
            self.values = vm.industry_counts(regions, docs)
            bins = count_bins(max((self.values[r] for r in prefectures), default=0), COUNT_COLOURS)
            self._docs_found = {}
        else:
            self._docs_found = vm.docs_with_industry(regions, industries, docs, match=match)
            self.values = {r: len(self._docs_found.get(r, ())) for r in regions}
            bins = count_bins(max(self.values.values(), default=0), FILTER_COLOURS)
        self.bins = bins
        self._label = filter_label(vm, m.state)
        self.broad_hits = {} if not industries else vm.broad_regions_with(industries, docs, match=match)
        self._zone_note = {}
        for zid in self.broad_hits:
            for member in vm.kb.region(zid).members:
                self._zone_note[member] = join_names(
                    filter(None, (self._zone_note.get(member), vm.short(zid) if zid in m.zone_items else ""))
                )
        for rid, band in m.band_items.items():
            if rid in self.broad_hits and band.source is not None:
                band.setPath(band_path(band.source, m.map_rect.width() * 0.002))
                band.source = None
            band.setVisible(rid in self.broad_hits)
        for rid, item in m.items_by_region.items():
            value = self.values.get(rid, 0)
            if item.level == "county" and value == 0:
                item.set_fill(None)  # the prefecture's colour shows through
            else:
                item.set_fill(colour_for(value, bins))
            item.setToolTip(plain_tooltip(self.tooltip(rid, value)))

    def tooltip(self, rid: str, value: int) -> str:
        """A region's tooltip text: its name and what its colour counts."""
        vm = self.map.view_model
        name = vm.name(rid)
        industry = self._label
        if industry is None:
            return f"{name}\n" + tr("指定产业：{n} 项").format(n=value)
        years = sorted(str(vm.kb.document(d).year or "?") for d in self._docs_found.get(rid, ()))
        lines = [
            name,
            tr("{industry}：{n} 份文件").format(industry=industry, n=value)
            + (f" ({', '.join(years)})" if years else ""),
        ]
        if self._zone_note.get(rid):
            lines.append(tr("所属复合区域有此指定：{zones}").format(zones=self._zone_note[rid]))
        if any(r not in self.map.zone_items for r in self.broad_hits):
            lines.append(tr("全省有此指定"))
        return "\n".join(lines)

    def fill_of(self, region_id: str) -> QColor | None:
        """The fill colour of a drawn region (None when transparent)."""
        brush = self.map.items_by_region[region_id].brush()
        return None if brush.style() == Qt.BrushStyle.NoBrush else brush.color()

    def coloured_regions(self, level: str = "prefecture") -> frozenset[str]:
        """Drawn regions of a level whose fill is a palette colour (not the no-data grey)."""
        grey = QColor(NO_DATA)
        return frozenset(
            rid
            for rid, item in self.map.items_by_region.items()
            if item.level == level and (c := self.fill_of(rid)) is not None and c != grey
        )

    def legend_content(self) -> tuple[str, list[LegendEntry]]:
        """Title and entries for the map's legend as the map is drawn now (see :func:`map_legend`)."""
        m = self.map
        industry = filter_label(m.view_model, m.state)
        zones = [
            (m.zone_items[s.id].pen().color().name(), place_name(m.view_model, s.id, short=True))
            for s in m.layers.zones
            if m.zone_items[s.id].isVisible()
        ]
        bands = []
        for rid in m.band_items:
            if rid not in self.broad_hits:
                continue
            if rid in m.zone_items:
                text = tr("复合区域指定：{zone}").format(zone=place_name(m.view_model, rid, short=True))
                bands.append((m.zone_items[rid].pen().color().name(), text))
            else:
                bands.append(
                    (PROVINCE_BAND, tr("全省指定（{name}）").format(name=place_name(m.view_model, rid)))
                )
        return map_legend(
            industry,
            self.bins,
            zones,
            parks=m.parks_on and bool(m.park_items),
            bands=bands,
            compared=bool(m.state.comparison),
            highlighted=bool(m.state.highlight),
        )

    def legend_misses_comparison(self, regions) -> bool:
        """Whether the legend's compared-outline entry disagrees with whether ``regions`` is empty."""
        return bool(regions) != any(e.colour == COMPARED for e in self.map.legend.entries)

    def legend_misses_highlight(self, regions) -> bool:
        """Whether the legend's clause-regions entry disagrees with whether ``regions`` is empty."""
        return bool(regions) != any(e.colour == HIGHLIGHT for e in self.map.legend.entries)
