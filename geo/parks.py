"""The park layer's fast path: parks of ``assets/parks.json`` as projected points (standard library only).

A park without lon/lat (only its region is known) is placed at its region's label point, so it always lies
inside the region it is assigned to; ``placed_at_label`` says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from geo.fastpath import ASSETS
from geo.projection import project

LOCATIONS = ("exact", "approximate", "region")
CONFIDENCES = ("high", "medium-high", "medium", "low", "unverified")


@dataclass(frozen=True)
class ParkPoint:
    """A park or brand place on the map: projected ``x``, ``y`` (metres, y north) and its lon/lat."""

    id: str
    name: str
    x: float
    y: float
    location: str
    confidence: str
    region: str
    lon: float
    lat: float
    placed_at_label: bool = False
    note: str = ""


def _region_labels() -> dict[str, tuple[float, float]]:
    from geo.regions import all_regions

    return {r.id: (r.label_lon, r.label_lat) for r in all_regions() if r.label_lon is not None}


def _park(rec: object, where: str, labels: dict) -> ParkPoint:
    if not isinstance(rec, dict):
        raise ValueError(f"{where}: each park must be a JSON object, got {type(rec).__name__}")
    pid = rec.get("id")
    where = f"{where} (park {pid!r})"
    for key in ("id", "name", "region", "location", "confidence"):
        if not isinstance(rec.get(key), str) or not rec[key]:
            raise ValueError(f"{where}: {key!r} must be a non-empty string")
    if rec["location"] not in LOCATIONS:
        raise ValueError(f"{where}: location {rec['location']!r} is not one of {', '.join(LOCATIONS)}")
    if rec["confidence"] not in CONFIDENCES:
        raise ValueError(f"{where}: confidence {rec['confidence']!r} is not one of {', '.join(CONFIDENCES)}")
    if rec["region"] not in labels:
        raise ValueError(f"{where}: region {rec['region']!r} is not an adcode of assets/regions.json")
    lon, lat = rec.get("lon"), rec.get("lat")
    if (lon is None) != (lat is None):
        raise ValueError(f"{where}: give both lon and lat, or neither (null) for a region-level park")
    at_label = lon is None
    if at_label:
        lon, lat = labels[rec["region"]]
    try:
        x, y = project(lon, lat)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: bad lon/lat: {exc}") from None
    return ParkPoint(
        id=rec["id"],
        name=rec["name"],
        x=x,
        y=y,
        location=rec["location"],
        confidence=rec["confidence"],
        region=rec["region"],
        lon=lon,
        lat=lat,
        placed_at_label=at_label,
        note=rec.get("note") or "",
    )


def load_park_points(path: str | Path | None = None) -> tuple[ParkPoint, ...]:
    """Read the park gazetteer and return every park as a projected point.

    Parameters
    ----------
    path : str or Path, optional
        A file with the schema of ``assets/parks.json`` (the default).

    Returns
    -------
    tuple of ParkPoint
        In file order; region-level parks sit at their region's label point.

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        If it is not JSON of that schema; the message names the park and the field.
    """
    path = Path(path) if path is not None else ASSETS / "parks.json"
    if not path.exists():
        raise FileNotFoundError(f"park gazetteer {path} does not exist")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path} is not UTF-8 JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("parks"), list):
        raise ValueError(f"{path}: expected an object with a 'parks' list")
    labels = _region_labels()
    parks = tuple(_park(rec, f"{path}: parks[{i}]", labels) for i, rec in enumerate(data["parks"]))
    seen: set[str] = set()
    for p in parks:
        if p.id in seen:
            raise ValueError(f"{path}: park id {p.id!r} occurs twice")
        seen.add(p.id)
    return parks
