"""Map layers as plain projected coordinates, for the GUI's start-up and the PDF briefs.

Imports only the standard library (no geopandas, shapely, pyproj or numpy), so that the window can paint
the map before any heavy library loads. Coordinates are metres in :data:`geo.projection.PROJ`, **y
pointing north** (flip y for Qt's y-down scene). A polygon is a tuple of rings, exterior first, then
holes; a ring is a flat sequence ``x0, y0, x1, y1, ...`` of ints, not closed (the last vertex differs
from the first)::

    for poly in layers.region("220100").polygons:
        for ring in poly:
            path.addPolygon(QPolygonF([QPointF(ring[i], -ring[i + 1]) for i in range(0, len(ring), 2)]))
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
#: Levels of detail: "province" (whole-province view, 500 m tolerance), "county" (zoomed in, 100 m).
LODS = ("province", "county")

Ring = list[int]
Polygon = tuple[Ring, ...]


@dataclass(frozen=True)
class Shape:
    """One region or zone outline in projected coordinates.

    ``level`` is "province", "prefecture", "county" or "zone". ``label`` is a point inside the shape for its
    name; ``bounds`` is ``(minx, miny, maxx, maxy)``. Zones list their ``members`` (adcodes) and ``core``.
    """

    id: str
    name: str
    short: str
    level: str
    parent: str | None
    label: tuple[int, int]
    bounds: tuple[int, int, int, int]
    polygons: tuple[Polygon, ...] = field(repr=False)
    members: tuple[str, ...] = ()
    core: tuple[str, ...] = ()

    @property
    def rings(self) -> tuple[Ring, ...]:
        """All rings of all polygons (fill them with the odd-even rule)."""
        return tuple(ring for poly in self.polygons for ring in poly)


@dataclass(frozen=True)
class Layers:
    """Every boundary layer at one level of detail. Look shapes up with :meth:`region` and :meth:`zone`."""

    lod: str
    meta: dict = field(repr=False)
    province: Shape
    prefectures: tuple[Shape, ...]
    counties: tuple[Shape, ...]
    zones: tuple[Shape, ...]
    bounds: tuple[int, int, int, int]
    _index: dict = field(repr=False, compare=False)

    def region(self, adcode: str) -> Shape:
        """Return the region (province, prefecture or county) with this adcode.

        Raises
        ------
        KeyError
            If no region has this adcode.
        """
        shape = self._index.get(adcode)
        if shape is None or shape.level == "zone":
            raise KeyError(f"no region with adcode {adcode!r} in the {self.lod} layers")
        return shape

    def zone(self, zone_id: str) -> Shape:
        """Return the zone with this id (``"zone:jixinan"`` …).

        Raises
        ------
        KeyError
            If no zone has this id.
        """
        shape = self._index.get(zone_id)
        if shape is None or shape.level != "zone":
            known = ", ".join(z.id for z in self.zones)
            raise KeyError(f"no zone {zone_id!r}; known zones: {known}")
        return shape

    def children(self, adcode: str) -> tuple[Shape, ...]:
        """Regions whose parent is ``adcode`` (prefectures of the province, counties of a prefecture)."""
        self.region(adcode)
        return tuple(s for s in (*self.prefectures, *self.counties) if s.parent == adcode)


def _shape(rec: dict, level: str | None = None) -> Shape:
    return Shape(
        id=rec["id"],
        name=rec["name"],
        short=rec["short"],
        level=level or rec["level"],
        parent=rec.get("parent"),
        label=tuple(rec["label"]),
        bounds=tuple(rec["bounds"]),
        polygons=tuple(tuple(poly) for poly in rec["polygons"]),
        members=tuple(rec.get("members", ())),
        core=tuple(rec.get("core", ())),
    )


def asset_path(lod: str) -> Path:
    """Path of the boundary asset for a level of detail.

    Raises
    ------
    TypeError
        If ``lod`` is not a string.
    ValueError
        If ``lod`` is not one of :data:`LODS`.
    """
    if not isinstance(lod, str):
        raise TypeError(f"lod must be a string, got {type(lod).__name__}")
    if lod not in LODS:
        raise ValueError(f"unknown level of detail {lod!r}; use one of {', '.join(LODS)}")
    return ASSETS / f"boundaries-{lod}.json"


@lru_cache(maxsize=len(LODS))
def load_layers(lod: str = "province") -> Layers:
    """Load every boundary layer (province, prefectures, counties, zones) at one level of detail.

    Parameters
    ----------
    lod : {"province", "county"}
        "province" for the whole-province view, "county" when zoomed into counties.

    Returns
    -------
    Layers
        Shapes in projected metres, y north. Cached: later calls return the same object.

    Raises
    ------
    ValueError
        If ``lod`` is unknown.
    FileNotFoundError
        If the asset is missing (rebuild it with ``python -m geo.build_assets``).
    """
    path = asset_path(lod)
    if not path.exists():
        raise FileNotFoundError(
            f"boundary asset {path} is missing; rebuild it with: python -m geo.build_assets"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    regions = [_shape(r) for r in data["regions"]]
    zones = tuple(_shape(z, "zone") for z in data["zones"])
    province = next(s for s in regions if s.level == "province")
    return Layers(
        lod=lod,
        meta=data["meta"],
        province=province,
        prefectures=tuple(s for s in regions if s.level == "prefecture"),
        counties=tuple(s for s in regions if s.level == "county"),
        zones=zones,
        bounds=tuple(data["meta"]["bounds"]),
        _index={s.id: s for s in (*regions, *zones)},
    )
