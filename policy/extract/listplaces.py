"""The places of a list's items: shared places, a place leading the list, its segment or sentence, the
next sentence after a short topic sentence, else the document's subject (used by
``policy.extract.statements``).
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis
from policy.extract.sectorwords import CJK, LEAD_WORDS, Item, holds_sector_word, places_in

_SHORT_TOPIC = 24  # a topic sentence (打造动漫产业集群。) takes the place that leads the next sentence

# A segment led by a place or body the gazetteer does not know (本溪市重点发展…, 长白山管委会…, 净月区…):
# its lists belong to that place, so they are given to no region.
_UNKNOWN_LEAD = re.compile(
    rf"(?:[（(][一二三四五六七八九十0-9０-９]{{1,3}}[)）])?[{CJK}]{{1,10}}?(?:管理委员会|管委会|市|县|州|区)"
    r"(?=重点|要|将|着力|加快|大力|积极|以|发展|打造|培育|布局|围绕)"
)


def unknown_lead(an: Analysis, seg: int, end: int) -> bool:
    m = _UNKNOWN_LEAD.match(an.text, seg, end)
    if not m:
        return False
    known = [pm for pm in an.mentions_in(seg, m.end()) if pm.end >= m.end() - 1]
    return not known and not re.search(r"全市|全省|全州|我市|各县|本市", m.group())


_SUBJECT_AFTER = re.compile(
    r"(?:市|县|区|州|新区|开发区|经开区|高新区)?[\s，]*(?:要|将|应|重点|着力|加快|大力|积极|全力|以|依托|围绕|坚持|"
    r"发展|打造|培育|推进|建设|布局)"
)


# 依托延吉高新区，…: a place a sentence opens with after these is where it happens.
_SENTENCE_OPENER = re.compile(r"(?:依托|围绕|立足|支持|鼓励|推动|在)")


def sentence_lead(an: Analysis, a: int, b: int) -> str | None:
    """The place a sentence is about: named at its start and followed by what it does (长春市要…), or
    opened with 依托/围绕/支持 … and closed by a comma (依托延吉高新区，…)."""
    opener = _SENTENCE_OPENER.match(an.text, a, b)
    for pm in places_in(an, a, b):
        if pm.start <= a + 1 and _SUBJECT_AFTER.match(an.text, pm.end):
            return pm.region
        if opener and pm.start == opener.end():
            # 依托延吉高新区科技创新产业园、网络集成产业园等平台，…: what the sentence rests on may be long.
            reach = 30 if opener.group() in ("依托", "立足") else 12
            words = rf"(?:地区|市|县|区|州|新区|开发区|经开区|高新区)?[^，。；]{{0,{reach}}}?，"
            rest = re.match(words, an.text[pm.end : b])
            return pm.region if rest else None
        break
    return None


# 打造动漫产业集群。依托延吉高新区…: a sentence that rests on a place sets it for the topic before it.
_RESTS_ON = re.compile(r"(?:依托|围绕|立足|以)")


def _setting_place(an: Analysis, a: int, b: int) -> str | None:
    """The place a sentence sets for a short topic sentence before it: one it rests on (依托延吉高新区…)
    or one it is about (延吉市要…). A place it only reports on or supports (哈达山景区晋升…, 支持北大湖雪场…,
    通钢完成…) is an instance of the topic, not its place: readers leave the topic at the subject."""
    rests = _RESTS_ON.match(an.text, a, b)
    first = next(iter(places_in(an, a, b)), None)
    if rests and first is not None and first.start == rests.end():
        return first.region
    return sentence_lead(an, a, b)


def lead_place(an: Analysis, a: int, b: int) -> str | None:
    """A place that leads ``text[a:b]`` (at its start, or after 支持/推动/依托 …)."""
    text = an.text
    m = LEAD_WORDS.match(text, a, b)
    at = m.end() if m else a
    for pm in places_in(an, a, b):
        if pm.start <= at + 1:
            return pm.region
        break
    return None


def place_chain(text: str, mentions, region: str | None) -> list[str]:
    """The regions of the run of places joined by 、/和/及/与 that holds ``region``'s mention."""
    # The mention nearest the list (长春、松原、白城入选…，松原石化园区: the second 松原 leads 石化).
    at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].region == region), None)
    if at is None:
        return []
    lo = hi = at

    def joins(a, b) -> bool:  # 中韩（长春）国际合作示范区和珲春海洋经济…: a zone is a park of the list
        zone = _ZONE_SURFACE.search(a.surface) or _ZONE_SURFACE.search(b.surface)
        return text[a.end : b.start] in _JOIN and not zone

    while lo > 0 and joins(mentions[lo - 1], mentions[lo]):
        lo -= 1
    while hi + 1 < len(mentions) and joins(mentions[hi], mentions[hi + 1]):
        hi += 1
    return list(dict.fromkeys(m.region for m in mentions[lo : hi + 1]))


_ZONE_SURFACE = re.compile(
    "(?:示范区|开发区|合作区|新区|高新区|经开区|开区|园区|产业园|食品区|保税区|试验区|片区)$"
)
_VERB_ONLY = re.compile(
    r"(?:地区|市|县|区|州)?(?:要|将|也要)?(?:加快|大力|积极|着力|重点|全力|继续|持续)?"
    r"(?:发展|培育|壮大|打造|做大做强|做强|建设|推进|推动)?"
)
_JOIN = frozenset({"、", "和", "及", "与", "－", "-", "—"})  # 长春－吉林国家电子商务示范城市


def list_regions(an: Analysis, seg: int, sent, list_start: int) -> list[str] | None:
    """The regions of a list's items that name no place of their own; None when the list belongs to a
    place the gazetteer does not know (本溪市重点发展…)."""
    if unknown_lead(an, seg, list_start) or unknown_lead(an, sent.start, list_start):
        return None
    before = places_in(an, seg, list_start)
    # 四平市推行…和吉林市发展冰雪经济: a place right before the list's verb is the list's.
    near = before[-1] if before and _VERB_ONLY.fullmatch(an.text, before[-1].end, list_start) else None
    place = (
        near.region if near else lead_place(an, seg, list_start) or sentence_lead(an, sent.start, list_start)
    )
    if place is None:  # the last place named in the segment before the list (not inside its items)
        place = before[-1].region if before else None
    if place is None and (based := _based_on_places(an, sent.start, seg)):
        return based
    chain = place_chain(an.text, before, place)
    if len(chain) > 1:  # 北大湖、万科松花湖获评…: places listed together share what follows
        return chain
    if place is None and sent.end - sent.start <= _SHORT_TOPIC:
        i = an.sentence_index(sent.start)
        if i + 1 < len(an.sentences) and an.sentences[i + 1].para == sent.para:
            nxt = an.sentences[i + 1]
            place = _setting_place(an, nxt.start, nxt.end)
    if place is None:
        return [an.subject] if an.subject else []
    return [place]


# 以汽开区、公主岭、绿园区为依托，打造长春国际汽车城: the places a sentence rests on are where its lists are.
_BASED_ON = re.compile(r"(?:以|依托)(?P<places>[^，。；]{2,40}?)为(?:依托|载体|支撑|核心区?|主阵地)[，,]")


def _based_on_places(an: Analysis, start: int, seg: int) -> list[str]:
    m = _BASED_ON.match(an.text, start, seg + 1)
    if m is None or m.end() > seg:
        return []
    return places_only(an, *m.span("places"))


# What may follow a place's name and still be the place (东昌区, 梨树开发区, 四平循环示范区).
_PLACE_WORD = re.compile("(?:地区|市|县|区|州|开发区|经开区|高新区|示范区|循环示范区|新区)?")


def places_only(an: Analysis, a: int, b: int) -> list[str]:
    """The regions of places that are all of ``text[a:b]``, joined by 、/和/及/与, else none (东昌区、集安市;
    汽开区、公主岭、绿园区)."""
    found = places_in(an, a, b)
    pos = a
    for pm in found:
        gap = an.text[pos : pm.start]
        if gap and gap not in _JOIN:
            return []
        pos = _PLACE_WORD.match(an.text, pm.end, b).end()
    return list(dict.fromkeys(pm.region for pm in found)) if found and pos == b else []


def regions_for(item: Item, lead_places, default: list[str] | None) -> list[str]:
    """The regions of one item: its own places (after shared ones), the shared places, else ``default``."""
    if default is None:
        return []
    if item.places:
        return [*lead_places, *item.places] if lead_places else list(item.places)
    if lead_places:
        return list(lead_places)
    return [r for r in default if r]


def is_name_before(text: str, a: int, b: int, taxonomy) -> bool:
    """``text[a:b]``, before an item's sector word, is a name (金隅, 吉恩年产6万吨), not a sector (动漫)."""
    words = text[a:b]
    return len(words) >= 2 and taxonomy.match(words) is None and not holds_sector_word(words, taxonomy)


def assign_regions(an: Analysis, parsed, seg: int, sent, list_start: int, joined: bool, named=()):
    """(span, regions) of a list's sector items; ``parsed`` holds (span or None, places, bare) per item.

    Bare places before an item (白城、松原、九台奶牛) are shared by the items after them. A place before the
    first item leads them all when no other item names its own (梅河口市医药食品、果仁加工;
    延吉IT和服务外包); when several do (前郭绿色水稻、长岭绿色谷子), each item keeps its own.
    """
    if not any(span for span, _, _ in parsed):
        return []  # no sector item: nothing to place (most verb objects)
    own = [n for n, (span, places, bare) in enumerate(parsed) if places and not bare]
    first_term = next((n for n, (_, _, bare) in enumerate(parsed) if not bare), None)
    leading: list[str] = []
    # …but not to items named for a company (蛟河抽水蓄能电站、金隅绿色建材、吉恩…硫酸镍: 蛟河 is the first
    # project's place); ``named`` holds the indices of items whose sector follows a name.
    others_named = any(n in named for n in range(len(parsed)) if own and n != own[0])
    if len(own) == 1 and own[0] == first_term and not any(bare for _, _, bare in parsed) and not others_named:
        leading = list(parsed[own[0]][1])
    out = []
    shared: list[str] = []
    default = list_regions(an, seg, sent, list_start)
    for span, places, bare in parsed:
        if bare:
            # Only administrative places are shared (白城、松原、九台奶牛); a zone alone in a list of
            # parks (中新食品区、化工园区) is one park of the list, not the place of the others.
            shared.extend(places)
            continue
        if span is not None:
            item = Item(span[0], span[1], tuple(places) or tuple(leading))
            regions = regions_for(item, shared, default)
            if regions:
                out.append((span, regions))
        if places:  # 舒兰和永吉钼产业园、磐石石墨产业园: the bare places went to the item they lead
            shared = []
    return out
