"""Sector slots led by a word the taxonomy knows: a sector-led sentence (农产品加工业重点…), a known sector
right after a verb (积极开发旅游资源), and a known sector word followed by what makes it the sector
(打造“吉林大米”品牌, 抽水蓄能电站).
"""

from __future__ import annotations

import re

from policy.extract.listplaces import list_regions, regions_for
from policy.extract.sectorwords import (
    CJK,
    LEAD_WORDS,
    TRIGGER,
    Item,
    alias_pattern,
    seg_start,
    strip_item,
)
from policy.extract.slotemit import SlotEmitter

__all__ = ["known_objects", "known_with_noun", "sector_led"]

# 农产品加工业重点加快…, 旅游业要…: a sector that leads its sentence or segment is what it is about.
_SECTOR_LED = re.compile(rf"(?P<x>[{CJK}]{{2,10}}?)(?:产业|业)(?:要|重点|着力|加快|以|围绕|突出|坚持|方面)")


def sector_led(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    for sent in an.sentences:
        a = sent.start
        while a < sent.end and text[a] in " \u3000":
            a += 1
        label = re.match(
            r"[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|[一二三四五六七八九十]是",
            text[a : sent.end],
        )
        if label:
            a += label.end()
        m = _SECTOR_LED.match(text, a, sent.end)
        if not m:
            continue
        p, q, places = strip_item(text, m.start("x"), m.end("x"), an)
        words = text[p:q]
        if q - p < 2 or em.taxonomy.match(words) is None:
            continue
        item = Item(p, q, tuple(places))
        regions = regions_for(item, [], list_regions(an, sent.start, sent, p))
        if regions:
            em.emit(regions, p, q, "发展")


# What may follow a sector word that a verb takes as its object (发展旅游资源, 抓好粮食生产, 发展汽车、…).
_OBJECT_FOLLOW = re.compile(
    r"产业|业|生产|制造|加工|资源|升级|转型|基地|集群|园|项目|等|[、，。；：和及与]|$"
)


def known_objects(em: SlotEmitter) -> None:
    """``积极开发旅游资源``, ``毫不放松地抓好粮食生产``: a known sector word right after a verb."""
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in TRIGGER.finditer(text):
        p = m.end()
        lead = LEAD_WORDS.match(text, p)
        if lead:
            p = lead.end()
        hit = aliases.match(text, p)
        if hit is None or not _OBJECT_FOLLOW.match(text, hit.end()):
            continue
        sent = an.sentence_at(p)
        seg = seg_start(text, m.start(), sent.start)
        regions = regions_for(Item(p, hit.end(), ()), [], list_regions(an, seg, sent, m.start()))
        if regions:
            em.emit(regions, p, hit.end(), "发展")


# What may follow a known sector word that stands for the sector itself (吉林大米品牌, 抽水蓄能电站, 冰雪产业
# 示范新城, 数据中心建成, 人参园区化发展).
_SECTOR_NOUN = re.compile(
    r"[”\"]?(?:品牌|产业|基地|园区|小镇|新城|电站|示范区|大品种|交易市场|集聚区|综试区)"
)
_LEFT_OK = '、，；：。“”"（）《》和及与的等\n 　'


def known_with_noun(em: SlotEmitter) -> None:
    """A known sector word, whole, followed by a noun that makes it the sector (打造“吉林大米”品牌)."""
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    places_end = {m.end for m in an.mentions}
    pos = 0
    while True:
        hit = aliases.search(text, pos)
        if hit is None:
            return
        pos = hit.start() + 1
        a, b = hit.span()
        left_ok = (
            a == 0 or text[a - 1] in _LEFT_OK or a in places_end or LEAD_WORDS.search(text, max(0, a - 4), a)
        )
        if not left_ok or not _SECTOR_NOUN.match(text, b):
            continue
        sent = an.sentence_at(a)
        seg = seg_start(text, a, sent.start)
        etc = text.rfind("等", max(seg, a - 12), a)
        if etc >= 0 and aliases.search(text, seg, etc):
            continue  # 风电、光伏等具有竞争力的新能源产业: after a list of sectors, 等 names their kind
        regions = regions_for(Item(a, b, ()), [], list_regions(an, seg, sent, a))
        if regions:
            em.emit(regions, a, b, "发展")
        pos = b
