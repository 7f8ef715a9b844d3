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
    year = document_year(doc)
    return (year is None, year or 0, doc.date or "", doc.id)


def document_year(doc: Document) -> int | None:
    """A document's year: its own, else its date's; None when neither is known."""
    if doc.year is not None:
        return doc.year
    return int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None


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


def series_of(doc: Document) -> tuple[str, str]:
    """The series a document continues: a government's own work reports, or the policy documents.

    A document is compared with the previous document of its series only: 长春's 2015 report with its 2014
    report, never with a provincial report that happened to come between (which names 长春 in passing).
    """
    if doc.doc_kind == "政府工作报告":
        return ("report", doc.issuer or doc.subject or "")
    return ("policy", "")


@dataclass(frozen=True)
class Entry:
    """One designated industry (or unclassified term) of one unit in one document.

    ``unit`` is the region the designations name: the region asked about, or a unit below it (a county).
    ``designations`` are the designations grouped here, in the order given; ``industry`` is None for a
    term the taxonomy does not know. ``continues`` are the keys of the previous document's entries of the
    same unit this one continues through the taxonomy (a parent now, a child before, or the other way
    round), in the previous document's order; the entry's own key is never listed.
    """

    key: str
    industry: str | None
    designations: tuple[Designation, ...]
    status: str  # FIRST | ADDED | KEPT
    continues: tuple[str, ...] = ()
    unit: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        """The distinct terms the text uses for it, in order of appearance."""
        return tuple(dict.fromkeys(d.term for d in self.designations))

    @property
    def plan(self) -> bool:
        """Whether the document plans it (not only reviews past work on it)."""
        return any(d.plan for d in self.designations)


@dataclass(frozen=True)
class DocumentStep:
    """A document's designations for a region and how they changed since the previous document of its series.

    Like is compared with like: each unit (the region, or a county below it) with the same unit in the
    previous document of the same series (see :func:`series_of`). ``dropped`` are ``(unit, key)`` pairs of
    the previous document that nothing of that unit here designates or covers, in the previous document's
    order; ``previous`` is None for a series' first document.
    """

    document: Document
    designations: tuple[Designation, ...]
    entries: tuple[Entry, ...]
    dropped: tuple[tuple[str, str], ...]
    previous: Document | None

    @property
    def added(self) -> tuple[tuple[str, str], ...]:
        """``(unit, key)`` of the entries new since the previous document of the series."""
        return tuple((e.unit, e.key) for e in self.entries if e.status == ADDED)


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
        An entry is "kept" when the previous document of its series designated the same unit the same
        industry, one of its ancestors or one of its descendants, otherwise "added"; a series' first
        document's entries are "first". A previous entry is dropped only when nothing of its unit in this
        document is related to it. The GUI's detail pane, the brief, the chart and the CSV all read this.
    """
    steps: list[DocumentStep] = []
    last: dict[tuple[str, str], tuple[Document, tuple[tuple[str, str], ...]]] = {}  # series → (doc, pairs)
    for doc, ds in by_document(kb, designations):
        grouped: dict[tuple[str, str], list[Designation]] = {}
        for d in ds:
            grouped.setdefault((d.region, entry_key(d)), []).append(d)
        series = series_of(doc)
        prev_doc, previous = last.get(series, (None, None))
        entries = []
        for (unit, key), members in grouped.items():
            if previous is None:
                status, continues = FIRST, ()
            else:
                near = [k for u, k in previous if u == unit and related(kb, key, k)]
                status = KEPT if near else ADDED
                continues = tuple(k for k in near if k != key)
            entries.append(Entry(key, members[0].industry, tuple(members), status, continues, unit))
        dropped = tuple(
            (unit, k)
            for unit, k in previous or ()
            if not any(u == unit and related(kb, k, key) for u, key in grouped)
        )
        steps.append(DocumentStep(doc, ds, tuple(entries), dropped, prev_doc))
        last[series] = (doc, tuple(grouped))
    return tuple(steps)


@dataclass(frozen=True)
class TimelineRow:
    """One industry of one unit through the years: when it was first and last designated, and how often.

    ``years`` holds ``(year, plan documents, review documents)`` for each year a document designates it;
    ``undated`` counts documents without a year.
    """

    unit: str
    key: str
    industry: str | None
    term: str
    years: tuple[tuple[int, int, int], ...]
    undated: int = 0

    @property
    def first(self) -> int | None:
        return self.years[0][0] if self.years else None

    @property
    def last(self) -> int | None:
        return self.years[-1][0] if self.years else None

    @property
    def documents(self) -> int:
        return sum(p + r for _, p, r in self.years) + self.undated


def timeline(
    kb, designations: Iterable[Designation], region_id: str | None = None
) -> tuple[TimelineRow, ...]:
    """Industries × years for a region (the matrix of the detail pane and the brief's figure).

    One row per (unit, industry or term); a document counts once per row, as a plan when it plans the
    industry anywhere, else as a review of past work. Rows of ``region_id`` itself come before the units
    below it; then by first year, then by how many documents name them.
    """
    cells: dict[tuple[str, str], dict] = {}
    for doc, ds in by_document(kb, designations):
        year = document_year(doc)
        seen: dict[tuple[str, str], bool] = {}
        for d in ds:
            k = (d.region, entry_key(d))
            seen[k] = seen.get(k, False) or d.plan
            row = cells.setdefault(k, {"industry": d.industry, "term": d.term, "years": {}, "undated": 0})
        for k, plan in seen.items():
            row = cells[k]
            if year is None:
                row["undated"] += 1
                continue
            p, r = row["years"].get(year, (0, 0))
            row["years"][year] = (p + plan, r + (not plan))
    rows = [
        TimelineRow(
            unit,
            key,
            c["industry"],
            c["term"],
            tuple((y, *c["years"][y]) for y in sorted(c["years"])),
            c["undated"],
        )
        for (unit, key), c in cells.items()
    ]
    return tuple(
        sorted(
            rows,
            key=lambda r: (r.unit != region_id, r.unit, r.first is None, r.first or 0, -r.documents, r.key),
        )
    )


HISTORY_COLUMNS = (
    "document",
    "date",
    "series",
    "region",
    "industry_id",
    "industry_or_term",
    "status",
    "plan",
    "continues",
    "previous_document",
)


def history_rows(kb, designations: Iterable[Designation]) -> list[tuple[str, ...]]:
    """The history as table rows (``HISTORY_COLUMNS``): one per entry, then one per dropped entry.

    What the detail pane, the brief and the chart show, for a spreadsheet: each document's entries with
    first / added / kept, and each previous entry no longer named (status ``dropped``).
    """
    rows: list[tuple[str, ...]] = []
    for step in history(kb, designations):
        doc = step.document
        series = "/".join(x for x in series_of(doc) if x)
        previous = step.previous.id if step.previous is not None else ""
        for e in step.entries:
            rows.append(
                (
                    doc.id,
                    doc.date or "",
                    series,
                    e.unit,
                    e.industry or "",
                    e.designations[0].term if e.industry is None else e.key,
                    e.status,
                    "plan" if e.plan else "review",
                    " ".join(e.continues),
                    previous,
                )
            )
        for unit, key in step.dropped:
            industry = "" if key.startswith(UNCLASSIFIED_PREFIX) else key
            term = key[len(UNCLASSIFIED_PREFIX) :] if not industry else key
            rows.append((doc.id, doc.date or "", series, unit, industry, term, "dropped", "", "", previous))
    return rows
