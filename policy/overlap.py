"""Where neighbouring regions are designated the same industries (同质化), over a chosen set of documents.

Neighbours are regions of the same level that share a border (``assets/neighbours.json``, rebuilt by
``geo/build_neighbours.py`` from the boundary assets). Two neighbours overlap in an industry when both are
designated that same industry of the taxonomy (汽车零部件 beside 汽车 is a supplier and its market, not
the same industry). Unclassified terms are left out: only the taxonomy says two words name one industry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Overlap", "load_neighbours", "overlaps"]

ASSETS = Path(__file__).resolve().parent.parent / "assets"


@lru_cache(maxsize=1)
def load_neighbours() -> dict[str, tuple[str, ...]]:
    """Region id → the ids of its neighbours of the same level (empty when the asset is missing)."""
    path = ASSETS / "neighbours.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data["neighbours"].items()}


@dataclass(frozen=True)
class Overlap:
    """Two neighbours and the industries both are designated (ids, in taxonomy order)."""

    a: str
    b: str
    shared: tuple[str, ...]
    only_a: int  # industries of ``a`` the neighbour has nothing related to
    only_b: int

    @property
    def share(self) -> float:
        """Shared industries over all the industries of the two (0 … 1)."""
        total = len(self.shared) + self.only_a + self.only_b
        return len(self.shared) / total if total else 0.0


def overlaps(kb, regions=None, docs=None, *, level: str = "prefecture") -> tuple[Overlap, ...]:
    """The neighbouring pairs among ``regions`` (default: every region of ``level``) that share industries.

    Parameters
    ----------
    kb : KnowledgeBase
    regions : iterable of str, optional
        Region ids to consider; pairs need both ends in it.
    docs : frozenset of str, optional
        Only designations of these documents (the documents in view, e.g. a year range); all when None.
    level : str
        ``"prefecture"`` or ``"county"`` when ``regions`` is not given.

    Returns
    -------
    tuple of Overlap
        Most shared first; pairs that share nothing are left out.
    """
    neighbours = load_neighbours()
    wanted = ({r.id for r in kb.regions if r.level == level} if regions is None else set(regions)) & set(
        neighbours
    )
    industries = {r: _industries(kb, r, docs) for r in wanted}
    order = {ind.id: n for n, ind in enumerate(kb.industries)}
    out = []
    for a in sorted(wanted):
        for b in neighbours[a]:
            if b not in wanted or b <= a:
                continue
            ia, ib = industries[a], industries[b]
            shared = sorted(ia & ib, key=lambda i: order.get(i, 1 << 30))
            if not shared:
                continue
            only_a, only_b = len(ia - ib), len(ib - ia)
            out.append(Overlap(a, b, tuple(shared), only_a, only_b))
    return tuple(sorted(out, key=lambda o: (-len(o.shared), -o.share, o.a, o.b)))


def _industries(kb, region_id: str, docs) -> frozenset[str]:
    """The industries designated to a region or a unit below it by the documents given."""
    return frozenset(d.industry for d in kb.designations_for(region_id, docs=docs) if d.industry is not None)
