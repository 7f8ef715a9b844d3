"""Text spans for extraction: sentence and segment boundaries, list items, trimming, number words.

Generic helpers over normalised policy text; they know punctuation and a few function words but
nothing about regions or industries. Spans are ``(start, end)`` offsets into the text passed in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

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


@lru_cache(maxsize=16)
def _marks(text: str, chars: str) -> list[int]:
    """Sorted offsets of ``chars`` in ``text``: found once per text, then bisected (str hashes are cached)."""
    return [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]


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
    marks = _marks(text, SENTENCE_END)
    i = bisect.bisect_left(marks, pos)
    return (marks[i - 1] + 1 if i else 0), (marks[i] if i < len(marks) else len(text))


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
    marks = _marks(text, SEGMENT_END)
    i = bisect.bisect_left(marks, pos) - 1
    return marks[i] + 1 if i >= 0 and marks[i] >= floor else floor


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
    marks = _marks(text, SEGMENT_END)
    i = bisect.bisect_left(marks, pos)
    return marks[i] if i < len(marks) else len(text)


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


class SpanSet:
    """A growing set of text spans with a fast overlap test (extraction asks it once per candidate).

    Spans are kept merged and sorted, so a query is one bisection: a long document stays linear.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        """Add the span ``(start, end)``."""
        a, b = span
        i = bisect.bisect_left(self._ends, a)  # first span that ends at or after a
        j = bisect.bisect_right(self._starts, b)  # spans before j start at or before b
        if i < j:  # merge the touching spans into one
            a, b = min(a, self._starts[i]), max(b, self._ends[j - 1])
        self._starts[i:j] = [a]
        self._ends[i:j] = [b]

    def overlaps(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` shares a character with a span of the set."""
        i = bisect.bisect_left(self._starts, b) - 1  # the last span starting before b
        return i >= 0 and self._ends[i] > a
