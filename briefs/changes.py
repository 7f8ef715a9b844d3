"""How a region's designations change from one document to the next (pure; no Qt).

Industries are compared through the taxonomy: a parent designated later continues a child named before
(汽车 after 汽车零部件), and a child continues its parent, so neither reads as new or dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from briefs.quotes import doc_label, doc_order
from policy.model import Designation


@dataclass(frozen=True)
class IndustryEntry:
    """One designated industry in one document (``industry`` None: a term the taxonomy does not know)."""

    key: str
    label: str
    industry: str | None
    terms: tuple[str, ...]
    places: tuple[str, ...]  # short names of the units below the region that carry it ("" = the region)
    status: str  # "first" | "added" | "kept"
    #: Labels of the previous document's industries this one continues through the taxonomy (a parent
    #: now designated where the previous document named a child, or the other way round).
    continues: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocGroup:
    """A document's designations for the region, and how they changed since the previous document."""

    doc_id: str
    year: int | None
    heading: str
    entries: tuple[IndustryEntry, ...]
    dropped: tuple[str, ...]  # labels of the previous document that nothing here designates or covers
    previous: str | None  # heading of the previous document, None for the first


def _entry_key(d: Designation) -> str:
    return d.industry or f"term:{d.term}"


def industry_label(kb, d: Designation) -> str:
    if d.industry:
        try:
            return kb.industry(d.industry).name
        except KeyError:
            return d.industry
    return f"{d.term}（未归类）"


def _lineage(kb, key: str) -> tuple[str, ...]:
    """``key`` and its ancestors in the industry taxonomy (a term the taxonomy lacks has none)."""
    chain = [key]
    seen = {key}
    while True:
        try:
            parent = kb.industry(chain[-1]).parent
        except KeyError:
            return tuple(chain)
        if not parent or parent in seen:
            return tuple(chain)
        chain.append(parent)
        seen.add(parent)


def related(kb, a: str, b: str) -> bool:
    """True if industry keys ``a`` and ``b`` are the same, or one is an ancestor of the other.

    A parent designation covers its children (汽车 covers 汽车零部件) and a child designation continues
    its parent, so neither reads as dropped or new between two documents.
    """
    return a in _lineage(kb, b) or b in _lineage(kb, a)


def doc_groups(kb, region_id: str, designations) -> tuple[DocGroup, ...]:
    """Designations grouped by document in date order, with added / kept / dropped between documents.

    "kept" and "dropped" follow the industry hierarchy: an industry is kept when the previous document
    designated it, one of its ancestors or one of its descendants; a previous industry is dropped only
    when nothing in this document is related to it (see :func:`related`).
    """
    by_doc: dict[str, list[Designation]] = defaultdict(list)
    for d in designations:
        by_doc[d.prov.doc_id].append(d)
    docs = sorted((kb.document(i) for i in by_doc), key=doc_order)
    groups: list[DocGroup] = []
    previous: dict[str, str] | None = None  # key -> label of the previous document's entries
    prev_heading = None
    for doc in docs:
        entries: dict[str, dict] = {}
        for d in by_doc[doc.id]:
            e = entries.setdefault(_entry_key(d), {"d": d, "terms": [], "places": []})
            e["terms"].append(d.term)
            place = "" if d.region == region_id else short_name(kb, d.region)
            e["places"].append(place)
        out = []
        for key, e in entries.items():
            if previous is None:
                status, continues = "first", ()
            else:
                near = [k for k in previous if related(kb, key, k)]
                status = "kept" if near else "added"
                continues = tuple(previous[k] for k in near if k != key)
            out.append(
                IndustryEntry(
                    key=key,
                    label=industry_label(kb, e["d"]),
                    industry=e["d"].industry,
                    terms=tuple(dict.fromkeys(e["terms"])),
                    places=tuple(dict.fromkeys(e["places"])),
                    status=status,
                    continues=continues,
                )
            )
        dropped = tuple(
            label for k, label in (previous or {}).items() if not any(related(kb, k, key) for key in entries)
        )
        heading = doc_label(doc)
        groups.append(DocGroup(doc.id, doc.year, heading, tuple(out), dropped, prev_heading))
        previous, prev_heading = {en.key: en.label for en in out}, heading
    return tuple(groups)


def short_name(kb, region_id: str) -> str:
    """The short name of a region (长春), or its id when the knowledge base does not know it."""
    try:
        return kb.region(region_id).short
    except KeyError:
        return region_id
