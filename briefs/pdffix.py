"""Make the Chinese in Qt's PDFs searchable: correct the ToUnicode maps Qt writes.

Qt's PDF engine maps each embedded glyph back to the *first* code point the font's cmap gives for it.
Noto Sans CJK maps many ideographs and the Kangxi / CJK radicals to the same glyph, and the radicals come
first, so 长 would come back from pdftotext as ⻓ (U+2ED3) and 工 as ⼯ (U+2F2F). :data:`TABLE` maps such a
first code point to the character text really uses (a CJK unified ideograph, then CJK punctuation or a
full-width form); :func:`fix_tounicode` rewrites the destinations in place. Qt writes ToUnicode streams
uncompressed with 4-digit hex destinations, so the rewrite keeps every byte offset and the xref stays valid.
"""

from __future__ import annotations

import re

from briefs._tounicode import PAIRS

#: First code point of a glyph in the font → the code point text uses for that glyph.
TABLE: dict[int, int] = {int(a, 16): int(b, 16) for a, b in (p.split(":") for p in PAIRS.split())}

_TOUNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def build_table(font_path=None, face: str = "Noto Sans CJK SC") -> dict[int, int]:
    """Recompute :data:`TABLE` from the font (needs fontTools; used by the tests and to regenerate it)."""
    from collections import defaultdict

    from fontTools.ttLib import TTCollection

    if font_path is None:
        import noto_cjk_sans_otc

        font_path = noto_cjk_sans_otc.FONT_PATH
    fonts = TTCollection(str(font_path), lazy=True).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == face)
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for code, glyph in font.getBestCmap().items():
        by_glyph[glyph].append(code)

    def rank(c: int) -> int:
        if c < 0x2000:
            return -1  # Latin, Greek, Cyrillic and general punctuation stay as they are
        if 0x4E00 <= c <= 0x9FFF:
            return 0
        if 0x3000 <= c <= 0x303F or 0xFF00 <= c <= 0xFFEF:
            return 1
        if 0x3400 <= c <= 0x4DBF:
            return 2
        return 3

    table = {}
    for codes in by_glyph.values():
        first, best = min(codes), min(codes, key=lambda c: (rank(c), c))
        if best != first and first <= 0xFFFF and best <= 0xFFFF:
            table[first] = best
    return table


def _fix_cmap(stream: bytes) -> bytes:
    def swap(m: re.Match) -> bytes:
        code = int(m.group(1), 16)
        return b"<%04X>" % TABLE[code] if code in TABLE else m.group(0)

    head, sep, body = stream.partition(b"beginbfrange")
    if not sep:
        head, sep, body = stream.partition(b"beginbfchar")
    # Only destinations change: bfrange arrays "[<dst> ...]" and bfchar "<src> <dst>" lines.
    out = []
    for line in body.split(b"\n"):
        if b"[" in line:
            pre, _, arr = line.partition(b"[")
            line = pre + b"[" + _HEX4.sub(swap, arr)
        else:
            tokens = _HEX4.findall(line)
            if len(tokens) == 2 or (len(tokens) == 3 and tokens[0] == tokens[1]):
                last = line.rfind(b"<")
                line = line[:last] + _HEX4.sub(swap, line[last:])
        out.append(line)
    return head + sep + b"\n".join(out)


def fix_tounicode(pdf: bytes) -> bytes:
    """Return ``pdf`` with every ToUnicode destination in :data:`TABLE` replaced (same length)."""
    if not isinstance(pdf, bytes | bytearray):
        raise TypeError("pdf must be bytes")
    data = bytearray(pdf)
    for num in set(_TOUNICODE.findall(data)):
        start = data.find(b"\n" + num + b" 0 obj")
        if start < 0:
            continue
        s0 = data.find(b"stream\n", start)
        s1 = data.find(b"endstream", s0)
        if s0 < 0 or s1 < 0 or b"/Filter" in data[start:s0]:
            continue  # a compressed map is not Qt's usual output; leave it as it is
        s0 += len(b"stream\n")
        fixed = _fix_cmap(bytes(data[s0:s1]))
        if len(fixed) == s1 - s0:
            data[s0:s1] = fixed
    return bytes(data)
