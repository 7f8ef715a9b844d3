"""How a region is tied to zones, with the clause that says so (pure, no Qt).

Zone memberships: each zone a region is a named member of.
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
