"""Map layers as GeoDataFrames in :data:`geo.projection.PROJ` (geopandas and shapely are imported lazily).

Built from the same assets as :mod:`geo.fastpath`, so both paths draw identical shapes.
"""

from __future__ import annotations

from pathlib import Path

from geo.fastpath import load_layers
from geo.parks import load_park_points
from geo.regions import find_region

LEVELS = ("province", "prefecture", "county")


def _geometry(shape):
    from shapely import MultiPolygon, Polygon

    def ring(flat):
        return list(zip(flat[0::2], flat[1::2], strict=True))

    polys = [Polygon(ring(poly[0]), [ring(h) for h in poly[1:]]) for poly in shape.polygons]
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _frame(rows: list[dict]):
    import geopandas as gpd

    from geo.projection import PROJ

    return gpd.GeoDataFrame(rows, geometry="geometry", crs=PROJ)


def load_regions(level: str | None = None, lod: str = "county"):
    """Administrative regions as a GeoDataFrame.

    Parameters
    ----------
    level : {"province", "prefecture", "county"}, optional
        Only regions of this level; all 70 by default.
    lod : {"province", "county"}
        Level of detail (see :func:`geo.fastpath.load_layers`).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, short, level, parent, label_x, label_y, geometry``;
        CRS :data:`geo.projection.PROJ`.

    Raises
    ------
    ValueError
        If ``level`` or ``lod`` is unknown.
    """
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)} or None for all")
    layers = load_layers(lod)
    shapes = [layers.province, *layers.prefectures, *layers.counties]
    return _frame(
        [
            {
                "id": s.id,
                "name": s.name,
                "short": s.short,
                "level": s.level,
                "parent": s.parent,
                "label_x": s.label[0],
                "label_y": s.label[1],
                "geometry": _geometry(s),
            }
            for s in shapes
            if level is None or s.level == level
        ]
    )


def load_zones(lod: str = "county"):
    """Composite zones (outlines dissolved from their members) as a GeoDataFrame.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, short, members, core, label_x, label_y, geometry``
        (members/core: tuples of adcodes).
    """
    return _frame(
        [
            {
                "id": z.id,
                "name": z.name,
                "short": z.short,
                "members": z.members,
                "core": z.core,
                "label_x": z.label[0],
                "label_y": z.label[1],
                "geometry": _geometry(z),
            }
            for z in load_layers(lod).zones
        ]
    )


def load_parks(path: str | Path | None = None):
    """Parks and brand places as a GeoDataFrame of points (see :func:`geo.parks.load_park_points`).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``id, name, region, location, confidence, lon, lat, placed_at_label, note, geometry``.
    """
    from shapely import Point

    return _frame(
        [
            {
                "id": p.id,
                "name": p.name,
                "region": p.region,
                "location": p.location,
                "confidence": p.confidence,
                "lon": p.lon,
                "lat": p.lat,
                "placed_at_label": p.placed_at_label,
                "note": p.note,
                "geometry": Point(p.x, p.y),
            }
            for p in load_park_points(path)
        ]
    )


def region_geometry(region: str, lod: str = "county"):
    """The projected outline of a region or zone given by adcode, zone id or name.

    Parameters
    ----------
    region : str
        As accepted by :func:`geo.regions.find_region` (``"220100"``, ``"长春"``, ``"吉西南"``).
    lod : {"province", "county"}

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon

    Raises
    ------
    ValueError
        If the region is unknown or ambiguous.
    """
    info = find_region(region)
    layers = load_layers(lod)
    return _geometry(layers.zone(info.id) if info.level == "zone" else layers.region(info.id))


def zone_geometry(zone: str, lod: str = "county", role: str | None = None):
    """A zone's outline, dissolved from its members (or from the members with one ``role``).

    Parameters
    ----------
    zone : str
        Zone id or name (``"zone:silijisong"``, ``"四辽吉松"``).
    lod : {"province", "county"}
    role : {"core", "member", "responsible"}, optional
        Only members of this role (e.g. the corridor's core, 长春); all members by default.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon

    Raises
    ------
    ValueError
        If ``zone`` names no zone, or no member has ``role``.
    """
    info = find_region(zone)
    if info.level != "zone":
        raise ValueError(f"{zone!r} is a region ({info.name}, {info.id}), not a zone; use region_geometry")
    if role is None:
        return region_geometry(info.id, lod)
    import json

    import shapely

    from geo.fastpath import ASSETS

    spec = next(
        z for z in json.loads((ASSETS / "zones.json").read_text("utf-8"))["zones"] if z["id"] == info.id
    )
    ids = [m["region"] for m in spec["members"] if m["role"] == role]
    if not ids:
        roles = sorted({m["role"] for m in spec["members"]})
        raise ValueError(f"zone {info.name} has no member with role {role!r}; roles: {', '.join(roles)}")
    layers = load_layers(lod)
    return shapely.union_all([_geometry(layers.region(i)) for i in ids])
