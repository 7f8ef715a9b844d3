"""Look regions and zones up by adcode, zone id or name.

Pure Python; reads ``assets/regions.json`` and ``assets/zones.json``.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache

from geo.fastpath import ASSETS


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
    regions = [
        RegionInfo(
            id=r["id"],
            name=r["name"],
            short=r["short"],
            level=r["level"],
            parent=r["parent"],
            aliases=tuple(r["aliases"]),
            label_lon=r.get("label_lon"),
            label_lat=r.get("label_lat"),
        )
        for r in _read("regions.json")["regions"]
    ]
    zones = [
        RegionInfo(
            id=z["id"],
            name=z["name"],
            short=z["short"],
            level="zone",
            parent=None,
            aliases=tuple(z["aliases"]),
            members=tuple(m["region"] for m in z["members"]),
        )
        for z in _read("zones.json")["zones"]
    ]
    return tuple(regions + zones)


def _tiers(r: RegionInfo) -> tuple[set[str], set[str], set[str]]:
    loose = {r.short}
    if r.level == "province" and r.name.endswith("省"):
        loose.add(r.name[:-1])  # 吉林省 -> 吉林, which makes bare 吉林 ambiguous (province or city), as it is
    return {r.name}, set(r.aliases), loose


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
    regions = all_regions()
    by_id = {r.id: r for r in regions}
    if q in by_id:
        return by_id[q]
    from geo.history import current_adcode

    if current_adcode(q) in by_id:
        return by_id[current_adcode(q)]
    for tier in range(3):
        hits = [r for r in regions if q in _tiers(r)[tier]]
        if len(hits) == 1:
            return hits[0]
        if hits:
            listed = ", ".join(f"{r.name} ({r.id})" for r in hits)
            raise ValueError(f"region {q!r} is ambiguous: {listed}; give the full name or the adcode")
    names = sorted({n for r in regions for t in _tiers(r) for n in t})
    close = difflib.get_close_matches(q, names, n=5, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else "; give an adcode (220100) or a name (长春市)"
    raise ValueError(f"no region or zone named {q!r}{hint}")
