"""Scoring the engine against the hand annotation of real reports (tests/fixtures/annotation/GUIDE.md).

The annotation lists, per document, every (region, term, plan) designation a careful reader marks and every
named park. The engine's designations are reduced to the same unit; a gold designation is found when the
engine has one in that document with the same region and a compatible term (the same taxonomy industry,
the same words without a generic tail, or one term inside the other). Precision counts the engine's units
(region, industry or term) that match some gold designation. Used by ``bench/extraction_bench.py`` and by
the tests (floors), so both measure the same thing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = ROOT / "tests" / "fixtures" / "annotation"
TEXTS = ROOT / "tests" / "fixtures" / "corpus"
_TAIL = re.compile(r"(?:产业集群|产业基地|产业园|产业链|产业|工业|行业|基地|集群|项目|业)$")


@dataclass(frozen=True)
class GoldDesignation:
    region: str
    term: str
    plan: bool
    quote: str


@dataclass(frozen=True)
class GoldPark:
    name: str
    region: str


@dataclass(frozen=True)
class AnnotatedDoc:
    doc: str  # the document id: the fixture's file stem
    subject: str
    designations: tuple[GoldDesignation, ...]
    parks: tuple[GoldPark, ...]
    unseen: bool  # kept out of rule tuning: the honest figure


@dataclass(frozen=True)
class Score:
    gold: int
    found: int
    engine_units: int
    engine_right: int
    plan_agree: int
    parks_gold: int
    parks_found: int
    fragments: tuple[str, ...]  # engine terms that are not whole words of the text
    parks_engine: int = 0  # parks the engine found in the document
    parks_right: int = 0  # … that are parks of the annotation

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.engine_right / self.engine_units if self.engine_units else 0.0

    @property
    def parks_recall(self) -> float:
        return self.parks_found / self.parks_gold if self.parks_gold else 0.0

    @property
    def parks_precision(self) -> float:
        return self.parks_right / self.parks_engine if self.parks_engine else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            *(
                getattr(self, f) + getattr(other, f)
                for f in ("gold", "found", "engine_units", "engine_right")
            ),
            self.plan_agree + other.plan_agree,
            self.parks_gold + other.parks_gold,
            self.parks_found + other.parks_found,
            self.fragments + other.fragments,
            self.parks_engine + other.parks_engine,
            self.parks_right + other.parks_right,
        )


ZERO = Score(0, 0, 0, 0, 0, 0, 0, ())


def load_annotations(folder: Path = ANNOTATION) -> tuple[AnnotatedDoc, ...]:
    """Every annotated document in ``folder`` (``split.json`` says which are kept out of tuning)."""
    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    unseen = set(split["unseen"])
    out = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "split.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(
            AnnotatedDoc(
                doc=data["doc"],
                subject=data["subject"],
                designations=tuple(
                    GoldDesignation(d["region"], d["term"], bool(d["plan"]), d["quote"])
                    for d in data["designations"]
                ),
                parks=tuple(GoldPark(p["name"], p["region"]) for p in data.get("parks", ())),
                unseen=data["doc"] in unseen,
            )
        )
    return tuple(out)


def text_path(doc_id: str) -> Path:
    return TEXTS / f"{doc_id}.md"


def _bare(term: str) -> str:
    t = term.strip()
    while True:
        shorter = _TAIL.sub("", t)
        if shorter == t or len(shorter) < 2:
            return t
        t = shorter


def compatible(gold: str, engine_term: str, engine_industry: str | None, taxonomy) -> bool:
    """A gold term and an engine designation name the same sector (see the module docstring)."""
    if engine_industry is not None:
        g = taxonomy.match(gold)
        if g is not None and g.id == engine_industry:
            return True
    a, b = _bare(gold), _bare(engine_term)
    if a == b:
        return True
    return min(len(a), len(b)) >= 2 and (a in b or b in a)


def score_document(ann: AnnotatedDoc, kb, taxonomy) -> Score:
    """Score one annotated document against the knowledge base that holds it."""
    doc = kb.document(ann.doc)
    engine = [d for d in kb.designations if d.prov.doc_id == ann.doc]
    by_region = defaultdict(list)
    for d in engine:
        by_region[d.region].append(d)
    found = plan_agree = 0
    for g in ann.designations:
        hits = [d for d in by_region.get(g.region, ()) if compatible(g.term, d.term, d.industry, taxonomy)]
        if hits:
            found += 1
            plan_agree += any(d.plan == g.plan for d in hits)
    gold_by_region = defaultdict(list)
    for g in ann.designations:
        gold_by_region[g.region].append(g)
    units = {(d.region, d.industry or d.term): d for d in engine}
    right = sum(
        1
        for (region, _), d in units.items()
        if any(compatible(g.term, d.term, d.industry, taxonomy) for g in gold_by_region.get(region, ()))
    )
    fragments = tuple(sorted({d.term for d in engine if _is_fragment(doc.text, d)}))
    parks = [p for p in kb.parks if any(m.doc_id == ann.doc for m in p.mentions)]

    def same_place(a: str | None, b: str) -> bool:
        # A park's place agrees up to granularity: 金珠工业区 in 龙潭区 or in 吉林市 is the same park.
        if a is None:
            return False
        return a == b or a in kb.region_ids_within(b) or b in kb.region_ids_within(a)

    def same_park(p, g) -> bool:
        names = [n for n in (p.name, *p.aliases) if len(n) >= 2]
        return same_place(p.region, g.region) and any(n in g.name or g.name in n for n in names)

    parks_found = sum(1 for g in ann.parks if any(same_park(p, g) for p in parks))
    parks_right = sum(1 for p in parks if any(same_park(p, g) for g in ann.parks))
    counts = (len(ann.designations), found, len(units), right, plan_agree, len(ann.parks), parks_found)
    return Score(*counts, fragments, len(parks), parks_right)


_VERB_BIGRAMS = frozenset(
    [
        "推进",
        "促进",
        "引进",
        "推动",
        "加快",
        "培育",
        "发展",
        "打造",
        "建设",
        "壮大",
        "提升",
        "做强",
        "做大",
        "实施",
        "加强",
        "组织",
    ]
)


def _is_fragment(text: str, d) -> bool:
    """A term that is not a whole word: a number or count in it (百亿级, 六大), or cut out of a verb
    (推|进云计算, 加强轨道客车 → the verb's last character starts the term)."""
    term = text[d.prov.start : d.prov.end]
    if term != d.term or re.search(r"\d|[百千万亿]级|^[一二三四五六七八九十]+大", term):
        return True
    if term[:1] in "而但且并及和与":  # a conjunction is not part of a sector's name (而医药健康)
        return True
    return text[max(0, d.prov.start - 1) : d.prov.start + 1] in _VERB_BIGRAMS or term.startswith(
        tuple(_VERB_BIGRAMS)
    )


def load_annotated_kb(annotations=None):
    """A knowledge base of the seeds plus every annotated fixture text (ids are the file stems)."""
    from policy.corpus import load_knowledge_base

    annotations = annotations if annotations is not None else load_annotations()
    return load_knowledge_base([str(text_path(a.doc)) for a in annotations])


def score_all(kb=None, annotations=None) -> tuple[Score, Score, dict[str, Score]]:
    """(tuned documents, unseen documents, per document) scores."""
    annotations = annotations if annotations is not None else load_annotations()
    kb = kb if kb is not None else load_annotated_kb(annotations)
    per = {a.doc: score_document(a, kb, kb.taxonomy) for a in annotations}
    tuned = sum((per[a.doc] for a in annotations if not a.unseen), ZERO)
    unseen = sum((per[a.doc] for a in annotations if a.unseen), ZERO)
    return tuned, unseen, per


SECOND_READING = ANNOTATION / "second-reading"


def reader_agreement(folder: Path = SECOND_READING, taxonomy=None) -> tuple[Score, Score]:
    """How far two careful readers agree: a second reader's annotation of some documents scored against the
    first reader's by the engine's own rule (the second reader as the engine), and the other way round.

    Returns ``(second against first, first against second)``: the recall of the first is how much of the
    first reading the second finds. A ceiling for the engine's figures, not a target.
    """
    from policy.industries.taxonomy import load_taxonomy

    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    first = {a.doc: a for a in load_annotations()}
    out = [ZERO, ZERO]
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        second = [
            GoldDesignation(d["region"], d["term"], bool(d["plan"]), d["quote"]) for d in data["designations"]
        ]
        a = first[data["doc"]].designations
        out[0] += _agree(a, second, taxonomy)
        out[1] += _agree(tuple(second), list(a), taxonomy)
    return out[0], out[1]


def _agree(gold, other, taxonomy) -> Score:
    def industry(term):
        found = taxonomy.match(term)
        return found.id if found else None

    by_region = defaultdict(list)
    for o in other:
        by_region[o.region].append(o)
    found = sum(
        any(compatible(g.term, o.term, industry(o.term), taxonomy) for o in by_region[g.region]) for g in gold
    )
    gold_by_region = defaultdict(list)
    for g in gold:
        gold_by_region[g.region].append(g)
    units = {(o.region, industry(o.term) or o.term): o for o in other}
    right = sum(
        any(compatible(g.term, o.term, industry(o.term), taxonomy) for g in gold_by_region[region])
        for (region, _), o in units.items()
    )
    return Score(len(gold), found, len(units), right, 0, 0, 0, ())
