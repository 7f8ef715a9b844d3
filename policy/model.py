"""Core records of the atlas: documents, clauses, regions, industries and the facts that link them.

Every fact carries a :class:`Provenance`; ``doc.text[prov.start:prov.end]`` is exactly the cited words.
All records are frozen dataclasses; collections are tuples so records stay immutable and hashable.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

# Levels of a region; a zone is a composite of other regions.
REGION_LEVELS = ("province", "prefecture", "county", "zone")
CLAUSE_QUALITIES = ("ok", "garbled")
PARK_LOCATIONS = ("exact", "approximate", "region")


@dataclass(frozen=True)
class Provenance:
    """Where a fact is stated: document id, clause id and a character span of the normalised text."""

    doc_id: str
    clause_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    """One numbered unit of a document (or its preamble / signature).

    ``id`` is unique in the document: dotted ordinals of the path (``"2"``, ``"2.1"``, ``"2.1.3"``),
    or ``"preamble"`` / ``"signature"``. ``label`` is the number exactly as printed (``"（三）"``);
    ``number`` its value (3). ``level`` is 1 for top sections, 0 for preamble and signature.
    ``start``/``end`` index the normalised text and include the clause's children.
    """

    id: str
    parent: str | None
    label: str
    number: int | None
    level: int
    heading: str | None
    start: int
    end: int
    quality: str = "ok"

    def __post_init__(self) -> None:
        if self.quality not in CLAUSE_QUALITIES:
            raise ValueError(f"clause {self.id}: quality {self.quality!r} is not one of {CLAUSE_QUALITIES}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"clause {self.id}: span {self.start}..{self.end} is not a span")


@dataclass(frozen=True)
class Document:
    """A parsed policy document: normalised text, metadata and clause tree.

    Unknown metadata is ``None`` and ``unknown`` maps the field name to the reason.
    """

    id: str
    text: str
    clauses: tuple[Clause, ...]
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    year: int | None = None
    source: str = "seed"  # "seed" | "library" | "path"
    warnings: tuple[str, ...] = ()
    unknown: tuple[tuple[str, str], ...] = ()  # (field, reason)
    doc_kind: str | None = None  # 通知 | 意见 | 方案 | 政策措施 | 规划 | 政府工作报告 …
    # The region its unlocated statements are about (adcode or zone id) and the words that say so.
    subject: str | None = None
    subject_words: str | None = None
    # A place outside Jilin the document is about (辽宁省, 全国); then ``subject`` is None.
    outside: str | None = None
    date_basis: str | None = None  # where the date was read: signing | meeting | speaker | title | given
    date_words: str | None = None

    @cached_property
    def _clause_index(self) -> tuple[list[int], list[Clause], dict[str, Clause]]:
        # Clauses sorted by start (parents before children at the same start), for bisecting in clause_at.
        order = sorted(self.clauses, key=lambda c: (c.start, c.level))
        return [c.start for c in order], order, {c.id: c for c in self.clauses}

    def clause(self, clause_id: str) -> Clause:
        try:
            return self._clause_index[2][clause_id]
        except KeyError:
            raise KeyError(f"document {self.id} has no clause {clause_id!r}") from None

    def clause_at(self, offset: int) -> Clause:
        """The deepest clause whose span contains ``offset``."""
        starts, order, by_id = self._clause_index
        i = bisect_right(starts, offset) - 1
        # Clauses nest, so the deepest one containing offset is the last one started before it or an ancestor.
        c = order[i] if i >= 0 else None
        while c is not None and not (c.start <= offset < c.end):
            c = by_id.get(c.parent) if c.parent else None
        if c is None:
            raise ValueError(f"offset {offset} lies outside every clause of {self.id}")
        return c

    def unknown_reason(self, field_name: str) -> str | None:
        return dict(self.unknown).get(field_name)


@dataclass(frozen=True)
class Region:
    """An administrative unit (province, prefecture, county) or a composite zone."""

    id: str  # adcode, or a zone id such as "zone:jixinan"
    name: str  # full name: 延边朝鲜族自治州
    short: str  # short name: 延边
    level: str  # one of REGION_LEVELS
    parent: str | None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # zones only

    def __post_init__(self) -> None:
        if self.level not in REGION_LEVELS:
            raise ValueError(f"region {self.id}: level {self.level!r} is not one of {REGION_LEVELS}")


@dataclass(frozen=True)
class ZoneMember:
    """A zone's member region and the clause that names it."""

    region: str
    role: str  # "core" | "member" | "responsible"
    prov: Provenance


@dataclass(frozen=True)
class Zone:
    id: str
    name: str
    short: str
    doc_id: str
    members: tuple[ZoneMember, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Industry:
    """A canonical industry in the two-level taxonomy."""

    id: str
    name: str
    name_en: str
    parent: str | None
    gb4754: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    sei2018: tuple[str, ...] = ()  # 战略性新兴产业分类（2018） codes, where the correspondence is clean


@dataclass(frozen=True)
class Designation:
    """A region is designated an industry (``industry`` is None for an unclassified term)."""

    region: str
    industry: str | None
    term: str
    kind: str  # 重点发展 | 产业集群 | 支柱产业 | 新兴产业 | 外贸基地 | 物流 | 传统优势产业 | 战略性新兴产业 …
    prov: Provenance
    plan: bool = True  # a plan or designation; False: a report of past work (a report's review section)


@dataclass(frozen=True)
class Park:
    id: str
    name: str
    region: str | None
    lon: float | None
    lat: float | None
    location: str  # one of PARK_LOCATIONS
    confidence: str  # gazetteer confidence: high | medium-high | medium | low | unverified
    industries: tuple[str, ...] = ()
    mentions: tuple[Provenance, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Baseline:
    value: float
    year: int | None


@dataclass(frozen=True)
class Target:
    region: str
    metric: str
    value: float
    unit: str
    year: int | None
    baseline: Baseline | None
    prov: Provenance
    # How the value bounds the target when the text says so: 不超过 / 最高 / 以上 / 不低于 … (None: exactly).
    qualifier: str | None = None
    plan: bool = True  # False: a figure in a review of past work (an achievement, not a target)


@dataclass(frozen=True)
class CrossReference:
    """A document cites another by 文号 (and title where given)."""

    doc_id: str
    cited_number: str
    cited_title: str | None
    resolved: str | None  # id of the cited document if it is in the corpus (matched by 文号)
    prov: Provenance
    # A corpus document whose title matches the cited title although its 文号 is unknown: a lead for the
    # reader, never a resolution (004 has no 文号 of its own, so 002's citation of it cannot be certain).
    candidate: str | None = None


@dataclass(frozen=True)
class RegionMention:
    """A clause names a region (resolved from the text, e.g. 吉林市 vs 吉林省)."""

    region: str
    surface: str
    prov: Provenance


@dataclass(frozen=True)
class Facts:
    """What extraction finds in one document."""

    designations: tuple[Designation, ...] = ()
    parks: tuple[Park, ...] = ()  # park mentions found in this document (merged across docs by the KB)
    targets: tuple[Target, ...] = ()
    xrefs: tuple[CrossReference, ...] = ()
    mentions: tuple[RegionMention, ...] = ()
    warnings: tuple[str, ...] = ()
