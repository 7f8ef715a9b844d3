"""Quoting policy text: document labels, clause labels and excerpts with the cited words marked (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from policy.history import document_order as doc_order  # noqa: F401 - the brief's name for it
from policy.labels import ELLIPSIS, document_label, trim  # noqa: F401 - trim: part of the quoting API
from policy.labels import document_name as doc_name  # the brief's name for it
from policy.model import Document

#: Longest quoted excerpt, in characters (the cited words are always kept whole).
QUOTE_LIMIT = 220


@dataclass(frozen=True)
class Quote:
    """A clause excerpt: ``pieces`` are (text, cited) runs in reading order; cited runs are highlighted."""

    doc_id: str
    doc_title: str
    doc_number: str | None
    clause_label: str
    pieces: tuple[tuple[str, bool], ...]
    garbled: bool = False
    doc_name: str = ""  # how the brief names the document (doc_name()); "" for a bare quote

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


def flat(text: str) -> str:
    """Clause text on one line: hard line breaks of the source are layout, not content."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def doc_label(doc: Document) -> str:
    """Short label of a document: its year and 文号 (or a short title), else its human name."""
    return document_label(doc, "brief")


def doc_title(doc: Document) -> str:
    """The title, or "" when the text does not give one (the reason is in the sources section)."""
    return doc.title or ""


def clause_label(doc: Document, clause_id: str) -> str:
    """The clause's printed numbers from the top (一、（二）３.), or 序言 / 落款."""
    if clause_id == "preamble":
        return "序言"
    if clause_id == "signature":
        return "落款"
    labels = []
    cid: str | None = clause_id
    while cid:
        c = doc.clause(cid)
        if c.label:
            labels.append(c.label.strip())
        cid = c.parent
    return "".join(reversed(labels)) or clause_id


# -- quotes -------------------------------------------------------------------------------------------
#: Where an excerpt may start or end, strongest first, with how far from the cited words each is sought:
#: the sentence holding them, then a clause of it, then an item of a list. Chinese has no spaces, so a
#: cut anywhere else could fall inside a word (…具集群特征 for 初具集群特征).
SENTENCE_ENDS = "。；;！？!?\n"
CLAUSE_MARKS = "，,：:"
LIST_MARKS = "、"
_BOUNDARIES = ((SENTENCE_ENDS, 80), (CLAUSE_MARKS, 60), (LIST_MARKS, 40))


def excerpt_start(text: str, lo: int, first: int) -> int:
    """Where an excerpt of ``text[lo:]`` showing the words at ``first`` starts: after a punctuation mark.

    The nearest sentence end before ``first`` (within reach), else the farthest clause or list mark within
    reach (more context), else ``first`` itself: the cited words are whole words.
    """
    for marks, reach in _BOUNDARIES:
        found = [k for k in range(max(lo, first - reach), first) if text[k] in marks]
        if found:
            k = found[-1] if marks is SENTENCE_ENDS else found[0]
            return k + 1
    return first


def excerpt_end(text: str, last: int, cut: int) -> int:
    """Where an excerpt ends at or before ``cut`` but not before ``last``: just before a punctuation mark.

    The last sentence, clause or list mark in ``[last, cut)`` (the mark itself is dropped: the ellipsis
    follows), else ``last`` (the end of the cited words, a word boundary).
    """
    for marks, reach in _BOUNDARIES:
        found = [k for k in range(max(last, cut - reach), cut) if text[k] in marks]
        if found:
            return found[-1]
    return last


def make_quote(kb, doc_id: str, clause_id: str, spans, *, limit: int = QUOTE_LIMIT) -> Quote:
    """Quote a clause with the cited ``spans`` (start, end) highlighted, trimmed around them.

    The excerpt keeps the cited words whole where they fit in ``limit``; cut ends get an ellipsis.
    """
    doc = kb.document(doc_id)
    clause = doc.clause(clause_id)
    # The clause's own text, without its sub-clauses (their spans start at the first child).
    children = [c.start for c in doc.clauses if c.parent == clause.id]
    end = min(children) if children and min(children) > clause.start else clause.end
    spans = sorted({(max(s, clause.start), min(e, clause.end)) for s, e in spans if e > s})
    if spans and spans[-1][1] > end:
        end = clause.end
    lo, hi = clause.start, end
    if hi - lo > limit:
        first, first_end = spans[0] if spans else (lo, lo)
        # The first cited words must fit: look for a start no earlier than limit before their end.
        lo = excerpt_start(doc.text, max(lo, first_end - limit), first)
        cut = min(hi, lo + limit)
        if cut < hi:
            last = max((e for s, e in spans if lo < e <= cut), default=lo)
            hi = excerpt_end(doc.text, last, cut) if last > lo else cut
    pieces: list[tuple[str, bool]] = []
    pos = lo
    for s, e in spans:
        s, e = max(s, lo), min(e, hi)
        if e <= s or s < pos:
            continue
        if s > pos:
            pieces.append((doc.text[pos:s], False))
        pieces.append((doc.text[s:e], True))
        pos = e
    if pos < hi:
        pieces.append((doc.text[pos:hi], False))
    pieces = [(flat(t) if not cited else t.replace("\n", ""), cited) for t, cited in pieces]
    if lo > clause.start:
        pieces.insert(0, (ELLIPSIS, False))
    if hi < end:
        pieces.append((ELLIPSIS, False))
    return Quote(
        doc_id=doc.id,
        doc_title=doc_title(doc),
        doc_number=doc.doc_number,
        clause_label=clause_label(doc, clause.id),
        pieces=tuple(p for p in pieces if p[0]),
        garbled=clause.quality == "garbled",
        doc_name=doc_name(doc),
    )
