"""A park named for its sector designates its place that sector (龙潭小五金产业园 → 龙潭区: 小五金).

The annotation guide counts 建设…产业园 as a designation, and a reader takes a park's sector from its name
whatever verb the sentence uses (延吉细胞产业园投产). The park extractor has placed the park; this reads the
longest known sector word of its name, after the place that leads it, once per sentence. A zone of
government gives a sector only when its name is its place and that sector (通化国家级医药高新区), and in a
list of zones (提升高新区、经开区、化工园区、中新食品区…) the words of the names are no designations.
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis
from policy.extract.sectorwords import alias_pattern
from policy.model import Designation, Document, Provenance
from policy.places.gazetteer import PROVINCE

_KIND = "产业园区"
# A zone of government (高新区, 示范区, 试验区 …) is named for a programme, not for what its place makes,
# unless its name is only its place and a sector (梅河口医药高新区).
_GROWTH = re.compile("(?:产业|发展|产业发展|高质量发展|创新发展)$")  # 珲春海洋经济发展示范区
_RANK = re.compile("(?:国家级|省级|国家|中国|国际)?")
_OF_ZONE = re.compile("(?:高新区|开发区|新区|示范区|试验区|合作区|功能区|保税区|食品区|示范园区)$")
_ZONE_END = re.compile("(?:高新区|开发区|开区|新区|示范区|试验区|试验田|综试区|合作区|功能区|保税区|经济区)$")


def outside_zone_lists(doc: Document, parks, designations) -> tuple[Designation, ...]:
    """The designations whose term is not a word of a zone's name in a list of zones.

    提升高新区、经开区、化工园区、中新食品区、冰雪试验区五大国家级平台 names platforms, not the sectors their
    names hold; a zone named for its sector is read by ``park_designations``.
    """
    text = doc.text
    spans = sorted(
        {
            (m.start, m.end)
            for p in parks
            for m in p.mentions
            if m.doc_id == doc.id and (_ZONE_END.search(text, m.start, m.end) or _OF_ZONE.search(p.name))
        }
    )
    starts, ends = {a for a, _ in spans}, {b for _, b in spans}
    listed = [
        (a, b)
        for a, b in spans
        if (text[b : b + 1] == "、" and b + 1 in starts) or (text[a - 1 : a] == "、" and a - 1 in ends)
    ]
    return tuple(d for d in designations if not any(a <= d.prov.start and d.prov.end <= b for a, b in listed))


def park_designations(doc: Document, parks, designations, taxonomy, an: Analysis) -> tuple[Designation, ...]:
    """Designations of the sectors in park names not already designated to the park's place there."""
    text = doc.text
    pattern = alias_pattern(taxonomy)
    # A sector the sentence already gives a place (桦甸国发、舒兰皓月2个万头肉牛示范园区) keeps that reading;
    # one it gives only the subject (医药健康产业重点…支持通化医药高新区) is the park's place's too.
    have: dict[tuple[str, int], set[str]] = {}
    for d in designations:
        have.setdefault((d.industry or d.term, an.sentence_at(d.prov.start).start), set()).add(d.region)
    added: set[tuple[str, int, str]] = set()
    out: list[Designation] = []
    for park in parks:
        if park.region is None:
            continue
        for m in park.mentions:
            if m.doc_id != doc.id:
                continue
            after_place = max([x.end for x in an.mentions_in(m.start, m.end)] + [m.start])
            whole = after_place >= m.end  # the gazetteer knows the whole name as a place (中新吉林食品区)
            if whole:
                after_place = m.start
            zone = _ZONE_END.search(text, m.start, m.end)
            if zone:
                # …医药高新区, 空港经济开发区: a zone of government whose name is its place and a sector.
                at = _RANK.match(text, after_place, zone.start()).end()
                # 临空经济区: the zone's 经济 may end the sector (临空经济), or not (国际旅游经济区).
                stops = (zone.start() + 2, zone.start()) if zone.group() == "经济区" else (zone.start(),)
                best = None
                for stop in stops:
                    upto = _GROWTH.search(text, at, stop)
                    end = upto.start() if upto else stop
                    best = best or pattern.fullmatch(text, at, end)
                    if best is None and whole:  # 通化国家医药高新区: the sector word that ends the name
                        ending = [w for w in pattern.finditer(text, at, end) if w.end() == end]
                        best = max(ending, key=lambda w: w.end() - w.start(), default=None)
            elif park.confidence != "unverified" and an.subject != PROVINCE:
                continue  # to its own city a listed park's name is a brand (中新食品区: one of its platforms)
            else:
                best = None
                for w in pattern.finditer(text, after_place, m.end):
                    if best is None or w.end() - w.start() > best.end() - best.start():
                        best = w
            if best is None:
                continue
            industry = taxonomy.match(best.group())
            if industry is None:
                continue
            sentence = an.sentence_at(m.start)
            key = (industry.id, sentence.start)
            given = have.get(key, set())
            if (given - {an.subject}) or park.region in given or (*key, park.region) in added:
                continue
            added.add((*key, park.region))  # 长春、延吉空港经济开发区: one zone each, each its place
            prov = Provenance(doc.id, doc.clause_at(best.start()).id, best.start(), best.end())
            out.append(Designation(park.region, industry.id, best.group(), _KIND, prov, sentence.plan))
    return tuple(out)
