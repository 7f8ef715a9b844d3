"""The working state of designation extraction and the one place designations are emitted.

Every rule of ``policy.extract.designations`` hands its items here, so a term is cut the same way whichever
rule found it: trailing 等 dropped, a generic tail (产业, 行业, 产业集群) dropped only when the words without
it still name a known industry and kept when they do not (数字产业, not 数字); ``text[start:end] == term``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policy.extract.analysis import mentions_between
from policy.extract.leads import place_end
from policy.extract.sectorwords import industries_of
from policy.extract.textspans import QUOTES, SpanSet, conjunction_parts, trim
from policy.messages import message
from policy.model import Designation, Document, Provenance
from policy.places.gazetteer import PROVINCE, RegionMatch

_MAX_TERM = 20
_GENERIC_TAILS = ("产业集群", "产业", "行业")
_ETC = re.compile("等+$")


@dataclass
class Ctx:
    doc: Document
    gazetteer: object
    taxonomy: object
    subject: str | None
    text: str
    mentions: list[RegionMatch]
    starts: list[int]
    out: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    taken: set = field(default_factory=set)  # (start, end, region) of emitted terms
    claimed: SpanSet = field(default_factory=SpanSet)  # text read as a list
    refused: SpanSet = field(default_factory=SpanSet)  # lists led by an unknown place
    unread: list = field(default_factory=list)  # (start, end, warning) of lists not read as industries
    outside: bool = False  # the document is about a place outside Jilin: no fallback region

    @property
    def fallback(self) -> str:
        # A document about another place has no fallback; its unlocated lists are dropped afterwards.
        return self.subject or PROVINCE

    def is_claimed(self, a: int, b: int) -> bool:
        return self.claimed.overlaps(a, b)

    def mentions_in(self, a: int, b: int) -> list[RegionMatch]:
        return mentions_between(self.mentions, self.starts, a, b)

    def clause_label(self, offset: int) -> str:
        c = self.doc.clause_at(offset)
        return c.label.strip() or c.id


# -- region helpers ---------------------------------------------------------------------------------
def region_prefix(ctx: Ctx, a: int, b: int) -> tuple[str, int] | None:
    """A region named at the start of ``text[a:b]`` and where the rest begins (…地区 included)."""
    while a < b and ctx.text[a] in QUOTES:
        a += 1
    for m in ctx.mentions_in(a, b):
        if m.start == a:
            return m.region, place_end(ctx.text, m.end)
        break
    return None


def context_region(ctx: Ctx, a: int, b: int) -> str | None:
    """The last region named in ``text[a:b]`` (the lead of a list)."""
    found = ctx.mentions_in(a, b)
    return found[-1].region if found else None


# -- emitting ---------------------------------------------------------------------------------------
def industry_words(text: str, taxonomy, a: int, b: int) -> tuple[int, int]:
    """The span of the words that name the industry: no trailing 等; a generic tail only where needed.

    ``钢铁等`` → ``钢铁``; ``数字`` followed by 产业 → ``数字产业`` (数字 alone names no industry);
    ``钢铁产业`` → ``钢铁``. An unknown term keeps its words without 等 or a generic tail.
    """
    etc = _ETC.search(text, a, b)
    if etc and etc.start() > a:
        b = etc.start()
    if taxonomy.match(text[a:b]) is None:
        tail = next((t for t in _GENERIC_TAILS if text.startswith(t, b)), None)
        if tail and taxonomy.match(text[a : b + len(tail)]) is not None:
            return a, b + len(tail)
        for town in ("特色小镇", "小镇"):  # 林果小镇: a town named for its sector
            if text.endswith(town, a, b) and taxonomy.match(text[a : b - len(town)]) is not None:
                return a, b - len(town)
        return a, b
    for tail in _GENERIC_TAILS:
        shorter = b - len(tail)
        if text.endswith(tail, a, b) and shorter - a > 1 and taxonomy.match(text[a:shorter]) is not None:
            return a, shorter
    return a, b


def emit(ctx: Ctx, region: str, a: int, b: int, kind: str) -> None:
    a, b = industry_words(ctx.text, ctx.taxonomy, a, b)
    if ctx.refused.overlaps(a, b):
        return
    term = ctx.text[a:b]
    if not term or (a, b, region) in ctx.taken:
        return
    label = ctx.clause_label(a)
    if len(term) > _MAX_TERM:
        ctx.warnings.append(message("term_too_long", term=term, doc=ctx.doc.id, label=label))
        return
    # Two aliases run together (医药食品) name two industries: one designation each, same words;
    # modifiers before a known word (农村快递业) leave it that word's.
    industries = industries_of(term, ctx.taxonomy)
    clause = ctx.doc.clause_at(a)
    ctx.taken.add((a, b, region))
    for ind in industries:
        key = (region, ind.id if ind else None, term, clause.id)
        if key in ctx.out:
            continue
        if ind is None:
            ctx.warnings.append(message("unclassified_term", term=term, doc=ctx.doc.id, label=label))
        ctx.out[key] = Designation(
            region, ind.id if ind else None, term, kind, Provenance(ctx.doc.id, clause.id, a, b)
        )


def emit_item(ctx: Ctx, region: str, a: int, b: int, kind: str, split_conj: bool) -> None:
    """One list item; 及/和 split it only when the whole is unknown and the parts are items."""
    a, b = trim(ctx.text, a, b)
    if a >= b:
        return
    if ctx.taxonomy.match(ctx.text[a:b]) is None:
        parts = conjunction_parts(ctx.text, a, b)
        # 汽车专用料和橡塑零部件: an unknown whole joined by 和 is two items, unless 和 begins a place (和龙).
        places_at = {m.start for m in ctx.mentions_in(a, b)}
        joined = bool(parts) and not any(q + 1 in places_at or q in places_at for _, q in parts[:-1])
        tax = ctx.taxonomy
        if joined and (
            split_conj or any(tax.match(ctx.text[p:q]) or tax.known_suffix(ctx.text[p:q]) for p, q in parts)
        ):
            for p, q in parts:
                if p < q:
                    emit(ctx, region, p, q, kind)
            return
    emit(ctx, region, a, b, kind)


def emit_chunks(ctx: Ctx, chunks: list[tuple[int, int]], kind: str, region: str | None) -> None:
    """Emit list items; an item led by a region name sets the region for it and the items after it."""
    region = region or ctx.fallback
    for n, (a, b) in enumerate(chunks):
        pre = region_prefix(ctx, a, b)
        if pre is not None:
            region, a = pre
        emit_item(ctx, region, a, b, kind, split_conj=n == len(chunks) - 1 and len(chunks) > 1)
