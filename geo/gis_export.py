"""GIS interchange: the atlas's regions, zones and parks as GeoPackage or GeoJSON that QGIS opens as is.

The shipped boundary assets are a private format; this is the way into a GIS. Three layers in longitude /
latitude, labelled EPSG:4326: they are the boundary provider's coordinates as given (amap, GCJ-02-like, not
corrected; see assets/README.md), so they may sit a few hundred metres off WGS 84 ground truth.

``regions``  the province, prefectures and counties: ``adcode, name, short, level, parent``, then
             ``designations`` (facts naming the region or a unit below it), ``industries`` (distinct
             classified industries), ``documents`` (documents with a designation there) and one count
             column per top-level industry, ``n_<industry id>`` (its sub-industries included).
``zones``    the composite zones, outlines dissolved from their members: ``zone_id, name, short,
             members, core`` (adcodes, comma-separated), and the same counts for the zone's own
             designations.
``parks``    ``park_id, name, region, location`` (exact | approximate | region: how well the point is
             known; a park known only by its region sits at the region's label point), ``confidence``
             (the gazetteer's), ``industries`` and ``mentions`` (clauses naming the park).

A GeoPackage holds the three layers; GeoJSON holds one layer a file, so ``atlas.geojson`` is written as
``atlas-regions.geojson``, ``atlas-zones.geojson`` and ``atlas-parks.geojson``. Each file is written whole
or not at all (a temporary file beside it, then renamed).
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from pathlib import Path

LAYERS = ("regions", "zones", "parks")
FORMATS = {".gpkg": "GPKG", ".geojson": "GeoJSON"}
WGS84 = "EPSG:4326"


def _column(industry_id: str) -> str:
    return "n_" + industry_id.replace("-", "_")


def _top_level(kb) -> dict[str, str]:
    """Industry id → its top-level industry id."""
    parents = {i.id: i.parent for i in kb.industries}
    out = {}
    for iid in parents:
        top = iid
        while parents.get(top):
            top = parents[top]
        out[iid] = top
    return out


def _counts(kb, designations, tops, top_ids) -> dict:
    per = defaultdict(int)
    docs, inds = set(), set()
    for d in designations:
        docs.add(d.prov.doc_id)
        if d.industry:
            inds.add(d.industry)
            per[tops.get(d.industry, d.industry)] += 1
    row = {"designations": len(designations), "industries": len(inds), "documents": len(docs)}
    row.update({_column(t): per.get(t, 0) for t in top_ids})
    return row


def gis_layers(kb, lod: str = "county") -> dict:
    """The three layers as GeoDataFrames in EPSG:4326, keyed by layer name.

    Parameters
    ----------
    kb : policy.kb.KnowledgeBase
        The designations counted and the parks placed.
    lod : {"county", "province"}
        Level of detail of the boundaries (see :func:`geo.fastpath.load_layers`).
    """
    import geopandas as gpd
    from shapely import Point

    from geo.fastpath import load_layers
    from geo.layers import load_regions, load_zones
    from geo.projection import PROJ, unproject

    if not hasattr(kb, "designations"):
        raise TypeError(f"gis_layers() needs a KnowledgeBase, not {type(kb).__name__}")
    tops = _top_level(kb)
    top_ids = [i.id for i in kb.industries if not i.parent]
    by_region = defaultdict(list)
    for d in kb.designations:
        by_region[d.region].append(d)

    regions = load_regions(lod=lod)
    rows = []
    for r in regions.itertuples():
        within = kb.region_ids_within(r.id) if r.id in {x.id for x in kb.regions} else {r.id}
        facts = [d for rid in within for d in by_region.get(rid, ())]
        rows.append(_counts(kb, facts, tops, top_ids))
    region_frame = gpd.GeoDataFrame(
        {
            "adcode": regions["id"],
            "name": regions["name"],
            "short": regions["short"],
            "level": regions["level"],
            "parent": regions["parent"],
            **{k: [row[k] for row in rows] for k in rows[0]},
        },
        geometry=regions.geometry.values,
        crs=PROJ,
    )

    zones = load_zones(lod=lod)
    zrows = [_counts(kb, by_region.get(z.id, []), tops, top_ids) for z in zones.itertuples()]
    zone_frame = gpd.GeoDataFrame(
        {
            "zone_id": zones["id"],
            "name": zones["name"],
            "short": zones["short"],
            "members": [",".join(m) for m in zones["members"]],
            "core": [",".join(c) for c in zones["core"]],
            **{k: [row[k] for row in zrows] for k in (zrows[0] if zrows else {})},
        },
        geometry=zones.geometry.values,
        crs=PROJ,
    )

    layers = load_layers(lod)
    parks, points = [], []
    for p in kb.parks:
        if p.lon is not None and p.lat is not None:
            point = Point(p.lon, p.lat)
        elif p.region:
            try:
                point = Point(*unproject(*layers.region(p.region).label))
            except KeyError:
                continue  # a park of a region with no boundary (e.g. outside Jilin): not on the map
        else:
            continue
        parks.append(
            {
                "park_id": p.id,
                "name": p.name,
                "region": p.region,
                "location": p.location,
                "confidence": p.confidence,
                "industries": ",".join(p.industries),
                "mentions": len(p.mentions),
            }
        )
        points.append(point)
    columns = ["park_id", "name", "region", "location", "confidence", "industries", "mentions"]
    park_frame = gpd.GeoDataFrame({c: [row[c] for row in parks] for c in columns}, geometry=points, crs=WGS84)
    return {
        "regions": region_frame.to_crs(WGS84),
        "zones": zone_frame.to_crs(WGS84),
        "parks": park_frame,
    }


def output_paths(path: str | Path) -> dict[str, Path]:
    """Where each layer goes: one GeoPackage for all, or ``<stem>-<layer>.geojson`` files.

    Raises
    ------
    ValueError
        If the suffix is neither .gpkg nor .geojson.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: the GIS file must end in .gpkg (GeoPackage) or .geojson (GeoJSON)")
    if suffix == ".gpkg":
        return {layer: path for layer in LAYERS}
    return {layer: path.with_name(f"{path.stem}-{layer}{path.suffix}") for layer in LAYERS}


def write_gis(kb, path: str | Path, lod: str = "county") -> tuple[Path, ...]:
    """Write the layers of :func:`gis_layers` to ``path`` (.gpkg or .geojson); the files written.

    Every file is written to a temporary name in its folder and renamed when complete, so a failure
    leaves nothing half-written.
    """
    targets = output_paths(path)
    driver = FORMATS[Path(path).suffix.lower()]
    frames = gis_layers(kb, lod)
    written: list[Path] = []
    temps: dict[Path, Path] = {}
    try:
        for layer, target in targets.items():
            if target not in temps:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent)
                os.close(fd)
                os.unlink(tmp)  # the driver creates the file itself
                temps[target] = Path(tmp)
            frame = frames[layer]
            multi = layer != "parks"  # polygons and multipolygons as one geometry type
            frame.to_file(temps[target], layer=layer, driver=driver, engine="pyogrio", promote_to_multi=multi)
        for target, tmp in temps.items():
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, target)
            written.append(target)
    finally:
        for tmp in temps.values():
            if tmp.exists():
                tmp.unlink()
    return tuple(written)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
