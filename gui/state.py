"""The one state object of the window: linked views subscribe to its signals and never to each other.

Every setter validates its argument early, ignores no-op changes (so views never loop) and emits one
signal. Views call the setters; only the state decides what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from policy.history import document_year


def _region_tuple(regions, name: str) -> tuple[str, ...]:
    if isinstance(regions, str):
        raise TypeError(f"{name} must be a sequence of region ids, not a single str")
    out = tuple(dict.fromkeys(regions))
    for r in out:
        if not isinstance(r, str):
            raise TypeError(f"{name} must contain region id strings, got {type(r).__name__}")
    return out


class AtlasState(QObject):
    """Selected regions, comparison set, industry filter, documents in view, search query, open clause.

    Parameters
    ----------
    documents : iterable of str
        Ids of every document; all are "in view" at first.
    industries : iterable of str, optional
        Ids of every industry; :meth:`set_industry` refuses any other (empty: not checked).
    years : mapping of str to int or None, optional
        Each document's year, for the time control (:meth:`set_years`); a document without one is in view
        only when no year range is set.
    """

    selectionChanged = Signal(tuple)  # region ids; the first one is shown in the detail pane
    comparisonChanged = Signal(tuple)  # region ids in the comparison set
    industryChanged = Signal(object)  # the filter: a tuple of ids (empty: none); also when its match changes
    documentsChanged = Signal(frozenset)  # document ids whose designations are shown
    searchChanged = Signal(str)
    clauseChanged = Signal(object)  # (doc_id, clause_id) or None
    highlightChanged = Signal(frozenset)  # regions named by the open clause
    viewChanged = Signal(object)  # a new AtlasView: documents were imported or removed
    yearsChanged = Signal(object)  # (first, last) year of the time control, or None: all years

    def __init__(self, documents=(), parent: QObject | None = None, *, industries=(), years=None):
        super().__init__(parent)
        self._doc_years: dict[str, int | None] = dict(years or {})
        self._years: tuple[int, int] | None = None
        self._all_docs = frozenset(documents)
        self._industries = frozenset(industries)
        self._selection: tuple[str, ...] = ()
        self._comparison: tuple[str, ...] = ()
        self._filter: tuple[str, ...] = ()
        self._match = "any"
        self._documents: frozenset[str] = self._all_docs
        self._search = ""
        self._clause: tuple[str, str] | None = None
        self._highlight: frozenset[str] = frozenset()

    # -- read ---------------------------------------------------------------------------------------
    @property
    def selection(self) -> tuple[str, ...]:
        return self._selection

    @property
    def selected(self) -> str | None:
        """The region shown in the detail pane (the first selected), or None."""
        return self._selection[0] if self._selection else None

    @property
    def comparison(self) -> tuple[str, ...]:
        return self._comparison

    @property
    def industry(self) -> str | None:
        """The filtered industry when exactly one is active (None: no filter, or several)."""
        return self._filter[0] if len(self._filter) == 1 else None

    @property
    def industry_filter(self) -> tuple[str, ...]:
        """Every industry of the filter, in the order they were added (empty: no filter)."""
        return self._filter

    @property
    def industry_match(self) -> str:
        """How several industries combine: "any" (a region designated any of them) or "all"."""
        return self._match

    @property
    def documents(self) -> frozenset[str]:
        return self._documents

    @property
    def all_documents(self) -> frozenset[str]:
        return self._all_docs

    @property
    def years(self) -> tuple[int, int] | None:
        """The time control's (first, last) year, or None for all years."""
        return self._years

    @property
    def year_span(self) -> tuple[int, int] | None:
        """The first and last year of the dated documents (None: no document is dated)."""
        known = [y for d, y in self._doc_years.items() if y is not None and d in self._all_docs]
        return (min(known), max(known)) if known else None

    def documents_in(self, years: tuple[int, int] | None) -> frozenset[str]:
        """The documents a year range shows: those dated in it (every document for None)."""
        if years is None:
            return self._all_docs
        lo, hi = years
        return frozenset(
            d for d in self._all_docs if (y := self._doc_years.get(d)) is not None and lo <= y <= hi
        )

    @property
    def search(self) -> str:
        return self._search

    @property
    def clause(self) -> tuple[str, str] | None:
        return self._clause

    @property
    def highlight(self) -> frozenset[str]:
        return self._highlight

    # -- write --------------------------------------------------------------------------------------
    def select(self, regions) -> None:
        """Replace the selection (an empty sequence clears it)."""
        regions = _region_tuple(regions, "regions")
        if regions != self._selection:
            self._selection = regions
            self.selectionChanged.emit(regions)

    def toggle_compare(self, region: str) -> None:
        """Add a region to the comparison set, or remove it if it is there (Ctrl-click)."""
        if not isinstance(region, str):
            raise TypeError(f"region must be a str, got {type(region).__name__}")
        if region in self._comparison:
            self.set_comparison(tuple(r for r in self._comparison if r != region))
        else:
            self.set_comparison((*self._comparison, region))

    def set_comparison(self, regions) -> None:
        regions = _region_tuple(regions, "regions")
        if regions != self._comparison:
            self._comparison = regions
            self.comparisonChanged.emit(regions)

    def set_industry(self, industry: str | None) -> None:
        """Filter by one industry (None: no filter)."""
        if industry is not None and not isinstance(industry, str):
            raise TypeError(f"industry must be an id string or None, got {type(industry).__name__}")
        self.set_industries(() if industry is None else (industry,))

    def set_industries(self, industries, match: str | None = None) -> None:
        """Filter by several industries; ``match`` "any" or "all" says how they combine (None: unchanged)."""
        if isinstance(industries, str):
            raise TypeError("industries must be a sequence of industry ids, not a single str")
        ids = tuple(dict.fromkeys(industries))
        for iid in ids:
            if not isinstance(iid, str):
                raise TypeError(f"industries must contain id strings, got {type(iid).__name__}")
            if self._industries and iid not in self._industries:
                raise ValueError(f"unknown industry id {iid!r}: use an id from the industry taxonomy")
        match = self._match if match is None else match
        if match not in ("any", "all"):
            raise ValueError(f"match must be 'any' or 'all', not {match!r}")
        if (ids, match) != (self._filter, self._match):
            self._filter, self._match = ids, match
            self.industryChanged.emit(ids)

    def toggle_industry(self, industry: str) -> None:
        """Add an industry to the filter, or take it out if it is there (a tick in the industry tree)."""
        if not isinstance(industry, str):
            raise TypeError(f"industry must be an id string, got {type(industry).__name__}")
        if industry in self._filter:
            self.set_industries(tuple(i for i in self._filter if i != industry))
        else:
            self.set_industries((*self._filter, industry))

    def set_industry_match(self, match: str) -> None:
        """ "any": regions designated any industry of the filter; "all": only those designated every one."""
        self.set_industries(self._filter, match)

    def set_documents(self, documents) -> None:
        docs = frozenset(documents)
        unknown = docs - self._all_docs
        if unknown:
            raise ValueError(f"unknown document ids: {', '.join(sorted(unknown))}")
        if docs != self._documents:
            self._documents = docs
            self.documentsChanged.emit(docs)

    def set_years(self, years: tuple[int, int] | None) -> None:
        """Show the documents of a year range (None: all documents, the undated ones too).

        The documents in view become those dated in the range, so the map, the detail pane, the
        comparison and the search all follow; ticking documents in the list afterwards still works.
        """
        if years is not None:
            if len(years) != 2 or not all(isinstance(y, int) for y in years):
                raise TypeError(f"years must be (first, last) integers or None, got {years!r}")
            lo, hi = sorted(years)
            years = (lo, hi)
        if years != self._years:
            self._years = years
            self.yearsChanged.emit(years)
        self.set_documents(self.documents_in(years))

    def set_search(self, query: str) -> None:
        if not isinstance(query, str):
            raise TypeError(f"query must be a str, got {type(query).__name__}")
        if query != self._search:
            self._search = query
            self.searchChanged.emit(query)

    def open_clause(self, doc_id: str | None, clause_id: str | None = None, regions=()) -> None:
        """Show a clause in the reader and highlight the regions it names (None closes it)."""
        clause = None if doc_id is None else (doc_id, clause_id)
        if clause != self._clause:
            self._clause = clause
            self.clauseChanged.emit(clause)
        highlight = frozenset(regions)
        if highlight != self._highlight:
            self._highlight = highlight
            self.highlightChanged.emit(highlight)

    def set_view(self, view) -> None:
        """Swap in the indexes of a new knowledge base (documents imported into or removed from the library).

        Views first receive ``viewChanged`` and redraw from the new indexes. Documents new to the knowledge
        base come into view, removed ones leave it; a clause of a removed document is closed. Regions and
        industries do not change, so the selection, comparison and filter stay.
        """
        doc_ids = getattr(view, "doc_ids", None)
        if doc_ids is None:
            raise TypeError(f"set_view() needs an AtlasView, got {type(view).__name__}")
        old_all, self._all_docs = self._all_docs, frozenset(doc_ids)
        self._industries = frozenset(i.id for i in view.kb.industries)
        self._doc_years = {d.id: document_year(d) for d in view.kb.documents}
        new = self._all_docs - old_all
        if self._years is not None:  # a new document comes into view if it is of the years shown
            new &= self.documents_in(self._years)
        documents = (self._documents & self._all_docs) | new
        changed = documents != self._documents
        self._documents = documents
        self.viewChanged.emit(view)
        if changed:
            self.documentsChanged.emit(documents)
        if self._clause is not None and self._clause[0] not in self._all_docs:
            self.open_clause(None)

    def clear(self) -> None:
        """Esc: clear the selection, the comparison and the clause highlight."""
        self.select(())
        self.set_comparison(())
        self.open_clause(None)
