"""Normalise raw policy text once, for display and for character offsets.

PDF extractions wrap lines every ~35 characters, put blank lines between them, split words and numbers
(``１\\n０万平方米``) and space out justified characters (``继 续 推 进``). :func:`normalise` joins the
wrapped lines back into paragraphs (one paragraph per line, separated by a single ``"\\n"``), drops the
blank lines and the layout whitespace, and keeps every other character as it is (full-width digits and
brackets included), so offsets into the result are stable and citable.
"""

from __future__ import annotations

import re

__all__ = ["normalise", "is_cjk", "display_width"]

# Characters that count as "CJK" for removing justification spaces: ideographs, CJK punctuation,
# full-width forms and the curly quotes / dashes Chinese typesetting uses.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3001, 0x303F),  # CJK symbols and punctuation (not U+3000, the ideographic space)
    (0x3040, 0x30FF),  # kana
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF01, 0xFF60),  # full-width forms
    (0xFFE0, 0xFFE6),
    (0x2018, 0x201F),  # ‘ ’ “ ” used as Chinese quotes
    (0x2014, 0x2015),  # —
    (0x2026, 0x2026),  # …
    (0x20000, 0x2FA1F),  # supplementary ideographs
)

_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
# Wide (two-cell) characters, for line widths; unicodedata per character is too slow here.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
# Whitespace that is layout, never content.
_WS = " \t\u3000\xa0\u2002\u2003\u2009\u200b\f\v"
_WS_SET = frozenset(_WS)
_WS_RUN = re.compile(f"[{_WS}]+")
_CJK_GAP = re.compile(f"(?<=[{_CJK_CLASS}])[{_WS}]+(?=[{_CJK_CLASS}])")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")

# Line openings that start a new paragraph when the previous line is complete.
_START = re.compile(
    r"(?:第[一二三四五六七八九十百零〇两\d０-９]+[章节条]"
    r"|[一二三四五六七八九十百]+[、．]"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|[（(][0-9０-９]{1,3}[）)]"
    r"|[0-9０-９]{1,3}(?:[.．、)）\ue000-\uf8ff](?![0-9０-９])|(?=[\u4e00-\u9fff]))"
    r"|[①-⑳])"
)
# The same without the bare number (１引导…), which a wrapped number (１\n０万) can look like.
_STRONG_START = re.compile(
    r"(?:第[一二三四五六七八九十百零〇两\d０-９]+[章节条]"
    r"|[一二三四五六七八九十百]+[、．]"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|[（(][0-9０-９]{1,3}[）)]"
    r"|[0-9０-９]{1,3}[.．、)）\ue000-\uf8ff](?![0-9０-９])"
    r"|[①-⑳])"
)
# Line endings after which the sentence must go on: a numbered-looking next line is still inside it.
_CONTINUES = frozenset("，、,（(“《〔[【‘0123456789０１２３４５６７８９")
_DATE_LINE = re.compile(
    r"^[（(]?[0-9０-９〇○零Ｏ一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月"
    r"[0-9０-９一二三四五六七八九十]{1,3}日[）)]?$"
)
_DOCNO_LINE = re.compile(r"^\S{1,16}?[〔［\[【][0-9０-９]{4}[〕］\]】]\s*[0-9０-９]{1,4}\s*号$")
# A paragraph ends with sentence-final punctuation or a closing bracket/quote.
_END_PUNCT = frozenset("。！？；：!?;:）)」』”》】")
TITLE_END = re.compile(
    r"(通知|意见|方案|办法|规定|决定|政策|举措|措施|纲要|规划|条例|细则|批复|报告|公告|通告|函)$"
)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_SENTENCE_PUNCT = frozenset("。，；：,;:！？!?")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph, CJK punctuation or a full-width form."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:  # the common case first
        return True
    return any(lo <= o <= hi for lo, hi in _CJK_RANGES)


def display_width(s: str) -> int:
    """Width of ``s`` in half-width cells (ideographs and full-width forms count two)."""
    return len(s) + len(s) - len(_WIDE.sub("", s))


def _squeeze_cjk_spaces(s: str) -> str:
    """Remove runs of layout whitespace between two CJK characters; other runs become one space."""
    if not _WS_RUN.search(s):
        return s
    s = _CJK_GAP.sub("", s)
    # Other layout whitespace becomes one ASCII space (keeps "经过 5年" readable).
    return _WS_RUN.sub(" ", s)


def _is_title_like(content: str) -> bool:
    return (
        0 < len(content) <= 40
        and content[0] not in "(（[［【"
        and not any(c in _SENTENCE_PUNCT for c in content)
        and not _DATE_LINE.match(content)
        and not _DOCNO_LINE.match(content)
        and not _START.match(content)
    )


def _join(a: str, b: str) -> str:
    """Join a wrapped line to the next: no space, except between two Latin words."""
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


def normalise(raw: str) -> str:
    """Join hard-wrapped lines into paragraphs and remove layout whitespace.

    Parameters
    ----------
    raw : str
        Document text as read from the file (any line endings).

    Returns
    -------
    str
        One paragraph per line, separated by single ``"\\n"``; no blank lines, no leading indentation or
        trailing spaces, no spaces between CJK characters. All other characters are kept verbatim.

    Raises
    ------
    TypeError
        If ``raw`` is not a ``str``.
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalise() needs the document text as str, not {type(raw).__name__}")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    # (indent, content, had_trailing_space) of each non-blank line.
    lines: list[tuple[int, str, bool]] = []
    for line in _LINE_SPLIT.split(raw):
        stripped = line.strip(_WS)
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip(_WS))
        indent = line[:lead]
        # Two or more layout characters, or any ideographic space, is a paragraph indent; a single ASCII
        # space at the start of a wrapped line is an extraction artefact.
        indented = len(indent) >= 2 or "\u3000" in indent or "\t" in indent
        trailing = line[-1] in _WS_SET
        lines.append((1 if indented else 0, _squeeze_cjk_spaces(stripped), trailing))
    if not lines:
        return ""

    widths = [display_width(c) for _, c, _ in lines]
    ranked = sorted(widths)
    wrap_width = ranked[int(len(ranked) * 0.8)] if len(ranked) > 1 else ranked[0]
    near = sum(1 for w in widths if abs(w - wrap_width) <= 0.1 * wrap_width) / len(widths)
    # Hard-wrapped text: most lines share one width and many stop mid-sentence.
    open_ends = sum(1 for _, c, _ in lines if c[-1] not in _END_PUNCT and c[-1] not in "。，、") / len(lines)
    wrapped = len(lines) >= 3 and near >= 0.4 and open_ends >= 0.4
    n_trailing = sum(1 for _, _, t in lines if t)
    trailing_marks = 0.05 * len(lines) <= n_trailing <= 0.95 * len(lines)
    n_indented = sum(ind for ind, _, _ in lines)
    indent_marks = n_indented <= 0.7 * len(lines)

    paragraphs: list[str] = []
    prev_complete = True
    for k, (indented, content, trailing) in enumerate(lines):
        if k == 0:
            paragraphs.append(content)
        else:
            if not wrapped:
                # One paragraph per line, except a number split over two lines (１\n０万平方米).
                new = not (paragraphs[-1][-1] in _DIGITS and content[0] in _DIGITS)
            else:
                signal = bool(
                    _START.match(content) or _DATE_LINE.match(content) or _DOCNO_LINE.match(content)
                )
                strong = bool(_STRONG_START.match(content)) and paragraphs[-1][-1] not in _CONTINUES
                new = (indent_marks and bool(indented)) or (signal and prev_complete) or strong
                # A short previous line ended its paragraph (last line of a paragraph, a title line,
                # a fragment); the line after it starts afresh.
                if widths[k - 1] < 0.6 * wrap_width:
                    new = True
            if new:
                paragraphs.append(content)
            else:
                paragraphs[-1] = _join(paragraphs[-1], content)
        last = content[-1]
        prev_complete = (
            last in _END_PUNCT
            or (trailing_marks and trailing)
            or widths[k] < 0.8 * wrap_width
            or bool(_DATE_LINE.match(content))
            or bool(_DOCNO_LINE.match(content))
        )
    return "\n".join(_join_titles(paragraphs))


def _join_titles(paragraphs: list[str]) -> list[str]:
    """Join a title broken over up to four short lines (``关于印发…`` / ``…的通知``) into one paragraph."""
    out: list[str] = []
    # Titles stand before the body; stop at the first numbered paragraph so body text is never joined.
    n = next((k for k, p in enumerate(paragraphs) if _START.match(p)), len(paragraphs))
    i = 0
    while i < n:
        p = paragraphs[i]
        joined_to = -1
        if _is_title_like(p) and not TITLE_END.search(p):
            acc = p
            for j in range(i + 1, min(i + 4, n)):
                if not _is_title_like(paragraphs[j]):
                    break
                acc += paragraphs[j]
                if TITLE_END.search(acc):
                    joined_to = j
                    break
        if joined_to >= 0:
            out.append("".join(paragraphs[i : joined_to + 1]))
            i = joined_to + 1
        else:
            out.append(p)
            i += 1
    out.extend(paragraphs[n:])
    return out
