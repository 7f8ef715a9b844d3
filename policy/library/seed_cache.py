"""The seeds' parse and facts, cached in the user's cache folder so a brief or an export need not redo them.

One entry holds all five seeds; its key changes with the seed texts, the manifest and the code (see
:mod:`policy.library.parse_cache`, which also says how stale and damaged entries are handled).
"""

from __future__ import annotations

from pathlib import Path

from policy.library.facts_codec import decode_facts, encode_facts
from policy.library.parse_cache import entry_key, read_entry, write_entry
from policy.model import Document, Facts
from policy.text.doc_codec import decode_document, encode_document

__all__ = ["seed_key", "read_cached", "write_cached"]

_KIND = "seeds"


def seed_key(files: list[tuple[str, bytes]]) -> str:
    """A key for these seed files (name, bytes) under the current parser and extraction code."""
    return entry_key(files)


def read_cached(key: str, folder: Path | None = None) -> tuple[tuple[Document, ...], dict[str, Facts]] | None:
    """The cached seeds and their facts for ``key``, or None when there is no usable entry."""
    data = read_entry(_KIND, key, folder)
    if data is None:
        return None
    try:
        docs = tuple(decode_document(d) for d in data["documents"])
        facts = {doc_id: decode_facts(blob) for doc_id, blob in data["facts"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None  # damaged or written by other code: parse and extract again
    if set(facts) != {d.id for d in docs}:
        return None
    return docs, facts


def write_cached(key: str, docs, facts: dict[str, Facts], folder: Path | None = None) -> None:
    """Store the seeds and their facts for ``key`` (atomically; the least recently used are pruned)."""
    payload = {
        "documents": [encode_document(d) for d in docs],
        "facts": {d.id: encode_facts(facts[d.id]) for d in docs},
    }
    write_entry(_KIND, key, payload, folder)
