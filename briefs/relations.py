"""How a region is tied to zones, with the clause that says so (pure, no Qt).

Zone memberships and a zone's members grouped by the clause that names them.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.quotes import Quote, make_quote

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
