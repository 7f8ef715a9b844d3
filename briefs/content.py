"""What a brief says, as plain data: pure functions from the knowledge base to frozen records (no Qt).

The page layout (:mod:`briefs.html`, :mod:`briefs.render`) only formats these records, so what a brief
claims can be tested without rendering anything.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass

from briefs.changes import DocGroup, doc_groups, key_label
from briefs.lang import t
from briefs.quotes import (
    ELLIPSIS,  # noqa: F401 - re-exported with the content API
    Quote,
    doc_name,
    doc_order,
    doc_title,
    make_quote,
    trim,  # noqa: F401 - re-exported with the content API
)
from briefs.relations import (
    MemberClause,
    Membership,
    RelatedDocument,
    member_clauses,
    memberships,
    related_documents,
    role_label,
)
from briefs.targets import TargetRow
from briefs.targets import target_rows as targets_table
from policy.messages import localise
from policy.model import Region

LEVEL_LABELS = {
    "province": "省级行政区",
    "prefecture": "地级行政区",
    "county": "县级行政区",
    "zone": "复合区域（由成员地区组成）",
}
FIELD_LABELS = {
    "title": "标题",
    "doc_number": "文号",
    "issuer": "发文机关",
    "date": "成文日期",
    "year": "年份",
    "doc_kind": "文件类型",
    "subject": "所涉地区",
}
MAX_QUOTES = 6
MAX_GROUPS = 4  # documents whose changes are listed in full; the timeline shows the others
MAX_UNDATED = 2  # undated documents listed after them
MAX_TARGETS = 10  # target rows (a document's targets stay together)
MAX_PARKS = 10
MAX_TIMELINE_ROWS = 16
MAX_ALL_SOURCES = 8
NOT_STATED = "原文未写明"  # the reason given when the data gives none


class UnknownRegionError(ValueError):
    """No region or zone has this name; ``suggestions`` are the closest valid names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = list(suggestions)
        hint = f"; closest valid names: {', '.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(
            f"unknown region '{name}'{hint}. Give an adcode, a name (长春, 长春市) or a zone (吉西南)"
        )


@dataclass(frozen=True)
class ParkRow:
    name: str
    region: str
    industries: tuple[str, ...]
    location: str
    confidence: str


@dataclass(frozen=True)
class MemberRow:
    region_id: str
    name: str
    role: str
    quote: Quote


@dataclass(frozen=True)
class TimelineRow:
    """One row of the brief's timeline figure: an industry and, per year, planned or only reviewed."""

    label: str
    marks: tuple[tuple[int, str], ...]  # (year, "plan" | "past")
    documents: int


@dataclass(frozen=True)
class SourceRow:
    """A document the brief cites: known fields and, plainly, what is not known and why."""

    doc_id: str
    title: str
    known: tuple[tuple[str, str], ...]
    unknown: tuple[tuple[str, str], ...]
    warnings: int
    name: str = ""  # how the brief names the document (quotes.doc_name)


@dataclass(frozen=True)
class Brief:
    """Everything one regional (or zone) brief states."""

    region_id: str
    name: str
    short: str
    level: str
    level_label: str
    parent_name: str | None
    generated: str
    zones: tuple[str, ...]  # names of the zones the region belongs to
    groups: tuple[DocGroup, ...]
    parks: tuple[ParkRow, ...]
    park_ids: tuple[str, ...]
    targets: tuple[TargetRow, ...]
    quotes: tuple[Quote, ...]
    members: tuple[MemberRow, ...]
    member_groups: tuple[tuple[str, tuple[DocGroup, ...]], ...]  # zone: each member's designations
    sources: tuple[SourceRow, ...]
    highlight: tuple[str, ...]  # region ids to highlight on the map
    memberships: tuple[Membership, ...] = ()  # zones the region is a named member of, with the clause
    member_clauses: tuple[MemberClause, ...] = ()  # zone: members grouped by the clause naming them
    related: tuple[RelatedDocument, ...] = ()  # documents cited by clauses that name the region
    lang: str = "zh"  # the brief's language (briefs.lang): labels and industry names, not proper names
    latest_plan: DocGroup | None = None  # the most recent document that plans the region's industries
    shown_groups: tuple[DocGroup, ...] = ()  # the most recent documents, listed with their changes
    timeline: tuple[TimelineRow, ...] = ()  # the figure: industries × years
    timeline_years: tuple[int, int] | None = None
    more_timeline: int = 0  # industries the figure leaves out
    more_targets: tuple[int, int] = (0, 0)  # (targets, documents) left out of the table
    more_parks: int = 0
    more_sources: int = 0  # documents on the region that nothing shown cites


# -- region names -------------------------------------------------------------------------------------
def resolve_region(kb, name: str) -> Region:
    """The region or zone a user means by ``name`` (adcode, full or short name, alias, zone name).

    Raises
    ------
    TypeError
        If ``name`` is not a string.
    UnknownRegionError
        If nothing matches; the error lists the closest valid names.
    """
    if not isinstance(name, str):
        raise TypeError(f"region name must be a str, not {type(name).__name__}")
    key = name.strip()
    gaz = kb.gazetteer
    region = gaz.lookup(key) if gaz is not None else None
    if region is None:
        for r in kb.regions:
            if key in (r.id, r.name, r.short, *r.aliases):
                region = r
                break
    if region is None:
        suggestions = gaz.closest(key) if gaz is not None and key else []
        raise UnknownRegionError(name, suggestions)
    return kb.region(region.id)


# -- designations -------------------------------------------------------------------------------------
def _name(kb, region_id: str | None) -> str:
    if region_id is None:
        return "—"
    try:
        return kb.region(region_id).name
    except KeyError:
        return region_id


# -- the brief ----------------------------------------------------------------------------------------
def _quotes(kb, region_id: str, designations, targets, ids) -> tuple[Quote, ...]:
    """Key clauses: each clause that designates the region, one per document first, then the rest."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for d in designations:
        spans[(d.prov.doc_id, d.prov.clause_id)].append((d.prov.start, d.prov.end))
    for target in targets:
        spans[(target.prov.doc_id, target.prov.clause_id)].append((target.prov.start, target.prov.end))
    for m in kb.mentions:
        key = (m.prov.doc_id, m.prov.clause_id)
        if m.region in ids and key in spans:
            spans[key].append((m.prov.start, m.prov.end))
    order = sorted(spans, key=lambda k: (doc_order(kb.document(k[0])), min(spans[k])))
    # One clause per document first, the newest documents first: with twenty documents, the recent ones.
    newest = sorted(order, key=lambda k: doc_order(kb.document(k[0])), reverse=True)
    first_per_doc, rest, seen = [], [], set()
    for key in newest:
        (rest if key[0] in seen else first_per_doc).append(key)
        seen.add(key[0])
    chosen = sorted((first_per_doc + rest)[:MAX_QUOTES], key=order.index)
    return tuple(make_quote(kb, doc, clause, spans[(doc, clause)]) for doc, clause in chosen)


def _sources(kb, doc_ids, lang: str = "zh") -> tuple[SourceRow, ...]:
    rows = []
    for doc in sorted((kb.document(i) for i in doc_ids), key=doc_order):
        known = [
            (t(FIELD_LABELS[f], lang), str(getattr(doc, f)))
            for f in ("doc_number", "issuer", "date", "doc_kind")
            if getattr(doc, f) is not None
        ]
        if doc.subject is not None and doc.subject in {r.id for r in kb.regions}:
            known.append((t(FIELD_LABELS["subject"], lang), kb.region(doc.subject).name))
        unknown = [
            (t(FIELD_LABELS.get(f, f), lang), localise(reason, lang))
            for f, reason in doc.unknown
            if getattr(doc, f, None) is None
        ]
        for f in ("title", "doc_number", "issuer", "date"):
            if getattr(doc, f) is None and f not in dict(doc.unknown):
                unknown.append((t(FIELD_LABELS[f], lang), t(NOT_STATED, lang)))
        source = {"seed": "种子文件（随程序提供）", "library": "用户文库", "path": "本次运行给出的文件"}
        known.append((t("来源", lang), t(source.get(doc.source, doc.source), lang)))
        rows.append(
            SourceRow(doc.id, doc_title(doc), tuple(known), tuple(unknown), len(doc.warnings), doc_name(doc))
        )
    return tuple(rows)


def build_brief(kb, region_id: str, *, generated: _dt.date | None = None, lang: str = "zh") -> Brief:
    """Assemble what the brief of one region or zone says.

    Parameters
    ----------
    kb : policy.kb.KnowledgeBase
    region_id : str
        An adcode or zone id of ``kb.regions`` (resolve user input with :func:`resolve_region`).
    generated : datetime.date, optional
        The date printed on the brief (default: today).

    Returns
    -------
    Brief

    Raises
    ------
    KeyError
        If ``region_id`` is not a region of the knowledge base.
    """
    region = kb.region(region_id)
    generated = generated or _dt.date.today()
    is_zone = region.level == "zone"
    ids = kb.region_ids_within(region.id)
    designations = kb.designations_for(region.id)
    targets = kb.targets_for(region.id)
    parks = kb.parks_in(region.id) if not is_zone else ()
    members: list[MemberRow] = []
    member_groups: list[tuple[str, tuple[DocGroup, ...]]] = []
    highlight: tuple[str, ...] = (region.id,)
    zone = None
    if is_zone:
        try:
            zone = kb.zone(region.id)
        except KeyError:
            zone = None
    if zone is not None:
        for m in zone.members:
            q = make_quote(kb, m.prov.doc_id, m.prov.clause_id, [(m.prov.start, m.prov.end)])
            members.append(MemberRow(m.region, _name(kb, m.region), role_label(m.role), q))
        member_ids = tuple(dict.fromkeys(m.region for m in zone.members))
        highlight = member_ids
        for rid in member_ids:
            ds = kb.designations_for(rid, docs=frozenset({zone.doc_id}))
            if ds:
                member_groups.append((_name(kb, rid), doc_groups(kb, rid, ds, lang)))
        parks = tuple(
            p for p in kb.parks if p.region and any(p.region in kb.region_ids_within(r) for r in member_ids)
        )
    park_rows = tuple(
        ParkRow(
            name=p.name,
            region=_name(kb, p.region),
            industries=tuple(key_label(kb, i, lang) for i in p.industries),
            location=p.location,
            confidence=p.confidence,
        )
        for p in parks
    )
    target_rows, *more_targets = targets_table(kb, targets, limit=MAX_TARGETS, lang=lang)
    shown_targets = {row.doc_id for row in target_rows}
    groups = doc_groups(kb, region.id, designations, lang)
    # The newest dated documents first; undated ones (no place in time) after them, as every list has them.
    dated = [g for g in groups if g.year is not None]
    undated = [g for g in groups if g.year is None]
    shown_groups = tuple(reversed(dated[-MAX_GROUPS:])) + tuple(undated[:MAX_UNDATED])
    latest_plan = _latest_plan(kb, region.id, groups)
    timeline_rows, years, more_timeline = _timeline(kb, region.id, designations, lang)
    quotes = _quotes(kb, region.id, designations, targets, ids)
    zone_of = memberships(kb, region.id) if not is_zone else ()
    # A zone's cross-references include those naming its members (通化市、梅河口市参照实施…).
    cross_refs = related_documents(kb, ids | set(highlight))
    # The sources are the documents the brief shows something of; the others are counted.
    everything: set[str] = {d.prov.doc_id for d in designations} | {t.prov.doc_id for t in targets}
    everything |= {p.doc_id for park in parks for p in park.mentions}
    cited: set[str] = {g.doc_id for g in shown_groups} | shown_targets
    cited |= {latest_plan.doc_id} if latest_plan is not None else set()
    cited |= {q.doc_id for q in quotes} | {m.quote.doc_id for m in members}

    cited |= {m.quote.doc_id for m in zone_of} | {r.quote.doc_id for r in cross_refs}
    if len(everything | cited) <= MAX_ALL_SOURCES:  # a few documents: the brief lists them all
        cited |= everything
    if zone is not None:
        cited.add(zone.doc_id)
        cited |= {d for _, gs in member_groups for g in gs for d in [g.doc_id]}
    parent = None
    if region.parent:
        parent = _name(kb, region.parent)
    return Brief(
        region_id=region.id,
        name=region.name,
        short=region.short,
        level=region.level,
        level_label=t(LEVEL_LABELS.get(region.level, region.level), lang),
        parent_name=parent,
        generated=generated.isoformat(),
        zones=tuple(m.zone_name for m in zone_of),
        groups=groups,
        parks=park_rows[:MAX_PARKS],
        park_ids=tuple(p.id for p in parks),
        targets=target_rows,
        quotes=quotes,
        members=tuple(members),
        member_groups=tuple(member_groups),
        sources=_sources(kb, cited, lang),
        highlight=highlight,
        memberships=zone_of,
        member_clauses=member_clauses(kb, zone) if zone is not None else (),
        related=cross_refs,
        latest_plan=latest_plan,
        shown_groups=shown_groups,
        timeline=timeline_rows,
        timeline_years=years,
        more_timeline=more_timeline,
        more_targets=tuple(more_targets),
        more_parks=max(0, len(park_rows) - MAX_PARKS),
        more_sources=len(everything - cited),
        lang=lang,
    )


def _latest_plan(kb, region_id: str, groups):
    """The most recent dated document that plans the region's industries, its own documents (those about
    it: its government's reports, its plans) before others that name it in passing."""
    planning = [g for g in groups if any(e.plan for e in g.entries)]
    dated = [g for g in planning if g.year is not None]  # an undated document is not "the latest"
    own = [g for g in dated if kb.document(g.doc_id).subject == region_id]
    return (own or dated or planning or [None])[-1]


def _timeline(kb, region_id: str, designations, lang: str = "zh"):
    """The figure's rows (most named first, the region's own before its units), the years, rows left out."""
    from briefs.changes import short_name
    from policy.history import timeline

    rows = [r for r in timeline(kb, designations, region_id) if r.years]
    if not rows:
        return (), None, 0
    years = (min(r.first for r in rows), max(r.last for r in rows))
    rows.sort(key=lambda r: (r.unit != region_id, -r.documents, r.first, r.key))
    out = tuple(
        TimelineRow(
            key_label(kb, r.key, lang) + ("" if r.unit == region_id else f"（{short_name(kb, r.unit)}）"),
            tuple((y, "plan" if p else "past") for y, p, _ in r.years),
            r.documents,
        )
        for r in rows[:MAX_TIMELINE_ROWS]
    )
    return out, years, len(rows) - len(out)
