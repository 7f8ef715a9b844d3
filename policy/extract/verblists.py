"""Verb lists: a designating verb followed by a list of industries, led by the places it designates.

The common forms of provincial and prefectural texts, beyond the lead-first ``X重点发展A、B`` of
``policy.extract.designations``:

- ``支持公主岭市、长春市、吉林市发展碳纤维、冰雪装备产业`` — coordinated places after an opener verb
  (支持, 鼓励, 推动 …), each place gets every item;
- ``鼓励白山市、通化市打造医药健康产业集群`` — one item, kind 产业集群;
- ``以敦化市、和龙市为重点，发展林下经济、矿泉水产业`` — the places in the segment before;
- ``在长春新区布局新能源汽车、人工智能等产业`` — a sub-area (新区) belongs to its region;
- ``加快发展风电、光伏等新能源产业`` — no place: the document's subject, else the province.

A list counts as designating when it closes with a generic tail (产业, 产业集群, 行业, 等…产业) or when every
item is a known industry. Inside such a list an item the taxonomy does not know is kept with
``industry=None`` and warned about; a lead that reads as a place the gazetteer does not know is warned
about and its list is not assigned, never given to another region.
"""

from __future__ import annotations

import re

from policy.extract.emit import Ctx, context_region, emit_chunks, region_prefix
from policy.extract.leads import coordinated_regions, is_place_like, place_end, skip_label
from policy.extract.textspans import segment_end, segment_start, sentence_span, split_items, trim
from policy.messages import message

_CJK = "\u4e00-\u9fff"
_VERB = re.compile(
    r"(?:重点|加快|大力|积极|着力|优先|培育|集中)?发展(?:壮大)?|打造|培育(?:壮大)?|布局|壮大|做大做强|做强做大"
)
# Words right after a verb that make it something other than "develop these industries".
_NOT_A_LIST = re.compile(r"成|为|到|的|方式|水平|环境|理念|空间|潜力|思路|质量|目标|规划|条件|基础|壮大")
_KINDS = re.compile(
    "(?:外贸转型升级基地|战略性新兴产业|传统优势产业|支柱产业|优势产业|特色产业|新兴产业|主导产业)$"
)
_TAIL = re.compile(rf"(?:等(?P<mid>[{_CJK}]{{0,12}}?))?(?P<tail>产业集群|产业基地|产业|行业)$")
# Subjects of development that are not industries (中小企业产业集群 is a cluster of small firms).
_NOT_INDUSTRY = re.compile("中小企业|民营经济|县域经济|块状经济|非公有制经济|龙头企业")
# A quantifier or a kind word is no industry: 一批新兴产业集群.
_QUANTIFIER = re.compile("一批|一些|若干|一大批|一系列")
_KIND_WORD = re.compile("(?:战略性)?(?:新兴|特色|优势|支柱|主导|传统优势|重点)$")
_OPENERS = re.compile(r"(?:支持|鼓励|推动|引导|促进|推进|加快|依托|要|在|由|将|着力|重点|积极|大力|继续)+")
_FOCUS_PREV = re.compile(rf"以(?P<list>[{_CJK}、和及与]{{2,40}}?)为(?:重点|主体|核心|龙头)[，,]?$")
_PARTICLES = "要将应也还则可 "
_TERM_LIKE = re.compile(rf"[{_CJK}（）()+]{{1,14}}")


def _lead(ctx: Ctx, seg: int, at: int) -> tuple[list[str] | None, bool]:
    """Regions leading a verb at ``at`` whose segment starts at ``seg``: (regions, refused).

    ``regions`` None means no place leads the list (the caller falls back to the document's region).
    """
    text = ctx.text
    opener = _OPENERS.match(text, seg, at)
    a = opener.end() if opener else seg
    b = at
    while b > a and text[b - 1] in _PARTICLES:
        b -= 1
    if a >= b:
        return _focus_before(ctx, seg), False
    mentions = ctx.mentions_in(a, b)
    regions = coordinated_regions(mentions, text, a, b)
    if regions:
        return regions, False
    if mentions and mentions[0].start == a and place_end(text, mentions[0].end) == b:
        return [mentions[0].region], False
    if mentions:
        return [mentions[-1].region], False
    if is_place_like(text[a:b]):
        ctx.warnings.append(
            message("unresolved_place", place=text[a:b], doc=ctx.doc.id, label=ctx.clause_label(a))
        )
        return None, True
    return _focus_before(ctx, seg), False


def _focus_before(ctx: Ctx, seg: int) -> list[str] | None:
    """Places of a ``以X、Y为重点，`` segment right before ``seg`` in the same sentence."""
    s, _ = sentence_span(ctx.text, max(seg - 1, 0))
    m = _FOCUS_PREV.search(ctx.text, s, seg)
    if not m:
        return None
    a, b = m.span("list")
    regions = coordinated_regions(ctx.mentions_in(a, b), ctx.text, a, b)
    if regions:
        return regions
    found = ctx.mentions_in(a, b)
    return (
        [found[0].region]
        if len(found) == 1 and (found[0].start, place_end(ctx.text, found[0].end)) == (a, b)
        else None
    )


def _items(ctx: Ctx, a: int, b: int) -> tuple[list[tuple[int, int]], bool]:
    """List items of ``text[a:b]`` and whether a modifier ending in 的 was cut off before them."""
    de = ctx.text.rfind("的", a, b)
    a = de + 1 if de >= 0 else a
    quantifier = _QUANTIFIER.match(ctx.text, a, b)
    a = quantifier.end() if quantifier else a
    items = [(p, q) for p, q, _ in split_items(ctx.text, a, b)]
    return [(p, q) for p, q in items if trim(ctx.text, p, q)[0] < trim(ctx.text, p, q)[1]], de >= 0


def _term_like(ctx: Ctx, a: int, b: int) -> bool:
    pre = region_prefix(ctx, a, b)
    a = pre[1] if pre else a
    a, b = trim(ctx.text, a, b)
    words = ctx.text[a:b]
    return (
        _TERM_LIKE.fullmatch(words) is not None
        and not _NOT_INDUSTRY.search(words)
        and not _KIND_WORD.fullmatch(words)
    )


def verb_lists(ctx: Ctx) -> None:
    """Emit the designations of every verb list in the document (see the module docstring)."""
    text = ctx.text
    for m in _VERB.finditer(text):
        if _NOT_A_LIST.match(text, m.end()):
            continue
        end = segment_end(text, m.end())
        if end <= m.end() or ctx.is_claimed(m.end(), end) or ctx.refused.overlaps(m.end(), end):
            continue
        words = text[m.end() : end].rstrip(" ")
        tail = _TAIL.search(words)
        if tail:
            stop = m.end() + (tail.start() if tail.group("mid") is None else words.rfind("等"))
        else:
            stop = m.end() + (len(words) - 1 if words.endswith("等") else len(words))
            # 农副产品加工业: the 业 of a known industry is not part of the term
            if words.endswith("业") and ctx.taxonomy.match(text[m.end() : stop - 1]):
                stop -= 1
        if stop <= m.end():
            continue
        items, modified = _items(ctx, m.end(), stop)
        readable = bool(items) and all(_term_like(ctx, a, b) for a, b in items)
        known = readable and all(ctx.taxonomy.match(text[slice(*trim(text, a, b))]) for a, b in items)
        # After a 的-modifier (关联性强、集约水平高的…) only known industries show the list is one.
        if not readable or ((not tail or modified) and not known):
            if tail and "、" in text[m.end() : stop] and not _NOT_INDUSTRY.search(text, m.end(), stop):
                warning = message(
                    "list_not_industries",
                    lead=m.group(),
                    doc=ctx.doc.id,
                    label=ctx.clause_label(m.end()),
                    items=text[m.end() : end],
                )
                ctx.unread.append((m.end(), end, warning))  # unless another reading finds designations
            continue
        seg = skip_label(ctx.doc, segment_start(text, m.start(), 0))
        regions, refused = _lead(ctx, seg, m.start())
        ctx.claimed.append((m.end(), end))
        if refused:
            ctx.refused.append((m.end(), end))
            continue
        kind = "重点发展"
        if tail:
            named = _KINDS.search((tail.group("mid") or "") + tail.group("tail"))
            kind = (
                named.group()
                if named
                else {"产业集群": "产业集群", "产业基地": "产业基地"}.get(tail.group("tail"), kind)
            )
            kind = "外贸基地" if kind == "外贸转型升级基地" else kind
        for region in regions or [context_region(ctx, seg, m.start()) or ctx.fallback]:
            emit_chunks(ctx, items, kind, region)
