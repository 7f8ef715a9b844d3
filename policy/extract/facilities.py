"""A facility a known sector word names, after its owner's name: ``中油数据中心建成``,
``前郭华为大数据中心建成运营``, ``长岭双坨子储气库建设``.

A sector slot of :mod:`policy.extract.statements`. The word (数据中心, 储气库, 滑雪场, 冷库, 酒店 …) is the
sector whatever name comes before it, when its segment builds, opens or runs it; a place opening the item
is the facility's place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policy.extract.listplaces import list_regions, regions_for
from policy.extract.sectorwords import TRIGGER, Item, after_lead, places_in, seg_end, seg_start
from policy.extract.slotemit import SlotEmitter
from policy.text.wordtrie import WordPattern

__all__ = ["NOT_BUILT", "named_facilities"]

_FACILITY = re.compile("(?:中心|库|场|站|厂|乐园|酒店|店)$")
# Facilities the segment is not building (studied, closed, only planned for) or that serve government
# (新政务服务中心和大数据中心主体完工).
NOT_BUILT = re.compile("关闭|关停|拆除|研究|论证|前期|谋划|政务|政府")


@lru_cache(maxsize=4)
def _facility_words(taxonomy) -> WordPattern:
    """The known words that name a facility (数据中心, 储气库, 滑雪场 …), longest first."""
    return WordPattern(a for a in taxonomy.aliases if len(a) >= 2 and _FACILITY.search(a))


def named_facilities(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    for hit in _facility_words(em.taxonomy).finditer(text):
        a, b = hit.span()
        sent = an.sentence_at(a)
        seg = seg_start(text, a, sent.start)
        end = seg_end(text, b, sent.end)
        if not TRIGGER.search(text, seg, end) or NOT_BUILT.search(text, seg, end):
            continue
        item = after_lead(an, text, max(seg, text.rfind("、", seg, a) + 1), a)
        own = [pm for pm in places_in(an, item, a) if pm.start == item]
        led = (own[0].region,) if own else ()
        regions = regions_for(Item(a, b, led), [], list_regions(an, seg, sent, a))
        if regions:
            em.emit(regions, a, b, "发展")
