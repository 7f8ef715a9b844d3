"""The library's SQLite schema, its version (``PRAGMA user_version``) and migrations from older versions.

Versions
--------
1  ``documents(id, file_name, original, text, title, doc_number, imported_at)``: the first library kept the
   decoded text and two user-editable fields, and parsed on every start.
2  adds the content hash (duplicates), how the file was read (kind, encoding), metadata as JSON (the file's
   own and the user's edits), the stored parse with the parser's fingerprint, and the import order.
3  adds ``facts``: each document's extracted facts, a cache keyed by the extractor's and parser's
   fingerprints (so a big library does not have to be extracted at every start).

Every migration runs in one transaction with the version bump, so a library is either fully migrated or not
at all.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from policy.model import Document, Facts

SCHEMA_VERSION = 3

_DOCUMENTS_V2 = """
CREATE TABLE {name} (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,   -- sha256 of the normalised text
    file_name    TEXT NOT NULL,
    kind         TEXT NOT NULL,   -- text | markdown | docx | pdf
    encoding     TEXT NOT NULL,   -- how the bytes were read, as told to the user
    original     BLOB NOT NULL,   -- the file's bytes as imported
    raw_text     BLOB NOT NULL,   -- zlib: decoded text handed to the parser
    meta         TEXT NOT NULL,   -- JSON {"file": front matter, "edits": the user's edits}
    parse        BLOB NOT NULL,   -- zlib: the Document as JSON (policy.text.doc_codec)
    parser       TEXT NOT NULL,   -- fingerprint of the parser that wrote parse
    imported_at  TEXT NOT NULL,
    position     INTEGER NOT NULL -- import order
)
"""

_FACTS_V3 = """
CREATE TABLE facts (
    doc_id    TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    extractor TEXT NOT NULL,  -- extractor and parser fingerprints the facts were made with
    facts     BLOB NOT NULL   -- zlib: policy.library.facts_codec JSON
)
"""


@dataclass(frozen=True)
class NewDocument:
    """A document ready to be stored (built by :mod:`policy.library.importing`)."""

    document: Document
    file_name: str
    kind: str
    encoding: str
    original: bytes
    raw_text: str  # decoded text handed to the parser, front matter removed
    file_meta: dict  # metadata from the file itself (front matter)
    edits: dict  # metadata the user entered in the preview
    facts: Facts | None = (
        None  # facts already extracted for ``document`` (the preview's), else extracted on add
    )


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one :class:`NewDocument`: ``status`` is "added" or "present" (same text there)."""

    file_name: str
    status: str
    doc_id: str


@dataclass(frozen=True)
class LibraryEntry:
    """A stored document's bookkeeping (without its text)."""

    id: str
    file_name: str
    kind: str
    encoding: str
    content_hash: str
    imported_at: str
    size: int
    edits: dict


def create_schema(con: sqlite3.Connection, app_id: str) -> bool:
    """Create the current schema in an empty database, in one transaction; False if it is not empty.

    Two processes may find a new file empty at the same moment: the second waits for the first's write
    transaction, then finds the schema there and leaves it alone (it is checked by the caller).
    """
    con.execute("BEGIN IMMEDIATE")
    try:
        if con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            con.execute("ROLLBACK")
            return False
        con.execute("CREATE TABLE library_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO library_info VALUES ('app', ?)", (app_id,))
        con.execute(_DOCUMENTS_V2.replace("{name}", "documents"))
        con.execute("CREATE INDEX documents_hash ON documents (content_hash)")
        con.execute(_FACTS_V3)
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    return True


def migrate(con: sqlite3.Connection, version: int, app_id: str) -> None:
    """Bring a library from ``version`` to :data:`SCHEMA_VERSION`, each step in its own transaction."""
    steps = {1: _v1_to_v2, 2: _v2_to_v3}
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            raise sqlite3.DatabaseError(f"no migration from schema version {version}")
        con.execute("BEGIN IMMEDIATE")
        try:
            step(con)
            version += 1
            con.execute(f"PRAGMA user_version = {version}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _v1_to_v2(con: sqlite3.Connection) -> None:
    from policy.text.doc_codec import content_hash, encode_document, pack, parser_fingerprint
    from policy.text.document import parse
    from policy.text.errors import InputError
    from policy.text.readers import read_bytes

    con.execute(_DOCUMENTS_V2.replace("{name}", "documents_v2"))
    rows = con.execute(
        "SELECT id, file_name, original, text, title, doc_number, imported_at FROM documents ORDER BY rowid"
    ).fetchall()
    for position, (doc_id, file_name, original, text, title, doc_number, imported_at) in enumerate(rows, 1):
        original = bytes(original)
        edits = {k: v for k, v in (("title", title), ("doc_number", doc_number)) if v}
        try:
            read = read_bytes(original, file_name)
            kind, encoding, file_meta = read.kind, read.source.encoding, read.source.meta
        except InputError:
            # Version 1 kept the decoded text, which is what matters; say plainly that the rest is unknown.
            kind, encoding, file_meta = _kind(file_name), "unknown (imported by an older version)", {}
        doc = parse(text, doc_id, known={**file_meta, **edits}, source="library")
        con.execute(
            "INSERT INTO documents_v2 VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id, content_hash(doc.text), file_name, kind, encoding, original, pack(text),
                json.dumps({"file": file_meta, "edits": edits}, ensure_ascii=False, default=str),
                pack(encode_document(doc)), parser_fingerprint(), imported_at, position,
            ),
        )  # fmt: skip
    con.execute("DROP TABLE documents")
    con.execute("ALTER TABLE documents_v2 RENAME TO documents")
    con.execute("CREATE INDEX documents_hash ON documents (content_hash)")


def _v2_to_v3(con: sqlite3.Connection) -> None:
    con.execute(_FACTS_V3)


def _kind(file_name: str) -> str:
    suffix = Path(file_name).suffix.lower()
    return {".md": "markdown", ".markdown": "markdown", ".docx": "docx", ".pdf": "pdf"}.get(suffix, "text")
