"""The map's scene: region polygons, borders, zone outlines, bands, parks and labels, built once.

Functions of a :class:`gui.map_view.MapView` (passed as ``mv``), kept apart so the view stays small.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from gui.fonts import ui_font
from gui.map_colours import band_item
from gui.map_items import LabelItem, OutlineItem, ParkItem, RegionItem, shape_path
from gui.palette import PROVINCE_BAND, ZONE_COLOURS


def build_scene(mv) -> None:
    """Add every region, border, band, zone outline, park and label item to the view's scene.

    The county layer is left for :func:`add_counties`, when it is first shown: most views never show it,
    and its sixty polygons, labels and tooltips would cost a start a sixth of its map.
    """
    scene = mv.scene()
    mv.items_by_region: dict[str, RegionItem] = {}
    label_font = ui_font(10, bold=True)
    mv.labels: dict[str, list[LabelItem]] = {"prefecture": [], "county": [], "park": []}
    mv.county_borders = None
    for shape in mv.layers.prefectures:
        item = RegionItem(shape)
        item.hover_callback = mv.marks.hovered
        scene.addItem(item)
        mv.items_by_region[shape.id] = item
        label = LabelItem(shape.short, item.label_point, label_font, priority=0)
        label.region_id = shape.id
        scene.addItem(label)
        mv.labels["prefecture"].append(label)
    # Borders are static: one cached item per layer, drawn over the fills.
    prefecture_lines = QPainterPath()
    for shape in mv.layers.prefectures:
        prefecture_lines.addPath(mv.items_by_region[shape.id].path())
    mv.prefecture_borders = OutlineItem(prefecture_lines, QPen(QColor("#ffffff"), 1.4), 20).cache()
    scene.addItem(mv.prefecture_borders)
    province_path = shape_path(mv.layers.province)
    province = OutlineItem(province_path, QPen(QColor("#5a5a5a"), 1.4), 21).cache()
    scene.addItem(province)
    # Designations made to a zone or to the whole province have no polygon of their own: when the
    # filtered industry is one of them, a broad translucent band under the outline says so.
    mv.band_items: dict[str, OutlineItem] = {}
    province_id = next((r.id for r in mv.view_model.kb.regions if r.level == "province"), "220000")
    mv.band_items[province_id] = _band(mv, mv.layers.province, PROVINCE_BAND)
    mv.zone_items = {}
    for i, shape in enumerate(mv.layers.zones):
        logistics = shape.id.startswith("zone:logistics")
        zpen = QPen(QColor(ZONE_COLOURS[i % len(ZONE_COLOURS)]), 1.6 if logistics else 2.6)
        zpen.setStyle(Qt.PenStyle.DotLine if logistics else Qt.PenStyle.DashLine)
        item = OutlineItem(shape_path(shape), zpen, 30).cache()
        item.setVisible(not logistics)  # the three logistics regions follow prefecture borders
        scene.addItem(item)
        mv.zone_items[shape.id] = item
        mv.band_items[shape.id] = _band(mv, shape, zpen.color().name())
    mv.park_items = []
    add_parks(mv)
    minx, miny, maxx, maxy = mv.layers.bounds
    mv.map_rect = QRectF(minx, -maxy, maxx - minx, maxy - miny)
    margin = mv.map_rect.width() * 0.04
    scene.setSceneRect(mv.map_rect.adjusted(-margin, -margin, margin, margin))


def add_counties(mv) -> None:
    """Add the county polygons, their borders and labels (hidden; the view shows and colours them)."""
    scene = mv.scene()
    county_font = ui_font(8)
    county_lines = QPainterPath()
    for shape in mv.layers.counties:
        item = RegionItem(shape)
        item.hover_callback = mv.marks.hovered
        item.setVisible(False)
        scene.addItem(item)
        mv.items_by_region[shape.id] = item
        county_lines.addPath(item.path())
        label = LabelItem(shape.short, item.label_point, county_font, priority=2, colour="#444444")
        label.setVisible(False)
        scene.addItem(label)
        mv.labels["county"].append(label)
    mv.county_borders = OutlineItem(county_lines, QPen(QColor(110, 110, 110, 160), 0.6), 18).cache()
    mv.county_borders.setVisible(False)
    scene.addItem(mv.county_borders)


def _band(mv, shape, colour: str) -> OutlineItem:
    item = band_item(shape, colour)
    mv.scene().addItem(item)
    return item


def add_parks(mv) -> None:
    """Park markers from the view model's parks; their labels wait for :func:`add_park_labels`."""
    for park, pos, exact in _park_positions(mv):
        marker = ParkItem(park.id, park.name, pos, exact=exact)
        marker.name = park.name
        mv.scene().addItem(marker)
        mv.park_items.append(marker)


def add_park_labels(mv) -> None:
    """A label for every park marker, added when park labels are first shown (zoomed in): measuring
    thirty names is a tenth of building the map, and the whole-province view shows none of them."""
    park_font = ui_font(7.5)
    for marker in mv.park_items:
        label = LabelItem(marker.name, marker.pos(), park_font, priority=3, colour="#3f007d")
        label.point_like = True
        label.setVisible(False)  # the view places it
        mv.scene().addItem(label)
        mv.labels["park"].append(label)


def _park_positions(mv):
    from geo.projection import project

    for park in mv.view_model.kb.parks:
        if park.lon is not None and park.lat is not None:
            x, y = project(park.lon, park.lat)
            yield park, QPointF(x, -y), park.location == "exact" or park.location == "approximate"
        elif park.region:
            try:
                shape = mv.layers.region(park.region)
            except KeyError:
                continue
            yield park, QPointF(shape.label[0], -shape.label[1]), False
