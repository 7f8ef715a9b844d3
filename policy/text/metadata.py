"""Document metadata stated in the text itself: title, 文号, issuer and issue date.

Only what the text states is returned; anything else is ``None`` with a reason in ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.messages import message
from policy.text.dates import DATE, find_date, parse_date
from policy.text.normalise import TITLE_END

__all__ = ["FoundMetadata", "find_metadata", "normalise_doc_number", "parse_date"]

_FW = str.maketrans("０１２３４５６７８９［］【】", "0123456789〔〕〔〕")
_D = "0-9０-９"
_DATE_PARA = re.compile(rf"^(?P<open>[（(])?{DATE.pattern}(?P<close>[）)])?$")
_DOCNO = re.compile(
    rf"(?P<org>[\u4e00-\u9fff“”\"]{{1,12}}?)\s*[〔［\[【]\s*(?P<y>[{_D}]{{4}})\s*[〕］\]】]\s*(?P<n>[{_D}]{{1,4}})\s*号"
)
_SENTENCE_PUNCT = re.compile(r"[。，；：,;:！？!?]")
_ISSUER = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,24}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅))"
    r"(?=关于|转发|印发|批转)"
)
_ORG_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅)$"
)
_CLAUSE_START = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章条])")


@dataclass(frozen=True)
class FoundMetadata:
    """Metadata found in a document's text; ``None`` fields have a reason in ``unknown``."""

    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    year: int | None = None
    unknown: tuple[tuple[str, str], ...] = ()
    date_basis: str | None = None  # signing | meeting | speaker | title
    date_words: str | None = None
    other_dates: tuple[tuple[str, str, str], ...] = ()


def normalise_doc_number(s: str) -> str:
    """Canonical 文号: half-width digits, 〔〕 brackets, no spaces (``吉政办发〔2006〕32号``)."""
    return re.sub(r"\s+", "", s.translate(_FW))


def _is_title_line(p: str) -> bool:
    return (
        0 < len(p) <= 80
        and not _SENTENCE_PUNCT.search(p)
        and p[0] not in "(（"
        and not _DATE_PARA.match(p)
        and not _DOCNO.fullmatch(p.strip())
        and not _CLAUSE_START.match(p)
    )


def _find_title(paras: list[str]) -> tuple[str | None, str]:
    lines: list[str] = []
    for p in paras[:4]:
        if not _is_title_line(p):
            break
        lines.append(p)
        if TITLE_END.search("".join(lines)):
            return "".join(lines), ""
    if lines and ("关于" in lines[0] or TITLE_END.search("".join(lines))):
        return "".join(lines), ""
    if not any(paras):
        return None, message("title_empty")
    if paras[0] and (paras[0].endswith(("：", ":")) or paras[0][:1] in "、，,。"):
        return None, message("title_mid_document")
    return None, message("title_none")


def find_metadata(text: str, given_title: str | None = None) -> FoundMetadata:
    """Find title, 文号, issuer and issue date stated in normalised text.

    Parameters
    ----------
    text : str
        Normalised text (one paragraph per line).
    given_title : str, optional
        A title from outside the text (front matter); its date counts when the text states none.

    Returns
    -------
    FoundMetadata
        The values the text states. The date is the signing date (the first date that stands alone as a
        paragraph before the body, else the last one at the end), else a report's meeting line
        (``——2016年1月26日在…会议上``) or date-and-speaker bracket, else a date in the title; dates inside
        sentences are never used (see :func:`policy.text.dates.find_date`).

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_metadata() needs the normalised text as str, not {type(text).__name__}")
    paras = [p.strip() for p in text.split("\n")]
    unknown: list[tuple[str, str]] = []

    title, why = _find_title(paras)
    if title is None:
        unknown.append(("title", why))

    # 文号: a paragraph that is only a 文号; 文号s inside sentences are citations of other documents.
    doc_number = None
    cited: list[str] = []
    for p in paras:
        m = _DOCNO.fullmatch(p)
        if m and doc_number is None:
            doc_number = normalise_doc_number(p)
        elif "号" in p:  # cheap pre-check: most paragraphs cite nothing
            cited.extend(normalise_doc_number(x.group(0)) for x in _DOCNO.finditer(p))
    if doc_number is None:
        why = message("doc_number_none_cites", cited=cited[0]) if cited else message("doc_number_none")
        unknown.append(("doc_number", why))

    # Date: the signing line, a report's meeting line or date-and-speaker bracket, else the title's date.
    body_start = next((i for i, p in enumerate(paras) if _CLAUSE_START.match(p)), len(paras))
    dated_title = title if title and DATE.search(title) else (given_title or title)
    when = find_date(paras, body_start, dated_title)
    date = when.date
    if date is None:
        unknown.append(("date", message("date_none")))

    # Issuer: named before 关于/转发/印发 in the title, else a signature line just before the date line.
    issuer = None
    if title:
        m = _ISSUER.match(title)
        if m:
            issuer = m.group("org")
    if issuer is None:
        for i, p in enumerate(paras):
            if i > 0 and _DATE_PARA.match(p) and _ORG_LINE.match(paras[i - 1]):
                issuer = paras[i - 1]
                break
    if issuer is None:
        unknown.append(("issuer", message("issuer_none")))

    year = int(date[:4]) if date else None
    if year is None and doc_number:
        m = re.search(r"〔(\d{4})〕", doc_number)
        year = int(m.group(1)) if m else None
    if year is None:
        years = sorted({int(y) for y in re.findall(r"〔(\d{4})〕", " ".join(cited))})
        why = message("year_none_cites", year=years[-1]) if years else message("year_none")
        unknown.append(("year", why))
    return FoundMetadata(
        title, doc_number, issuer, date, year, tuple(unknown), when.basis, when.words, when.others
    )
