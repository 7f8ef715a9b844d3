"""Designations stated in running text, as government work reports and plans of any issuer write them.

Three slots hold a sector word in such texts:

- a list before a sector head: ``打造食品加工、生物医药和健康养生3个五百亿级的产业集群``,
  ``建设白城、松原、九台奶牛生产基地``, ``…及辽源、白山、梅河口、敦化等医药特色产业基地``,
  ``开工建设前郭善德30万吨生物质有机肥项目``, ``规划建设生物科技产业园``;
- a development verb with a list of sectors: ``大力发展农产品精深加工和现代食品加工业``,
  ``积极促进商业地产、温泉地产、旅游地产和养老地产发展``, ``加快袜业+纺织产业品牌化发展``;
- a project's product after its quantity: ``加快推进中化5万吨纤维素乙醇``.

Each item is cut to whole words: verbs and adverbs before it, a place that leads it, a company name and a
quantity before the product, and generic tails are not part of the term. Its region is the most specific
place the text names for it: the place leading the item, a list of places before it, the place leading
its segment or sentence, the place leading the next sentence after a short topic sentence
(``打造动漫产业集群。依托延吉高新区…``), else the document's subject. A document about a place outside
Jilin gives designations only where a Jilin place is named.
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis
from policy.extract.facilities import named_facilities
from policy.extract.knownwords import known_objects, known_with_noun, numbered_points, sector_led
from policy.extract.listplaces import assign_regions, is_name_before, list_regions, places_only, regions_for
from policy.extract.listslots import (
    based_lists,
    colon_lists,
    etc_lists,
    phased_projects,
    project_products,
    towards_lists,
)
from policy.extract.projectlists import (
    counted_place_items,
    etc_kind_sector,
    named_projects,
    place_led_sectors,
    place_sites_sector,
)
from policy.extract.reviewwords import sector_grows, sector_measured
from policy.extract.sectorwords import (
    COUNT,
    HEAD,
    QTY,
    SEG_END,
    SPLIT,
    TAIL,
    TRIGGER,
    Item,
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
from policy.extract.textspans import SpanSet
from policy.extract.titles import titled_places
from policy.model import Designation

__all__ = ["statement_designations"]

_HEAD_KIND = {"项目": "项目", "业态": "发展"}
# What makes a head the first word of another noun (项目问题, 项目审批, 产业部门): no sector head there.
_NOT_A_HEAD = re.compile("问题|审批|手续|用地|部门|专班|办公室")


def _read_list(em: SlotEmitter, a: int, b: int, head: str, kind: str) -> None:
    """Items of ``text[a:b]`` (a list before a head or after a verb), each emitted with its region."""
    an, text = em.an, em.an.text
    sent = an.sentence_at(a)
    seg = seg_start(text, a, sent.start)
    joined = "、" not in text[a:b] and re.search("和|及|与", text[a:b]) is not None
    parsed, named = [], set()
    for x, y in list_items(text, a, b, an):
        p, q, places = strip_item(text, x, y, an)
        span = sector_span(text, p, q, em.taxonomy, head) if p < q else None
        if span and is_name_before(text, p, span[0], em.taxonomy):  # 金隅绿色建材: a company, then its sector
            named.add(len(parsed))
        parsed.append((span, places, p >= q and not names_zone(an, x, y)))
    for span, regions in assign_regions(an, parsed, seg, sent, a, joined, named):
        em.emit(regions, span[0], span[1], kind)


def _head_lists(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    for m in HEAD.finditer(text):
        head = m.group()
        if _NOT_A_HEAD.match(text, m.end()):
            continue  # …等九个项目问题解决常任部门: 项目 opens another noun, the list is of departments
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        if m.start() - seg < 2:
            continue
        before = text[seg : m.start()]
        # The list starts after the last designating verb of the segment (打造…, 建设…).
        verbs = list(TRIGGER.finditer(before))
        tail = TAIL.search(before)  # 吉化120万吨乙烯转型升级项目: 升级 there is the project's, not a verb
        if tail and verbs and verbs[-1].start() >= tail.start() and tail.start() >= 2:
            verbs = [v for v in verbs if v.start() < tail.start()]
        start = seg + verbs[-1].end() if verbs else seg
        # 6万吨碳纤维项目…: a project with its capacity names its product without a verb.
        sized = head == "项目" and QTY.search(text, seg, m.start()) is not None
        # 专用车、食品、…6个产业列入…: a counted list of sectors is one without a verb.
        counted = "、" in before and re.search(r"[0-9０-９一二三四五六七八九十两]\s*[个大]$", before)
        if (
            not (verbs or sized or counted)
            and not TRIGGER.search(text, m.end(), sent.end)
            and head not in ("产业集群", "基地")
        ):
            continue
        part = text[start : m.start()]
        count = COUNT.search(part)
        end = m.start()
        if (
            count
            and count.start() > 0
            and re.search(r"[0-9０-９一二三四五六七八九十两百千万亿]", count.group())
        ):
            end = start + count.start()
        etc = text.rfind("等", start, end)
        kind = _HEAD_KIND.get(head, "产业集群" if "集群" in head else "基地" if "基地" in head else "发展")
        if etc >= start:
            places_part = text[start:etc]
            items = list_items(text, start, etc, an)
            # …及辽源、白山、梅河口、敦化等医药特色产业基地 (places, or places with a facility's name,
            # 通化国际医药城, or companies' works at places, 中核汇能通榆、华电榆树): the places get the
            # sector after 等.
            led = [_edge_place(an, x, y) for x, y in items]
            all_led = bool(items) and all(led)
            only_places = all_led and all(
                not t.strip() or _is_place_item(an, start + i, start + i + len(t))
                for i, t in _offsets(places_part)
            )
            places_list = only_places or (
                all_led
                and not any(
                    sector_span(text, *strip_item(text, x, y, an)[:2], em.taxonomy, head) for x, y in items
                )
            )
            if places_list and end - etc > 2:
                places = list(dict.fromkeys(m[0].region for m in led if m))
                p, q, _ = strip_item(text, etc + 1, end, an)
                span = sector_span(text, p, q, em.taxonomy, head)
                if span and places:
                    em.emit(places, span[0], span[1], kind)
                continue
            p, q, _ = strip_item(text, etc + 1, end, an)
            sector = sector_span(text, p, q, em.taxonomy, head)
            named_sectors = any(
                sector_span(text, *strip_item(text, x, y, an)[:2], em.taxonomy, head)
                for x, y in list_items(text, start, etc, an)
            )
            if (
                head == "项目"
                and sector
                and em.taxonomy.match(text[sector[0] : sector[1]])
                and not named_sectors
            ):
                # 安图恒大一期、农心二期等矿泉水项目: the projects are named, the sector comes after 等.
                leads = [
                    pm.region for x, y in list_items(text, start, etc, an) for pm in places_in(an, x, y)[:1]
                ]
                item = Item(sector[0], sector[1], tuple(dict.fromkeys(leads)))
                regions = regions_for(item, [], list_regions(an, seg, sent, start))
                if regions:
                    em.emit(regions, sector[0], sector[1], kind)
                continue
            end = etc
        if may_name_sector(em, start, end):
            _read_list(em, start, end, head, kind)


def _edge_place(an: Analysis, a: int, b: int) -> list:
    """The place leading ``text[a:b]``, or else ending it (华电榆树), as a list of at most one mention."""
    ms = places_in(an, a, b)
    if ms and ms[0].start <= a + 1:
        return ms[:1]
    if ms and ms[-1].end >= b - 1 and ms[-1].start > a + 1:
        return ms[-1:]
    return []


def _offsets(part: str):
    pos = 0
    for t in SPLIT.split(part):
        yield pos, t
        pos += len(t) + 1


def _is_place_item(an: Analysis, a: int, b: int) -> bool:
    words = an.text[a:b].strip()
    if not words:
        return True
    ms = places_in(an, a, b)
    return bool(ms) and ms[0].start <= a + 1 and ms[-1].end >= b - 1


_VERB_LIST = re.compile(
    r"(?:加快|大力|积极|着力|着重|重点|全力|优先|培育|稳步|支持|鼓励|引导|促进)?"
    r"(?:发展好|培育好|发展|培育|壮大|做大做强|做强做大|做强|做大|做优|振兴|提升|主攻|培植|促进|扶持|推进|推动|加快|加速|"
    r"打造|布局|聚焦|突出|延伸|拓展|开发|引进|瞄准|围绕|支持|鼓励|引导|抓好|搞好|狠抓)"
)


# 进一步推动…, 多措并举推动…, 持续推进…: an adverb right before a bare verb makes it a verb (at most 4
# characters, so only the 4 before the verb are searched).
_ADVERB_END = re.compile(
    r"(?:进一步|多措并举|不断|持续|继续|全面|扎实|切实|认真|有序|主动|深入|努力|加速|统筹|协同|同步|一体|整体|合力|"
    r"共同|奋力|强力|稳妥|系统|抓紧|尽快|加紧)$"
)
_PROBLEM = re.compile("(?:问题|矛盾|短缺|紧张|困难|瓶颈|难题|风险)$")
_LIST_TAIL = re.compile(
    r"(?:等)?(?:产业|行业|资源的?)?(?:健康|快速|加快|高质量|持续|集聚|集群|综合|创新)?(?:发展|建设|开发利用|开发|勘探开发|勘探)?$"
)


def _past_quoted(text: str, a: int, ceiling: int) -> int:
    """The end of the segment at ``a``, past quoted items right there (发展好“夜经济”“地摊经济”): quotes
    end a segment, but items quoted one after another are the verb's list."""
    pos = a
    while pos < ceiling and text[pos] == "“":
        close = text.find("”", pos, ceiling)
        if close < 0:
            break
        pos = close + 1
        if pos < ceiling and text[pos] in "、和及" and pos + 1 < ceiling and text[pos + 1] == "“":
            pos += 1
    return seg_end(text, pos, ceiling) if pos > a else seg_end(text, a, ceiling)


_BARE_VERBS = frozenset(
    {"发展", "推进", "推动", "加快", "提升", "打造", "布局", "开发", "引进", "支持", "围绕"}
)
_VERB_BEFORE = frozenset(SEG_END + "、要将并和及大力积极着力重点")


def _verb_like(an: Analysis, at: int, sent_start: int) -> bool:
    """A bare verb at ``at`` is a verb after a stop, an adverb or a place (县域发展取得新成果: a noun)."""
    text = an.text
    return (
        at <= sent_start
        or text[at - 1] in _VERB_BEFORE
        or bool(_ADVERB_END.search(text, max(sent_start, at - 4), at))
        or any(pm.end == at for pm in an.mentions_in(max(0, at - 12), at))
    )


def _verb_lists(em: SlotEmitter) -> None:
    """``大力发展农产品精深加工和现代食品加工业``: items must read as sectors without a head."""
    an, text = em.an, em.an.text
    for m in _VERB_LIST.finditer(text):
        sent = an.sentence_at(m.start())
        # 县域发展取得新成果: 发展 after a noun is a noun; a verb follows an adverb, a stop or a place.
        if m.group() in _BARE_VERBS and not _verb_like(an, m.start(), sent.start):
            continue
        end = _past_quoted(text, m.end(), sent.end)
        a, b = m.end(), end
        tail = _LIST_TAIL.search(text, max(a, b - 10), b)  # the tail is at most 8 characters
        if m.group().endswith("抓好") and not (tail and tail.group().endswith("发展")):
            continue  # 抓好为民服务, 抓好城市设计: 抓好 names work to do; …发展 makes its objects sectors
        if tail:
            b = tail.start()
        etc = text.rfind("等", a, b)  # 风电、光伏等新能源: what follows 等 names the kind, not an item
        known_kind = False
        if etc > a and text.startswith("等地", etc) and (where := places_only(an, a, etc)):
            # 加快长春、吉林等地的住宅产业化: places and "other places", then the sector they develop
            after = etc + 2 + text.startswith("的", etc + 2)
            if b - after >= 2 and em.taxonomy.match(text[after:b]) is not None:
                em.emit(where, after, b, "发展")
            continue
        if etc > a:
            if NOT_SECTOR_KIND.match(text, etc + 1):
                continue  # 康乃尔医药、迈灵药业等企业 / 慈善、中医药、红十字等事业: not a list of sectors
            # 环卫、冷藏、消防等特种车: a known kind is a sector, and items it does not know are its types.
            known_kind = b - etc > 2 and em.taxonomy.match(text[etc + 1 : b]) is not None
            # 支持六鼎山、琵岩山等景区建设: places listed before a kind are where it is
            regions = places_only(an, a, etc) or list_regions(an, seg_start(text, a, sent.start), sent, a)
            if known_kind and regions:
                em.emit(regions, etc + 1, b, "发展")
            b = etc
        if b - a < 2 or b - a > 60 or _PROBLEM.search(text, a, b):
            continue  # 突出解决煤炭、电力和铁路运输紧张问题: the objects are problems to solve
        if may_name_sector(em, a, b):
            read_sectors(em, a, b, known_only=known_kind)


def statement_designations(
    an: Analysis, taxonomy, refused=None
) -> tuple[tuple[Designation, ...], tuple[str, ...]]:
    """Designations read from sector slots of running text (see the module docstring).

    Parameters
    ----------
    an : Analysis
        The document's reading (``policy.extract.analysis.analyse``).
    taxonomy : policy.industries.taxonomy.Taxonomy
    refused : SpanSet, optional
        Text read as a list led by a place the gazetteer does not know (本溪市重点发展…): never given to
        another region.

    Returns
    -------
    designations : tuple of Designation
        One per (region, industry or term, clause), in text order; ``plan`` is False in a review of past
        work.
    warnings : tuple of str
        One per unclassified term.
    """
    em = SlotEmitter(an, taxonomy, refused if refused is not None else SpanSet())
    _head_lists(em)
    etc_lists(em)
    _verb_lists(em)
    colon_lists(em)
    towards_lists(em)
    based_lists(em)
    sector_led(em)
    numbered_points(em)
    project_products(em)
    phased_projects(em)
    named_projects(em)
    etc_kind_sector(em)
    counted_place_items(em)
    place_sites_sector(em)
    place_led_sectors(em)
    titled_places(em)
    known_objects(em)
    known_with_noun(em)
    named_facilities(em)
    sector_measured(em)
    sector_grows(em)
    found = tuple(
        sorted(
            _without_wrapped(em.out.values(), em.known), key=lambda d: (d.prov.start, d.prov.end, d.region)
        )
    )
    return found, tuple(em.warnings)


def _without_wrapped(designations, known) -> list[Designation]:
    """Unclassified terms that wrap a known sector word another slot read at the same place go
    (禧利人参深加工 around 人参, 岭人参研发加工 around 人参): the company's name is not part of the term."""
    return [
        d
        for d in designations
        if d.industry is not None
        or not any(
            r == d.region and d.prov.start <= a and b <= d.prov.end and (a, b) != (d.prov.start, d.prov.end)
            for r, a, b in known
        )
    ]
