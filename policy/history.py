"""How a region's designations change from one document to the next (pure Python).

Documents are put in date order (unknown dates last) and each document's designations are grouped into
entries, one per industry (or per unclassified term). Industries are compared through the taxonomy: a
parent designated later continues a child named before (汽车 after 汽车零部件), and a child continues its
parent, so neither reads as new or dropped. The GUI's detail pane and chart and the printed brief all read
their "new / kept / no longer mentioned" from here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from policy.model import Designation, Document

FIRST, ADDED, KEPT = "first", "added", "kept"
UNCLASSIFIED_PREFIX = "term:"  # entry keys of terms that match no industry: term:<term>


def document_order(doc: Document) -> tuple:
    """Sort key: documents by year, then date, unknown dates last, then id.

    A document whose year is missing but whose ISO date is known is ordered by the date's year.

    Parameters
    ----------
    doc : Document

    Returns
    -------
    tuple
        A key for :func:`sorted`.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"document_order needs a Document, got {type(doc).__name__}")
    year = doc.year
    if year is None and doc.date and doc.date[:4].isdigit():
        year = int(doc.date[:4])
    return (year is None, year or 0, doc.date or "", doc.id)


def entry_key(d: Designation) -> str:
    """The key a designation is grouped under: its industry id, or ``term:<term>`` when unclassified."""
    return d.industry or f"{UNCLASSIFIED_PREFIX}{d.term}"


def ancestors(kb, key: str) -> tuple[str, ...]:
    """``key``'s ancestors in the industry taxonomy, nearest first (a key the taxonomy lacks has none)."""
    chain: list[str] = []
    seen = {key}
    current = key
    while True:
        try:
            parent = kb.industry(current).parent
        except KeyError:
            return tuple(chain)
        if not parent or parent in seen:
            return tuple(chain)
        chain.append(parent)
        seen.add(parent)
        current = parent


def related(kb, a: str, b: str) -> bool:
    """True if industry keys ``a`` and ``b`` are the same, or one is an ancestor of the other.

    A parent designation covers its children (汽车 covers 汽车零部件) and a child designation continues
    its parent, so neither reads as dropped or new between two documents. Siblings are not related.
    """
    return a == b or a in ancestors(kb, b) or b in ancestors(kb, a)


def covered(kb, key: str, others: Iterable[str]) -> bool:
    """Whether any of ``others`` is ``key``, a broader industry containing it or a part of it."""
    return any(related(kb, key, o) for o in others)


def industry_changes(kb, previous: Iterable[str], current: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """(added, dropped) keys from one document's designations to the next, each sorted.

    A key counts as added only if nothing in ``previous`` covers it, and as dropped only if nothing in
    ``current`` covers it (see :func:`related`).
    """
    previous, current = set(previous), set(current)
    added = tuple(sorted(i for i in current - previous if not covered(kb, i, previous)))
    dropped = tuple(sorted(i for i in previous - current if not covered(kb, i, current)))
    return added, dropped


@dataclass(frozen=True)
class Entry:
    """One designated industry (or unclassified term) in one document.

    ``designations`` are the designations grouped here, in the order given; ``industry`` is None for a
    term the taxonomy does not know. ``continues`` are the keys of the previous document's entries this
    one continues through the taxonomy (a parent now, a child before, or the other way round), in the
    previous document's order; the entry's own key is never listed.
    """

    key: str
    industry: str | None
    designations: tuple[Designation, ...]
    status: str  # FIRST | ADDED | KEPT
    continues: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        """The distinct terms the text uses for it, in order of appearance."""
        return tuple(dict.fromkeys(d.term for d in self.designations))


@dataclass(frozen=True)
class DocumentStep:
    """A document's designations for a region and how they changed since the previous document.

    ``dropped`` are the keys of the previous document's entries that nothing here designates or covers,
    in the previous document's order; ``previous`` is None for the first document.
    """

    document: Document
    designations: tuple[Designation, ...]
    entries: tuple[Entry, ...]
    dropped: tuple[str, ...]
    previous: Document | None


def by_document(kb, designations: Iterable[Designation]) -> list[tuple[Document, tuple[Designation, ...]]]:
    """Designations grouped by document, documents in date order (see :func:`document_order`).

    Raises
    ------
    KeyError
        If a designation cites a document the knowledge base does not hold.
    """
    groups: dict[str, list[Designation]] = defaultdict(list)
    for d in designations:
        if not isinstance(d, Designation):
            raise TypeError(f"expected Designation objects, got {type(d).__name__}")
        groups[d.prov.doc_id].append(d)
    ordered = sorted((kb.document(doc_id) for doc_id in groups), key=document_order)
    return [(doc, tuple(groups[doc.id])) for doc in ordered]


def history(kb, designations: Iterable[Designation]) -> tuple[DocumentStep, ...]:
    """The designations by document in date order, each entry marked first / added / kept.

    Parameters
    ----------
    kb : KnowledgeBase
        Supplies documents (for dates) and the industry taxonomy.
    designations : iterable of Designation
        Usually ``kb.designations_for(region_id)``, the region with the units below it.

    Returns
    -------
    tuple of DocumentStep
        An entry is "kept" when the previous document designated it, one of its ancestors or one of its
        descendants, otherwise "added"; the first document's entries are "first". A previous entry is
        dropped only when nothing in this document is related to it.
    """
    steps: list[DocumentStep] = []
    previous: tuple[str, ...] | None = None
    prev_doc: Document | None = None
    for doc, ds in by_document(kb, designations):
        grouped: dict[str, list[Designation]] = {}
        for d in ds:
            grouped.setdefault(entry_key(d), []).append(d)
        entries = []
        for key, members in grouped.items():
            if previous is None:
                status, continues = FIRST, ()
            else:
                near = [k for k in previous if related(kb, key, k)]
                status = KEPT if near else ADDED
                continues = tuple(k for k in near if k != key)
            entries.append(Entry(key, members[0].industry, tuple(members), status, continues))
        dropped = tuple(k for k in previous or () if not any(related(kb, k, key) for key in grouped))
        steps.append(DocumentStep(doc, ds, tuple(entries), dropped, prev_doc))
        previous, prev_doc = tuple(grouped), doc
    return tuple(steps)
