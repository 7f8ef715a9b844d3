"""Parses and facts kept in the user's cache folder, so a whole-process command need not redo them.

Every command reads the seeds, and ``--docs`` files are often the same files run after run; parsing and
extracting them is most of what such a process does before its own work. Each entry is one JSON file named
by a key that changes with the input bytes and with :func:`code_fingerprint` (the readers, the parser, the
extraction code and the assets they read), so a stale entry is never read: it is simply not found. A file
that cannot be read or decoded is ignored and written again, without a word to the user; a folder that
cannot be written leaves the app as fast as it was, never broken. Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from policy.library.facts_codec import decode_facts, encode_facts, extractor_fingerprint
from policy.library.paths import default_cache_dir
from policy.model import Document, Facts
from policy.text.doc_codec import decode_document, encode_document, parser_fingerprint

__all__ = ["code_fingerprint", "entry_key", "read_entry", "write_entry", "read_document", "write_document"]

#: Bump when the layout of an entry changes.
FORMAT = "1"
_POLICY = Path(__file__).resolve().parent.parent
# What decides a document beyond the parser and the extraction (both fingerprinted by their modules): how
# its bytes are read (every module of text/, so a new reader counts too), the seeds' manifest handling, the
# wording of warnings, and this module.
_OTHER_SOURCES = ("text/*.py", "corpus.py", "messages.py", "library/parse_cache.py")
#: Entries kept per kind, most recently used first: a few app versions may share one cache folder.
KEEP = {"seeds": 4, "doc": 256}


@lru_cache(maxsize=1)
def _other_fingerprint() -> str:
    h = hashlib.sha256(FORMAT.encode())
    for pattern in _OTHER_SOURCES:
        for path in sorted(_POLICY.glob(pattern)):
            h.update(path.relative_to(_POLICY).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def code_fingerprint() -> str:
    """A short hash of all the code and assets a cached parse and its facts depend on."""
    return f"{parser_fingerprint()}-{extractor_fingerprint()}-{_other_fingerprint()}"


def entry_key(parts) -> str:
    """A key for these inputs, ``(name, bytes)`` pairs, under the current code."""
    h = hashlib.sha256(code_fingerprint().encode())
    for name, data in parts:
        h.update(name.encode())
        h.update(b"\0")
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:24]


def _path(kind: str, key: str, folder: Path | None) -> Path:
    return (folder or default_cache_dir()) / f"{kind}-{key}.json"


def read_entry(kind: str, key: str, folder: Path | None = None) -> dict | None:
    """The payload stored for ``key``, or None when there is no readable entry."""
    path = _path(kind, key, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when older entries are pruned
    return data


def write_entry(kind: str, key: str, payload: dict, folder: Path | None = None) -> None:
    """Store ``payload`` for ``key`` atomically, then prune the least recently used entries of ``kind``."""
    folder = folder or default_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": key, **payload}, fh, ensure_ascii=False)
            os.replace(tmp, _path(kind, key, folder))
        finally:
            Path(tmp).unlink(missing_ok=True)
        _prune(folder, kind, KEEP.get(kind, 16))
    except OSError:
        return  # a cache that cannot be written only makes the next run slower


def _prune(folder: Path, kind: str, keep: int) -> None:
    entries = []
    for path in folder.glob(f"{kind}-*.json"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime, path))
    for _, path in sorted(entries, reverse=True)[keep:]:
        path.unlink(missing_ok=True)


# -- one document with its facts ------------------------------------------------------------------------
def encode_reading(doc: Document, facts: Facts) -> dict:
    return {"document": encode_document(doc), "facts": encode_facts(facts)}


def decode_reading(data: dict, doc_id: str | None = None) -> tuple[Document, Facts] | None:
    """A document and its facts from :func:`encode_reading`; None if it is not one (or not ``doc_id``)."""
    try:
        doc = decode_document(data["document"])
        facts = decode_facts(data["facts"])
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    if doc_id is not None and doc.id != doc_id:
        return None
    return doc, facts


def read_document(key: str, doc_id: str, folder: Path | None = None) -> tuple[Document, Facts] | None:
    """The cached parse and facts of a document file (``--docs``), or None."""
    data = read_entry("doc", key, folder)
    return None if data is None else decode_reading(data, doc_id)


def write_document(key: str, doc: Document, facts: Facts, folder: Path | None = None) -> None:
    write_entry("doc", key, encode_reading(doc, facts), folder)
