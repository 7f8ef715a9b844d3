"""Short names of development zones as reports write them (红嘴开发区 for 四平红嘴经济技术开发区).

Reports often shorten a zone's full name to its stem and 开发区. The short form is derived from the zone's
own aliases and kept only when it names one zone: 长春开发区 could be the 经开区 or the 高新区, so it is
no name at all.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["zone_short_forms"]

_KIND = re.compile(
    r"^(?P<stem>.{2,}?)(?:经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|经开区|高新区)$"
)


def zone_short_forms(zones) -> dict[str, str]:
    """{short form: zone name} for the zones of ``assets/places.json`` (dicts with name and aliases)."""
    forms: dict[str, set[str]] = {}
    for zone in zones:
        names = {zone["name"], *zone.get("aliases", ())}
        for alias in names:
            m = _KIND.match(alias)
            if m:
                short = m["stem"] + "开发区"
                if short not in names:
                    forms.setdefault(short, set()).add(zone["name"])
    spelled = Counter(a for zone in zones for a in {zone["name"], *zone.get("aliases", ())})
    return {s: next(iter(z)) for s, z in forms.items() if len(z) == 1 and s not in spelled}
