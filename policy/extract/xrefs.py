"""Cross-references: the 文号 of other documents that a document cites (吉发〔2022〕18号 …).

Each citation becomes a :class:`CrossReference` whose span covers the 文号 as printed; the cited title is
kept when it directly precedes in 《》. The document's own 文号 (in its header) is not a citation.
Resolution against the corpus is the knowledge base's job (``resolved`` stays None here).
"""

from __future__ import annotations

import re

from policy.messages import message
from policy.model import CrossReference, Document, Provenance

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_DIGIT = r"[0-9０-９]"
# 吉政办发〔2023〕22号, 吉发〔２０１８〕４号, 吉“一主六双”办〔2022〕2号;
# also with stray spaces and bracket variants.
# The bracketed year and serial of a 文号; the issuer code before it is found by looking back from the
# bracket (a pattern that starts with the code would try every character of a long text 16 times).
_CORE = re.compile(
    rf"[〔\[［(（][ \u3000]*(?P<year>(?:19|20|１９|２０){_DIGIT}{{2}})"
    rf"[ \u3000]*[〕\]］)）][ \u3000]*(?P<num>{_DIGIT}{{1,4}})[ \u3000]*号"
)
_CODE_CHAR = re.compile(r'[\u4e00-\u9fff“”"]')


def _numbers(text: str):
    """``(start, year_start, end)`` of each 文号: up to 16 CJK characters (the code), optional spaces, the
    bracketed year, the serial and 号 — as the leftmost reading of that sequence finds them."""
    floor = 0
    for m in _CORE.finditer(text):
        i = m.start()
        while i > floor and text[i - 1] in " \u3000":
            i -= 1
        j = i
        while j > max(floor, i - 16) and _CODE_CHAR.match(text, j - 1):
            j -= 1
        if j == i:
            continue  # no code before the bracket
        floor = m.end()
        yield j, m.start("year"), m.end()


# Words that end a run of CJK before the issuer code (吉发 in "意见》（吉发〔…" starts after the bracket).
_PREFIX_STOP = "》）)（(，,、。；;：: \u3000\n《〉"
# Issuer codes (the part before 〔) of Jilin and national bodies; used to find 文号 whose parts are scrambled.
_ISSUER = re.compile("吉政办发|吉政办函|吉政发|吉政函|吉办发|吉发|国办发|国办函|国发|国函")


def normalise_number(text: str) -> str:
    """A 文号: half-width digits, 〔〕, no spaces (吉发〔２０１８〕 ４号 → 吉发〔2018〕4号)."""
    s = re.sub(r"[ \u3000\n]", "", text.translate(_FULLWIDTH))
    s = re.sub(r"[\[［(（](\d{4})[\]］)）]", r"〔\1〕", s)
    return s.replace('"', "“")


def _clause_id(doc: Document, offset: int) -> str:
    try:
        return doc.clause_at(offset).id
    except ValueError:
        return "preamble"


def _trim_prefix(text: str, start: int, prefix_start: int) -> int:
    """Move the prefix start forward past anything that cannot belong to an issuer code."""
    cut = prefix_start
    for i in range(start - 1, prefix_start - 1, -1):
        if text[i] in _PREFIX_STOP:
            cut = i + 1
            break
    return cut


def _cited_title(text: str, start: int) -> str | None:
    """The 《title》 that ends right before a 文号 (allowing its opening bracket in between)."""
    i = start
    while i > 0 and text[i - 1] in " \u3000（(":
        i -= 1
    if i == 0 or text[i - 1] != "》":
        return None
    depth = 0
    for j in range(i - 1, -1, -1):
        ch = text[j]
        if ch == "》":
            depth += 1
        elif ch == "《":
            depth -= 1
            if depth == 0:
                return text[j + 1 : i - 1]
    return None


def _is_own(doc: Document, number: str, start: int, end: int) -> bool:
    if doc.doc_number and normalise_number(doc.doc_number) == number:
        return True
    # A 文号 alone on a header line is the document's own, even when the parser could not read it.
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start : len(doc.text) if line_end < 0 else line_end].strip(" \u3000")
    return start < 400 and line == doc.text[start:end].strip()


def _scrambled(doc: Document, clause_start: int, clause_end: int, taken: list[tuple[int, int]]):
    """文号 a garbled clause has shuffled (２０１９号〔）精神〕３吉政办发): the pieces near an issuer code."""
    text = doc.text
    for m in _ISSUER.finditer(text, clause_start, clause_end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        lo, hi = max(clause_start, m.start() - 24), min(clause_end, m.end() + 24)
        window = text[lo:hi]
        year = re.search(rf"(?:19|20|１９|２０){_DIGIT}{{2}}", window)
        # The serial number: digits next to 〕 or 号 that are not the year.
        serial = [
            n
            for n in re.finditer(rf"{_DIGIT}{{1,4}}", window)
            if (year is None or n.start() != year.start())
            and (window[n.start() - 1 : n.start()] == "〕" or window[n.end() : n.end() + 1] in ("号", "吉"))
        ]
        if not (year and serial and "〔" in window and "号" in window):
            continue
        pieces = [
            m.start(),
            m.end(),
            lo + year.start(),
            lo + year.end(),
            lo + serial[0].start(),
            lo + serial[0].end(),
        ]
        start, end = min(pieces), max(pieces)
        number = normalise_number(f"{m.group()}〔{year.group()}〕{serial[0].group()}号")
        yield number, start, end


def extract_xrefs(doc: Document) -> tuple[CrossReference, ...]:
    """Every other document's 文号 cited in ``doc`` (``xref_facts`` without its warnings)."""
    return xref_facts(doc)[0]


def xref_facts(doc: Document) -> tuple[tuple[CrossReference, ...], tuple[str, ...]]:
    """Every other document's 文号 cited in ``doc``, and a warning for each one read from garbled text.

    Parameters
    ----------
    doc : Document
        A parsed document.

    Returns
    -------
    xrefs : tuple of CrossReference
        In text order; ``cited_number`` normalised (half-width digits, no spaces), ``cited_title`` the
        directly preceding 《title》 or None, ``resolved`` None. In a garbled clause, a 文号 whose pieces are
        shuffled is reassembled from the pieces and its span covers all of them.
    warnings : tuple of str
        One per reassembled 文号: its cited characters are out of order, so the reader must be told.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"extract_xrefs() needs a Document, not {type(doc).__name__}")
    text = doc.text
    out: list[CrossReference] = []
    warnings: list[str] = []
    taken: list[tuple[int, int]] = []
    for found, year_start, end in _numbers(text):
        start = _trim_prefix(text, year_start, found)
        raw = text[start:end]
        number = normalise_number(raw)
        taken.append((start, end))
        if not re.match(r"[\u4e00-\u9fff“\"]", raw) or _is_own(doc, number, start, end):
            continue
        title = _cited_title(text, start)
        out.append(
            CrossReference(
                doc.id, number, title, None, Provenance(doc.id, _clause_id(doc, start), start, end)
            )
        )
    for clause in doc.clauses:
        if clause.quality != "garbled":
            continue
        for number, start, end in _scrambled(doc, clause.start, clause.end, taken):
            if any(x.cited_number == number for x in out):
                continue
            taken.append((start, end))
            out.append(CrossReference(doc.id, number, None, None, Provenance(doc.id, clause.id, start, end)))
            warnings.append(
                message(
                    "xref_reassembled",
                    number=number,
                    doc=doc.id,
                    label=clause.label.strip() or clause.id,
                    clause=clause.id,
                    cited=text[start:end],
                )
            )
    out.sort(key=lambda x: x.prov.start)
    return tuple(out), tuple(warnings)
