"""Rows written by an import: one document and its facts at a time, inside the caller's transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from policy.library.facts_codec import encode_facts
from policy.library.rows import facts_for, meta_json, unique_id
from policy.library.schema import AddOutcome, NewDocument
from policy.text.doc_codec import content_hash, encode_document, pack

__all__ = ["insert_documents"]


def insert_documents(
    con: sqlite3.Connection,
    items: Sequence[NewDocument],
    reserved: frozenset[str],
    fingerprint: str,
    facts_key: str,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[AddOutcome]:
    """Insert ``items`` (the caller holds the transaction); a text already stored is "present"."""
    outcomes = []
    taken = {r[0] for r in con.execute("SELECT id FROM documents")}
    by_hash = dict(con.execute("SELECT content_hash, id FROM documents"))
    position = con.execute("SELECT coalesce(max(position), 0) FROM documents").fetchone()[0]
    for n, it in enumerate(items, 1):
        h = content_hash(it.document.text)
        if h in by_hash:
            outcomes.append(AddOutcome(it.file_name, "present", by_hash[h]))
        else:
            doc_id = unique_id(it.document.id, taken | reserved)
            doc = replace(it.document, id=doc_id, source="library")
            position += 1
            con.execute(
                "INSERT INTO documents (id, content_hash, file_name, kind, encoding, original, "
                "raw_text, meta, parse, parser, imported_at, position) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc_id, h, it.file_name, it.kind, it.encoding, it.original, pack(it.raw_text),
                    meta_json(it.file_meta, it.edits),
                    pack(encode_document(doc)), fingerprint,
                    time.strftime("%Y-%m-%dT%H:%M:%S%z"), position,
                ),
            )  # fmt: skip
            # The facts go in with the document, so the next start need not extract them.
            con.execute(
                "INSERT OR REPLACE INTO facts (doc_id, extractor, facts) VALUES (?,?,?)",
                (doc_id, facts_key, pack(encode_facts(facts_for(it, doc)))),
            )
            taken.add(doc_id)
            by_hash[h] = doc_id
            outcomes.append(AddOutcome(it.file_name, "added", doc_id))
        if on_progress is not None:
            on_progress(n, len(items))
    return outcomes
