"""Outlines over the map for the selected, compared, highlighted and hovered regions.

:class:`MapMarks` is owned by :class:`gui.map_view.MapView`; outline items are added and removed as the
state's selection, comparison and highlight (and the pointer) change, so nothing else is redrawn.
"""

from __future__ import annotations

from gui.map_items import OutlineItem, mark_pen


class MapMarks:
    """The mark outlines of a :class:`gui.map_view.MapView`.

    Parameters
    ----------
    map_view : gui.map_view.MapView
        The owning view; its ``items_by_region`` must exist before :meth:`update` is first called.
    """

    def __init__(self, map_view) -> None:
        self.map = map_view
        self.items: dict[tuple[str, str], OutlineItem] = {}  # (region id, style) -> outline drawn
        self.hover: str | None = None

    def drawn_targets(self, region_id: str) -> list[str]:
        """The drawn items that stand for a region: itself, its members (zones) or its prefecture."""
        m = self.map
        try:
            shape = m.layers.region(region_id)
        except KeyError:
            shape = None
        if shape is not None and shape.level in ("prefecture", "county"):
            if shape.level == "county" and not m.counties_visible():  # its prefecture stands for it
                return [shape.parent] if shape.parent else []
            return [region_id]
        try:
            region = m.view_model.kb.region(region_id)
        except KeyError:
            return []
        out = []
        for member in region.members:
            out += self.drawn_targets(member)
        return out

    def update(self, *_args) -> None:
        """Outline the regions the state marks (selection over comparison over highlight) and the hovered."""
        state = self.map.state
        marks: dict[str, str] = {}
        for rid in state.highlight:
            for t in self.drawn_targets(rid):
                marks[t] = "highlight"
        for rid in state.comparison:
            for t in self.drawn_targets(rid):
                marks[t] = "compared"
        for rid in state.selection:
            for t in self.drawn_targets(rid):
                marks[t] = "selected"
        for rid, item in self.map.items_by_region.items():
            item.mark = marks.get(rid, "")
        wanted = {(rid, style) for rid, style in marks.items()}
        if self.hover is not None and self.hover not in marks:
            wanted.add((self.hover, "hover"))
        scene = self.map.scene()
        for key in set(self.items) - wanted:
            scene.removeItem(self.items.pop(key))
        for rid, style in wanted - set(self.items):
            pen, z = mark_pen(style)
            item = OutlineItem(self.map.items_by_region[rid].path(), pen, z)
            scene.addItem(item)
            self.items[(rid, style)] = item

    def hovered(self, region_id: str, entered: bool) -> None:
        """A region item's hover callback: the pointer entered or left ``region_id``."""
        if entered:
            self.hover = region_id
        elif self.hover == region_id:
            self.hover = None
        self.update()
