"""The one place the sector slots emit designations (``statements``, ``knownwords``, ``reviewwords``).

A term is cut like every other rule's (no 等, a generic tail only where the words need it), is dropped in a
sentence that curbs a sector (超低排放改造, 落后产能) or inside text read as a list of an unknown place, and
is kept once per (region, industry or term, clause); unclassified terms are warned about.
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis
from policy.extract.emit import industry_words
from policy.extract.sectorwords import industries_of, seg_end, seg_start
from policy.messages import message
from policy.model import Designation, Provenance

__all__ = ["CURBING", "SlotEmitter"]

# A segment about curbing or regulating a sector (超低排放改造, 落后产能, 安全整治) designates nothing.
CURBING = re.compile(
    r"排放|落后产能|淘汰|去产能|化解过剩|安全生产|安全隐患|整治|污染|减排|关停|压减|违法|违规|监管|执法|"
    r"事故|股权|改制|国企改革|脱钩|上市|禁止|限制|危化品|危险化学品|道路交通|隐患|风险|关闭|破产|"
    r"营业税|增值税|营改增|"  # a tax reform lists the trades it covers, not sectors a region develops
    r"兼并重组|开办|攻关|研发应用|领域应用|高速公路|基础设施|智慧社区|智慧教育|民生事业"  # …, public works
)


class SlotEmitter:
    def __init__(self, an: Analysis, taxonomy, refused):
        self.an, self.taxonomy, self.refused = an, taxonomy, refused
        self.out: dict[tuple, Designation] = {}
        self.warnings: list[str] = []
        self.known: set[tuple[str, int, int]] = set()  # (region, start, end) of every known sector read

    def emit(self, regions, a: int, b: int, kind: str) -> None:
        doc = self.an.doc
        # The same cut as every other rule: no 等, a generic tail only where the words need it (数字产业).
        a, b = industry_words(doc.text, self.taxonomy, a, b)
        if b <= a or self.refused.overlaps(a, b):
            return
        sent = self.an.sentence_at(a)
        seg_a = seg_start(doc.text, a, sent.start)
        seg_b = seg_end(doc.text, a, sent.end)
        if CURBING.search(doc.text, seg_a, seg_b):
            return
        if b - a < 2 and self.taxonomy.match(doc.text[a:b]) is None:  # 钼 is a sector; 新 is not
            return
        term = doc.text[a:b]
        # Two aliases run together (石化汽车) name two industries: one designation each.
        industries = industries_of(term, self.taxonomy)
        clause = doc.clause_at(a)
        plan = self.an.sentence_at(a).plan
        for region in regions:
            for ind in industries:
                if ind is not None:
                    self.known.add((region, a, b))
                key = (region, ind.id if ind else term, clause.id)
                if key in self.out:
                    continue
                if ind is None:
                    label = clause.label.strip() or clause.id
                    self.warnings.append(message("unclassified_term", term=term, doc=doc.id, label=label))
                prov = Provenance(doc.id, clause.id, a, b)
                self.out[key] = Designation(region, ind.id if ind else None, term, kind, prov, plan)
