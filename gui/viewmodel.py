"""Derived, precomputed views of the knowledge base that the widgets need on every click (no Qt here).

The knowledge base answers questions by scanning its facts; the window asks the same few questions on every
click and filter change, so they are indexed once here: per region (children included) and per document,
which industries are designated; which regions each clause names.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from policy import history as _history
from policy.history import DocumentStep
from policy.history import document_order as document_sort_key
from policy.kb import KnowledgeBase
from policy.labels import document_label as document_label_in
from policy.model import Designation, Document, Provenance

UNCLASSIFIED = ""  # key for designations whose term matches no industry


@dataclass(frozen=True)
class ClauseRef:
    """A clause that mentions a region, with every span in it that names the region or states a fact."""

    doc_id: str
    clause_id: str
    spans: tuple[tuple[int, int], ...]


class AtlasView:
    """Indexes over one knowledge base for the GUI.

    Parameters
    ----------
    kb : KnowledgeBase
    """

    def __init__(self, kb: KnowledgeBase):
        if not isinstance(kb, KnowledgeBase):
            raise TypeError(f"AtlasView needs a KnowledgeBase, got {type(kb).__name__}")
        self.kb = kb
        self.doc_ids = tuple(d.id for d in kb.documents)
        # region -> doc -> industry ids (children included); the unit of every count on the map.
        own: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for d in kb.designations:
            own[d.region][d.prov.doc_id].add(d.industry or UNCLASSIFIED)
        self._own = {r: {doc: frozenset(v) for doc, v in per.items()} for r, per in own.items()}
        self._broad = tuple(r.id for r in kb.regions if r.level in ("zone", "province"))
        self._by_region: dict[str, dict[str, frozenset[str]]] = {}
        for r in kb.regions:
            merged: dict[str, set[str]] = defaultdict(set)
            for rid in kb.region_ids_within(r.id):
                for doc, inds in own.get(rid, {}).items():
                    merged[doc] |= inds
            self._by_region[r.id] = {doc: frozenset(v) for doc, v in merged.items()}
        self._parent_industry = {i.id: i.parent for i in kb.industries}

    # -- regions ------------------------------------------------------------------------------------
    def name(self, region_id: str) -> str:
        """Display name of a region (full name; zones by their name)."""
        try:
            return self.kb.region(region_id).name
        except KeyError:
            return region_id

    def short(self, region_id: str) -> str:
        try:
            return self.kb.region(region_id).short
        except KeyError:
            return region_id

    def industries_of(self, region_id: str, docs: frozenset[str] | None = None) -> frozenset[str]:
        """Classified industry ids designated to a region or the units below it, from ``docs``."""
        per_doc = self._by_region.get(region_id, {})
        out: set[str] = set()
        for doc, inds in per_doc.items():
            if docs is None or doc in docs:
                out |= inds
        out.discard(UNCLASSIFIED)
        return frozenset(out)

    def industry_counts(self, region_ids, docs: frozenset[str] | None = None) -> dict[str, int]:
        """Region id → number of distinct designated industries (the default map colouring)."""
        return {r: len(self.industries_of(r, docs)) for r in region_ids}

    def _groups(self, industries) -> tuple[frozenset[str], ...]:
        ids = (industries,) if isinstance(industries, str) else tuple(industries)
        return tuple(self.kb.industry_ids_within(i) for i in ids)

    @staticmethod
    def _matching(per_doc, groups, docs, match: str) -> frozenset[str]:
        """Documents of ``per_doc`` (doc → industries) that designate any group; with ``match="all"``
        none unless the documents in view together designate every group."""
        if match not in ("any", "all"):
            raise ValueError(f"match must be 'any' or 'all', not {match!r}")
        wanted = frozenset().union(*groups)
        found = [(doc, inds) for doc, inds in per_doc.items() if (docs is None or doc in docs)]
        found = [(doc, inds) for doc, inds in found if not wanted.isdisjoint(inds)]
        if match == "all" and len(groups) > 1 and found:
            have = frozenset().union(*(inds for _, inds in found))
            if any(g.isdisjoint(have) for g in groups):
                return frozenset()
        return frozenset(doc for doc, _ in found)

    def docs_with_industry(
        self, region_ids, industry_id, docs: frozenset[str] | None = None, *, match: str = "any"
    ) -> dict[str, frozenset[str]]:
        """Region id → documents designating it (or a unit below it) ``industry_id`` or a sub-industry.

        ``industry_id`` may be several ids: ``match="any"`` counts the documents designating any of them;
        ``"all"`` keeps only regions designated every one (in the documents given together). Regions
        without any such document are left out.
        """
        groups = self._groups(industry_id)
        out = {}
        for r in region_ids:
            found = self._matching(self._by_region.get(r, {}), groups, docs, match)
            if found:
                out[r] = found
        return out

    def region_count_by_industry(
        self, region_ids, docs: frozenset[str] | None = None, *, own: bool = False
    ) -> dict[str, int]:
        """Industry id → number of the given regions designated it (a parent counts its sub-industries).

        With ``own`` only designations made to the region itself count, not to the units below it (the
        province's own designations, not every prefecture's).
        """
        counts: dict[str, int] = defaultdict(int)
        for r in region_ids:
            inds = self.own_industries_of(r, docs) if own else self.industries_of(r, docs)
            for i in inds | {self._parent_industry.get(i) for i in inds} - {None}:
                counts[i] += 1
        return dict(counts)

    def own_industries_of(self, region_id: str, docs: frozenset[str] | None = None) -> frozenset[str]:
        """Classified industry ids designated to the region itself (not to the units below it)."""
        out: set[str] = set()
        for doc, inds in self._own.get(region_id, {}).items():
            if docs is None or doc in docs:
                out |= inds
        out.discard(UNCLASSIFIED)
        return frozenset(out)

    @property
    def broad_regions(self) -> tuple[str, ...]:
        """The province and the composite zones: regions whose designations no map polygon shows."""
        return self._broad

    def broad_regions_with(
        self, industry_id, docs: frozenset[str] | None = None, *, match: str = "any"
    ) -> dict[str, frozenset[str]]:
        """Zone or province id → documents designating it (itself) ``industry_id`` or a sub-industry
        (several ids: see :meth:`docs_with_industry`)."""
        groups = self._groups(industry_id)
        out = {}
        for r in self._broad:
            found = self._matching(self._own.get(r, {}), groups, docs, match)
            if found:
                out[r] = found
        return out

    # -- changes between documents (policy.history does the work) ------------------------------------
    def covered(self, industry_id: str, others) -> bool:
        """Whether ``others`` designate ``industry_id``, a broader industry containing it or a part of it.

        汽车 covers 汽车零部件 and 汽车零部件 covers 汽车 (see :func:`policy.history.related`).
        """
        return _history.covered(self.kb, industry_id, others)

    def industry_changes(self, previous, current) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(added, dropped) industry ids from one document's designations to the next, sorted by id."""
        return _history.industry_changes(self.kb, previous, current)

    def designations_by_document(
        self, region_id: str, docs: frozenset[str] | None = None
    ) -> list[tuple[Document, tuple[Designation, ...]]]:
        """The region's designations grouped by document, documents in date order (unknown dates last)."""
        return _history.by_document(self.kb, self.kb.designations_for(region_id, docs=docs))

    def history(
        self, region_id: str, docs: frozenset[str] | None = None
    ) -> tuple[_history.DocumentStep, ...]:
        """The region's designations per document with first / added / kept / dropped entries."""
        return _history.history(self.kb, self.kb.designations_for(region_id, docs=docs))

    def unit_changes(
        self, current: DocumentStep
    ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """(added, dropped) ``(unit, key)`` pairs of a step, like compared with like (see
        :func:`policy.history.history`: each unit with itself, in the previous document of the series)."""
        return current.added, current.dropped

    def units_of(self, region_id: str, designations) -> tuple[str, ...]:
        """The units below ``region_id`` that ``designations`` name, in order (empty: all the region's own).

        When some designations are the region's own and some a county's, the region comes first.
        """
        units = tuple(dict.fromkeys(d.region for d in designations))
        if units == (region_id,) or not units:
            return ()
        return tuple(sorted(units, key=lambda u: u != region_id))

    # -- clauses ------------------------------------------------------------------------------------
    @cached_property
    def _spans_by_doc(self) -> dict[str, tuple[list[int], list[tuple[int, int, str]]]]:
        """Per document, every (start, end, region) a fact or mention cites, sorted by start."""
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for m in self.kb.mentions:
            spans[m.prov.doc_id].append((m.prov.start, m.prov.end, m.region))
        for d in self.kb.designations:
            spans[d.prov.doc_id].append((d.prov.start, d.prov.end, d.region))
        for t in self.kb.targets:
            spans[t.prov.doc_id].append((t.prov.start, t.prov.end, t.region))
        for z in self.kb.zones:
            for m in z.members:
                spans[m.prov.doc_id].append((m.prov.start, m.prov.end, m.region))
        out = {}
        for doc, items in spans.items():
            items.sort()
            out[doc] = ([s for s, _, _ in items], items)
        return out

    def regions_in_span(self, doc_id: str, start: int, end: int) -> frozenset[str]:
        """Regions named by, or given facts in, ``text[start:end]`` of a document."""
        starts, items = self._spans_by_doc.get(doc_id, ([], []))
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return frozenset(region for _, _, region in items[lo:hi])

    def regions_of_clause(self, doc_id: str, clause_id: str) -> frozenset[str]:
        """Regions a clause (with its sub-clauses) names or gives facts to."""
        clause = self.kb.document(doc_id).clause(clause_id)
        return self.regions_in_span(doc_id, clause.start, clause.end)

    def clauses_for(self, region_id: str, docs: frozenset[str] | None = None) -> list[ClauseRef]:
        """Clauses that name the region (or a unit below it) or state a fact about it, in document order."""
        ids = self.kb.region_ids_within(region_id)
        provs: list[Provenance] = [m.prov for m in self.kb.mentions_of(region_id)]
        provs += [d.prov for d in self.kb.designations_for(region_id)]
        provs += [t.prov for t in self.kb.targets_for(region_id)]
        for z in self.kb.zones:
            provs += [m.prov for m in z.members if m.region in ids or z.id == region_id]
        grouped: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
        for p in provs:
            if docs is None or p.doc_id in docs:
                grouped[(p.doc_id, p.clause_id)].add((p.start, p.end))
        order = {d.id: i for i, d in enumerate(sorted(self.kb.documents, key=document_sort_key))}
        refs = [ClauseRef(doc, clause, tuple(sorted(spans))) for (doc, clause), spans in grouped.items()]
        return sorted(refs, key=lambda c: (order.get(c.doc_id, 0), min(c.spans)))


_WARNING_DOC = re.compile(r"^(\S+?): ")
_WARNING_CLAUSE = re.compile(r"clause (\S+)(?: \(([^)\s]+)\))?")
_QUOTED = re.compile(r"'([^']+)'")


def warning_target(kb: KnowledgeBase, warning: str) -> tuple[str, str | None] | None:
    """The (document id, clause id or None) a warning names, or None if it names no known document.

    Warnings read ``<doc id>: … clause <label or id> …``; a label shared by several clauses is resolved by
    the quoted words the warning cites, else the first such clause.
    """
    if not isinstance(warning, str):
        raise TypeError(f"warning must be a str, got {type(warning).__name__}")
    known = [d.id for d in kb.documents]
    m = _WARNING_DOC.match(warning)
    doc_id = m.group(1) if m else None
    if doc_id is None or doc_id not in known:
        found = [d for d in known if d in warning]
        if not found:
            return None
        doc_id = found[0]
    doc = kb.document(doc_id)
    c = _WARNING_CLAUSE.search(warning)
    if c is None:
        return doc_id, None
    ids = {cl.id for cl in doc.clauses}
    for token in (c.group(2), c.group(1), c.group(1).rstrip("),.;:")):
        if token and token in ids:
            return doc_id, token
    token = c.group(1)
    candidates = [cl for cl in doc.clauses if cl.label and cl.label.strip() == token.strip()]
    if not candidates:
        return doc_id, None
    for quoted in _QUOTED.findall(warning):
        words = quoted.strip("…")
        for cl in candidates:
            if words and words in doc.text[cl.start : cl.end]:
                return doc_id, cl.id
    return doc_id, candidates[0].id


def document_label(doc: Document, *, unknown_year: str = "?") -> str:
    """``2014 · 吉政发〔2014〕23号``, ``2014 · <title>`` or ``2009 · 文号不详``: a label for lists."""
    from gui.i18n import tr

    return document_label_in(doc, "list", unknown_year=unknown_year, unknown_number=tr("文号不详"))


def document_name(doc: Document) -> str:
    """A document as the interface names it: 文号, else title (shortened), else year; never its id."""
    from gui.i18n import tr

    if doc.doc_number:
        return doc.doc_number
    if doc.title:
        return doc.title if len(doc.title) <= 28 else doc.title[:27] + "…"
    if doc.source != "seed":  # an imported file's id is the name the user gave the file
        return tr("文件“{name}”").format(name=doc.id)
    return tr("{year} 年的文件（标题不详）").format(year=doc.year) if doc.year else tr("标题不详的文件")


def without_ids(kb: KnowledgeBase, text: str) -> str:
    """``text`` with every document id in it replaced by the document's name (「…」), for display."""
    for doc in sorted(kb.documents, key=lambda d: -len(d.id)):
        if doc.id in text:
            text = text.replace(doc.id, f"「{document_name(doc)}」")
    return text
