"""Lists whose kind word follows them (…等长白山特色品牌, …等一批重点项目), a counted kind's sectors after a
colon, the sectors an industry turns towards (向…转型), and a project's product after its quantity — sector
slots of :mod:`policy.extract.statements`, with the same cuts and regions.
"""

from __future__ import annotations

import re

from policy.extract.goodswords import is_goods, is_product
from policy.extract.listplaces import assign_regions, is_name_before, list_regions, regions_for
from policy.extract.sectorwords import (
    HEAD,
    QTY,
    SEG_END,
    TRIGGER,
    Item,
    alias_pattern,
    list_items,
    names_zone,
    places_in,
    sector_span,
    seg_end,
    seg_start,
    strip_item,
)
from policy.extract.slotemit import SlotEmitter
from policy.extract.slotread import NOT_SECTOR_KIND, may_name_sector, read_sectors
from policy.extract.textspans import trim

__all__ = ["based_lists", "colon_lists", "etc_lists", "project_products", "towards_lists"]

# 五大优势产业：建筑建材、医药化工、…: a counted kind, then its sectors after a colon.
_COLON_LIST = re.compile(
    r"[0-9０-９一二三四五六七八九十两]\s*[个大]\s*[^，。；：:\n]{0,8}?(?:产业集群|产业|行业|集群|基地)(?:是|为|包括)?[：:]"
)


def colon_lists(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    for m in _COLON_LIST.finditer(text):
        sent = an.sentence_at(m.start())
        b = seg_end(text, m.end(), sent.end)
        while b < sent.end and text[b] in "，,":  # the list may run over commas (A、B，C)
            b = seg_end(text, b + 1, sent.end)
        if b - m.end() >= 2 and may_name_sector(em, m.end(), b):
            read_sectors(em, m.end(), b)


_PRODUCES = re.compile(r"年产|年加工|日产")


# 加快…加工产业重点向特医食品、绿色食品、休闲食品转型: the sectors an industry is to turn towards.
_TOWARDS = re.compile(
    r"向(?P<list>[^，。；;,\n向]{2,60}?)(?:等)?(?:方向)?(?:转型|延伸|拓展|升级|迈进|集聚|聚集)"
)


# 发展壮大以人参、食用菌为主的特色产业: the sectors a kind of industry is built on.
_BASED = re.compile(
    r"以(?P<list>[^，。；;,\n以]{2,80}?)(?:等)?(?:生产)?为(?:(?:主|主导|主体|核心|龙头|支撑|代表)的[^，。；;,\n]{0,10}?"
    r"(?:产业|行业|经济|业)|主攻方向|发展方向|方向|重点(?!的))"
)


# 尽快把生物、光电信息培育成新的优势产业: the sectors made into something.
_MADE_INTO = re.compile(r"[把将](?P<list>[^，。；;,\n把将]{2,60}?)(?:培育|打造|发展|建设|做)成为?")
_MADE_MOD = re.compile(
    r"(?:全国|全省|东北|国内|世界级|国家级|重要的|知名的|一流的|新的|具有[^，。；]{0,8}的)*"
)


# 以中药材种植为基础、现代化中成药为支柱、化学制药为引擎…的现代医药产业链: each sector with its role.
_ROLES = "基础|支柱|引擎|核心|补充|支撑|主体|引领|先导|龙头|主导"
_ROLE_CHAIN = re.compile(
    rf"以(?P<chain>(?:[^，。；;,\n、以为]{{2,14}}为(?:{_ROLES})、){{1,6}}[^，。；;,\n、以为]{{2,14}}为(?:{_ROLES}))"
)
_ROLE_ITEM = re.compile(rf"(?P<x>[^，。；;,\n、为]{{2,14}})为(?:{_ROLES})")


def based_lists(em: SlotEmitter) -> None:
    for chain in _ROLE_CHAIN.finditer(em.an.text):
        for item in _ROLE_ITEM.finditer(em.an.text, *chain.span("chain")):
            if may_name_sector(em, *item.span("x")):
                read_sectors(em, *item.span("x"))
    for m in (*_BASED.finditer(em.an.text), *_MADE_INTO.finditer(em.an.text)):
        a, b = m.span("list")
        if m.re is _MADE_INTO and _places_made_into(em, m):
            continue
        if may_name_sector(em, a, b):
            read_sectors(em, a, b)
        if m.re is _BASED:  # 以冷水鱼、林蛙为代表的特色养殖业: the kind they stand for is a sector too
            _kind_stood_for(em, m)


def _kind_stood_for(em: SlotEmitter, m: re.Match) -> None:
    an, text = em.an, em.an.text
    a, b = m.span("list")
    de = text.find("的", b, m.end())
    if de > 0 and em.taxonomy.match(text[de + 1 : m.end()]) is not None:
        sent = an.sentence_at(a)
        if regions := list_regions(an, seg_start(text, a, sent.start), sent, a):
            em.emit(regions, de + 1, m.end(), "发展")


def _places_made_into(em: SlotEmitter, m: re.Match) -> bool:
    """``将净月高新区、莲花山、双阳区打造成创意产业带``: places listed are made into the sector after 成."""
    an, text = em.an, em.an.text
    a, b = m.span("list")
    aliases = alias_pattern(em.taxonomy)
    places = []
    for x, y in (trim(text, x, y) for x, y in list_items(text, a, b, an)):
        if aliases.search(text, x, y):
            return False  # a sector listed: the list is read as sectors
        named = [pm for pm in places_in(an, x, y) if pm.start == x and y - pm.end <= 3]  # 双阳区, 净月高新区
        places += [named[0].region] if named else []  # 莲花山: a place the gazetteer does not know
    if not places:
        return False
    at = _MADE_MOD.match(text, m.end()).end()
    hit = aliases.match(text, at)
    if hit is not None:
        em.emit(list(dict.fromkeys(places)), hit.start(), hit.end(), "发展")
    return True


def towards_lists(em: SlotEmitter) -> None:
    for m in _TOWARDS.finditer(em.an.text):
        a, b = m.span("list")
        if may_name_sector(em, a, b):
            read_sectors(em, a, b)


def project_products(em: SlotEmitter) -> None:
    """``推进中化5万吨纤维素乙醇`` (no head): the product after a project's quantity."""
    an, text = em.an, em.an.text
    for q in QTY.finditer(text):
        sent = an.sentence_at(q.start())
        seg = seg_start(text, q.start(), sent.start)
        if not (
            TRIGGER.search(text, seg, q.start()) or _PRODUCES.search(text, max(seg, q.start() - 3), q.start())
        ):
            continue  # 梨树…年产 30万吨饲料: a yearly output names its product too
        a = q.end()
        b = a
        while b < sent.end and text[b] not in SEG_END and text[b] not in "、等和及与" and b - a < 12:
            b += 1
        if HEAD.match(text, b) or text.startswith("等", b):
            continue  # the head-list reading takes it
        p, r, _ = strip_item(text, a, b, an)
        span = sector_span(text, p, r, em.taxonomy, "项目")
        if span is None:
            continue
        # In a list of projects each item may open with its place (…、梨树新希望集团年产 30万吨饲料).
        item_start = max(seg, text.rfind("、", seg, q.start()) + 1)
        led = [m.region for m in places_in(an, item_start, q.start())[:1] if m.start <= item_start + 1]
        item = Item(span[0], span[1], tuple(led))
        regions = regions_for(item, [], list_regions(an, seg, sent, span[0]))
        if regions:
            em.emit(regions, span[0], span[1], "项目")


_PHASE = re.compile("[一二三四五]期")


def phased_projects(em: SlotEmitter) -> None:
    """``开工建设比亚迪动力电池二期`` (no head): a project's phase names it; its product is the sector."""
    an, text = em.an, em.an.text
    for m in _PHASE.finditer(text):
        if HEAD.match(text, m.end()) or text.startswith(("等", "工程"), m.end()):
            continue  # the head-list and project-list readings take it
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        a = max(seg, text.rfind("、", seg, m.start()) + 1)
        verbs = list(TRIGGER.finditer(text, seg, m.start()))
        if not verbs:
            continue
        if verbs[-1].end() < m.start():  # the item starts after its verb, unless the verb ends at the phase
            a = max(a, verbs[-1].end())
        p, r, places = strip_item(text, a, m.start(), an)
        span = sector_span(text, p, r, em.taxonomy, "项目") if p < r else None
        if span is None:
            continue
        item = Item(span[0], span[1], tuple(places))
        regions = regions_for(item, [], list_regions(an, seg, sent, span[0]))
        if regions:
            em.emit(regions, span[0], span[1], "项目")


# After 等 (and a short modifier): the kind of things listed, when they are sectors or their products.
_ETC_KIND = re.compile(
    r"品牌|农产品|特产|产品|工业|产业|行业|服务业|服务贸易|项目|业态|基地|园区|产业园|集群|专用车|"
    r"能源|材料|装备|食品|药品|旅游|生产线|重点领域|细分领域|新赛道|赛道|特色资源|优势资源|精品线路|旅游线路"
)


def etc_lists(em: SlotEmitter) -> None:
    """``整合包装林蛙、人参、黑牛等长白山特色品牌``, ``推进高精度电机、LED显示屏…等一批重点项目``."""
    an, text = em.an, em.an.text
    for m in re.finditer("等", text):
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        while (
            seg > sent.start and text[seg - 1] in '“”"'
        ):  # “长白山人参”“汪清黑木耳”等: quotes inside the list
            seg = seg_start(text, seg - 1, sent.start)
        after_end = m.end()
        while (
            after_end < sent.end
            and after_end - m.end() < 18
            and (
                text[after_end] not in SEG_END or text[after_end] in '“”"'  # 等“吉字号”品牌: a quoted name
            )
        ):
            after_end += 1
        kind_m = _ETC_KIND.search(text, m.end(), after_end)
        if kind_m is None or HEAD.match(text, m.end()):
            continue  # 等产业集群 right after 等: the head-list reading takes it
        # 等企业, 等平台: not sectors — except a sector's facilities at listed places (…北大壶等旅游设施).
        not_kind = NOT_SECTOR_KIND.match(text, m.end())
        if not_kind and not (not_kind.group().endswith("设施") and kind_m.start() == m.end()):
            continue
        before = text[seg : m.start()]
        if "、" not in before and "和" not in before and "及" not in before and "”“" not in before:
            continue
        verbs = list(TRIGGER.finditer(before))
        start = seg + verbs[-1].end() if verbs else seg
        head = "项目" if kind_m.group() in ("项目", "生产线") else "等"
        parsed = []
        items_at = list_items(text, start, m.start(), an)
        named = set()
        for x, y in items_at:
            p, q, places = strip_item(text, x, y, an)
            span = sector_span(text, p, q, em.taxonomy, head) if p < q else None
            if span and is_name_before(text, p, span[0], em.taxonomy):
                named.add(len(parsed))
            parsed.append((span, places, p >= q and not names_zone(an, x, y)))
        spans = [sp for sp, _, _ in parsed if sp]
        known = sum(1 for a, b in spans if em.taxonomy.match(text[a:b]))
        if not known:
            _places_before_kind(em, parsed, m.end(), kind_m)
            continue  # at least one item the taxonomy knows: the list is a list of sectors
        terms = [n for n, (_, _, bare) in enumerate(parsed) if not bare]
        mostly = known * 2 >= len(terms)
        for n in terms:
            # In a list with known sectors, goods by their ending are items too (高精度电机、LED显示屏…);
            # in a list of mostly known sectors any short item is (大米、肉牛、黑木耳、林蛙、鹅绒、榛子等).
            span, places, bare = parsed[n]
            if span is None:
                x, y = items_at[n]
                p, q, _ = strip_item(text, x, y, an)
                if re.search("[园区]", text[q:y]):
                    continue  # 中德工业园: a park's name, not goods
                short = mostly and q - p <= 3 and is_product(text[p:q])  # 尚德森铭: a company
                if is_goods(text[p:q]) or short:
                    parsed[n] = ((p, q), places, bare)
        joined = "、" not in text[start : m.start()]
        kind = "产业集群" if "集群" in kind_m.group() else "发展"
        for span, regions in assign_regions(an, parsed, seg, sent, start, joined, named):
            em.emit(regions, span[0], span[1], kind)


def _places_before_kind(em: SlotEmitter, parsed, a: int, kind: re.Match) -> None:
    """``扩大“万昌”、“舒兰”、“大荒地”等大米品牌影响力``: places listed, the sector between 等 and the kind;
    or the kind itself when it is a sector (松花湖、朱雀山、北大壶等旅游设施)."""
    if not parsed or not all(bare and places for _span, places, bare in parsed):
        return
    p, q, _ = strip_item(em.an.text, a, kind.start(), em.an)
    if q - p < 2 and em.taxonomy.match(kind.group()) is not None:
        p, q = kind.span()
    if q - p >= 2 and em.taxonomy.match(em.an.text[p:q]) is not None:
        regions = list(dict.fromkeys(r for _span, places, _bare in parsed for r in places[:1]))
        em.emit(regions, p, q, "发展")
