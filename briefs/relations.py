"""How a region is tied to zones and to other documents, with the clause that says so (pure, no Qt).

Zone memberships, a zone's members grouped by the clause that names them, and cross-references whose clause
names the region (通化市、梅河口市参照实施…《…》（吉“一主六双”办〔2022〕2号）).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.quotes import Quote, doc_name, doc_order, make_quote

ROLE_LABELS = {"core": "核心", "member": "成员", "responsible": "责任单位"}


def role_label(role: str) -> str:
    """The Chinese word for a member's role (core 核心, member 成员, responsible 责任单位)."""
    return ROLE_LABELS.get(role, role)


def _name(kb, region_id: str) -> str:
    try:
        return kb.region(region_id).name
    except KeyError:
        return region_id


@dataclass(frozen=True)
class Membership:
    """A zone the region belongs to, its role there and the clause that names it."""

    zone_id: str
    zone_name: str
    role: str  # Chinese label (role_label)
    quote: Quote


@dataclass(frozen=True)
class MemberClause:
    """Zone members named by one clause: the clause is quoted once with every member highlighted."""

    members: tuple[tuple[str, str], ...]  # (region name, role label), in the clause's order
    quote: Quote

    @property
    def heading(self) -> str:
        """四平市、辽源市（成员）；梅河口市（责任单位）: names grouped by role, in order."""
        roles: dict[str, list[str]] = {}
        for name, role in self.members:
            roles.setdefault(role, []).append(name)
        return "；".join(f"{'、'.join(names)}（{role}）" for role, names in roles.items())


@dataclass(frozen=True)
class RelatedDocument:
    """A document cited by a clause that names the region (e.g. to be applied there, 参照实施)."""

    cited_number: str
    cited_title: str | None
    regions: tuple[str, ...]  # names of the region's places the clause names
    resolved: str | None  # how the brief names the cited document when it is in the corpus
    candidate: str | None  # a corpus document the title matches although no 文号 confirms it
    quote: Quote  # the citing clause, the places and the 文号 highlighted


def memberships(kb, region_id: str) -> tuple[Membership, ...]:
    """Each zone ``region_id`` is a named member of, with its role and the member clause quoted.

    Raises
    ------
    KeyError
        If ``region_id`` is not a region of the knowledge base.
    """
    kb.region(region_id)
    out = []
    for zone in kb.zones_of(region_id):
        mine = [m for m in zone.members if m.region == region_id]
        first = mine[0]
        spans = [(m.prov.start, m.prov.end) for m in mine if m.prov.clause_id == first.prov.clause_id]
        quote = make_quote(kb, first.prov.doc_id, first.prov.clause_id, spans)
        out.append(Membership(zone.id, zone.name, role_label(first.role), quote))
    return tuple(out)


def member_clauses(kb, zone) -> tuple[MemberClause, ...]:
    """A zone's members grouped by the clause naming them, in the order the members are listed."""
    by_clause: dict[tuple[str, str], list] = {}
    for m in zone.members:
        by_clause.setdefault((m.prov.doc_id, m.prov.clause_id), []).append(m)
    out = []
    for (doc_id, clause_id), members in by_clause.items():
        quote = make_quote(kb, doc_id, clause_id, [(m.prov.start, m.prov.end) for m in members])
        names = tuple(dict.fromkeys((_name(kb, m.region), role_label(m.role)) for m in members))
        out.append(MemberClause(names, quote))
    return tuple(out)


def related_documents(kb, region_ids) -> tuple[RelatedDocument, ...]:
    """Cross-references whose clause names one of ``region_ids`` (a mention in the same clause).

    In document order, then text order; each citation once per clause.
    """
    ids = frozenset(region_ids)
    mentions: dict[tuple[str, str], list] = {}
    for m in kb.mentions:
        if m.region in ids:
            mentions.setdefault((m.prov.doc_id, m.prov.clause_id), []).append(m)
    seen, out = set(), []
    xrefs = sorted(kb.xrefs, key=lambda x: (doc_order(kb.document(x.doc_id)), x.prov.start))
    for x in xrefs:
        key = (x.prov.doc_id, x.prov.clause_id)
        if key not in mentions or (key, x.cited_number) in seen:
            continue
        seen.add((key, x.cited_number))
        named = mentions[key]
        spans = [(m.prov.start, m.prov.end) for m in named] + [(x.prov.start, x.prov.end)]
        out.append(
            RelatedDocument(
                cited_number=x.cited_number,
                cited_title=x.cited_title,
                regions=tuple(dict.fromkeys(_name(kb, m.region) for m in named)),
                resolved=doc_name(kb.document(x.resolved)) if x.resolved else None,
                candidate=doc_name(kb.document(x.candidate)) if x.candidate else None,
                quote=make_quote(kb, x.prov.doc_id, x.prov.clause_id, spans),
            )
        )
    return tuple(out)
