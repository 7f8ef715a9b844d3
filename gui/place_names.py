"""Place names in the interface language: English (assets/place_names_en.json) where one is known.

The English interface shows the prefectures, the province and the composite zones by their English names
on the map, in the legend and in chart titles; counties, documents and quoted text keep their Chinese.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from gui import i18n

NAMES_EN = Path(__file__).resolve().parent.parent / "assets" / "place_names_en.json"


@cache
def _english() -> dict[str, dict[str, str]]:
    try:
        return json.loads(NAMES_EN.read_text(encoding="utf-8"))["names"]
    except (OSError, ValueError, KeyError):
        return {}  # a missing asset: Chinese names stay (never a traceback)


def place_name(view, region_id: str, *, short: bool = False) -> str:
    """A region's name (or short name) in the interface language."""
    if i18n.language() == "en":
        entry = _english().get(region_id)
        if entry:
            return entry["short" if short else "name"]
    return view.short(region_id) if short else view.name(region_id)


def english_short(region_id: str) -> str | None:
    """The English short name of a region, or None."""
    entry = _english().get(region_id)
    return entry["short"] if entry else None
