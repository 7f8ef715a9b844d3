"""Look regions and zones up by adcode, zone id or name.

A thin layer over :func:`policy.places.gazetteer.load_gazetteer` (the one reading of
``assets/regions.json`` and ``assets/zones.json``, and of what each name means); geo adds the label
points from ``regions.json`` and
a stricter reading of names a user types. Pure Python: nothing heavy is imported here (fast path).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from geo.fastpath import ASSETS
from policy.model import Region
from policy.places.gazetteer import load_gazetteer


@dataclass(frozen=True)
class RegionInfo:
    """A region or zone of the gazetteer.

    ``level`` is "province", "prefecture", "county" or "zone". ``label_lon``/``label_lat`` is a point inside
    the region for its name (None for zones: use :func:`geo.fastpath.load_layers` for zone label points).
    """

    id: str
    name: str
    short: str
    level: str
    parent: str | None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    label_lon: float | None = None
    label_lat: float | None = None


def _read(name: str) -> dict:
    path = ASSETS / name
    if not path.exists():
        raise FileNotFoundError(f"asset {path} is missing; it belongs to the repository (git checkout it)")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def all_regions() -> tuple[RegionInfo, ...]:
    """Every region of ``assets/regions.json`` then every zone of ``assets/zones.json``."""
    # The gazetteer's Region has no label point; only regions.json (not zones.json) carries one.
    labels = {r["id"]: (r.get("label_lon"), r.get("label_lat")) for r in _read("regions.json")["regions"]}
    out = []
    for r in load_gazetteer().regions:
        lon, lat = labels.get(r.id, (None, None))
        out.append(RegionInfo(r.id, r.name, r.short, r.level, r.parent, r.aliases, r.members, lon, lat))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_id() -> dict[str, RegionInfo]:
    return {r.id: r for r in all_regions()}


def _tiers(r: Region) -> tuple[set[str], set[str], set[str]]:
    loose = {r.short}
    if r.level == "province" and r.name.endswith("省"):
        loose.add(r.name[:-1])  # 吉林省 -> 吉林, which makes bare 吉林 ambiguous (province or city), as it is
    return {r.name}, set(r.aliases), loose


def _same_tier_matches(q: str) -> list[Region]:
    """Regions answering to ``q`` at the most specific tier any does: full name, alias, short name."""
    regions = load_gazetteer().regions
    for tier in range(3):
        hits = [r for r in regions if q in _tiers(r)[tier]]
        if hits:
            return hits
    return []


def find_region(query: str) -> RegionInfo:
    """Find a region or zone by adcode, zone id, full name, alias or short name.

    Names are tried from the most to the least specific: full name (长春市), then the aliases policy texts
    use (延边州, 梅河), then the short name (长春, 朝阳). An adcode used before a change of code (220381
    for 公主岭) resolves to today's region.

    Parameters
    ----------
    query : str
        ``"220100"``, ``"zone:jixinan"``, ``"长春市"``, ``"长春"``, ``"延边州"``, ``"吉西南"`` …

    Returns
    -------
    RegionInfo

    Raises
    ------
    TypeError
        If ``query`` is not a string.
    ValueError
        If it is empty, matches nothing (the message suggests close names) or matches several regions at the
        same level of specificity (the message lists them, e.g. 吉林 = 吉林省 or 吉林市).
    """
    if not isinstance(query, str):
        raise TypeError(f"region must be given as a string (adcode or name), got {type(query).__name__}")
    q = query.strip()
    if not q:
        raise ValueError("region is empty; give an adcode (220100) or a name (长春市, 长春, 延边州, 吉西南)")
    gaz = load_gazetteer()
    if q in gaz:
        return _by_id()[q]
    from geo.history import current_adcode

    if current_adcode(q) in gaz:
        return _by_id()[current_adcode(q)]
    # Stricter than Gazetteer.lookup, which reads bare 吉林 as 吉林市 (right for policy text, where the
    # context usually means the city). A name typed by a user has no context, so geo refuses to guess
    # between regions that answer to it equally (吉林省 or 吉林市) and asks for the full name.
    hits = _same_tier_matches(q)
    if len(hits) > 1:
        listed = ", ".join(f"{r.name} ({r.id})" for r in hits)
        raise ValueError(f"region {q!r} is ambiguous: {listed}; give the full name or the adcode")
    found = gaz.lookup(q) or (hits[0] if hits else None)
    if found is not None:
        return _by_id()[found.id]
    close = gaz.closest(q)
    hint = f"; did you mean {', '.join(close)}?" if close else "; give an adcode (220100) or a name (长春市)"
    raise ValueError(f"no region or zone named {q!r}{hint}")
