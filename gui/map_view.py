"""The map: prefectures (and counties) coloured by designations, zone outlines, parks, labels, legend.

Drawn with a QGraphicsScene from the fast-path geometry (``geo.fastpath``), so hit-testing and repaints are
Qt's; colours change by swapping brushes, never by rebuilding the scene. Subscribes to :class:`AtlasState`;
clicks write to it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolButton

from gui.i18n import tr
from gui.labels import place_labels
from gui.legend import Legend, fit_map_and_legend
from gui.map_colours import MapColours
from gui.map_items import OutlineItem, RegionItem
from gui.map_marks import MapMarks
from gui.map_scene import add_counties, add_park_labels, add_parks, build_scene
from gui.map_zones import next_zone, zone_on_outline

COUNTY_ZOOM = 2.2  # counties appear automatically beyond this zoom (relative to the whole-province fit)
PARK_LABEL_ZOOM = 1.6
MAX_ZOOM = 40.0


class MapView(QGraphicsView):
    """The map widget.

    Parameters
    ----------
    view : gui.viewmodel.AtlasView
    layers : geo.fastpath.Layers
    state : gui.state.AtlasState
    """

    painted = Signal()  # after every paint of the viewport (the first one ends the start-up timer)

    def __init__(self, view, layers, state, parent=None):
        super().__init__(parent)
        self.view_model, self.layers, self.state = view, layers, state
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#f4f6f8"))
        self.setMinimumSize(360, 300)
        self.counties_on = False
        self.zones_on = True
        self.parks_on = True
        self.colours = MapColours(self)  # fills, tooltips, bands and legend entries
        self.marks = MapMarks(self)  # selection / comparison / highlight / hover outlines
        self._press: QPointF | None = None
        self._fit_scale = 1.0
        self._fitting = self._legend_covers = False
        self._relabel_timer = QTimer(self, singleShot=True, interval=0, timeout=self._place_labels)
        build_scene(self)
        self.legend = Legend(self.viewport())
        self.reset_button = QToolButton(self.viewport())
        self.reset_button.clicked.connect(self.reset_view)
        state.selectionChanged.connect(self._update_marks)
        state.comparisonChanged.connect(self._update_marks)
        state.comparisonChanged.connect(self._comparison_legend)
        state.highlightChanged.connect(self._update_marks)
        state.highlightChanged.connect(self._highlight_legend)
        state.industryChanged.connect(self.recolour)
        state.documentsChanged.connect(self.recolour)
        state.viewChanged.connect(self.set_view)
        self.retranslate()  # names the labels and colours the map

    def set_view(self, view) -> None:
        """A new knowledge base: parks may differ (documents name them); colours follow."""
        self.view_model = view
        for item in self.park_items + self.labels["park"]:
            self.scene().removeItem(item)
        self.park_items, self.labels["park"] = [], []
        add_parks(self)
        self._sync_layers()
        self.recolour()

    # -- colours (see gui.map_colours) ------------------------------------------------------------
    @property
    def values(self) -> dict[str, int]:
        """What each region's fill counts (designated industries, or documents with the filter)."""
        return self.colours.values

    @property
    def broad_hits(self) -> dict[str, frozenset[str]]:
        """Zones / the province designated the filtered industry themselves."""
        return self.colours.broad_hits

    @property
    def bins(self):
        """The colour classes of the current fills."""
        return self.colours.bins

    def recolour(self, *_args) -> None:
        """Fill every region from the state's industry filter and documents in view."""
        self.colours.recolour()
        self._show_zones()
        self._update_legend()

    def fill_of(self, region_id: str) -> QColor | None:
        """The fill colour of a drawn region (None when transparent)."""
        return self.colours.fill_of(region_id)

    def coloured_regions(self, level: str = "prefecture") -> frozenset[str]:
        """Drawn regions of a level whose fill is a palette colour (not the no-data grey)."""
        return self.colours.coloured_regions(level)

    def _update_legend(self) -> None:
        self.legend.set_entries(*self.colours.legend_content())
        self._position_overlays()
        if abs(self.zoom() - 1.0) < 1e-6 and self._legend_hides_map():
            self.reset_view()  # a grown legend: the whole-province view makes room (rare; refits cost)

    def _comparison_legend(self, regions) -> None:
        if self.colours.legend_misses_comparison(regions):
            self._update_legend()

    def _highlight_legend(self, regions) -> None:
        if self.colours.legend_misses_highlight(regions):
            self._update_legend()

    def _legend_hides_map(self) -> bool:
        if self._fitting or self._legend_covers:  # mid-fit, or a tiny view where covering was chosen
            return False
        return self.mapFromScene(self.map_rect).boundingRect().intersects(self.legend.geometry())

    # -- selection marks ----------------------------------------------------------------------------
    @property
    def mark_items(self) -> dict[tuple[str, str], OutlineItem]:
        """The mark outlines drawn, by (region id, style); see :class:`gui.map_marks.MapMarks`."""
        return self.marks.items

    def drawn_targets(self, region_id: str) -> list[str]:
        """The drawn items that stand for a region: itself, its members (zones) or its prefecture."""
        return self.marks.drawn_targets(region_id)

    def _update_marks(self, *_args) -> None:
        # A slot of the view (not of the helper) so Qt drops the connection when the view is deleted.
        self.marks.update()

    # -- layers -------------------------------------------------------------------------------------
    def counties_visible(self) -> bool:
        return self.counties_on or self.zoom() >= COUNTY_ZOOM

    def set_counties(self, on: bool) -> None:
        self.counties_on = bool(on)
        self._sync_layers()

    def set_zones(self, on: bool) -> None:
        self.zones_on = bool(on)
        self._sync_layers()

    def set_parks(self, on: bool) -> None:
        self.parks_on = bool(on)
        self._sync_layers()

    def _sync_layers(self) -> None:
        counties = self.counties_visible()
        if counties and self.county_borders is None:  # the county layer is built when first shown
            add_counties(self)
            self.colours.recolour()
        for item in self.items_by_region.values():
            if item.level == "county":
                item.setVisible(counties)
        if self.county_borders is not None:
            self.county_borders.setVisible(counties)
        self._show_zones()
        for item in self.park_items:
            item.setVisible(self.parks_on)
        self.marks.update()
        self._update_legend()
        self._relabel_timer.start()

    def _show_zones(self) -> None:
        for zid, item in self.zone_items.items():
            item.setVisible(self._zone_wanted(zid))

    def _zone_wanted(self, zone_id: str) -> bool:
        """A zone outline is drawn when zones are on (logistics regions only when the filter names them)."""
        if zone_id in self.broad_hits:
            return True
        return self.zones_on and not zone_id.startswith("zone:logistics")

    def _place_labels(self) -> None:
        labels = list(self.labels["prefecture"])
        counties = self.counties_visible()
        for label in self.labels["county"]:
            label.setVisible(False)
        if counties:
            labels += self.labels["county"]
        show_parks = self.parks_on and self.zoom() >= PARK_LABEL_ZOOM
        if show_parks and not self.labels["park"]:
            add_park_labels(self)
        for label in self.labels["park"]:
            label.setVisible(False)
        if show_parks:
            labels += self.labels["park"]
        viewport = QRectF(self.viewport().rect())
        legend = QRectF(self.legend.geometry()).adjusted(-4, -4, 4, 4)
        obstacles = [legend, QRectF(self.reset_button.geometry())]
        place_labels(labels, lambda p: QPointF(self.mapFromScene(p)), viewport, obstacles)

    # -- navigation ---------------------------------------------------------------------------------
    def zoom(self) -> float:
        """Current scale relative to the whole-province fit."""
        return self.transform().m11() / self._fit_scale if self._fit_scale else 1.0

    def reset_view(self) -> None:
        """Show the whole province beside or above the legend (see :func:`fit_map_and_legend`)."""
        vp = self.viewport().rect()
        fit = fit_map_and_legend(self.legend, vp.width(), vp.height(), self.map_rect.size())
        self._legend_covers = fit.room_x == fit.room_y == 0
        scale = fit.scale
        self.legend.set_layout(compact=fit.compact, columns=fit.columns)
        self.setTransform(QTransform.fromScale(scale, scale))
        # The scrollable area takes in the legend's room, so the map can sit clear of it.
        rx, ry = fit.room_x / scale, fit.room_y / scale
        self.setSceneRect(self.scene().sceneRect().adjusted(0, 0, rx, ry))
        centre = self.map_rect.center()
        self.centerOn(QPointF(centre.x() + rx / 2, centre.y() + ry / 2))  # centre of the free part
        self._fit_scale = scale
        self._position_overlays()
        self._fitting = True
        try:
            self._sync_layers()
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        was_fit = abs(self.zoom() - 1.0) < 1e-6
        if was_fit or not event.oldSize().isValid():
            self.reset_view()
        self._position_overlays()
        self._relabel_timer.start()

    def _position_overlays(self) -> None:
        if not hasattr(self, "reset_button"):  # a scroll while the scene is being built
            return
        vp = self.viewport().rect()
        self.legend.move(vp.width() - self.legend.width() - 10, vp.height() - self.legend.height() - 10)
        self.reset_button.adjustSize()
        self.reset_button.move(vp.width() - self.reset_button.width() - 10, 10)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        factor = 1.25 ** (event.angleDelta().y() / 120)
        target = self.zoom() * factor
        if target < 0.8 or target > MAX_ZOOM:
            return
        self.scale(factor, factor)
        self._sync_layers()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)  # scrolls the viewport's children too: put the overlays back
        self._position_overlays()
        self._relabel_timer.start()

    def region_at(self, view_pos) -> str | None:
        """The drawn region under a viewport point (counties before prefectures when shown)."""
        for item in self.items(view_pos):
            if isinstance(item, RegionItem) and item.isVisible():
                return item.region_id
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press = event.position()  # a quick second click arrives as a double-click: still a click
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - self._press).manhattanLength()
        self._press = None
        if moved > 4:  # a drag pans; only a click selects
            return
        pos = event.position().toPoint()
        rid = self.region_at(pos)
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:  # the composite zone the region belongs to
            rid = next_zone(self.view_model.kb, rid, self.state.selected) or rid
        else:
            rid = zone_on_outline(self, pos) or rid  # a click on a zone's outline picks the zone
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if rid is not None:
                self.state.toggle_compare(rid)
        else:
            self.state.select((rid,) if rid else ())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.painted.emit()

    def retranslate(self) -> None:
        from gui.place_names import place_name

        for label in self.labels["prefecture"]:  # English names in the English interface
            label.set_text(place_name(self.view_model, label.region_id, short=True))
        self._relabel_timer.start()
        self.reset_button.setText(tr("重置视图"))
        self.reset_button.setToolTip(tr("显示全省"))
        self.recolour()
