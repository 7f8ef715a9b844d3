"""Park names led by a place the gazetteer knows (四平红嘴经济开发区, 蛟河石材基地), and places joined before
one park word (永吉和舒兰钼产业园), for :func:`policy.extract.parks.extract_parks`."""

from __future__ import annotations

import re

from policy.extract.parknames import names_sector
from policy.extract.sectorwords import comma_items
from policy.model import Document

__all__ = ["coordinated", "shared_park_word", "unlisted_parks"]

# Suffixes of park-like names, longest first.
_PARK_SUFFIX = (
    "产业园区|工业园区|产业合作园|合作产业园|产业园|工业园|示范园|科技园|物流园|港务区|边合区|互贸区|综保区"
    "|旅游度假区|度假区|旅游区|高新区|出口加工区|加工区|集聚区|贸易区|化工园|医药园"
    "|园区|开发区|开区|保税区|工业区|食品区|产业基地|生产基地|加工基地|配套基地|基地|片区"
)
# A clause, not a name: the words say what befell the park (四平新开区晋升为国家级开发区).
# Districts being rebuilt and pilots of government, not zones of industry (铁东老工业区, …金融综合改革试验区).
_NOT_A_ZONE = re.compile("老工业区|改革")
_EVENT = re.compile("晋升|晋级|获批|获评|评为|被|成为|入选|列为|升级为")
# Kinds of zone that name a zone when they follow a place alone (珲春出口加工区, 长春兴隆综合保税区).
_ZONE_KINDS = frozenset({"出口加工区", "保税区", "综保区", "边合区", "互贸区", "旅游度假区"})
# Words right after a place name that make the name generic (吉林省特色工业园区, 长春市各类园区 …).
_GENERIC_HEADS = (
    "特色",
    "各类",
    "省级",
    "国家级",
    "现代",
    "专业",
    "民营",
    "新兴",
    "合作",
    "绿色",
    "创业",
    "虚拟",
    "产业",
    "工业",
    "经济",
    "各",
    "内",
    "等",
    "重点",
    "所有",
    "全部",
    "其他",
    "相关",
    "有关",
)
# Verbs (with their adverbs) between a place and a park name: the place is the sentence's subject, not part
# of the name (延吉市建设生物医药产业园 → 生物医药产业园 in 延吉市).
_LEAD_VERBS = re.compile(
    r"(?:(?:积极|大力|着力|重点|加快|继续|全力|统筹)?"
    r"(?:建设|打造|支持|推进|推动|加快|规划|设立|依托|新建|续建|扩建|筹建|谋划|建立|创建|申建|提升|完善|培育|壮大|发展))+"
)
# A count after the verb (建设一批…产业园) means parks in general, not a named one.
_COUNTED = re.compile(r"[一二两三四五六七八九十几若多数]+[批个家处座干]")


def unlisted_parks(
    doc: Document,
    gazetteer,
    taken: list[tuple[int, int]],
    subject_pref: str | None,
    places_of=None,
    taxonomy=None,
):
    """Park-like proper names not in the reference: a place name, a specific word, a park suffix.

    Yields ``(start, end, region, place)``: ``text[start:end]`` is the name; ``place`` is the place name
    when a verb stood between it and the name (so the name starts after the verb), else ``""`` (the place
    is part of the name: 四平红嘴经济开发区).
    """
    text = doc.text
    pattern = re.compile(rf"[\u4e00-\u9fff（）()·—-]{{2,16}}?(?:{_PARK_SUFFIX})")
    # The document's one reading when given (the same names; bare 吉林 read by the document's subject).
    places = list((places_of or gazetteer).find(text, subject=subject_pref))
    starts = {p.start for p in places}
    by_start = {p.start: p for p in places}
    for place in places:
        if any(s <= place.start < e for s, e in taken):
            continue
        m = pattern.match(text, place.start)
        if m is None:
            continue
        # 四平公主岭大岭汽车物流园区: of places run together, the last (the most specific) places the park.
        last = place
        while (nxt := by_start.get(last.end)) is not None and nxt.end < m.end():
            last = nxt
        # The shortest name ending at the first park suffix after the place name (…物流园区 with its 区).
        end = m.end() + (text.startswith("区", m.end()) and m.group().endswith("园"))
        verb = _LEAD_VERBS.match(text, place.end, end)
        begin = verb.end() if verb else place.end
        head = text[begin:end]
        bare_zone = head in _ZONE_KINDS  # 珲春出口加工区: the kind alone after a place is its zone
        if not head or (re.fullmatch(_PARK_SUFFIX, head) and not bare_zone) or "等" in head:
            continue  # 敦化化工等产业园: a list of parks, not one name
        if _EVENT.search(head) or (head.endswith("片区") and "自贸" not in head) or _NOT_A_ZONE.search(head):
            continue  # 吉林自贸区长春片区 is a zone; 老城片区, 铁东老工业区 are districts being rebuilt
        # 吉林省特色工业园区 is generic; 辉南绿色食品精深加工基地 names its sector after the generic word, and
        # 龙井省级边合区 is 龙井's zone at its level.
        rest = re.sub(f"(?:{_PARK_SUFFIX})$", "", head)
        leveled = rest in ("省级", "国家级") and not place.surface.endswith(("市", "县", "州", "省"))
        if head.startswith(_GENERIC_HEADS) and not names_sector(rest, taxonomy) and not leveled:
            continue
        base = re.search("(?:产业|生产|加工|配套)?基地$", head)
        if base and (not names_sector(head[: base.start()], taxonomy) or _NOT_A_BASE.search(head)):
            continue  # 吉林老工业基地, 梅花建成世界最大的赖氨酸生产基地: a base is a park when named so
        if head in ("开发区", "园区") and place.surface.endswith(("市", "县", "州", "省")):
            continue  # 长春市开发区: the city's zones, not one of them
        # 建设一批产业园 is no name; 长春市支持公主岭…产业园 is the later place's park, found from it;
        # 长春西新三个经济技术开发区 is a counted list, read by shared_park_word.
        if (verb and (_COUNTED.match(head) or begin in starts)) or _COUNTED.search(head):
            continue
        if any(s < end and place.start < e for s, e in taken):
            continue
        taken.append((place.start, end))
        if verb:
            yield begin, end, place.region, place.surface
        else:
            yield place.start, end, last.region, ""


_AND = frozenset("和、及与")
# A clause, a title or an institution, not a base's name (…建成世界最大的…基地, 被评为…基地, 学院…实训基地).
_NOT_A_BASE = re.compile("的|建成|成为|是|被|评为|获评|荣获|获批|列入|入选|学院|大学|学校|研究|实训")


def coordinated(text: str, found: tuple, places_of, subject_pref):
    """永吉和舒兰钼产业园 → 永吉钼产业园 and 舒兰钼产业园: places joined before one park word share it.

    Yields ``(start, end, region, place, name)`` per place (the span is the whole phrase, which says it for
    each), or the park as found.
    """
    start, end, region, place = found
    # 蛟河、舒兰、永吉石材基地: the places before the one the name starts with join it.
    joined = _joined_run(text, start, places_of, subject_pref)
    if joined and not place:
        start = joined[-1].start
    run, pos = [], start
    for pm in sorted(places_of.find(text, start, end, subject=subject_pref), key=lambda m: m.start):
        if pm.start != pos:
            break
        run.append(pm)
        pos = pm.end + 1 if pm.end < end and text[pm.end] in _AND else pm.end
        if pos == pm.end:
            break
    rest = text[run[-1].end : end] if run else ""
    if place or len(run) < 2 or pos != run[-1].end or len(rest) < 3:
        yield found
        return
    for pm in run:
        yield start, end, pm.region, "", pm.surface + rest


# 加快珲春光电、图们化工新材料、敦化化工等产业园建设: place-led items share the park word after 等.
_SHARED_WORD = re.compile(
    r"等(?:[0-9０-９一二两三四五六七八九十]+个|一批)?(产业园区|工业园区|产业园|工业园|园区|产业基地|基地)"
    # 吉林、四平红嘴、长春西新三个经济技术开发区: a counted list of places before the zones' kind
    r"|(?<=[^0-9０-９一二两三四五六七八九十])[0-9０-９一二两三四五六七八九十]+个"
    r"(?:(经济技术开发区|经济开发区|高新技术产业开发区|边境经济合作区)"
    # 梨树、伊通、双辽3个万头肉牛养殖园区: a counted list of places before one kind of park, one each
    r"|([\u4e00-\u9fff]{2,10}?(?:产业园区|园区|产业园|示范园区|示范园|基地)))"
)


def shared_park_word(text: str, taken: list[tuple[int, int]], places_of, subject_pref, counted: bool = False):
    """Yield ``(start, end, region, "", name)`` per item of a place-led list closed by 等…产业园.

    Every item must open with a place and name something after it (光电, 化工新材料); the park is the item's
    words and the shared park word (珲春光电产业园), cited by the item's span.
    """
    for m in _SHARED_WORD.finditer(text):
        if counted != (m.group(3) is not None):
            continue  # counted parks (3个万头肉牛养殖园区) are read before other parks, the rest after
        seg = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n") + 1
        items = comma_items(text, seg, m.start())
        found = []
        for a, b in items:
            lead = _LEAD_VERBS.match(text, a, b)
            a = lead.end() if lead else a
            places = [p for p in places_of.find(text, a, b, subject=subject_pref) if p.start == a]
            # A zone's kind may follow a bare place (吉林 + 经济技术开发区); a park word needs its sector.
            bare_ok = m.group(2) is not None or m.group(3) is not None
            if not places or b - places[0].end < (0 if bare_ok else 2) or "等" in text[a:b]:
                found = []
                break
            found.append((a, b, places[-1] if bare_ok else places[0]))
        if len(found) < 2 or any(s < m.end() and seg < e for s, e in taken):
            continue
        taken.append((seg, m.end()))
        for a, b, place in found:
            yield a, b, place.region, "", text[a:b] + (m.group(1) or m.group(2) or m.group(3))


def joined_before(text: str, start: int, end: int, places_of, subject_pref):
    """珲春、和龙边境经济合作区: the places joined before a park whose name opens with a place share the rest
    of its name. Yields ``(place mention, name)`` per place before, nearest last."""
    named = getattr(places_of, "gazetteer", places_of).places

    def place(pm) -> bool:  # a region or a town, not a zone or scenic area named before the park
        return pm.surface not in named or named[pm.surface].kind not in ("zone", "landmark", "works")

    lead = [pm for pm in places_of.find(text, start, end, subject=subject_pref) if pm.start == start]
    if not lead or end - lead[0].end < 3 or not place(lead[0]):
        return
    rest = text[lead[0].end : end]
    for pm in reversed(_joined_run(text, start, places_of, subject_pref, keep=place)):
        yield pm, pm.surface + rest


def _joined_run(text: str, start: int, places_of, subject_pref, keep=None) -> list:
    """The places joined by 、/和/及/与 right before ``start`` (蛟河、舒兰、永吉…), nearest first; the run
    stops at a place ``keep`` refuses."""
    before = sorted(
        places_of.find(text, max(0, start - 40), start, subject=subject_pref), key=lambda m: -m.start
    )
    run, first = [], start
    for pm in before:
        if pm.end >= first:
            continue  # a place inside the name itself
        if pm.end != first - 1 or text[pm.end] not in _AND or (keep is not None and not keep(pm)):
            break
        run.append(pm)
        first = pm.start
    return run
