"""One rule for characters no font can show: private-use, unassigned, surrogate and control characters.

Seed 004 holds U+E010 (a private-use code point some PDF converters emit for an item dot). Such a
character has no glyph in any font and would show as a box; everywhere the text is shown (the window, the
briefs) it is drawn as 〓 (geta, the typesetter's mark for a character that cannot be set), one for one,
so offsets into the text stay valid. The stored text and the export keep the character as it was.
"""

from __future__ import annotations

import unicodedata

GETA = "〓"
NO_GLYPH = frozenset({"Co", "Cn", "Cs", "Cc"})
_KEEP = frozenset("\n\r\t")


def is_unprintable(ch: str) -> bool:
    """Whether a character has no glyph to show (line breaks and tabs are layout, not unprintable)."""
    return ch not in _KEEP and unicodedata.category(ch) in NO_GLYPH


def printable(text: str, *, utf16: bool = False) -> str:
    """``text`` with every unprintable character replaced by 〓, one for one (offsets stay valid).

    With ``utf16`` a character outside the BMP becomes 〓 and a zero-width space, so the text keeps its
    length in UTF-16 code units (Qt's text positions) instead of in characters.
    """
    if not isinstance(text, str):
        raise TypeError(f"printable() needs a str, not {type(text).__name__}")
    if text.isprintable():
        return text
    wide = GETA + "\u200b" if utf16 else GETA
    return "".join((GETA if ord(ch) < 0x10000 else wide) if is_unprintable(ch) else ch for ch in text)


def unprintable_codes(text: str) -> tuple[str, ...]:
    """The distinct unprintable characters of ``text`` as ``U+E010`` codes, in order of appearance."""
    if text.isprintable():
        return ()
    return tuple(dict.fromkeys(f"U+{ord(ch):04X}" for ch in text if is_unprintable(ch)))
