"""A region's designations per document, with added / kept / dropped, as the brief prints them (no Qt).

The comparison itself (date order, hierarchy-aware first / added / kept / dropped) is
:func:`policy.history.history`; this module only adds the brief's labels and place names.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.quotes import doc_label
from policy.history import history
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


def industry_label(kb, d: Designation) -> str:
    if d.industry:
        try:
            return kb.industry(d.industry).name
        except KeyError:
            return d.industry
    return f"{d.term}（未归类）"


def doc_groups(kb, region_id: str, designations) -> tuple[DocGroup, ...]:
    """Designations grouped by document in date order, with added / kept / dropped between documents.

    "kept" and "dropped" follow the industry hierarchy (see :func:`policy.history.history`); ``continues``
    and ``dropped`` name the previous document's industries by their labels.
    """
    groups: list[DocGroup] = []
    labels: dict[str, str] = {}  # key -> label of the previous document's entries
    prev_heading = None
    for step in history(kb, designations):
        out = tuple(
            IndustryEntry(
                key=e.key,
                label=industry_label(kb, e.designations[0]),
                industry=e.industry,
                terms=e.terms,
                places=tuple(
                    dict.fromkeys(
                        "" if d.region == region_id else short_name(kb, d.region) for d in e.designations
                    )
                ),
                status=e.status,
                continues=tuple(labels[k] for k in e.continues),
            )
            for e in step.entries
        )
        heading = doc_label(step.document)
        dropped = tuple(labels[k] for k in step.dropped)
        groups.append(DocGroup(step.document.id, step.document.year, heading, out, dropped, prev_heading))
        labels, prev_heading = {en.key: en.label for en in out}, heading
    return tuple(groups)


def short_name(kb, region_id: str) -> str:
    """The short name of a region (长春), or its id when the knowledge base does not know it."""
    try:
        return kb.region(region_id).short
    except KeyError:
        return region_id
