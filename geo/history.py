"""Administrative changes as data (``assets/history.json``): which code and parent a unit had on a given date.

The map always draws today's boundaries; these answers let a document dated 2009 say that 公主岭 was then
220381 under 四平, while a 2023 document finds it as 220184 under 长春.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache

from geo.fastpath import ASSETS


@dataclass(frozen=True)
class RegionOnDate:
    """A region as it stood on a date.

    ``id`` is today's adcode (the one the map uses); ``adcode`` and ``parent`` are those in force on the date.
    ``certain`` is False when the date falls in the part of the year of a change before the change is known to
    have taken effect; the answer then gives the new arrangement and ``note`` says so.
    """

    id: str
    name: str
    adcode: str
    parent: str | None
    certain: bool = True
    note: str = ""


@lru_cache(maxsize=1)
def _changes() -> tuple[dict, ...]:
    path = ASSETS / "history.json"
    if not path.exists():
        raise FileNotFoundError(f"asset {path} is missing; it belongs to the repository (git checkout it)")
    return tuple(json.loads(path.read_text(encoding="utf-8"))["changes"])


def current_adcode(adcode: str) -> str:
    """Today's adcode for a code that has since changed (``"220381"`` → ``"220184"``); others unchanged."""
    for change in _changes():
        if change["before"]["adcode"] == adcode:
            return change["after"]["adcode"]
    return adcode


def _as_date(on: object) -> tuple[dt.date, dt.date]:
    """The first and last day the value may denote (a year covers the whole year)."""
    if isinstance(on, dt.datetime):
        return on.date(), on.date()
    if isinstance(on, dt.date):
        return on, on
    if isinstance(on, int) and not isinstance(on, bool):
        if not 1900 <= on <= 2100:
            raise ValueError(f"year {on} is out of range (1900-2100)")
        return dt.date(on, 1, 1), dt.date(on, 12, 31)
    if isinstance(on, str):
        try:
            day = dt.date.fromisoformat(on.strip())
        except ValueError:
            raise ValueError(
                f"date {on!r} is not an ISO date; write it as YYYY-MM-DD (or pass a year)"
            ) from None
        return day, day
    raise TypeError(f"date must be a datetime.date, an ISO string or a year (int), got {type(on).__name__}")


def region_on(region: str, on: dt.date | str | int) -> RegionOnDate:
    """The code and parent of a region on a document's date.

    Parameters
    ----------
    region : str
        An adcode (today's or a former one) or a name, as accepted by :func:`geo.regions.find_region`.
    on : datetime.date, str or int
        The document's date (``date`` or ``"YYYY-MM-DD"``) or just its year.

    Returns
    -------
    RegionOnDate

    Raises
    ------
    TypeError
        If ``on`` is of another type.
    ValueError
        If the region is unknown or ambiguous, or the date is malformed.
    """
    from geo.regions import find_region

    first, last = _as_date(on)
    info = find_region(region)
    for change in _changes():
        if change["region"] != info.id:
            continue
        switch = dt.date(change["year"], 1, 1)
        known_after = dt.date.fromisoformat(change["first_seen_after"])
        if last < switch:
            return RegionOnDate(info.id, info.name, change["before"]["adcode"], change["before"]["parent"])
        if first >= known_after:
            break
        return RegionOnDate(
            info.id,
            info.name,
            change["after"]["adcode"],
            change["after"]["parent"],
            certain=False,
            note=f"{change['what']}; the exact day is not recorded, so a date before "
            f"{change['first_seen_after']} in {change['year']} may still fall under the old arrangement "
            f"({change['before']['adcode']} under {change['before']['parent']})",
        )
    return RegionOnDate(info.id, info.name, info.id, info.parent)


def parent_on(region: str, on: dt.date | str | int) -> str | None:
    """The parent adcode of a region on a date (see :func:`region_on`, which also says how certain it is).

    Examples
    --------
    >>> parent_on("220184", "2009-12-22")
    '220300'
    >>> parent_on("公主岭", 2023)
    '220100'
    """
    return region_on(region, on).parent
