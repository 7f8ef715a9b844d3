"""Two readings of one document's designations, merged: the seed-shaped rules and the sector slots.

The seed-shaped rules (``policy.extract.designations``) read the lists of notices exactly; the sector slots
(``policy.extract.statements``) read running text and name the most specific place. Where both read the
same words, the first wins unless it left them to the document's subject and the second names a place
(建设白城、松原、九台奶牛生产基地 → three places, not the subject).
"""

from __future__ import annotations

from policy.extract.textspans import SpanSet
from policy.model import Designation

__all__ = ["merge_readings"]


def _key(d: Designation) -> tuple:
    return (d.region, d.industry, d.term, d.prov.clause_id)


def merge_readings(
    first: list[Designation], second, fallback: str
) -> tuple[list[Designation], list[Designation]]:
    """(merged designations, those taken from ``second``).

    Parameters
    ----------
    first : list of Designation
        The seed-shaped reading.
    second : sequence of Designation
        The running-text reading.
    fallback : str
        The region unlocated statements go to (the document's subject, else the province).
    """
    placed = SpanSet()
    for x in second:
        if x.region != fallback:
            placed.append((x.prov.start, x.prov.end))
    # A subject-fallback reading of words the second reading places is dropped for the placed one.
    kept = [d for d in first if not (d.region == fallback and placed.overlaps(d.prov.start, d.prov.end))]
    dropped = {(d.prov.start, d.prov.end) for d in first} - {(d.prov.start, d.prov.end) for d in kept}
    taken = SpanSet()
    for d in kept:
        taken.append((d.prov.start, d.prov.end))
    keys = {_key(d) for d in kept}
    spans = {(d.prov.start, d.prov.end) for d in kept}
    added = []
    for x in second:
        span = (x.prov.start, x.prov.end)
        fits = not taken.overlaps(*span) or (span in spans and x.region != fallback)
        if span in dropped or any(a < span[1] and span[0] < b for a, b in dropped):
            fits = fits or x.region != fallback
        if fits and _key(x) not in keys:
            added.append(x)
            keys.add(_key(x))
    return kept + added, added
