"""The seeds' parse and facts, cached in the user's cache folder so a brief or an export need not redo them.

Every whole-process command reads the five seeds; parsing and extracting them is most of what such a
process does before its own work. The cache is one JSON file named by a key that changes with the seed
texts, the manifest, the parser and the extraction code (their fingerprints), so a stale entry is never
read: it is simply not found. A file that cannot be read or decoded is ignored and written again; a folder
that cannot be written leaves the app as fast as before, never broken.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from policy.library.facts_codec import decode_facts, encode_facts, extractor_fingerprint
from policy.library.paths import default_cache_dir
from policy.model import Document, Facts
from policy.text.doc_codec import decode_document, encode_document, parser_fingerprint

__all__ = ["seed_key", "read_cached", "write_cached"]

_PREFIX = "seeds-"


def seed_key(files: list[tuple[str, bytes]]) -> str:
    """A key for these seed files (name, bytes) under the current parser and extraction code."""
    h = hashlib.sha256()
    h.update(parser_fingerprint().encode())
    h.update(extractor_fingerprint().encode())
    for name, data in files:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:24]


def _path(key: str, folder: Path | None = None) -> Path:
    return (folder or default_cache_dir()) / f"{_PREFIX}{key}.json"


def read_cached(key: str, folder: Path | None = None) -> tuple[tuple[Document, ...], dict[str, Facts]] | None:
    """The cached seeds and their facts for ``key``, or None when there is no usable entry."""
    try:
        data = json.loads(_path(key, folder).read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        docs = tuple(decode_document(d) for d in data["documents"])
        facts = {doc_id: decode_facts(blob) for doc_id, blob in data["facts"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing, damaged or written by other code: parse and extract again
    if set(facts) != {d.id for d in docs}:
        return None
    return docs, facts


def write_cached(key: str, docs, facts: dict[str, Facts], folder: Path | None = None) -> None:
    """Store the seeds and their facts for ``key`` (atomically; older entries are removed)."""
    folder = folder or default_cache_dir()
    payload = {
        "key": key,
        "documents": [encode_document(d) for d in docs],
        "facts": {d.id: encode_facts(facts[d.id]) for d in docs},
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".seeds-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
        os.replace(tmp, _path(key, folder))
        for old in folder.glob(f"{_PREFIX}*.json"):
            if old.name != _path(key, folder).name:
                old.unlink(missing_ok=True)
    except OSError:
        return  # a cache that cannot be written only makes the next start slower
