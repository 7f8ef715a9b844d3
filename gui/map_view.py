"""The map: prefectures (and counties) coloured by designations, zone outlines, parks, labels, legend.

Drawn with a QGraphicsScene from the fast-path geometry (``geo.fastpath``), so hit-testing and repaints are
Qt's; colours change by swapping brushes, never by rebuilding the scene. Subscribes to :class:`AtlasState`;
clicks write to it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolButton

from gui.fonts import ui_font
from gui.i18n import tr
from gui.labels import place_labels
from gui.legend import Legend, fit_map_and_legend
from gui.map_colours import MapColours, band_item
from gui.map_items import LabelItem, OutlineItem, ParkItem, RegionItem, shape_path
from gui.map_marks import MapMarks
from gui.palette import PROVINCE_BAND, ZONE_COLOURS

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
        self._build()
        self.legend = Legend(self.viewport())
        self.reset_button = QToolButton(self.viewport())
        self.reset_button.clicked.connect(self.reset_view)
        state.selectionChanged.connect(self._update_marks)
        state.comparisonChanged.connect(self._update_marks)
        state.comparisonChanged.connect(self._comparison_legend)
        state.highlightChanged.connect(self._update_marks)
        state.industryChanged.connect(self.recolour)
        state.documentsChanged.connect(self.recolour)
        state.viewChanged.connect(self.set_view)
        self.retranslate()
        self.recolour()

    # -- scene --------------------------------------------------------------------------------------
    def _build(self) -> None:
        scene = self.scene()
        self.items_by_region: dict[str, RegionItem] = {}
        label_font, county_font = ui_font(10, bold=True), ui_font(8)
        self.labels: dict[str, list[LabelItem]] = {"prefecture": [], "county": [], "park": []}
        for shape in self.layers.prefectures:
            item = RegionItem(shape)
            item.hover_callback = self.marks.hovered
            scene.addItem(item)
            self.items_by_region[shape.id] = item
            label = LabelItem(shape.short, item.label_point, label_font, priority=0)
            scene.addItem(label)
            self.labels["prefecture"].append(label)
        county_lines = QPainterPath()
        for shape in self.layers.counties:
            item = RegionItem(shape)
            item.hover_callback = self.marks.hovered
            item.setVisible(False)
            scene.addItem(item)
            self.items_by_region[shape.id] = item
            county_lines.addPath(item.path())
            label = LabelItem(shape.short, item.label_point, county_font, priority=2, colour="#444444")
            label.setVisible(False)
            scene.addItem(label)
            self.labels["county"].append(label)
        # Borders are static: one cached item per layer, drawn over the fills.
        self.county_borders = OutlineItem(county_lines, QPen(QColor(110, 110, 110, 160), 0.6), 18).cache()
        self.county_borders.setVisible(False)
        scene.addItem(self.county_borders)
        prefecture_lines = QPainterPath()
        for shape in self.layers.prefectures:
            prefecture_lines.addPath(self.items_by_region[shape.id].path())
        self.prefecture_borders = OutlineItem(prefecture_lines, QPen(QColor("#ffffff"), 1.4), 20).cache()
        scene.addItem(self.prefecture_borders)
        province_path = shape_path(self.layers.province)
        province = OutlineItem(province_path, QPen(QColor("#5a5a5a"), 1.4), 21).cache()
        scene.addItem(province)
        # Designations made to a zone or to the whole province have no polygon of their own: when the
        # filtered industry is one of them, a broad translucent band under the outline says so.
        self.band_items: dict[str, OutlineItem] = {}
        province_id = next((r.id for r in self.view_model.kb.regions if r.level == "province"), "220000")
        self.band_items[province_id] = self._band(self.layers.province, PROVINCE_BAND)
        self.zone_items = {}
        for i, shape in enumerate(self.layers.zones):
            logistics = shape.id.startswith("zone:logistics")
            zpen = QPen(QColor(ZONE_COLOURS[i % len(ZONE_COLOURS)]), 1.6 if logistics else 2.6)
            zpen.setStyle(Qt.PenStyle.DotLine if logistics else Qt.PenStyle.DashLine)
            item = OutlineItem(shape_path(shape), zpen, 30).cache()
            item.setVisible(not logistics)  # the three logistics regions follow prefecture borders
            scene.addItem(item)
            self.zone_items[shape.id] = item
            self.band_items[shape.id] = self._band(shape, zpen.color().name())
        self.park_items = []
        self._add_parks()
        minx, miny, maxx, maxy = self.layers.bounds
        self.map_rect = QRectF(minx, -maxy, maxx - minx, maxy - miny)
        margin = self.map_rect.width() * 0.04
        scene.setSceneRect(self.map_rect.adjusted(-margin, -margin, margin, margin))

    def _band(self, shape, colour: str) -> OutlineItem:
        item = band_item(shape, colour)
        self.scene().addItem(item)
        return item

    def _add_parks(self) -> None:
        park_font = ui_font(7.5)
        for park, pos, exact in self._park_positions():
            marker = ParkItem(park.id, park.name, pos, exact=exact)
            self.scene().addItem(marker)
            self.park_items.append(marker)
            label = LabelItem(park.name, pos, park_font, priority=3, colour="#3f007d")
            label.point_like = True
            self.scene().addItem(label)
            self.labels["park"].append(label)

    def set_view(self, view) -> None:
        """A new knowledge base: parks may differ (documents name them); colours follow."""
        self.view_model = view
        for item in self.park_items + self.labels["park"]:
            self.scene().removeItem(item)
        self.park_items, self.labels["park"] = [], []
        self._add_parks()
        self._sync_layers()
        self.recolour()

    def _park_positions(self):
        from geo.projection import project

        for park in self.view_model.kb.parks:
            if park.lon is not None and park.lat is not None:
                x, y = project(park.lon, park.lat)
                yield park, QPointF(x, -y), park.location == "exact" or park.location == "approximate"
            elif park.region:
                try:
                    shape = self.layers.region(park.region)
                except KeyError:
                    continue
                yield park, QPointF(shape.label[0], -shape.label[1]), False

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
        for item in self.items_by_region.values():
            if item.level == "county":
                item.setVisible(counties)
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
        super().scrollContentsBy(dx, dy)
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
        rid = self.region_at(event.position().toPoint())
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if rid is not None:
                self.state.toggle_compare(rid)
        else:
            self.state.select((rid,) if rid else ())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.painted.emit()

    def retranslate(self) -> None:
        self.reset_button.setText(tr("重置视图"))
        self.reset_button.setToolTip(tr("显示全省"))
        self.recolour()
