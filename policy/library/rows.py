"""Rows of the library: metadata as JSON, unique ids, a parse redone from the stored text, facts to store."""

from __future__ import annotations

import json

from policy.library.facts_codec import extract_facts
from policy.library.schema import NewDocument
from policy.model import Document, Facts

__all__ = ["meta_json", "unique_id", "reparse", "facts_for"]


def meta_json(file_meta: dict, edits: dict) -> str:
    return json.dumps({"file": file_meta, "edits": edits}, ensure_ascii=False, default=str)


def unique_id(wanted: str, taken: set[str] | frozenset[str]) -> str:
    base = wanted.strip() or "document"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def reparse(doc_id: str, raw: str, meta: dict) -> Document:
    edits = meta.get("edits", {})
    # The user's edits are corrections: they win over the parse every time the text is parsed again.
    known = {**meta.get("file", {}), **edits, "corrected": sorted(edits)}
    from policy.text.document import parse  # the parser only when a stored parse is stale

    return parse(raw, doc_id, known=known, source="library")


def facts_for(item: NewDocument, doc: Document) -> Facts:
    """The preview's facts when they cite this very document id, else a fresh extraction."""
    if item.facts is not None and item.document.id == doc.id:
        return item.facts
    return extract_facts(doc)
