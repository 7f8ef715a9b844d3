"""A region's designations per document, with added / kept / dropped, as the brief prints them (no Qt).

The comparison itself (date order, hierarchy-aware first / added / kept / dropped) is
:func:`policy.history.history`; this module only adds the brief's labels and place names.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.lang import t
from briefs.quotes import doc_label
from policy.history import UNCLASSIFIED_PREFIX, history
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
    plan: bool = True  # False: the document only reports past work on it


@dataclass(frozen=True)
class DocGroup:
    """A document's designations for the region, and how they changed since the previous document."""

    doc_id: str
    year: int | None
    heading: str
    entries: tuple[IndustryEntry, ...]
    dropped: tuple[str, ...]  # labels of the previous document that nothing here designates or covers
    previous: str | None  # heading of the previous document, None for the first


def industry_label(kb, d: Designation, lang: str = "zh") -> str:
    return key_label(kb, d.industry or f"{UNCLASSIFIED_PREFIX}{d.term}", lang)


def key_label(kb, key: str, lang: str = "zh") -> str:
    """The label of an entry key: the industry's name (English in an English brief), or the term as
    written, marked unclassified."""
    if key.startswith(UNCLASSIFIED_PREFIX):
        return key[len(UNCLASSIFIED_PREFIX) :] + t("（未归类）", lang)
    try:
        industry = kb.industry(key)
    except KeyError:
        return key
    return industry.name_en if lang == "en" and industry.name_en else industry.name


def doc_groups(kb, region_id: str, designations, lang: str = "zh") -> tuple[DocGroup, ...]:
    """Designations grouped by document in date order, with added / kept / dropped between documents.

    "kept" and "dropped" follow the industry hierarchy, each unit compared with itself in the previous
    document of the same series (see :func:`policy.history.history`); ``continues`` and ``dropped`` name
    the previous document's industries by their labels, a unit below the region in brackets.
    """

    def place(unit: str) -> str:
        return "" if unit == region_id else short_name(kb, unit)

    def labelled(unit: str, key: str) -> str:
        where = place(unit)
        return key_label(kb, key, lang) + (f"（{where}）" if where else "")

    groups: list[DocGroup] = []
    for step in history(kb, designations):
        out = tuple(
            IndustryEntry(
                key=e.key,
                label=industry_label(kb, e.designations[0], lang),
                industry=e.industry,
                terms=e.terms,
                places=(place(e.unit),),
                status=e.status,
                continues=tuple(key_label(kb, k, lang) for k in e.continues),
                plan=e.plan,
            )
            for e in step.entries
        )
        heading = doc_label(step.document)
        dropped = tuple(labelled(u, k) for u, k in step.dropped)
        previous = doc_label(step.previous) if step.previous is not None else None
        groups.append(DocGroup(step.document.id, step.document.year, heading, out, dropped, previous))
    return tuple(groups)


def short_name(kb, region_id: str) -> str:
    """The short name of a region (长春), or its id when the knowledge base does not know it."""
    try:
        return kb.region(region_id).short
    except KeyError:
        return region_id
