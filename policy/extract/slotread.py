"""Reading a list of sector words in running text: a cheap test first, then each item cut to its words and
given its region (shared by the sector slots of :mod:`policy.extract.statements` and
:mod:`policy.extract.listslots`).
"""

from __future__ import annotations

import re

from policy.extract.goodswords import PRODUCT_WORD, is_goods
from policy.extract.listplaces import assign_regions, is_name_before
from policy.extract.sectorwords import (
    ACTION_END,
    CJK,
    COMPANY_WORDS,
    MAX_TERM,
    MODIFIER,
    NOT_SECTOR,
    NOT_SECTOR_IN,
    SECTOR_END,
    SECTOR_WORD,
    alias_pattern,
    company_like,
    list_items,
    names_zone,
    raised_animal,
    seg_start,
    strip_item,
)
from policy.extract.slotemit import SlotEmitter

_WORD_CHARS = re.compile(rf"[{CJK}A-Za-z0-9]+")

__all__ = ["NOT_SECTOR_KIND", "SAVING_KIND", "may_name_sector", "read_sectors", "verb_object_span"]


def may_name_sector(em: SlotEmitter, a: int, b: int) -> bool:
    """A cheap test before reading a list: its words hold a known sector word or a sector or goods ending.

    Most verbs and heads of a report take no sector at all; reading their objects item by item is the
    costly part of extraction.
    """
    text = em.an.text
    if text.startswith(("产业", "行业"), b):
        b += 2  # 文化产业发展: the tail cut off the list may complete its last sector word
    return bool(
        SECTOR_WORD.search(text, a, b)
        or PRODUCT_WORD.search(text, a, b)
        or alias_pattern(em.taxonomy).search(text, a, b)
    )


SAVING_KIND = re.compile("[^，。；、]{0,4}?(?:节能|降碳|减排|降耗|减碳)")
# After 等: companies, undertakings or works, not sectors (…等企业, …等公司, …等社会事业, …等工作).
NOT_SECTOR_KIND = re.compile(
    r"[^，。；、]{0,6}?(?:企业|公司|集团|事业|工作|单位|机构|部门|院校|高校|平台|设施|市政|地块)"
    r"|[^，。；、]{0,12}?(?:部门|单位)(?![^，。；、]{0,3}(?:产业|行业))"
    # …生态环保、行政管理等综合考评体系, …地热等新型清洁能源取暖方式: a scheme or a way, not sectors
    r"|[^，。；、产业]{0,8}?(?:体系|方式|机制|制度|考评|考核|改革)"
    # …建材等领域节能降碳: saving energy in those sectors, not growing them
    r"|" + SAVING_KIND.pattern
)


def verb_object_span(em: SlotEmitter, p: int, q: int) -> tuple[int, int] | None:
    """A verb's object item is a sector when the taxonomy knows it or it ends like one (马铃薯加工)."""
    words = em.an.text[p:q]
    if not words or len(words) > MAX_TERM or not _WORD_CHARS.fullmatch(words):
        return None
    if words[0].isdigit() or NOT_SECTOR_IN.search(words):
        return None
    if em.taxonomy.match(words) is not None:
        return p, q
    text = em.an.text
    if text.startswith(("产业", "行业"), q) and em.taxonomy.match(text[p : q + 2]) is not None:
        return p, q + 2  # 推进文化产业发展: 文化 alone names no sector, 文化产业 does
    animal = raised_animal(words, em.taxonomy)
    if animal:
        return p + animal[0], p + animal[1]
    alias = em.taxonomy.known_suffix(words)
    if alias is not None and em.taxonomy.split_compound(words) is not None:
        return p, q  # 广告会展: two sectors run together, each its own designation
    if alias is not None and not MODIFIER.fullmatch(words[: -len(alias)]):
        # 华微电子, 格致汽车: a company's name before the sector; the sector alone, unless a company word.
        return None if alias in COMPANY_WORDS else (q - len(alias), q)
    end = SECTOR_END.search(words)
    if company_like(words, em.taxonomy):
        return None  # 富奥泵业, 金士百设备: a company's name
    if 2 <= len(words) <= 8 and end and not NOT_SECTOR.match(words):
        if len(words) == 2 and end.end() - end.start() == 1:
            return None  # 结果, 电气: a two-character word ending like a product is rarely one
        return None if ACTION_END.search(words) else (p, q)
    return None


def read_sectors(em: SlotEmitter, a: int, b: int, known_only: bool = False) -> None:
    """Each item of ``text[a:b]`` that reads as a sector, with its region; ``known_only`` keeps only the
    items the taxonomy knows (the others are types of a kind named after the list)."""
    an, text = em.an, em.an.text
    sent = an.sentence_at(a)
    seg = seg_start(text, a, sent.start)
    joined = "、" not in text[a:b] and re.search("和|及|与", text[a:b]) is not None
    parsed, cuts = [], []
    for x, y in list_items(text, a, b, an):
        p, q, places = strip_item(text, x, y, an)
        cuts.append((p, q))
        parsed.append(
            (verb_object_span(em, p, q) if p < q else None, places, p >= q and not names_zone(an, x, y))
        )
    if any(span and em.taxonomy.match(text[span[0] : span[1]]) for span, _, _ in parsed):
        # Beside a known sector, goods named by their ending are objects too (收割机、免耕播种机).
        for n, (span, places, bare) in enumerate(parsed):
            p, q = cuts[n]
            if span is None and not bare and is_goods(text[p:q]):
                parsed[n] = ((p, q), places, bare)
    if known_only:
        parsed = [
            (span if span and em.taxonomy.match(text[span[0] : span[1]]) else None, places, bare)
            for span, places, bare in parsed
        ]
    named = {  # items whose sector follows a company's name (金隅绿色建材)
        n
        for n, (span, _, _) in enumerate(parsed)
        if span and is_name_before(text, cuts[n][0], span[0], em.taxonomy)
    }
    for span, regions in assign_regions(an, parsed, seg, sent, a, joined, named):
        em.emit(regions, span[0], span[1], "发展")
