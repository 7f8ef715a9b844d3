"""Sector slots of a review: a known sector word measured (生猪存栏30万头, 农产品加工业产值增长14%) or said
to grow (现代服务业蓬勃发展, 品牌农业、高效特色农业…初具规模) — the sector's place in the region.
"""

from __future__ import annotations

import bisect
import re

from policy.extract.listplaces import list_regions, regions_for
from policy.extract.sectorwords import NAME_CHARS, SEG_END, Item, alias_pattern, seg_start
from policy.extract.slotemit import SlotEmitter

__all__ = ["sector_grows", "sector_measured"]


# 生猪存栏30万头, 蜜蜂发展到17.9万箱, 新增人参种植面积700公顷, 农产品加工业产值增长14%: a known sector
# word that opens a segment and is measured there — a review's statement of the sector's place in the region.
_MEASURE = re.compile(
    r"(?:产业|业|经济)?(?:种植面积|养殖规模|总产值|产值|产量|增加值|营业收入|销售收入|总产|存栏|出栏|饲养量|发展到|达到|"
    r"加工能力|加工量|产能|装机|生产面积|面积|总收入|收入|规模|"
    r"突破|增长|增加|种植|养殖|基地|"
    r"(?=[0-9０-９.]+万?(?:亩|公顷|头|只)))"  # 新增棚膜菜田2万亩: the figure right after the sector word
)
_MEASURE_LEAD = re.compile(r"(?:新增|栽培|栽种|新建|全年|当年|全市|全州|全省|其中|[，、])*")


_FLOOR_WORDS = frozenset({"建筑", "住宅", "商业", "办公"})
_FIGURE = re.compile(r"[0-9０-９%％]|[一二三四五六七八九十百千万亿]+[万亿]?(?:头|只|箱|亩|吨|袋)")


_SEGMENT = re.compile(rf"[^{re.escape(SEG_END)}、]+")


def sector_measured(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    places_end = {m.end: m for m in an.mentions}
    mention_at = {m.start: m for m in an.mentions}
    figures = [f.start() for f in _FIGURE.finditer(text)]
    for segment in _SEGMENT.finditer(text):  # each segment once: a sector word must open it
        seg, end = segment.span()
        i = bisect.bisect_left(figures, seg)
        if i == len(figures) or figures[i] >= end:
            continue  # no figure to measure the sector by (most segments)
        a = _MEASURE_LEAD.match(text, seg, end).end()
        place = mention_at.get(a)
        if place is not None and place.end < end:  # 延吉人参…: a place may open the segment
            a = place.end
        hit = aliases.match(text, a, end)
        if hit is not None:
            b = hit.end()
        elif text.startswith(("产业", "业"), a + 1) and em.taxonomy.match(text[a : a + 1]) is not None:
            b = a + 1  # 钼产业产值达到100亿元: a one-character sector names itself with 产业
        else:
            continue
        each = 2 if text.startswith("分别", b) else 0
        measure = _MEASURE.match(text, b + each, end)
        if not measure or not _FIGURE.search(text, b, end):
            continue  # the measure and its figure (存栏30万头)
        if measure.group() == "面积" and hit is not None and hit.group() in _FLOOR_WORDS:
            continue  # 建筑面积28万平方米 is a building's floor space, not the construction sector
        if text.startswith("分别", measure.end()):  # 生猪、家禽养殖规模分别增长…
            each = 2
        sent = an.sentence_at(a)
        regions = regions_for(Item(a, b, ()), [], list_regions(an, seg, sent, a))
        if regions and places_end.get(b) is None:
            # 生猪、肉牛分别发展到57万头、18.4万头: the sectors listed before 分别 are measured too.
            for p, q in [*(_listed_before(text, aliases, a) if each else ()), (a, b)]:
                em.emit(regions, p, q, "发展")


def _listed_before(text: str, aliases, a: int) -> list[tuple[int, int]]:
    """Known sector words joined by 、 that end right before ``a`` (生猪、 before 肉牛分别…)."""
    out = []
    while a > 0 and text[a - 1] == "、":
        k = a - 1
        while k > 0 and text[k - 1] not in SEG_END and text[k - 1] != "、" and a - k < 10:
            k -= 1
        hit = aliases.fullmatch(text, k, a - 1)
        if hit is None:
            break
        out.insert(0, hit.span())
        a = k
    return out


# 现代服务业蓬勃发展, 金州乡生态农业、旅游产业初具规模: known sectors that open a segment, said to grow.
_GROWTH_WORDS = (
    r"初具规模|蓬勃发展|快速发展|发展迅速|发展迅猛|加快发展|稳步发展|健康发展|持续壮大|不断壮大|发展壮大|"
    r"实现突破|取得突破|势头强劲|异军突起|方兴未艾|提质增效|提质升级|转型升级|加速集聚|集聚发展|形成规模|"
    r"迅速崛起|快速崛起|强势崛起|增势强劲|走在前列|发展稳定|发展活力|较快发展|持续向好|发展向好|稳中向好|"
    r"新突破|新跨越|稳定发展|提速发展|加速发展|迅速成长|快速成长|茁壮成长"
)
_GROWS = re.compile(rf"(?:产业|业)?(?:集群)?(?:发展)?(?:已经|已|正在|不断|持续|进一步)?(?:{_GROWTH_WORDS})")
_GROWTH = re.compile(_GROWTH_WORDS)
# 实现蛋品、玉米深加工新突破: what was achieved opens the segment after 实现.
_GROWS_LEAD = re.compile(r"(?:其中|全市|全州|全省|全县|同时|特别是|尤其是)?[，、]?(?:实现|取得)?")
_WHOLE_SEGMENT = re.compile(rf"[^{re.escape(SEG_END)}]+")


_ITEM_END = re.compile("、|$")


def _modified(taxonomy, text: str, pos: int, ceiling: int) -> tuple[int, int] | None:
    """An item of a few modifiers before a known sector word, up to the next 、 (高效特色农业、…)."""
    if pos >= ceiling:
        return None
    q = _ITEM_END.search(text, pos, ceiling).start()
    for tail in ("", "产业", "业"):  # 都市休闲农业 ends in a known word, 健康养殖业 without its 业
        if not text.endswith(tail, pos, q):
            continue
        b = q - len(tail)
        known = taxonomy.known_suffix(text[pos:b])
        if known is not None and 0 < b - pos - len(known) <= 4 and NAME_CHARS.fullmatch(text, pos, b):
            return pos, b
    return None


def sector_grows(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    seen = set()
    for growth in _GROWTH.finditer(text):  # only segments that say something grows (few in a text)
        segment = _WHOLE_SEGMENT.match(text, seg_start(text, growth.start(), 0))
        if segment is None or segment.start() in seen:
            continue
        seen.add(segment.start())
        seg, end = segment.span()
        a = _GROWS_LEAD.match(text, seg, end).end()
        # 省级示范镇金州乡生态农业…: a place near the segment's start leads it.
        place = next((an_m for an_m in an.mentions_in(a, min(end, a + 12)) if an_m.start - a <= 6), None)
        if place is not None:
            a = place.end
        items, pos = [], a + (text[a : a + 1] in '“"')  # “夜经济”加快发展
        while (
            span := (hit.span() if (hit := aliases.match(text, pos, end)) else None)
            or _modified(em.taxonomy, text, pos, growth.start())
        ) is not None:
            items.append(span)
            pos = span[1] + (text[span[1] : span[1] + 1] in '”"')
            if not text.startswith(("产业、", "业、", "、", "和", "及", "与"), pos):
                break
            pos += 3 if text.startswith("产业、", pos) else 2 if text.startswith("业、", pos) else 1
        # 大数据、人工智能、通用航空等加快发展: the list may close with 等 (and 产业).
        after = re.match("等(?:产业)?", text[pos:end]) if items else None
        if not items or _GROWS.match(text, pos + (after.end() if after else 0), end) is None:
            continue
        sent = an.sentence_at(a)
        led = (place.region,) if place is not None else ()
        for p, q in items:
            regions = regions_for(Item(p, q, led), [], list_regions(an, seg, sent, p))
            if regions:
                em.emit(regions, p, q, "发展")
