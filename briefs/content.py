"""What a brief says, as plain data: pure functions from the knowledge base to frozen records (no Qt).

The page layout (:mod:`briefs.html`, :mod:`briefs.render`) only formats these records, so what a brief
claims can be tested without rendering anything.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass

from briefs.changes import DocGroup, doc_groups
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
MAX_QUOTES = 8
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
    for t in targets:
        spans[(t.prov.doc_id, t.prov.clause_id)].append((t.prov.start, t.prov.end))
    for m in kb.mentions:
        key = (m.prov.doc_id, m.prov.clause_id)
        if m.region in ids and key in spans:
            spans[key].append((m.prov.start, m.prov.end))
    order = sorted(spans, key=lambda k: (doc_order(kb.document(k[0])), min(spans[k])))
    first_per_doc, rest, seen = [], [], set()
    for key in order:
        (rest if key[0] in seen else first_per_doc).append(key)
        seen.add(key[0])
    chosen = sorted((first_per_doc + rest)[:MAX_QUOTES], key=order.index)
    return tuple(make_quote(kb, doc, clause, spans[(doc, clause)]) for doc, clause in chosen)


def _sources(kb, doc_ids) -> tuple[SourceRow, ...]:
    rows = []
    for doc in sorted((kb.document(i) for i in doc_ids), key=doc_order):
        known = [
            (FIELD_LABELS[f], str(getattr(doc, f)))
            for f in ("doc_number", "issuer", "date", "doc_kind")
            if getattr(doc, f) is not None
        ]
        if doc.subject is not None and doc.subject in {r.id for r in kb.regions}:
            known.append((FIELD_LABELS["subject"], kb.region(doc.subject).name))
        unknown = [
            (FIELD_LABELS.get(f, f), localise(reason, "zh"))
            for f, reason in doc.unknown
            if getattr(doc, f, None) is None
        ]
        for f in ("title", "doc_number", "issuer", "date"):
            if getattr(doc, f) is None and f not in dict(doc.unknown):
                unknown.append((FIELD_LABELS[f], NOT_STATED))
        source = {"seed": "种子文件（随程序提供）", "library": "用户文库", "path": "本次运行给出的文件"}
        known.append(("来源", source.get(doc.source, doc.source)))
        rows.append(
            SourceRow(doc.id, doc_title(doc), tuple(known), tuple(unknown), len(doc.warnings), doc_name(doc))
        )
    return tuple(rows)


def build_brief(kb, region_id: str, *, generated: _dt.date | None = None) -> Brief:
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
                member_groups.append((_name(kb, rid), doc_groups(kb, rid, ds)))
        parks = tuple(
            p for p in kb.parks if p.region and any(p.region in kb.region_ids_within(r) for r in member_ids)
        )
    park_rows = tuple(
        ParkRow(
            name=p.name,
            region=_name(kb, p.region),
            industries=tuple(_industry_name(kb, i) for i in p.industries),
            location=p.location,
            confidence=p.confidence,
        )
        for p in parks
    )
    target_rows = targets_table(kb, targets)
    quotes = _quotes(kb, region.id, designations, targets, ids)
    zone_of = memberships(kb, region.id) if not is_zone else ()
    # A zone's cross-references include those naming its members (通化市、梅河口市参照实施…).
    cross_refs = related_documents(kb, ids | set(highlight))
    cited: set[str] = {d.prov.doc_id for d in designations} | {t.prov.doc_id for t in targets}
    cited |= {q.doc_id for q in quotes} | {m.quote.doc_id for m in members}
    cited |= {p.doc_id for park in parks for p in park.mentions}
    cited |= {m.quote.doc_id for m in zone_of} | {r.quote.doc_id for r in cross_refs}
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
        level_label=LEVEL_LABELS.get(region.level, region.level),
        parent_name=parent,
        generated=generated.isoformat(),
        zones=tuple(m.zone_name for m in zone_of),
        groups=doc_groups(kb, region.id, designations),
        parks=park_rows,
        park_ids=tuple(p.id for p in parks),
        targets=target_rows,
        quotes=quotes,
        members=tuple(members),
        member_groups=tuple(member_groups),
        sources=_sources(kb, cited),
        highlight=highlight,
        memberships=zone_of,
        member_clauses=member_clauses(kb, zone) if zone is not None else (),
        related=cross_refs,
    )


def _industry_name(kb, industry_id: str) -> str:
    try:
        return kb.industry(industry_id).name
    except KeyError:
        return industry_id
