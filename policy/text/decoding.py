"""Decoding the bytes of a text file in the encodings a Chinese user meets, saying which one was used.

UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognised by its zero bytes) are unmistakable. Legacy
double-byte text is the hard case: GB18030 accepts almost any byte pair, so Big5 (traditional characters, from
Taiwan and Hong Kong) decodes "successfully" into nonsense and private-use characters. Each legacy candidate
is therefore scored by the share of its Chinese characters that are among the encoding's own common
characters (GB2312 level 1, Big5 level 1): a right decoding scores ~1, a wrong one well under 0.6. Text that
no candidate reads plausibly is refused with a message; mojibake is never stored.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

__all__ = ["decode_bytes", "LEGACY_ENCODINGS"]

# (encoding, its common-character test): GB18030 first, as the mainland's standard.
LEGACY_ENCODINGS = ("gb18030", "big5", "big5hkscs")
_SAMPLE = 256 * 1024  # bytes scored; enough for thousands of characters, cheap on a 50 MB file
_PLAUSIBLE = 0.75  # share of common characters a right decoding reaches (real texts: 0.95–1.0)
_SURE = 0.9  # a wrong decoding scores well under this (Big5 read as GB18030: ~0.3-0.4)
_FEW = 8  # with fewer Chinese characters there is nothing to score
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_HAN_OR_PRIVATE = re.compile("[\u4e00-\u9fff\ue000-\uf8ff]")


def _input_error(text: str):
    from policy.text.errors import InputError

    return InputError(text)


def decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Decode document bytes, saying which encoding was used; never guess silently.

    Tries a BOM first, then UTF-16 without BOM (recognised by its zero bytes), strict UTF-8, then GB18030 and
    Big5, keeping the one whose characters are plausible Chinese.

    Raises
    ------
    InputError
        Empty, binary or undecodable data, or legacy bytes that read as no plausible Chinese text.
    """
    if not data.strip():
        raise _input_error(f"{where}: the file is empty; choose a file that contains the document's text")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, enc, where), "utf-8 (with BOM)" if enc == "utf-8-sig" else enc
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, where), utf16
    if b"\x00" in data or _control_share(data) > 0.05:
        raise _input_error(
            f"{where}: this looks like a binary file, not text; export the document as plain text "
            "(UTF-8 or GB18030), markdown, .docx or a PDF with a text layer"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            raise _input_error(
                f"{where}: the file ends in the middle of a UTF-8 character (byte {err.start}); it looks "
                "truncated — copy or download it again"
            ) from None
    return _legacy(data, where)


def _legacy(data: bytes, where: str) -> tuple[str, str]:
    """GB18030 or Big5 (or Big5-HKSCS), whichever reads as plausible Chinese; refused if neither does."""
    decoded: dict[str, str] = {}
    first_error = None
    for encoding in LEGACY_ENCODINGS:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError as err:
            first_error = first_error if first_error is not None else err.start
            continue
        share, chinese = _plausibility(decoded[encoding], encoding)
        if share >= _SURE and chinese >= _FEW and not _PRIVATE_USE.search(decoded[encoding], 0, _SAMPLE):
            return decoded[encoding], encoding  # a wrong decoding never scores this high: no need to go on
    if not decoded:
        raise _input_error(
            f"{where}: cannot decode byte {first_error} as UTF-8, UTF-16, GB18030 or Big5; save the file in "
            "one of those encodings (UTF-8 is best)"
        )
    scored = {enc: _plausibility(text, enc) for enc, text in decoded.items()}
    best = max(scored, key=lambda enc: (scored[enc][0], -LEGACY_ENCODINGS.index(enc)))
    share, chinese = scored[best]
    text = decoded[best]
    if chinese == 0:
        raise _input_error(
            f"{where}: not UTF-8, and as GB18030 or Big5 it contains no Chinese text; save the file as UTF-8"
        )
    private = len(_PRIVATE_USE.findall(text[: _SAMPLE // 2]))
    if (chinese >= _FEW and share < _PLAUSIBLE) or private > max(2, chinese // 100):
        tried = ", ".join(f"{enc} {scored[enc][0]:.0%}" for enc in decoded)
        raise _input_error(
            f"{where}: the encoding cannot be told — as GB18030 or Big5 the text is not plausible Chinese "
            f"(common characters: {tried}); open it in an editor that shows it correctly and save it as UTF-8"
        )
    return text, best


def _plausibility(text: str, encoding: str) -> tuple[float, int]:
    """(share of the Chinese characters that are common in ``encoding``'s character set, how many)."""
    counts = Counter(_HAN_OR_PRIVATE.findall(text[: _SAMPLE // 2]))
    total = sum(counts.values())
    if not total:
        return 0.0, 0
    test = _common_gb if encoding == "gb18030" else _common_big5
    return sum(n for ch, n in counts.items() if test(ch)) / total, total


def _common_gb(ch: str) -> bool:
    """In GB2312 (level 1 is 3,755 common characters, level 2 3,008 more)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xF7


def _common_big5(ch: str) -> bool:
    """In Big5 level 1 (5,401 frequently used characters) or level 2."""
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (0xA4 <= b[0] <= 0xC6 or 0xC9 <= b[0] <= 0xF9)


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _input_error(
            f"{where}: invalid {encoding} at byte {err.start}; the file is damaged or mislabelled — "
            "save it again as UTF-8"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: zero bytes, a strict decode and plausible text in one byte order."""
    if len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    sample = data[:8192]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
        cjk_or_ascii = sum(1 for ch in text if ch < "\u0080" or "\u3000" <= ch <= "\u9fff" or ch >= "\uff00")
        if plausible > 0.95 * len(text) and cjk_or_ascii > 0.9 * len(text):
            return encoding
    return None


def _control_share(data: bytes) -> float:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))
