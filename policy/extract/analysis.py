"""One reading of a document that every extractor shares: subject, place mentions, sentences and their scope.

Each extractor used to find the subject region, the place mentions and the sentences again for itself.
:func:`analyse` does it once per document; designations, parks and targets read from the result.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from policy.model import Document
from policy.places.gazetteer import PROVINCE, Gazetteer, RegionMatch

__all__ = ["Analysis", "Sentence", "analyse", "mentions_between", "review_sections"]

_SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
# A top-level section that reviews past work: 一、2013年工作回顾, 过去五年…, 发展情况, 工作总结.
_REVIEW = re.compile(r"回顾|总结|过去|成就|发展情况|以来|开局")
_PLANNING = re.compile(r"安排|任务|目标|部署|打算|建议|重点工作|主要工作")
_PROVINCE_WORDS = re.compile(r"我省|全省|本省")


@dataclass(frozen=True)
class Sentence:
    """A sentence (up to 。！？；or the paragraph's end): ``text[start:end]``, in paragraph ``para``."""

    start: int
    end: int
    para: int  # offset where its paragraph starts
    plan: bool  # False inside a review of past work


@dataclass(frozen=True)
class Analysis:
    """What every extractor needs to know about one document, computed once."""

    doc: Document
    gazetteer: Gazetteer
    subject: str | None  # the region of unlocated statements; None for a document about another place
    outside: str | None
    mentions: tuple[RegionMatch, ...]
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def mentions_in(self, a: int, b: int) -> list[RegionMatch]:
        """Place mentions wholly inside ``text[a:b]``, in text order."""
        return mentions_between(self.mentions, self._mention_starts, a, b)

    def find(self, text: str, start: int = 0, end: int | None = None, *, subject: str | None = None):
        """Places named in ``text[start:end]``, as :meth:`Gazetteer.find` gives them, from this reading.

        ``text`` must be the document's text; 我省/全省 are left out as the gazetteer leaves them out.
        """
        if text is not self.doc.text and text != self.doc.text:
            raise ValueError("Analysis.find() reads the analysed document's text only")
        end = len(text) if end is None else end
        return [m for m in self.mentions_in(start, end) if m.surface not in ("我省", "全省", "本省")]

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(0, i)]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)


def mentions_between(mentions, starts: list[int], a: int, b: int) -> list[RegionMatch]:
    """The mentions (sorted by start; ``starts`` their starts) wholly inside ``[a, b)``."""
    i = bisect.bisect_left(starts, a)
    out = []
    while i < len(mentions) and mentions[i].start < b:
        if mentions[i].end <= b:
            out.append(mentions[i])
        i += 1
    return out


def review_sections(doc: Document) -> list[tuple[int, int]]:
    """Spans of the top-level sections that review past work.

    A section headed as a review (2013年工作回顾, 过去五年…) in any document; in a report, which mixes
    both, also its first section unless headed as a plan, and its opening words.
    """
    report = doc.doc_kind in ("政府工作报告", "报告")
    out = []
    tops = [c for c in doc.clauses if c.level == 1]
    for n, c in enumerate(tops):
        head = (c.heading or doc.text[c.start : c.start + 40].split("\n", 1)[0])[:40]
        planning = _PLANNING.search(head)
        if (_REVIEW.search(head) or (report and n == 0)) and not planning:
            out.append((c.start, c.end))
    preamble = next((c for c in doc.clauses if c.id == "preamble"), None)
    if report and preamble is not None:
        out.append((preamble.start, preamble.end))
    return out


def _sentences(doc: Document) -> tuple[Sentence, ...]:
    text = doc.text
    review = review_sections(doc)
    out = []
    para = 0
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[start:end].strip():
            plan = not any(a <= start < b for a, b in review)
            out.append(Sentence(start, end, para, plan))
        start = m.end()
        if m.group() == "\n":
            para = start
    if text[start:].strip():
        out.append(Sentence(start, len(text), para, not any(a <= start < b for a, b in review)))
    return tuple(out)


_PROVINCE_TITLE = re.compile("吉林省(?=[\u4e00-\u9fff])(?!人民|政府|委|内|外|与|和|及|、)")


def analyse(doc: Document, gazetteer: Gazetteer) -> Analysis:
    """Read a document once: its subject, the places it names and its sentences.

    Parameters
    ----------
    doc : Document
    gazetteer : Gazetteer

    Returns
    -------
    Analysis
        ``subject`` is the document's subject region, the province for a provincial document and None for
        a document about a place outside Jilin. In such a document only prefecture-level names and the
        province count as mentions (a 朝阳区 or 铁西区 there is another province's district).
    """
    if not isinstance(doc, Document):
        raise TypeError(f"analyse() needs a Document, not {type(doc).__name__}")
    outside = doc.outside
    subject = None if outside else (doc.subject or PROVINCE)
    mentions = list(gazetteer.find(doc.text, subject=subject or PROVINCE))
    if subject is not None and subject != PROVINCE:
        # In a city's report 吉林省梅花鹿优势特色产业集群 and 吉林省医药中间体中试中心 are the province's
        # titles of something in the city, not a place of their own.
        mentions = [m for m in mentions if not _PROVINCE_TITLE.match(doc.text, m.start)]
    if outside:
        mentions = [m for m in mentions if gazetteer.get(m.region).level in ("province", "prefecture")]
    else:
        mentions += [
            RegionMatch(m.start(), m.end(), PROVINCE, m.group()) for m in _PROVINCE_WORDS.finditer(doc.text)
        ]
        mentions.sort(key=lambda m: m.start)
    return Analysis(doc, gazetteer, subject, outside, tuple(mentions), _sentences(doc))
