"""Reading document files a user hands us: detect the encoding, split YAML front matter, refuse bad input.

Every refusal is an :class:`InputError` whose message says what is wrong, where, and what to do; callers show
it as is (the CLI exits 2 with it). Nothing here touches the knowledge base or the library.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from policy.messages import message

MAX_BYTES = 64 * 1024 * 1024  # a 50 MB text must still load; beyond this we refuse rather than exhaust memory
# Front matter closes with ``---`` (or ``...``); real files also close it with a longer run of dashes.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:-{3,}|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_META_KEYS = {
    "title": "title",
    "date": "date",
    "doc_number": "doc_number",
    "文号": "doc_number",
    "number": "doc_number",
    "issuer": "issuer",
    "标题": "title",
    "日期": "date",
    "发文机关": "issuer",
}


class InputError(ValueError):
    """Bad input from the user; ``str(err)`` is the message to show."""


@dataclass(frozen=True)
class SourceText:
    """A decoded document file: body text, the encoding used and metadata from front matter."""

    path: str
    text: str
    encoding: str
    meta: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Decode document bytes, saying which encoding was used; never guess silently.

    Tries a BOM first, then UTF-16 without BOM (recognised by its zero bytes), strict UTF-8, then GB18030.

    Raises
    ------
    InputError
        Empty, binary or undecodable data.
    """
    if not data.strip():
        raise InputError(f"{where}: the file is empty; choose a file that contains the document's text")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, enc, where), enc.replace(
                "-sig", " (with BOM)"
            ) if enc == "utf-8-sig" else enc
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, where), utf16
    if b"\x00" in data or _control_share(data) > 0.05:
        raise InputError(
            f"{where}: this looks like a binary file, not text; export the document as plain text "
            "(UTF-8 or GB18030), markdown, .docx or a PDF with a text layer"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            raise InputError(
                f"{where}: the file ends in the middle of a UTF-8 character (byte {err.start}); it looks "
                "truncated — copy or download it again"
            ) from None
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{where}: cannot decode byte {err.start} as UTF-8, UTF-16 or GB18030; save the file in one of "
            "those encodings"
        ) from None
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(
            f"{where}: not UTF-8, and as GB18030 it contains no Chinese text; save the file as UTF-8"
        )
    return text, "gb18030"


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
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


def split_front_matter(text: str, where: str) -> tuple[dict, str]:
    """Split YAML front matter (``---`` … ``---``) from a markdown text: (metadata, body)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml  # only markdown with front matter needs it

    try:
        raw = yaml.load(m.group(1), Loader=_text_dates_loader()) or {}
    except yaml.YAMLError as err:
        raise InputError(
            f"{where}: the YAML front matter cannot be read ({err.problem}); fix or remove it"
        ) from None
    if not isinstance(raw, dict):
        raise InputError(
            f"{where}: the front matter must be 'key: value' lines (title, date, doc_number, issuer)"
        )
    meta = {}
    for key, value in raw.items():
        name = _META_KEYS.get(str(key).strip().lower(), _META_KEYS.get(str(key).strip()))
        if name and value is not None:
            meta[name] = str(value).strip()
    if "date" in meta:
        meta["date"] = _front_matter_date(meta["date"], where)
    return meta, text[m.end() :]


def _text_dates_loader():
    """A safe YAML loader that leaves dates as text, so a bad date is our message, not a crash."""
    import yaml

    class TextDates(yaml.SafeLoader):
        pass

    TextDates.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return TextDates


def _front_matter_date(value: str, where: str) -> str:
    """An ISO date from front matter written as 2024-05-06, 2024/5/6 or 二〇二四年五月六日."""
    from policy.text.metadata import parse_date

    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value)
    iso = parse_date(f"{m[1]}年{m[2]}月{m[3]}日") if m else parse_date(value)
    if iso is None or not _valid_day(iso):
        raise InputError(
            f"{where}: the front matter date '{value}' is not a valid date; write it as YYYY-MM-DD"
        )
    return iso


def _valid_day(iso: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


_MD_RULES = (
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # links and images keep their words
    (re.compile(r"(\*\*|__)(\S.*?\S|\S)\1"), r"\2"),  # strong emphasis
    (re.compile(r"(?<![*A-Za-z0-9])\*(\S[^*\n]*?\S|\S)\*(?![*A-Za-z0-9])"), r"\1"),  # *emphasis*
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+"), ""),  # headings
    (re.compile(r"(?m)^[ \t]{0,3}>[ \t]?"), ""),  # block quotes
    # Collapsible blocks and comment delimiters of web copies: markup, not words (a comment's words stay).
    (re.compile(r"(?m)^[ \t]*</?(?:details|summary)>[ \t]*"), ""),
    (re.compile(r"</?(?:details|summary)>"), ""),
    (re.compile(r"<!--[ \t]*|[ \t]*-->"), ""),
)


def strip_markdown(body: str) -> str:
    """Remove markdown markup (emphasis, code, links, headings, quotes): it is not the document's words."""
    for pattern, replacement in _MD_RULES:
        body = pattern.sub(replacement, body)
    return body


def read_path_bytes(path: str | Path) -> tuple[str, bytes]:
    """The bytes of a document file and how to name it in messages.

    Raises
    ------
    InputError
        A missing path, a folder, an oversized or unreadable file.
    """
    p = Path(path)
    where = str(p)
    if not p.exists():
        raise InputError(f"{where}: no such file; check the path")
    if p.is_dir():
        raise InputError(f"{where}: is a folder; give the document files inside it")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{where}: {size // 2**20} MB is too large for a policy document (limit 64 MB)")
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{where}: cannot read the file ({err.strerror}); check its permissions") from None
    return where, data


def read_text_file(path: str | Path) -> SourceText:
    """Read a .txt or .md document file.

    Raises
    ------
    InputError
        Missing path, a directory, an empty, binary, oversized or undecodable file, bad front matter.
    """
    p = Path(path)
    where, data = read_path_bytes(p)
    return text_from_bytes(data, where, p.suffix.lower())


def text_from_bytes(data: bytes, where: str, suffix: str) -> SourceText:
    """The text of a .txt or .md file already read (``suffix`` lower-case): decoded, front matter apart."""
    text, encoding = decode_bytes(data, where)
    meta: dict = {}
    if suffix in (".md", ".markdown") or text.lstrip("\ufeff").startswith("---"):
        meta, text = split_front_matter(text.lstrip("\ufeff"), where)
        if suffix in (".md", ".markdown"):
            text = strip_markdown(text)
    if not text.strip():
        raise InputError(f"{where}: the file has no text after its front matter; add the document's text")
    return SourceText(where, text, encoding, meta, (message("read_as", encoding=encoding),))
