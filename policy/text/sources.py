"""Reading document files a user hands us: detect the encoding, split YAML front matter, refuse bad input.

Every refusal is an :class:`InputError` whose message says what is wrong, where, and what to do; callers show
it as is (the CLI exits 2 with it). Nothing here touches the knowledge base or the library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from policy.messages import message
from policy.text.decoding import decode_bytes
from policy.text.errors import InputError  # re-exported: the readers raise it
from policy.text.files import MAX_BYTES, read_regular_file

__all__ = [
    "MAX_BYTES",
    "InputError",
    "SourceText",
    "decode_bytes",
    "read_path_bytes",
    "read_text_file",
    "split_front_matter",
    "MAX_FRONT_MATTER",
    "MAX_ALIASES",
    "MAX_FIELD_CHARS",
    "strip_markdown",
    "text_from_bytes",
]
_BLANK = re.compile(r"[\s\ufeff\u200b-\u200d\u2060]+")
MAX_FRONT_MATTER = 16 * 1024  # characters: four short fields need a few hundred
MAX_ALIASES = 8
MAX_FIELD_CHARS = 500  # the longest real title is ~100 characters
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


@dataclass(frozen=True)
class SourceText:
    """A decoded document file: body text, the encoding used and metadata from front matter."""

    path: str
    text: str
    encoding: str
    meta: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def split_front_matter(text: str, where: str) -> tuple[dict, str]:
    """Split YAML front matter (``---`` … ``---``) from a markdown text: (metadata, body).

    Front matter is data, not a program: at most :data:`MAX_FRONT_MATTER` characters, at most
    :data:`MAX_ALIASES` YAML aliases, only the fields we use (title, date, doc_number, issuer), each a single
    value of at most :data:`MAX_FIELD_CHARS` characters. Anything else is refused with a message.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    block = m.group(1)
    if len(block) > MAX_FRONT_MATTER:
        raise InputError(
            f"{where}: the YAML front matter is {len(block):,} characters long (at most "
            f"{MAX_FRONT_MATTER:,}); it should hold only title, date, doc_number and issuer — shorten it"
        )
    import yaml  # only markdown with front matter needs it

    try:
        raw = yaml.load(block, Loader=_text_dates_loader(where)) or {}
    except yaml.YAMLError as err:
        raise InputError(
            f"{where}: the YAML front matter cannot be read ({getattr(err, 'problem', None) or err}); "
            "fix or remove it"
        ) from None
    if not isinstance(raw, dict):
        raise InputError(
            f"{where}: the front matter must be 'key: value' lines (title, date, doc_number, issuer)"
        )
    meta = {}
    for key, value in raw.items():
        if not isinstance(key, str):
            continue  # not a field of ours; never turned into text (it may be a huge structure)
        name = _META_KEYS.get(key.strip().lower(), _META_KEYS.get(key.strip()))
        if name and value is not None:
            meta[name] = _field_text(name, value, where)
    if "date" in meta:
        meta["date"] = _front_matter_date(meta["date"], where)
    return meta, text[m.end() :]


def _field_text(name: str, value: object, where: str) -> str:
    """One front-matter field as text: a single value (text, number, yes/no) of bounded length."""
    if not isinstance(value, (str, int, float)):
        raise InputError(
            f"{where}: the front matter field '{name}' must be a single value, not a "
            f"{'list' if isinstance(value, list) else 'nested structure'}; write it as '{name}: text'"
        )
    text = str(value).strip()
    if len(text) > MAX_FIELD_CHARS:
        raise InputError(
            f"{where}: the front matter field '{name}' is {len(text):,} characters long (at most "
            f"{MAX_FIELD_CHARS}); shorten it"
        )
    return text


def _text_dates_loader(where: str = "front matter"):
    """A safe YAML loader that leaves dates as text (a bad date is our message, not a crash) and refuses
    more than :data:`MAX_ALIASES` aliases (an alias bomb expands a few KB into millions of characters)."""
    import yaml

    class TextDates(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    raise InputError(
                        f"{where}: the YAML front matter uses more than {MAX_ALIASES} aliases (*name); "
                        "front matter holds plain values only — write them out"
                    )
            return super().compose_node(parent, index)

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
    """The bytes of a document file and how to name it in messages (see :func:`read_regular_file`).

    Raises
    ------
    InputError
        A missing path, a folder, a pipe, socket or device, a link loop, an oversized or unreadable file.
    """
    return read_regular_file(path)


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
    front_matter = False
    if suffix in (".md", ".markdown") or text.lstrip("\ufeff").startswith("---"):
        whole = text.lstrip("\ufeff")
        meta, text = split_front_matter(whole, where)
        front_matter = len(text) < len(whole)
        if suffix in (".md", ".markdown"):
            text = strip_markdown(text)
    if not _BLANK.sub("", text):
        if front_matter:
            raise InputError(f"{where}: the file has no text after its front matter; add the document's text")
        raise InputError(
            f"{where}: the file contains only white space, no text; choose the file that holds the document"
        )
    return SourceText(where, text, encoding, meta, (message("read_as", encoding=encoding),))
