"""Reference data on parks and brand places named in the seeds (``assets/parks.json``).

The rows come from the researched park gazetteer (``parks_gazetteer.md``): a region (county where known,
else prefecture or province), the seat reference point the gazetteer gives (never a park-level point),
how precise that location is and how confident the research is. Unverified rows stay in, at region level.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from policy.model import PARK_LOCATIONS
from policy.places.gazetteer import load_places_data
from policy.places.zonenames import zone_short_forms

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"
SEEDS = ASSETS.parent / "seeds"
CONFIDENCES = ("high", "medium-high", "medium", "low", "unverified")
KINDS = ("park", "brand")


@dataclass(frozen=True)
class ParkRef:
    """One park or brand place of the reference data.

    ``aliases`` name the park anywhere; ``context_aliases`` (化工园区, 经开区 …) name it only in a text
    about its prefecture. ``region`` is an id of ``assets/regions.json``; an NBS functional-zone code
    (22xx71–74), which is not an administrative region, is kept apart in ``zone_code``.
    """

    id: str
    name: str
    kind: str  # "park" | "brand"
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    region: str
    zone_code: str | None
    lon: float | None
    lat: float | None
    location: str  # one of PARK_LOCATIONS
    confidence: str  # one of CONFIDENCES
    verified: bool
    in_seeds: bool
    note: str | None = None
    industries: tuple[str, ...] = ()  # what a brand place's own name names (中国汽车城 → automotive)

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every spelling: name, aliases and context aliases."""
        return tuple(dict.fromkeys((self.name, *self.aliases, *self.context_aliases)))


def _row_to_ref(row: dict, where: str) -> ParkRef:
    try:
        ref = ParkRef(
            id=row["id"],
            name=row["name"],
            kind=row.get("kind", "park"),
            aliases=tuple(row.get("aliases", ())),
            context_aliases=tuple(row.get("context_aliases", ())),
            region=row["region"],
            zone_code=row.get("zone_code"),
            lon=row.get("lon"),
            lat=row.get("lat"),
            location=row["location"],
            confidence=row["confidence"],
            verified=bool(row["verified"]),
            in_seeds=bool(row.get("in_seeds", False)),
            note=row.get("note"),
            industries=tuple(row.get("industries", ())),
        )
    except KeyError as exc:
        raise ValueError(f"{where}: park row is missing the key {exc}; fix assets/parks.json") from None
    if ref.location not in PARK_LOCATIONS:
        raise ValueError(
            f"{where}: park {ref.id!r} has location {ref.location!r}, not one of {PARK_LOCATIONS}"
        )
    if ref.confidence not in CONFIDENCES:
        raise ValueError(
            f"{where}: park {ref.id!r} has confidence {ref.confidence!r}, not one of {CONFIDENCES}"
        )
    if ref.kind not in KINDS:
        raise ValueError(f"{where}: park {ref.id!r} has kind {ref.kind!r}, not one of {KINDS}")
    if (ref.lon is None) != (ref.lat is None):
        raise ValueError(f"{where}: park {ref.id!r} has only one of lon/lat")
    return ref


def parse_park_reference(data: dict, where: str = "parks.json") -> tuple[ParkRef, ...]:
    """Park references from the decoded JSON of ``assets/parks.json``.

    Raises
    ------
    ValueError
        If a row lacks a key, has an unknown location/confidence/kind, or an id repeats.
    """
    if not isinstance(data, dict) or not isinstance(data.get("parks"), list):
        raise ValueError(f"{where}: expected an object with a 'parks' list")
    refs = tuple(_row_to_ref(row, where) for row in data["parks"])
    ids = [r.id for r in refs]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{where}: park ids repeat: {sorted({i for i in ids if ids.count(i) > 1})}")
    return refs


def zone_references(data: dict, known: tuple[ParkRef, ...]) -> tuple[ParkRef, ...]:
    """Development zones of ``assets/places.json`` that the park reference lacks, placed at their region.

    A zone the reference already spells (by name or alias) is left to the reference, which has a point.
    """
    spelled = {s for ref in known for s in ref.surfaces}
    seeds = "".join(re.sub(r"\s", "", p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
    out = []
    shorts = zone_short_forms(data.get("development_zones", ()))
    for n, zone in enumerate(data.get("development_zones", ())):
        # 长白山管委会 is the zone's administration (an addressee of notices), not a mention of the zone.
        names = [
            a for a in (zone["name"], *zone.get("aliases", ())) if not a.endswith(("管委会", "管理委员会"))
        ]
        if any(name in spelled for name in names) or zone.get("confidence") not in CONFIDENCES:
            continue
        names += [s for s, name in shorts.items() if name == zone["name"] and s not in spelled]
        aliases = tuple(dict.fromkeys(a for a in names[1:] if a != zone["name"]))
        out.append(
            ParkRef(
                id=f"zone-{n:03d}",
                name=zone["name"],
                kind="park",
                aliases=aliases,
                context_aliases=(),
                region=zone["region"],
                zone_code=None,
                lon=None,
                lat=None,
                location="region",
                # Placed at its region from sourced facts (NBS codes, catalogues); a low-confidence zone
                # counts as unverified, as in the park gazetteer.
                confidence=zone["confidence"] if zone["confidence"] != "low" else "unverified",
                verified=zone["confidence"] != "low",
                in_seeds=any(a in seeds for a in aliases),
                note=f"development zone of assets/places.json ({zone.get('kind', 'zone')}); {zone['source']}",
            )
        )
        spelled.update(names)
    return tuple(out)


@lru_cache(maxsize=1)
def load_park_reference() -> tuple[ParkRef, ...]:
    """The bundled park reference (``assets/parks.json``) and the development zones of places.json."""
    path = ASSETS / "parks.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"asset {path} is missing; reinstall the application") from None
    refs = with_zone_aliases(parse_park_reference(data, str(path)), load_places_data())
    return refs + zone_references(load_places_data(), refs)


def with_zone_aliases(refs: tuple[ParkRef, ...], data: dict) -> tuple[ParkRef, ...]:
    """Reference parks that also answer to the other names places.json gives the same zone (长春兴隆综合保税区
    is also 兴隆综保区 there)."""
    out = []
    for ref in refs:
        surfaces = set(ref.surfaces)
        more = [
            a
            for zone in data.get("development_zones", ())
            if surfaces & {zone["name"], *zone.get("aliases", ())}
            for a in (zone["name"], *zone.get("aliases", ()))
            if a not in surfaces and not a.endswith(("管委会", "管理委员会"))
        ]
        out.append(replace(ref, aliases=tuple(dict.fromkeys((*ref.aliases, *more)))) if more else ref)
    return tuple(out)
