"""Text spans for extraction: sentence and segment boundaries, list items, trimming, number words.

Generic helpers over normalised policy text; they know punctuation and a few function words but
nothing about regions or industries. Spans are ``(start, end)`` offsets into the text passed in.
"""

from __future__ import annotations

import re

SENTENCE_END = "。；;！？!?\n"
SEGMENT_END = SENTENCE_END + "，,：:"
QUOTES = " \u3000“”\"'‘’「」《》"
_CONJ = re.compile(r"以及|及|和|与")
_TRIM_HEAD = re.compile(rf"(?:[{QUOTES}]|以及|和|及|与|并)+")
_TRIM_TAIL = re.compile(rf"(?:[{QUOTES}]|产业集群|产业|行业|等)+$")
_CN = "一二三四五六七八九"
_NUMBERS = {c: i + 1 for i, c in enumerate(_CN)} | {"十" + c: 11 + i for i, c in enumerate(_CN)}
_NUMBERS |= {"两": 2, "十": 10}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``.

    Parameters
    ----------
    text : str
    pos : int
        An offset into ``text``.

    Returns
    -------
    (start, end) : tuple of int
        ``end`` is the offset of the closing mark (or ``len(text)``); the mark itself is excluded.
    """
    s = max(text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_END) if i >= 0]
    return s, min(ends) if ends else len(text)


def segment_start(text: str, pos: int, floor: int) -> int:
    """Start of the comma/colon segment containing ``pos``, never before ``floor``.

    Parameters
    ----------
    text : str
    pos : int
    floor : int
        Lowest offset to return (e.g. a clause start).

    Returns
    -------
    int
    """
    return max(floor, max(text.rfind(ch, floor, pos) for ch in SEGMENT_END) + 1)


def segment_end(text: str, pos: int) -> int:
    """Offset of the first segment mark at or after ``pos`` (or ``len(text)``).

    Parameters
    ----------
    text : str
    pos : int

    Returns
    -------
    int
    """
    ends = [i for i in (text.find(ch, pos) for ch in SEGMENT_END) if i >= 0]
    return min(ends) if ends else len(text)


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop quotes, a leading conjunction and a trailing 等/产业/产业集群 (a bare generic word stays).

    Parameters
    ----------
    text : str
    a, b : int
        The span to trim.

    Returns
    -------
    (start, end) : tuple of int
        Within ``a..b``; ``start >= end`` when nothing is left.
    """
    while a < b and text[a] in QUOTES:
        a += 1
    while a < b and text[b - 1] in QUOTES:
        b -= 1
    head = _TRIM_HEAD.match(text, a, b)
    a = head.end() if head and head.end() < b else a
    tail = _TRIM_TAIL.search(text, a, b)
    return a, tail.start() if tail and tail.start() > a else b


def conjunction_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` cut at inner conjunctions (以及/及/和/与), each part trimmed.

    Parameters
    ----------
    text : str
    a, b : int
        The span to cut; a conjunction at either edge does not cut.

    Returns
    -------
    list of (start, end)
        Trimmed parts (a part may be empty: ``start >= end``); an empty list when there is no inner
        conjunction.
    """
    cuts = [m for m in _CONJ.finditer(text, a, b) if a < m.start() and m.end() < b]
    if not cuts:
        return []
    parts, pos = [], a
    for m in cuts:
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, b))
    return [trim(text, *p) for p in parts]


def number_word(s: str) -> int | None:
    """The value of a count written in digits (full- or half-width) or Chinese (一 … 十九, 两).

    Parameters
    ----------
    s : str

    Returns
    -------
    int or None
        None when ``s`` is not such a number.
    """
    s = s.translate(_FULLWIDTH)
    return int(s) if s.isdigit() else _NUMBERS.get(s)


def split_items(text: str, a: int, b: int, seps: str = "、") -> list[tuple[int, int, str | None]]:
    """``text[a:b]`` cut at separators.

    Parameters
    ----------
    text : str
    a, b : int
        The span to cut.
    seps : str
        Separator characters (default the enumeration comma 、).

    Returns
    -------
    list of (start, end, separator before)
        The separator before the first item is None.
    """
    out, pos, sep = [], a, None
    for i in range(a, b):
        if text[i] in seps:
            out.append((pos, i, sep))
            pos, sep = i + 1, text[i]
    out.append((pos, b, sep))
    return out
