"""How people refer to a document: one set of rules for the brief, the GUI lists, headings and the CSV (pure).

The rules every place shares: the 文号 comes first when the text gives one; the year (or date) says when;
what is unknown is said in words, never guessed. Places differ only in layout (``style``) and, in the GUI,
in the language of the "unknown" words, which callers pass in already translated.
"""

from __future__ import annotations

import unicodedata

from policy.model import Document

STYLES = ("brief", "list", "heading", "citation")
UNKNOWN_YEAR = "年份不详"
UNKNOWN_NUMBER = "文号不详"
ELLIPSIS = "…"
BRIEF_TITLE_CHARS = 18  # a title standing in for the 文号 in a brief's short label


def trim(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters with an ellipsis, never inside a character sequence.

    Combining marks stay with their base character; nothing is cut when the text fits.

    Raises
    ------
    ValueError
        If ``limit`` is less than 1.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and unicodedata.combining(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS


def date_text(doc: Document) -> str:
    """The document's date in Chinese (2009年12月22日), its year (2019年), or "" when neither is known."""
    if doc.date:
        try:
            y, m, d = (int(part) for part in doc.date.split("-"))
        except ValueError:
            return doc.date
        return f"{y}年{m}月{d}日"
    return f"{doc.year}年" if doc.year else ""


def shown_title(doc: Document) -> str | None:
    """The title as a list shows it: a report titled only 政府工作报告 is prefixed with its issuer's place
    (长春市政府工作报告), so twenty reports of one series are told apart in every list."""
    title = doc.title
    if title and title.startswith("政府工作报告") and doc.issuer:
        place = doc.issuer.removesuffix("人民政府")
        return f"{place}{title}"
    return title


def document_name(doc: Document) -> str:
    """How a reader refers to a document: 《title》, or its date and 文号 saying what is unknown.

    Never the internal id, e.g. "2009年12月22日文件（标题、文号不详）" or
    "吉政发〔2014〕23号文件（标题不详）".
    """
    if doc.title:
        return f"《{shown_title(doc)}》"
    when = date_text(doc) or "日期不详的"
    if doc.doc_number:
        return f"{when}{doc.doc_number}文件（标题不详）"
    return f"{when}文件（标题、文号不详）"


def document_label(
    doc: Document,
    style: str = "brief",
    *,
    unknown_year: str = UNKNOWN_YEAR,
    unknown_number: str = UNKNOWN_NUMBER,
) -> str:
    """A short label of a document: its year and 文号, with a style-dependent fallback.

    Parameters
    ----------
    doc : Document
    style : {"brief", "list", "heading", "citation"}
        - ``"brief"``: ``2006年 · 吉政办发〔2006〕32号``; else ``2014年 · <title, trimmed>``; else
          :func:`document_name` (a printed brief never shows an internal id).
        - ``"list"``: ``2006 · 吉政办发〔2006〕32号``; else ``2006 · <title>``; else ``2009 · 文号不详``
          (never the internal id).
        - ``"heading"``: ``2006 · 吉政办发〔2006〕32号``, or ``2006 · 文号不详`` (the title goes beneath).
        - ``"citation"``: ``2006 吉政办发〔2006〕32号``; else the ISO date; else
          ``年份不详 文号不详（<title>）`` (the title keeps two such documents apart).
    unknown_year, unknown_number : str
        The words for a missing year and 文号 (the GUI passes translated ones); ``"brief"`` always
        uses the Chinese words.

    Raises
    ------
    TypeError
        If ``doc`` is not a Document.
    ValueError
        If ``style`` is not one of :data:`STYLES`.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"document_label needs a Document, got {type(doc).__name__}")
    if style not in STYLES:
        raise ValueError(f"unknown label style {style!r}; use one of {', '.join(STYLES)}")
    if style == "brief":
        year = f"{doc.year}年" if doc.year else UNKNOWN_YEAR
        if doc.doc_number:
            return f"{year} · {doc.doc_number}"
        if doc.title:
            return f"{year} · {trim(shown_title(doc), BRIEF_TITLE_CHARS)}"
        return document_name(doc)
    year = str(doc.year) if doc.year else unknown_year
    if style == "list":
        return f"{year} · {doc.doc_number or shown_title(doc) or unknown_number}"
    if style == "heading":
        return f"{year} · {doc.doc_number or unknown_number}"
    # citation
    if doc.doc_number:
        return f"{year} {doc.doc_number}"
    if doc.date:
        return doc.date
    label = f"{year} {unknown_number}"
    return f"{label}（{shown_title(doc)}）" if doc.title else label
