"""Designations: which region a document designates which industry, with the exact words that say so.

Extraction is a set of generic pattern rules over the normalised text and the gazetteer's region mentions;
nothing is keyed to a particular document. The forms (examples from the seeds):

- lead + 重点发展 + list: ``长春市重点发展汽车及零部件、轨道客车、…等；`` (a park as lead belongs to the
  document's subject region: 001 ``高新南区重点发展汽车及零部件产业``);
- list + 等 + kind noun, items optionally led by a region that carries over: ``推动四平市特色装备、基础化工，
  辽源市…等产业集群建设``, ``通化医药、长春汽车零部件、…等发展成…10大产业集群``;
- list + counted kind noun: ``汽车、石化、农副产品加工三大支柱产业``;
- ``以A、B为重点的…X物流区域`` (zone-level lists, kind 物流 for logistics terms);
- a clause headed ``做强支柱产业`` whose child clauses are headed by industries (``（１）石化产业``);
- a clause headed by a kind (``培育发展一批新兴产业集群``) with ``大力发展A、B`` lists;
- single terms: ``发展光伏发电产业``, ``向基础化工产业集群集中``, ``打造…铸造生产基地``,
  ``壮大X产业要以舒兰、蛟河…为载体``, ``通化地区已形成的医药产业``.

Region: a region named with the item or leading the list; else the document's subject (001 → 吉林市,
002 → the 吉西南 zone); else the province (a provincial document's own lists).
"""

from __future__ import annotations

import re
from dataclasses import replace

from policy.extract.analysis import Analysis, analyse
from policy.extract.emit import (
    Ctx,
    context_region,
    emit,
    emit_chunks,
    emit_item,
    industry_words,
    region_prefix,
)
from policy.extract.leads import coordinated_regions, is_place_like, skip_label
from policy.extract.merge import merge_readings
from policy.extract.statements import statement_designations
from policy.extract.subject import document_subject
from policy.extract.termguard import known_tail, not_words, split_joined, without_verb
from policy.extract.textspans import (
    number_word,
    segment_end,
    segment_start,
    sentence_span,
    split_items,
    trim,
)
from policy.extract.verblists import verb_lists
from policy.messages import message
from policy.model import Designation, Document

_CJK = "\u4e00-\u9fff"
_KINDS = "外贸转型升级基地|战略性新兴产业|传统优势产业|产业集群|支柱产业|优势产业|特色产业|新兴产业"
_KIND_NAME = {"外贸转型升级基地": "外贸基地"}
_TAIL = re.compile(rf"等(?P<mid>[^，。；;,\n]{{0,40}}?)(?P<kind>{_KINDS})")
# Words between 等 and the kind noun: a short modifier (国家, 农业) or a count (…的 10 大). Verbs or
# another head noun there mean the list describes something else (…等企业向金属材料产业集群集中).
_MID_COUNT = re.compile(r"[0-9０-９一二两三四五六七八九十]+\s*[大个]\s*$")
_MID_OTHER = re.compile(r"企业|项目|引导|推动|促进|支持|鼓励|加快|向|等")
_NUM = re.compile(rf"(?P<num>[0-9０-９一二两三四五六七八九十]+)\s*[大个]\s*(?P<kind>{_KINDS})")
_LEAD_VERB = re.compile(r"(?:重点|着力|主要)发展")
_PARTICLES = "要将应也还则可"
_PARK_LEAD = re.compile(rf"^[{_CJK}（）()]{{1,14}}?[区园]")
_UNKNOWN_PLACE = re.compile(r"^[^\s，。；、]{1,8}?[市县州]$")
_FOCUS = re.compile(r"以(?P<list>[^，。；;,\n以]{2,80}?)为重点的(?P<place>[^，。；;,\n]{0,40})")
_TRIGGERS = re.compile(
    r"推动|推进|培育|壮大|状大|做大做强|做强做大|做强|做大|做优|形成|打造|建设|发展|支持|围绕|根据|依托|加快|包括|如|即|使|的"
)
_HEAD_KIND = re.compile(rf"(?:做强|做大|做优|培育|壮大|发展)(?P<kind>{_KINDS})")
_BROAD_LIST = re.compile(r"(?:大力|着力|重点)发展")
_REPRESENTED = re.compile(r"以(?P<x>.+?)为代表的(?P<y>.+)")
_VERB_TERM = re.compile(
    rf"(?:加快发展|高质量发展|大力发展|积极发展|培育发展|重点发展|发展|打造|培育|壮大|做大做强|做强)"
    rf"(?P<x>[{_CJK}]{{2,8}}?)(?:产业|业)(?![链集园基转升结布发项化聚带龙政体配资图目分格联协互特规竞层态务区])"
)
_CLUSTER = re.compile(rf"(?P<x>[{_CJK}]{{2,12}})产业集群")
_BASE = re.compile(
    rf"(?:打造|发展)(?:[^，。；;,\n]{{0,30}}?的)?(?P<x>[{_CJK}]{{2,8}}?)(?:生产|产业化|产业|示范|研发|制造)?基地"
)
_CARRIER = re.compile(
    rf"(?:壮大|发展|培育)(?P<x>[{_CJK}]{{2,10}}?)产业要?以(?P<p>[^，。；;,\n]{{2,30}}?)为(?:主要)?载体"
)
_FORMED = re.compile(rf"(?:地区)?(?:已经|已)形成的(?P<x>[{_CJK}]{{2,8}}?)产业")
_SUCH_AS = re.compile(
    r"(?P<k>(?:支柱|优势|特色|新兴|主导)(?:[、和及与](?:支柱|优势|特色|新兴|主导))*产业)[，,]?如(?P<list>[^。；;\n]{2,80}?)等"
)
_PROVINCE_WORDS = re.compile(r"我省|全省|本省")


# -- rules ------------------------------------------------------------------------------------------
def _lead_lists(ctx: Ctx) -> None:
    """``X重点发展A、B、C等``: X is a region (or coordinated regions), a park of the subject region, or a
    place the gazetteer does not know — then the list is reported and no later rule may assign it."""
    text = ctx.text
    for m in _LEAD_VERB.finditer(text):
        seg = skip_label(ctx.doc, segment_start(text, m.start(), 0))
        end = segment_end(text, m.end())
        if text.startswith("的", m.end()) or end <= m.end() or seg > m.start():
            continue
        pre = text[seg : m.start()].rstrip(_PARTICLES + " ")
        lead = ctx.mentions_in(seg, seg + len(pre))
        regions = coordinated_regions(lead, text, seg, seg + len(pre))
        for r in lead if not regions else ():
            if r.end == seg + len(pre) or r.start == seg:
                regions = [r.region]
        if not regions:
            label = ctx.clause_label(m.start())
            park = _PARK_LEAD.match(pre)
            if park and not pre.startswith(("各", "全", "本", "该")):
                region = context_region(ctx, segment_start(text, m.start(), 0), m.start()) or ctx.subject
                if region is None:
                    ctx.warnings.append(message("park_list_no_region", lead=pre, doc=ctx.doc.id, label=label))
                    ctx.refused.append((seg, end))
                    continue
                regions = [region]
            elif _UNKNOWN_PLACE.match(pre) or is_place_like(pre):
                ctx.warnings.append(message("unresolved_place", place=pre, doc=ctx.doc.id, label=label))
                ctx.refused.append((seg, end))
                continue
            else:
                continue
        stop = text.rfind("等", m.end(), end)
        list_end = stop if stop > m.end() else end
        ctx.claimed.append((m.end(), end))
        chunks = [(a, b) for a, b, _ in split_items(text, m.end(), list_end)]
        for region in regions:
            emit_chunks(ctx, chunks, "重点发展", region)


def _focus_lists(ctx: Ctx) -> None:
    """``以A、B为重点的…<region>``: the list belongs to the region that ends the phrase (a zone in 004)."""
    for m in _FOCUS.finditer(ctx.text):
        if ctx.is_claimed(m.start("list"), m.end("list")):
            continue
        pa, pb = m.span("place")
        heads = [r for r in ctx.mentions_in(pa, pb) if r.end == pb]
        if not heads:
            continue
        ctx.claimed.append(m.span("list"))
        for a, b, _ in split_items(ctx.text, *m.span("list")):
            a, b = trim(ctx.text, a, b)
            kind = "物流" if ctx.text.endswith("物流", a, b) else "重点发展"
            emit_item(ctx, heads[-1].region, a, b, kind, split_conj=True)


def _list_before(ctx: Ctx, floor: int, hi: int) -> tuple[list[tuple[int, int]], str | None]:
    """The list that ends at ``hi``: items back to its trigger, and the region leading it."""
    parts = split_items(ctx.text, floor, hi, "、，,")
    i = len(parts) - 1
    while i > 0:
        a, b, sep = parts[i]
        if sep == "、" or (region_prefix(ctx, a, b) is not None and sep in "，,"):
            i -= 1
        else:
            break
    first_a, first_b, _ = parts[i]
    cut = first_a
    for t in _TRIGGERS.finditer(ctx.text, first_a, first_b):
        cut = t.end()
    lead = context_region(ctx, first_a, cut)
    if cut == first_a and first_b - first_a > 12 and region_prefix(ctx, first_a, first_b) is None:
        return [(a, b) for a, b, _ in parts[i + 1 :]], lead
    return [(cut, first_b)] + [(a, b) for a, b, _ in parts[i + 1 :]], lead


def _kind_lists(ctx: Ctx) -> None:
    """Lists closed by ``等…<kind>`` or by a counted kind (三大支柱产业); regions may lead items."""
    text = ctx.text
    tails = []
    for m in _TAIL.finditer(text):
        mid = m.group("mid")
        if _MID_OTHER.search(mid) or (len(mid) > 4 and not _MID_COUNT.search(mid)):
            continue
        if not ctx.is_claimed(m.start(), m.start() + 1):
            tails.append((m.start(), m.end(), m.group("kind"), None))
    for m in _NUM.finditer(text):
        before = text[: m.start()].rstrip(" ")
        if before.endswith(("等", "-", "—", "～", "~", "至")) or ctx.is_claimed(m.start(), m.end()):
            continue
        if any(s <= m.start("kind") < e for s, e, _, _ in tails):
            continue
        tails.append((len(before), m.end(), m.group("kind"), number_word(m.group("num"))))
    tails.sort()
    prev_end, prev_sentence, carried = 0, -1, None
    for hi, tail_end, kind, count in tails:
        s, _ = sentence_span(ctx.text, hi)
        if s != prev_sentence:
            carried = None
        floor = max(s, prev_end) if s == prev_sentence else s
        items, lead = _list_before(ctx, floor, hi)
        items = [(a, b) for a, b in items if trim(text, a, b)[0] < trim(text, a, b)[1]]
        prev_end, prev_sentence = tail_end, s
        if not items or (count is not None and count != len(items)):
            continue
        ctx.claimed.append((items[0][0], tail_end))
        region = lead or carried
        first = region_prefix(ctx, *items[0])
        carried = first[0] if first else region
        emit_chunks(ctx, items, _KIND_NAME.get(kind, kind), region)


def _such_as_lists(ctx: Ctx) -> None:
    """``支柱、优势产业，如A、B等``: the examples are designations of that kind."""
    for m in _SUCH_AS.finditer(ctx.text):
        a, b = m.span("list")
        if ctx.is_claimed(a, b):
            continue
        ctx.claimed.append((a, b + 1))
        lead = context_region(ctx, segment_start(ctx.text, m.start(), 0), m.start())
        emit_chunks(ctx, [(p, q) for p, q, _ in split_items(ctx.text, a, b)], m.group("k"), lead)


def _heading_children(ctx: Ctx) -> None:
    """A clause headed 做强支柱产业 / 做大新兴产业: each child clause's heading names one industry."""
    for c in ctx.doc.clauses:
        hk = _HEAD_KIND.search(c.heading or "")
        if not hk:
            continue
        kind = hk.group("kind")
        for ch in ctx.doc.clauses:
            if ch.parent != c.id or not ch.heading:
                continue
            a = ctx.text.find(ch.heading, ch.start, ch.end)
            if a < 0:
                continue
            b = a + len(ch.heading)
            rep = _REPRESENTED.fullmatch(ch.heading)
            spans = [(a + rep.start(g), a + rep.end(g)) for g in ("x", "y")] if rep else [(a, b)]
            for p, q in spans:
                emit_item(ctx, ctx.fallback, p, q, kind, split_conj=False)


def _kind_clause_lists(ctx: Ctx) -> None:
    """A clause headed by a kind (培育发展一批新兴产业集群): its ``大力发展A、B`` lists are of that kind."""
    for c in ctx.doc.clauses:
        hk = re.search(_KINDS, c.heading or "")
        if not hk:
            continue
        kind = _KIND_NAME.get(hk.group(), hk.group())
        own_end = min([ch.start for ch in ctx.doc.clauses if ch.parent == c.id] + [c.end])
        for m in _BROAD_LIST.finditer(ctx.text, c.start, own_end):
            end = segment_end(ctx.text, m.end())
            if ctx.is_claimed(m.end(), end):
                continue
            ctx.claimed.append((m.end(), end))
            lead = context_region(ctx, segment_start(ctx.text, m.start(), c.start), m.start())
            chunks = [(a, b) for a, b, _ in split_items(ctx.text, m.end(), end)]
            emit_chunks(ctx, chunks, kind, lead)


def _known(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """The industry words of ``text[a:b]`` (see ``industry_words``) if they name a known industry."""
    a, b = industry_words(ctx.text, ctx.taxonomy, a, b)
    return (a, b) if a < b and ctx.taxonomy.match(ctx.text[a:b]) else None


def _single_terms(ctx: Ctx) -> None:
    """Single industries named by a verb or a cluster/base/carrier phrase; only known terms count here."""
    text = ctx.text
    for m in _CARRIER.finditer(text):
        for r in ctx.mentions_in(*m.span("p")):
            emit_item(ctx, r.region, *m.span("x"), "产业载体", split_conj=False)
    for m in _FORMED.finditer(text):
        lead = [r for r in ctx.mentions_in(max(0, m.start() - 12), m.start()) if r.end == m.start()]
        if lead and _known(ctx, *m.span("x")):
            emit(ctx, lead[-1].region, *m.span("x"), "优势产业")
    for m in _BASE.finditer(text):
        if _known(ctx, *m.span("x")):
            s, _ = sentence_span(ctx.text, m.start())
            emit(ctx, context_region(ctx, s, m.start()) or ctx.fallback, *m.span("x"), "产业基地")
    for rx, kind in ((_VERB_TERM, "重点发展"), (_CLUSTER, "产业集群")):
        for m in rx.finditer(text):
            a, b = m.span("x")
            if ctx.is_claimed(a, b):
                continue
            if rx is _CLUSTER:  # the longest known tail of the words before 产业集群
                a = next((p for p in range(a, b - 1) if _known(ctx, p, b)), b)
            if a < b and _known(ctx, a, b):
                lead = context_region(ctx, segment_start(text, m.start(), 0), a)
                emit(ctx, lead or ctx.fallback, a, b, kind)


def extract_designations(
    doc: Document, gazetteer, taxonomy, analysis: Analysis | None = None
) -> tuple[tuple[Designation, ...], tuple[str, ...]]:
    """Region → industry designations stated in a document, each with its provenance.

    Parameters
    ----------
    doc : Document
        A parsed document; every span returned indexes ``doc.text``.
    gazetteer : policy.places.gazetteer.Gazetteer
    taxonomy : policy.industries.taxonomy.Taxonomy

    Returns
    -------
    designations : tuple of Designation
        In text order; a term no industry matches is kept with ``industry=None``.
    warnings : tuple of str
        One line per unclassified term, unresolved place or unreadable list item.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"extract_designations() needs a Document, not {type(doc).__name__}")
    an = analysis if analysis is not None else analyse(doc, gazetteer)
    subject = document_subject(doc, gazetteer)
    text = doc.text
    mentions = sorted(an.mentions, key=lambda r: (r.start, -r.end))
    ctx = Ctx(doc, gazetteer, taxonomy, subject, text, mentions, [r.start for r in mentions])
    ctx.outside = an.outside is not None
    _lead_lists(ctx)
    _focus_lists(ctx)
    _such_as_lists(ctx)
    _heading_children(ctx)
    _kind_clause_lists(ctx)
    verb_lists(ctx)
    _kind_lists(ctx)
    _single_terms(ctx)
    # The seed-shaped rules above first; then the sector slots of running text, where those found nothing.
    found = [replace(d, plan=an.sentence_at(d.prov.start).plan) for d in ctx.out.values()]
    if ctx.outside:  # about another place: only designations of a Jilin place it names
        found = [d for d in found if _named_in_sentence(an, d)]
    more, more_warnings = statement_designations(an, taxonomy, ctx.refused)
    # A first reading the term guards below would drop (现代化都市圈汽车) must not hide the second's (汽车).
    found = [
        x for d in found if (x := without_verb(d, text, taxonomy)) is not None and not _names_a_place(an, x)
    ]
    found, added = merge_readings(found, more, ctx.fallback)
    # A term is never a place: words that name one (国际医药城及辽源) are a misread list.
    found = [d for d in found if not _names_a_place(an, d)]
    # … nor does it start with a verb (加强轨道客车): the verb is cut off, or the term dropped.
    found = [x for x in (without_verb(d, text, taxonomy) for d in found) if x is not None]
    # … nor two sectors joined by 和 (汽车工业和医药): each is its own designation.
    found = [x for d in found for x in split_joined(d, text, taxonomy)]
    # … nor a company's name before a known sector (中泽钼深加工): the term is that sector.
    found = [d if not_words(d, text) else known_tail(d, text, taxonomy) for d in found]
    # … nor a clause or a piece of one (滚动实施100万吨秸秆糖): no designation; the words are warned about.
    for d in found:
        if not_words(d, text):
            label = doc.clause_at(d.prov.start).label.strip() or d.prov.clause_id
            ctx.warnings.append(message("term_not_words", term=d.term, doc=doc.id, label=label))
    dropped = {d.term for d in found if not_words(d, text)}
    found = [d for d in found if not not_words(d, text)]
    kept = {d.term for d in found}
    ctx.warnings = [  # the words now warned about as no name are not also an unclassified term
        w for w in ctx.warnings if "unclassified" not in w or not any(f"'{t}'" in w for t in dropped - kept)
    ]
    terms = {d.term for d in added if d.industry is None} - (dropped - kept)
    ctx.warnings += [w for w in more_warnings if any(f"'{t}'" in w for t in terms)]
    # An unclassified term is warned about once it is final: a term the guards cut to a known word
    # (滚动实施100万吨秸秆糖 → 秸秆糖) or left with no region (a document about another place) is not.
    unclassified = {d.term for d in found if d.industry is None}
    ctx.warnings = [
        w for w in ctx.warnings if "unclassified" not in w or any(f"'{t}'" in w for t in unclassified)
    ]
    # A list the oldest reader could not read is warned about only where no other reading found a sector.
    ctx.warnings += [w for a, b, w in ctx.unread if not any(a <= d.prov.start < b for d in found)]
    found.sort(key=lambda d: (d.prov.start, d.prov.end, d.region))
    return tuple(found), tuple(dict.fromkeys(ctx.warnings))


def _names_a_place(an: Analysis, d: Designation) -> bool:
    if "吉林省" in d.term:  # 吉林省特色医药: a title the reading leaves out of the mentions
        return True
    return any(m.surface not in ("我省", "全省", "本省") for m in an.mentions_in(d.prov.start, d.prov.end))


def _named_in_sentence(an: Analysis, d: Designation) -> bool:
    s = an.sentence_at(d.prov.start)
    return any(m.region == d.region for m in an.mentions_in(s.start, s.end))
