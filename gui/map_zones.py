"""Picking a composite zone on the map: a click on its outline, or Shift+click inside one of its members.

The zones (吉西南, the 四辽吉松 corridor …) have no polygon of their own to click, so the map offers two ways:
a click within a few pixels of a drawn zone outline selects that zone, and Shift+click selects the zone the
clicked region belongs to (again: the next zone, when it belongs to several).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

OUTLINE_PX = 4.0  # how near (in pixels) to a zone outline a click selects the zone


def zone_on_outline(map_view, view_pos) -> str | None:
    """The visible zone whose outline passes within :data:`OUTLINE_PX` of a viewport point, or None."""
    scale = map_view.transform().m11() or 1.0
    r = OUTLINE_PX / scale
    p = map_view.mapToScene(view_pos)
    box = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
    for zone_id, item in map_view.zone_items.items():
        if not item.isVisible() or not item.path().controlPointRect().intersects(box):
            continue
        path = item.path()
        if path.intersects(box) and not path.contains(box):  # the box straddles the outline
            return zone_id
    return None


def zones_containing(kb, region_id: str) -> list[str]:
    """Zone ids that have ``region_id`` (or, for a county, its prefecture) as a member, in kb order."""
    ids = {region_id}
    try:
        parent = kb.region(region_id).parent
    except KeyError:
        parent = None
    if parent:
        ids.add(parent)
    return [z.id for z in kb.zones if any(m.region in ids for m in z.members)]


def next_zone(kb, region_id: str | None, current: str | None) -> str | None:
    """The zone Shift+click on ``region_id`` selects: the first it is in, or the one after ``current``."""
    if region_id is None:
        return None
    zones = zones_containing(kb, region_id)
    if not zones:
        return None
    if current in zones:
        return zones[(zones.index(current) + 1) % len(zones)]
    return zones[0]
