"""Projects and companies listed by name, each holding its sector word: ``金钢钢铁高炉技改等项目竣工投产``,
``华统生猪、永康五金东北直销中心等一批项目成功落地``, ``带动格致汽车、鸿图锂电、方大锻造等企业扩规升级``.

A report's review names the year's projects by company and product rather than by industry; the sector is
the known word inside each item (钢铁, 生猪, 五金, 锂电), not the whole item, and an item holding no known
word (国药长生, 纳爱斯) gives nothing. A sector slot of :mod:`policy.extract.statements`.
"""

from __future__ import annotations

import re

from policy.extract.listplaces import list_regions, regions_for
from policy.extract.sectorwords import (
    COMPANY_WORDS,
    SEG_END,
    TRIGGER,
    Item,
    after_lead,
    alias_pattern,
    comma_items,
    places_in,
    seg_start,
    strip_item,
)
from policy.extract.slotemit import SlotEmitter
from policy.extract.textspans import QUOTES, number_word

__all__ = [
    "counted_place_items",
    "etc_kind_sector",
    "named_projects",
    "place_led_sectors",
    "place_sites_sector",
]

_COUNT = r"(?:[0-9０-９一二三四五六七八九十百两]+\s*[个项批户家处]|一批|多个|一系列)?"
# 等项目, 等23个项目, 等一批重点项目, 等强链项目, 等产业类项目; 等企业, 等12户停产企业.
_TAIL = re.compile(rf"等{_COUNT}(?P<mid>[^{re.escape(SEG_END)}、等]{{0,6}}?)(?P<head>项目|企业)")
# What a project list's sentence says of them, when no verb leads the list.
_DONE = re.compile(
    r"开工|竣工|投产|建成|落地|推进|建设|列入|签约|完工|达产|运行|实施|启动|加快|扩规|升级|恢复|封顶"
)
_NOT_MID = re.compile(r"重大前期|前期|储备|谋划|停建|烂尾")
# Projects that save energy or replace plants (降耗增效, 等容量替代): about the plants, not a sector grown.
_SAVING = re.compile(r"降耗|节能|节水|替代|减碳|降碳")
_GROW = re.compile(
    r"扩规|升级|恢复|投产|达产|做大|做强|壮大|落户|入驻|落地|扩大|扩产|增产|排产|产销两旺|满负荷"
)
# Public buildings and projects abroad: no sector of the region (延边体育运动学校, 境外矿产资源开发).
_PUBLIC = re.compile(r"学校|学院|大学|医院|教学|大厅|演播|场馆|馆|艺术中心|译制|境外|国外")


def _lead_from(text: str, sent, seg: int) -> int:
    """Where a project list's verb may stand: its segment, or the sentence's start when the segments before
    are project lists too (推进A等建链项目，B等延链项目，C等补链项目: 推进 leads them all)."""
    before = text[sent.start : seg]
    return sent.start if before and all(_TAIL.search(p) for p in re.split("[，,]", before) if p) else seg


def _project_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A project list's items: split at 、 and at 以及 (珲春风电以及汪清光伏发电), not at 和 (和龙和润达)."""
    out = []
    for x, y in comma_items(text, a, b):
        at = text.find("以及", x, y)
        while at > x:
            out.append((x, at))
            x = at + 2
            at = text.find("以及", x, y)
        out.append((x, y))
    return [(x, y) for x, y in out if y > x]


def named_projects(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in _TAIL.finditer(text):
        if _NOT_MID.search(m.group("mid")) or text.startswith(("等容量", "等量", "等额"), m.start()):
            continue  # projects still being prepared or sought name no sector the region has
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        after = min(sent.end, m.end() + 12)
        # Companies count for what they grow or restart (…等企业扩规升级), not for what they are helped to
        # do (支持一汽、长客…等企业建设研发平台); projects also for the verb that leads them.
        if m.group("head") == "企业":
            if not _GROW.search(text, m.end(), after):
                continue
        elif not (
            _DONE.search(text, m.end(), after) or TRIGGER.search(text, _lead_from(text, sent, seg), m.start())
        ):
            continue
        if _SAVING.search(text, seg, after):
            continue
        default = list_regions(an, seg, sent, seg)
        # Items split at 、 only: 和 inside a company's name (和龙和润达, 敦化和信) joins nothing.
        for x, y in _project_items(text, seg, m.start()):
            if _PUBLIC.search(text, x, y):
                continue
            # The item's places and lead words go; its quantities stay (禾韵蓝莓万亩种植基地 → 蓝莓).
            _p, _q, places = strip_item(text, x, y, an)
            after_places = max([x, *(pm.end for pm in an.mentions_in(x, y))])
            hit = next(
                (h for h in aliases.finditer(text, after_places, y) if h.group() not in COMPANY_WORDS),
                None,
            )
            if hit is None:
                continue
            if not places:  # 投资179.5亿元的磐石新能源综合开发: the place the item names before its sector
                places = [pm.region for pm in places_in(an, x, hit.start())][-1:]
            regions = regions_for(Item(hit.start(), hit.end(), tuple(places)), [], default)
            if regions:
                em.emit(regions, hit.start(), hit.end(), "项目")


# 等新型夜经济载体, 等生物化工项目, 等五星级酒店, 等旅游开发项目: after 等, the kind of the things listed is
# a sector (with its modifiers and a head noun), whatever the items are (喜来登、希尔顿、凯悦).
_KIND_HEAD = re.compile(
    r"(?:开发|建设|制造|生产|加工)?(?:项目|工程|载体|活动|综合体|设施|企业|平台|品牌|基地|园区|集群|业态|领域|行业|街区|集聚区"
    r"|景点|综合开发)"
)
_KIND_MOD = re.compile(rf"{_COUNT}(?:重点|重大|新型|高端|大型|特色|五星级|星级|精品|现代|国家级|省级){{0,2}}")


def etc_kind_sector(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in re.finditer("等", text):
        at = _KIND_MOD.match(text, m.end()).end()
        hit = aliases.match(text, at)
        if hit is None or hit.group() in COMPANY_WORDS:
            continue
        kinds = [hit]  # 等通用飞机及无人机制造项目: kinds joined before the head noun
        while text.startswith(("及", "和", "、"), kinds[-1].end()):
            nxt = aliases.match(text, kinds[-1].end() + 1)
            if nxt is None:
                break
            kinds.append(nxt)
        hit = kinds[-1]
        # A head noun names the things (…载体); a modifier alone may end the phrase (…等五星级酒店。).
        if not (
            _KIND_HEAD.match(text, hit.end()) or (at > m.end() and text[hit.end() : hit.end() + 1] in SEG_END)
        ):
            continue
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        listed = text.rfind("、", seg, m.start()) >= 0 or text.rfind("”“", seg, m.start()) >= 0
        if not (listed or TRIGGER.search(text, seg, m.start())):
            continue  # a list, or a verb that takes what is listed
        if _SAVING.search(text, seg, min(sent.end, hit.end() + 12)):
            continue
        mentions = an.mentions_in(seg, m.start())
        if mentions and mentions[-1].end == m.start():
            continue  # places listed (松花湖、北大壶等旅游设施): the list's own reading places them
        regions = list_regions(an, seg, sent, m.start())  # 支持柳河康华等…: the place leading the list
        for kind in kinds if regions else ():
            em.emit(regions, kind.start(), kind.end(), "等")


# 加快建设桦甸国发、舒兰皓月2个万头肉牛示范园区; 发展蛟河信霖沃土等11个千头肉牛养殖场: items led by places,
# counted, then the one sector they share.
_COUNTED_SECTOR = re.compile(
    r"(?P<etc>等)?(?P<n>[0-9０-９一二两三四五六七八九十]+)\s*个(?:[0-9一二两三四五六七八九十百千万]+[头亩只吨])?"
)


def counted_place_items(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in _COUNTED_SECTOR.finditer(text):
        hit = aliases.match(text, m.end())
        if hit is None or m.start() == 0:
            continue
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        items = comma_items(text, seg, m.start())
        places = _leading_places(an, text, items) or []
        count = number_word(m.group("n"))
        if places and (m.group("etc") or count == len(items)):
            em.emit(list(dict.fromkeys(places)), hit.start(), hit.end(), "发展")


# 开工建设敦化塔拉河、和龙卧龙湖、安图大沙河抽蓄项目: places with their sites, the sector of them all last.
_SITES_THEN_SECTOR = re.compile(r"(?:项目|工程|电站)")


def place_sites_sector(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in _SITES_THEN_SECTOR.finditer(text):
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        items = comma_items(text, seg, m.start())
        if len(items) < 2:
            continue
        last_x, last_y = items[-1]
        hit = next((h for h in aliases.finditer(text, last_x, last_y) if h.end() == last_y), None)
        if hit is None:
            continue
        firsts = [_first_place(an, text, x, y) for x, y in items]
        if None in firsts or any(  # an item that names its own sector: the list is read item by item
            aliases.search(text, pm.end, hit.start() if n == len(items) - 1 else y)
            for n, (pm, (_x, y)) in enumerate(zip(firsts, items, strict=True))
        ):
            continue
        places = [pm.region for pm in firsts]
        if places:
            em.emit(list(dict.fromkeys(places)), hit.start(), hit.end(), "项目")


# After a place's sector word in a list: the item ends, or a generic word does (宽城轨道客车产业).
_SHORT_NAME = re.compile("[\u4e00-\u9fff]{2,4}")  # a company's short name (翰丰)
_ITEM_TAIL = re.compile(r"(?:产业园区|产业园|产业集群|产业|工业|基地|集群|园区)?$")
_CLAUSE_PART = re.compile("[^，,；;：:。！？!?\n]+")
_DISTRICT_TAIL = re.compile(r"(?:地区|市|县|区|新区|开发区)")


def place_led_sectors(em: SlotEmitter) -> None:
    """宽城和绿园轨道客车、净月汽车电子、双阳医药要尽快达到千亿元产值规模: items that are each a place and a
    known sector word give the places those sectors, whatever the sentence says of them (two at least)."""
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for sent in an.sentences:
        if text.find("、", sent.start, sent.end) < 0 or len(an.mentions_in(sent.start, sent.end)) < 2:
            continue
        # Segments end at commas, not at quotes: “双辽花生”、“伊通大米” is one list.
        for seg in _CLAUSE_PART.finditer(text, sent.start, sent.end):
            pos, seg_b = seg.span()
            if text.find("、", pos, seg_b) < 0 or len(an.mentions_in(pos, seg_b)) < 2:
                continue
            items = comma_items(text, pos, seg_b)
            found = [
                hit
                for n, (x, y) in enumerate(items)
                if (hit := _place_sector(an, text, aliases, x, y, n == len(items) - 1))
            ]
            if len(found) >= 2:
                for places, a, b in found:
                    em.emit(places, a, b, "地方产业")


def _place_sector(an, text: str, aliases, x: int, y: int, last: bool):
    """(regions, start, end) of an item that is places then one known sector word; None otherwise."""
    while x < y and text[x] in QUOTES:  # “双辽花生”、“伊通大米”: quoted brands are items too
        x += 1
    while y > x and text[y - 1] in QUOTES:
        y -= 1
    x = after_lead(an, text, x, y)
    places = []
    while x < y:
        pm = next((m for m in an.mentions_in(x, y) if m.start == x), None)
        if pm is None:
            break
        places.append(pm.region)
        x = pm.end
        if tail := _DISTRICT_TAIL.match(text, x, y):
            x = tail.end()
        if x + 1 < y and text[x] in "和及与" and any(m.start == x + 1 for m in an.mentions_in(x + 1, y)):
            x += 1
    if not places:
        return None
    hit = aliases.match(text, x, y)
    if hit is None and not last:  # 龙井翰丰矿业: a company's short name between the place and its sector
        hit = next((h for h in aliases.finditer(text, x + 2, y) if h.end() == y and h.start() <= x + 4), None)
        if hit is not None and (
            hit.group() in COMPANY_WORDS or not _SHORT_NAME.fullmatch(text, x, hit.start())
        ):
            hit = None
    if hit is None or not (last or _ITEM_TAIL.fullmatch(text, hit.end(), y)):
        return None
    return list(dict.fromkeys(places)), hit.start(), hit.end()


def _first_place(an, text: str, x: int, y: int):
    """The place an item opens with (after its lead words), when more words follow it; else None."""
    x = after_lead(an, text, x, y)
    return next((pm for pm in an.mentions_in(x, y) if pm.start == x and pm.end < y), None)


def _leading_places(an, text: str, items) -> list[str] | None:
    """The regions of the places the items open with; None unless every item opens with one."""
    firsts = [_first_place(an, text, x, y) for x, y in items]
    return None if None in firsts else [pm.region for pm in firsts]
