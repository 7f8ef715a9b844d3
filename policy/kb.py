"""The knowledge base: parsed documents and every fact extracted from them, with the queries views need.

``build_kb(documents)`` is the one place facts are assembled: per-document extraction, zones resolved
against their anchor clauses, parks merged across documents with the park gazetteer, cross-references
resolved against the corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from policy.industries.taxonomy import Taxonomy, load_taxonomy
from policy.messages import message
from policy.model import (
    CrossReference,
    Designation,
    Document,
    Industry,
    Park,
    Provenance,
    Region,
    RegionMention,
    Target,
    Zone,
    ZoneMember,
)
from policy.places.gazetteer import Gazetteer, load_gazetteer
from policy.places.parks_ref import load_park_reference
from policy.text.scripts import fold_traditional


@dataclass(frozen=True)
class SearchHit:
    """A match of a search query: ``doc.text[start:end]`` is the matched text, inside ``clause``."""

    doc_id: str
    clause_id: str
    start: int
    end: int


@dataclass(frozen=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    regions: tuple[Region, ...]
    industries: tuple[Industry, ...]
    zones: tuple[Zone, ...]
    designations: tuple[Designation, ...]
    parks: tuple[Park, ...]
    targets: tuple[Target, ...]
    xrefs: tuple[CrossReference, ...]
    mentions: tuple[RegionMention, ...]
    warnings: tuple[str, ...] = ()
    gazetteer: Gazetteer | None = field(default=None, compare=False, repr=False)
    taxonomy: Taxonomy | None = field(default=None, compare=False, repr=False)

    # -- lookups ------------------------------------------------------------------------------------
    @cached_property
    def _docs(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def _regions(self) -> dict[str, Region]:
        return {r.id: r for r in self.regions}

    @cached_property
    def _industries(self) -> dict[str, Industry]:
        return {i.id: i for i in self.industries}

    def document(self, doc_id: str) -> Document:
        try:
            return self._docs[doc_id]
        except KeyError:
            raise KeyError(f"no document {doc_id!r} in the knowledge base") from None

    def region(self, region_id: str) -> Region:
        try:
            return self._regions[region_id]
        except KeyError:
            raise KeyError(f"no region {region_id!r}") from None

    def industry(self, industry_id: str) -> Industry:
        try:
            return self._industries[industry_id]
        except KeyError:
            raise KeyError(f"no industry {industry_id!r}") from None

    def zone(self, zone_id: str) -> Zone:
        for z in self.zones:
            if z.id == zone_id:
                return z
        raise KeyError(f"no zone {zone_id!r}")

    def cited_text(self, prov: Provenance) -> str:
        """The exact words a fact cites."""
        return self.document(prov.doc_id).text[prov.start : prov.end]

    # -- region queries -----------------------------------------------------------------------------
    @cached_property
    def _descendants(self) -> dict[str, frozenset[str]]:
        children: dict[str, list[str]] = defaultdict(list)
        for r in self.regions:
            if r.parent:
                children[r.parent].append(r.id)
        out = {}
        for r in self.regions:
            seen, stack = {r.id}, [r.id]
            while stack:
                for c in children.get(stack.pop(), ()):
                    if c not in seen:
                        seen.add(c)
                        stack.append(c)
            out[r.id] = frozenset(seen)
        return out

    def region_ids_within(self, region_id: str) -> frozenset[str]:
        """The region and every unit below it (a prefecture and its counties)."""
        return self._descendants.get(region_id, frozenset({region_id}))

    @cached_property
    def _designations_by_region(self) -> dict[str, tuple[Designation, ...]]:
        out: dict[str, list[Designation]] = defaultdict(list)
        for d in self.designations:
            out[d.region].append(d)
        return {k: tuple(v) for k, v in out.items()}

    def designations_for(
        self, region_id: str, *, include_children: bool = True, docs: frozenset[str] | None = None
    ) -> tuple[Designation, ...]:
        """Designations of a region (by default with the units below it), optionally only from ``docs``."""
        ids = self.region_ids_within(region_id) if include_children else (region_id,)
        out = [d for rid in ids for d in self._designations_by_region.get(rid, ())]
        if docs is not None:
            out = [d for d in out if d.prov.doc_id in docs]
        # A total order: facts sharing a span (舒兰、蛟河) must not follow set order, which varies per run.
        return tuple(sorted(out, key=lambda d: (d.prov.doc_id, d.prov.start, d.prov.end, d.region, d.term)))

    def industry_ids_within(self, industry_id: str) -> frozenset[str]:
        """An industry and its sub-industries."""
        return frozenset({industry_id} | {i.id for i in self.industries if i.parent == industry_id})

    def regions_with_industry(
        self, industry_id: str, *, docs: frozenset[str] | None = None
    ) -> dict[str, frozenset[str]]:
        """Region id → the documents that designate it this industry (or a sub-industry)."""
        wanted = self.industry_ids_within(industry_id)
        out: dict[str, set[str]] = defaultdict(set)
        for d in self.designations:
            if d.industry in wanted and (docs is None or d.prov.doc_id in docs):
                out[d.region].add(d.prov.doc_id)
        return {k: frozenset(v) for k, v in out.items()}

    def parks_in(self, region_id: str) -> tuple[Park, ...]:
        ids = self.region_ids_within(region_id)
        return tuple(p for p in self.parks if p.region in ids)

    def targets_for(self, region_id: str, *, include_children: bool = True) -> tuple[Target, ...]:
        ids = self.region_ids_within(region_id) if include_children else {region_id}
        return tuple(t for t in self.targets if t.region in ids)

    def mentions_of(self, region_id: str, *, include_children: bool = True) -> tuple[RegionMention, ...]:
        ids = self.region_ids_within(region_id) if include_children else {region_id}
        return tuple(m for m in self.mentions if m.region in ids)

    def zones_of(self, region_id: str) -> tuple[Zone, ...]:
        return tuple(z for z in self.zones if any(m.region == region_id for m in z.members))

    # -- text search --------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 500) -> tuple[SearchHit, ...]:
        """Substring search over all clause text (Chinese needs no tokenising); hits in date order of their
        documents (undated last, as every list of documents), then text order.

        Traditional characters (a Big5 document, or a query typed in them) are folded to simplified on both
        sides, so 长春 finds 長春; hit positions index the document's own text.
        """
        if not isinstance(query, str):
            raise TypeError("query must be a str")
        query = fold_traditional(query.strip())
        if not query:
            return ()
        hits: list[SearchHit] = []
        for doc, text in self._search_texts:
            pos = text.find(query)
            while pos != -1 and len(hits) < limit:
                clause = doc.clause_at(pos)
                hits.append(SearchHit(doc.id, clause.id, pos, pos + len(query)))
                pos = text.find(query, pos + len(query))
        return tuple(hits)

    @cached_property
    def _search_texts(self) -> tuple[tuple[Document, str], ...]:
        """Each document with the text search reads: traditional characters folded (the same length)."""
        from policy.history import document_order

        ordered = sorted(self.documents, key=document_order)
        return tuple((d, fold_traditional(d.text)) for d in ordered)


def _resolve_zones(gazetteer: Gazetteer, docs: dict[str, Document]) -> tuple[tuple[Zone, ...], list[str]]:
    zones, warnings = [], []
    for spec in gazetteer.zones:
        doc = docs.get(spec.doc_id)
        members = []
        for m in spec.members:
            at = doc.text.find(m.anchor) if doc else -1
            offset = m.anchor.find(m.term)
            if at < 0 or offset < 0:
                warnings.append(
                    message(
                        "zone_member_not_found",
                        zone=spec.name,
                        region=m.region,
                        anchor=m.anchor,
                        doc=spec.doc_id,
                    )
                )
                continue
            start = at + offset
            clause = doc.clause_at(start)
            members.append(
                ZoneMember(m.region, m.role, Provenance(doc.id, clause.id, start, start + len(m.term)))
            )
        zones.append(Zone(spec.id, spec.name, spec.short, spec.doc_id, tuple(members), spec.aliases))
    return tuple(zones), warnings


def _merge_parks(found: list[Park], reference) -> tuple[Park, ...]:
    merged: dict[str, Park] = {}
    for p in found:
        if p.id in merged:
            q = merged[p.id]
            merged[p.id] = replace(
                q,
                industries=tuple(dict.fromkeys(q.industries + p.industries)),
                mentions=q.mentions + p.mentions,
            )
        else:
            merged[p.id] = p
    order = {r.id: i for i, r in enumerate(reference)}
    return tuple(sorted(merged.values(), key=lambda p: (order.get(p.id, len(order)), p.id)))


def _normalise_number(number: str) -> str:
    table = str.maketrans("０１２３４５６７８９", "0123456789")
    return "".join(number.translate(table).split())


_TITLE_AFFIXES = re.compile(r"^.*?关于|^(?:印发|转发)|(?:的通知|的意见)$")


def _title_core(title: str) -> str:
    """A title without its issuer, 关于/印发 and 的通知, and without quote marks: what a citation repeats."""
    core = re.sub(r"[《》〈〉“”\"\s]", "", title)
    for _ in range(3):  # 吉林省人民政府关于印发…的通知 → …
        core = _TITLE_AFFIXES.sub("", core)
    return core


def _title_candidate(xref: CrossReference, documents) -> str | None:
    """The one corpus document (without a 文号) whose title a citation's title repeats, if exactly one."""
    if not xref.cited_title:
        return None
    cited = _title_core(xref.cited_title)
    found = [
        d.id
        for d in documents
        if d.id != xref.doc_id
        and d.title
        and not d.doc_number
        and len(core := _title_core(d.title)) >= 8
        and (core in cited or cited in core)
    ]
    return found[0] if len(found) == 1 else None


def build_kb(
    documents,
    *,
    gazetteer: Gazetteer | None = None,
    taxonomy: Taxonomy | None = None,
    park_reference=None,
    facts=None,
) -> KnowledgeBase:
    """Extract facts from every document and assemble the knowledge base.

    Parameters
    ----------
    documents : iterable of Document
        Parsed documents; ids must be unique.
    gazetteer, taxonomy, park_reference : optional
        Defaults are the bundled assets.
    facts : mapping of document id to Facts, optional
        Facts already extracted (e.g. cached by the library); only the other documents are extracted.

    Returns
    -------
    KnowledgeBase
    """
    documents = tuple(documents)
    for d in documents:
        if not isinstance(d, Document):
            raise TypeError(f"build_kb() needs Document objects, got {type(d).__name__}")
    docs = {}
    for d in documents:
        if d.id in docs:
            raise ValueError(f"two documents share the id {d.id!r}")
        docs[d.id] = d
    gazetteer = gazetteer or load_gazetteer()
    taxonomy = taxonomy or load_taxonomy()
    park_reference = load_park_reference() if park_reference is None else park_reference

    designations, parks, targets, xrefs, mentions, warnings = [], [], [], [], [], []
    known_facts = dict(facts or {})
    missing = [doc for doc in documents if known_facts.get(doc.id) is None]
    if missing:
        from policy.extract.batch import (
            extract_all,
        )  # only when something is not extracted yet (cached facts)

        known_facts.update(
            zip(
                (d.id for d in missing),
                extract_all(missing, gazetteer, taxonomy, park_reference),
                strict=True,
            )
        )
    for doc in documents:
        found = known_facts[doc.id]
        designations += found.designations
        parks += found.parks
        targets += found.targets
        xrefs += found.xrefs
        mentions += found.mentions
        warnings += [f"{doc.id}: {w}" for w in doc.warnings + found.warnings]

    by_number = {_normalise_number(d.doc_number): d.id for d in documents if d.doc_number}
    xrefs = [replace(x, resolved=by_number.get(_normalise_number(x.cited_number))) for x in xrefs]
    xrefs = [x if x.resolved else replace(x, candidate=_title_candidate(x, documents)) for x in xrefs]
    zones, zone_warnings = _resolve_zones(gazetteer, docs)
    return KnowledgeBase(
        documents=documents,
        regions=gazetteer.regions,
        industries=taxonomy.industries,
        zones=zones,
        designations=tuple(designations),
        parks=_merge_parks(parks, park_reference),
        targets=tuple(targets),
        xrefs=tuple(xrefs),
        mentions=tuple(mentions),
        warnings=tuple(warnings + zone_warnings),
        gazetteer=gazetteer,
        taxonomy=taxonomy,
    )
