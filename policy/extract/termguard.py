"""Whole words only: the last guard of a designation's term (no leading verb, no count, no two sectors).

Every reading of a document's designations passes through here before it is returned: a term that starts
with a verb (加强轨道客车) loses it, a count (万亿级汽车, 大数据六大) is cut off, two known sectors joined
by 和 (汽车工业和医药) become two designations, and a term that is no industry word once cut is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policy.extract.listplaces import is_name_before
from policy.extract.sectorwords import QTY, is_generic
from policy.model import Designation

__all__ = ["known_tail", "not_words", "split_joined", "without_verb"]

_VERB_START = re.compile(
    r"(?:而|并|且|但|以|加强|加快|推进|推动|促进|组织|搞好|抓好|抓|实施|提高|积极|大力|着力|重点|引进|培育|壮大|"
    r"扶持|支持|鼓励|努力|发挥|稳|打造|建设|做强|做大|提升|扩大|加大|滚动)+"
)


_MAKE_INTO = frozenset({"打造", "建设", "建成", "发展", "培育", "做成", "变成"})

# A count or a kind word inside a term (新能源五大战略性新兴, 大数据六大): the term ends before it.
_COUNT_IN = re.compile(
    r"[一二三四五六七八九十两]+大|[0-9０-９]+大|个?[千百万]+亿级(?:以上)?|[千百万]+吨级|战略性新兴$|战略性$|新兴$|新$"
    r"|(?:支柱|主导|优势|特色|重点)$"  # 农产品加工支柱(产业): the kind of industry, not part of its name
)


def without_verb(d: Designation, text: str, taxonomy) -> Designation | None:
    """The designation with its term cut to whole words, or None when no industry word is left."""
    start, end = d.prov.start, d.prov.end
    m = _VERB_START.match(d.term)
    if m:
        start += m.end()
    if text[start : start + 1] in "成为" and text[max(0, start - 2) : start] in _MAKE_INTO:
        start += 1  # 打造成蛋制品行业的龙头: 成 belongs to the verb
    qty = QTY.match(text, start, end)
    if qty and qty.end() < end and text[qty.end()] != "级":
        start = qty.end()  # 滚动实施100万吨秸秆糖: the project's capacity, then its product
    if text.startswith(("世界级", "国际级"), start):  # 世界级钼: a rank, not part of the name
        start += 3
    elif (
        text.startswith("元", start)
        and start > 0
        and text[start - 1] in "万亿千百十0123456789０１２３４５６７８９"
    ):
        start += 1  # 超10亿元产业项目: the money's unit is no part of a sector
    if text.startswith("特", end - 1) and text.startswith("产业", end):
        end += 1  # 园艺特产业: the sector is 园艺特产, not 园艺特 with 产业 cut off
    elif d.industry is None and text.startswith("新", start) and taxonomy.match(text[start + 1 : end]):
        start += 1  # 新农业, 新旅游: a campaign's "new" before a known sector
    cut = _COUNT_IN.search(text, start, end)
    if cut and cut.start() == start:  # 万亿级汽车: the count qualifies what follows
        start = cut.end()
    elif cut:
        end = cut.start()
    if (start, end) == (d.prov.start, d.prov.end):
        return None if d.industry is None and is_generic(d.term) else d
    rest = text[start:end]
    industry = taxonomy.match(rest) if rest else None  # 钼 is a sector of one character
    if industry is None or (d.industry is not None and industry.id != d.industry):
        return None
    return replace(d, term=rest, industry=industry.id, prov=replace(d.prov, start=start, end=end))


_JOIN = re.compile("和|及|与|以及")
# Parts of a joined term that name nothing when the tail (产业) was cut after them.
_GENERIC_PARTS = frozenset({"特色", "文化", "生态", "养老", "节约型", "事业", "服务", "产品"})


def split_joined(d: Designation, text: str, taxonomy) -> list[Designation]:
    """An unclassified term made of known sectors joined by 和/及/与, as one designation per sector."""
    if d.industry is not None or not _JOIN.search(d.term):
        return [d]
    start, end = d.prov.start, d.prov.end
    parts, pos = [], start
    for m in _JOIN.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    out, generic = [], 0
    for a, b in parts:
        words = text[a:b]
        industry = taxonomy.match(words) if len(words) >= 2 else None
        if industry is None and b == end and text.startswith("产业", b):  # 文化事业和文化产业: the last
            industry = taxonomy.match(words + "产业")  # part may name its sector with the 产业 cut off
            if industry is not None:
                b, words = b + 2, words + "产业"
        if industry is None and (is_generic(words) or words in _GENERIC_PARTS):
            generic += 1  # 文化事业和文化(产业), 肉牛白鹅和特色(产业): the generic part names nothing
            continue
        if industry is None:
            return [d]  # a part the taxonomy does not know: keep the term as written, unclassified
        out.append(replace(d, term=words, industry=industry.id, prov=replace(d.prov, start=a, end=b)))
    return out if out or not generic else []


def known_tail(d: Designation, text: str, taxonomy) -> Designation:
    """An unclassified term that ends in a known sector after a name is that sector: the name is a
    company's (中泽钼深加工 → 钼深加工, 尚东睿食品深加工 → 食品深加工)."""
    if d.industry is not None:
        return d
    start, end = d.prov.start, d.prov.end
    # The longest known tail of three characters or more: a two-character word after a name may be part of
    # a name of its own (量子食品), and stays unclassified.
    for cut in range(start + 2, end - 2):
        industry = taxonomy.match(text[cut:end])
        if industry is not None:
            if not is_name_before(text, start, cut, taxonomy):
                return d  # 氢燃料轻量化汽车: the words before are the sector's own
            return replace(d, term=text[cut:end], industry=industry.id, prov=replace(d.prov, start=cut))
    return d


# Inside an unclassified term, what makes it a clause or a piece of one, not a sector's name: a number, a
# verb (滚动实施100万吨秸秆糖, 新举措大力支持装备制造), a list (光电子信息等优势产业和能源) or a place word
# cut from its place (区主业 of 开发区主业).
_NOT_WORDS = re.compile(
    r"[0-9０-９]|等|、|支持|实施|兴办|创建|推进|推动|加快|举措|路径|要用|帮扶|开展|引进|争取|完善"
    # 北汽—皓月生态小镇, 奔腾系列纯电: names joined by a dash, a brand's product line
    r"|[—–－]|系列|煤改"  # …, “煤改气”: a fuel switch
)
# “六新产业”, “八个重点产业”, “两化两链两业”: a campaign's counted name, not a sector.
_COUNTED_NAME = re.compile("[一二三四五六七八九十两]+(?:新|个|大|化|链|业)")


def not_words(d: Designation, text: str) -> bool:
    """True for an unclassified term that is no industry's name (see ``_NOT_WORDS``)."""
    if d.industry is not None:
        return False
    return (
        text[d.prov.start] in "区县市州镇乡"
        or _NOT_WORDS.search(text, d.prov.start, d.prov.end) is not None
        or _COUNTED_NAME.match(text, d.prov.start, d.prov.end) is not None
    )
