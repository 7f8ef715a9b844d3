"""A works named for its sector designates its city that sector (吉林化纤 → 吉林市: 化纤).

Readers of a province's report take 吉林化纤转型升级 or 充分发挥吉林化纤龙头带动作用 as 吉林市's chemical
fibres, whatever the verb: the works is the city's sector. The gazetteer names a works only in a report of the
province or of its own city (``policy.places.gazetteer``), so this reads only there.
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis
from policy.extract.sectorwords import alias_pattern
from policy.model import Designation, Document, Provenance

_KIND = "发展"
# The works as a company, not as its sector: ownership, finance and reform (吉林化纤国有控股权风险,
# 吉林化纤、金浦钛业等企业…挂牌, 深入推进国企改革，吉林化纤实现强身健体), land and power for it.
_AS_COMPANY = re.compile(
    "改革|风险|控股|挂牌|上市|融资|信贷|债务|国有|国企|双百|混合所有制|股权|研发平台|示范企业|用地|用电"
)


def works_designations(doc: Document, designations, taxonomy, an: Analysis) -> tuple[Designation, ...]:
    """Designations of the sector word in each works' name, once per sentence and industry."""
    places = an.gazetteer.places
    pattern = alias_pattern(taxonomy)
    have = {(d.region, d.industry or d.term, an.sentence_at(d.prov.start).start) for d in designations}
    out: list[Designation] = []
    for m in an.mentions:
        if m.surface not in places or places[m.surface].kind != "works":
            continue
        word = pattern.search(doc.text, m.start, m.end)
        if word is None:
            continue  # 吉化, 通钢: a works whose name holds no sector word
        # 吉林化纤碳纤维量质齐升: a sector named right after the works is its sector here.
        word = pattern.match(doc.text, m.end) or word
        industry = taxonomy.match(word.group())
        if industry is None:
            continue
        sentence = an.sentence_at(m.start)
        if _AS_COMPANY.search(doc.text, sentence.start, sentence.end):
            continue
        key = (m.region, industry.id, sentence.start)
        if key in have:
            continue
        have.add(key)
        prov = Provenance(doc.id, doc.clause_at(word.start()).id, word.start(), word.end())
        out.append(Designation(m.region, industry.id, word.group(), _KIND, prov, sentence.plan))
    return tuple(out)
