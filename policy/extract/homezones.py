"""A city's own zones by their bare names: in 松原's report ``经开区晋升为…`` is 松原经济技术开发区.

A city's government calls its own development zones by the kind alone (经开区, 高新区); in a document about
that city the bare word is the zone of that kind named after the city in ``assets/places.json`` (长春's
经开区 is 长春经济技术开发区; its 长春汽车经济技术开发区 is called 汽开区). In any other document, or after a
qualifier (各, 省级, 一批 …), the word stays generic. A zone of the city's counties is also called by its name
without the place (空港经济区 in 延边's report is 延吉空港经济开发区) where that rest names one zone only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policy.places.gazetteer import load_places_data

__all__ = ["home_zones"]

_BARE = re.compile(r"经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区")
_FULL = {
    "经济技术开发区": ("经济技术开发区", "经济开发区"),
    "经济开发区": ("经济技术开发区", "经济开发区"),
    "经开区": ("经济技术开发区", "经济开发区"),
    "高新技术产业开发区": ("高新技术产业开发区",),
    "高新区": ("高新技术产业开发区",),
}
# What may stand before the bare word: punctuation, a conjunction, or a verb that takes it.
_BEFORE_OK = set('，,。；;：:、（）()“”"《》\n 　和及与') | {""}
_VERB_BEFORE = re.compile(
    r"(?:推动|推进|支持|加快|建设|打造|依托|提升|发挥|鼓励|引导|实现|围绕|以|在|把|将|使|让)$"
)


# 红开区 (四平红嘴经济技术开发区), 汽开区 (长春汽车经济技术开发区): a zone's first character and 开区.
_ABBREVIATED = re.compile(r"(?P<c>[\u4e00-\u9fff])开区")


def home_zones(doc, gazetteer, taken: list[tuple[int, int]], subject_pref: str | None):
    """Yield ``(start, end, region, place, name)`` for bare or abbreviated zone words that name the city's
    own zone."""
    if subject_pref is None or subject_pref not in gazetteer:
        return
    short = gazetteer.get(subject_pref).short
    zones = _zones()
    text = doc.text
    found = [(m, [short + full for full in _FULL[m.group()]]) for m in _BARE.finditer(text)]
    for m in _ABBREVIATED.finditer(text):
        # The city's zones whose own name (after the city's) starts with that character.
        found.append((m, [z for z in zones if z.startswith(short + m.group("c")) and z.endswith("开发区")]))
    rests = _home_rests(gazetteer, gazetteer.prefecture_of(subject_pref) or subject_pref)
    if rests:
        pattern = re.compile("|".join(sorted(map(re.escape, rests), key=len, reverse=True)))
        found += [(m, [rests[m.group()]]) for m in pattern.finditer(text)]
    for m, candidates in sorted(found, key=lambda f: f[0].start()):
        a, b = m.span()
        before = text[a - 1 : a]
        if before not in _BEFORE_OK and not _VERB_BEFORE.search(text, max(0, a - 2), a):
            continue  # part of a longer name (四平红嘴经开区) or a qualified, generic word (省级开发区)
        if any(s < b and a < e for s, e in taken):
            continue
        names = [n for n in candidates if n in zones]
        if len(names) != 1 or zones[names[0]] not in gazetteer:
            continue
        taken.append((a, b))
        yield a, b, zones[names[0]], "", names[0]


@lru_cache(maxsize=16)
def _home_rests(gazetteer, prefecture: str) -> dict[str, str]:
    """空港经济区 in 延边's report is 延吉空港经济区.

    The names of the prefecture's zones without the place they open with, where that rest names one zone
    only and is not a bare kind (经开区 is read above). Computed once per gazetteer and prefecture.
    """
    places = {
        a
        for r in gazetteer.regions
        if gazetteer.prefecture_of(r.id) == prefecture
        for a in (r.short, r.name)
        if len(a) >= 2
    }
    rests: dict[str, set[str]] = {}
    for z in load_places_data().get("development_zones", ()):
        if z["region"] not in gazetteer or gazetteer.prefecture_of(z["region"]) != prefecture:
            continue
        for alias in (z["name"], *z.get("aliases", ())):
            for place in places:
                rest = alias[len(place) :]
                named = len(rest) >= 3 and _KIND_END.search(rest) and _GENERIC.sub("", rest)
                if alias.startswith(place) and named:
                    rests.setdefault(rest, set()).add(z["name"])
    return {r: next(iter(names)) for r, names in rests.items() if len(names) == 1 and not _BARE.fullmatch(r)}


_KIND_END = re.compile("(?:区|园)$")
# Words any zone's name may hold: a rest of nothing else (开发开放示范区) names no zone of its own.
_GENERIC = re.compile("开发|开放|经济|技术|高新|产业|国际|合作|示范|综合|保税|边境|国家|省级|区|园")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Every development zone of places.json by name → the county (or prefecture) it lies in."""
    return {z["name"]: z["region"] for z in load_places_data().get("development_zones", ())}
