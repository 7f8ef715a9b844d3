"""The user's document library: an SQLite file in the user's data folder that keeps imported documents.

Each row keeps the original file's bytes, how it was read, its metadata (with the user's edits) and the parse,
so opening the app rebuilds documents without parsing them again. Every write is one transaction: a crash or a
kill in the middle of an import leaves the library exactly as it was. A file at the library's path that is not
our library (not SQLite, another program's database, a newer schema) is never modified; opening it raises
:class:`LibraryError` and the app carries on with the seeds alone.

This module has no Qt: the data folder is a parameter. Its default is ``$JILIN_ATLAS_DATA_DIR`` or the
platform's user data folder (``~/.local/share/jilin-atlas`` on Linux); the GUI may pass
``QStandardPaths.AppDataLocation`` instead.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from policy.library.connection import (
    check_read_only,
    connect,
    damaged,
    inspect_schema,
    quick_check,
    reading,
    refused,
)
from policy.library.facts_codec import decode_facts, encode_facts, extract_facts, extractor_fingerprint
from policy.library.paths import (
    APP_ID,
    LIBRARY_FILE,
    LibraryError,
    backup,
    check_header,
    check_ours,
    default_data_dir,
    default_library_path,
)
from policy.library.rows import reparse
from policy.library.schema import (
    SCHEMA_VERSION,
    AddOutcome,
    LibraryEntry,
    NewDocument,
    create_schema,
    migrate,
)
from policy.library.writes import insert_documents
from policy.model import Document, Facts
from policy.text.doc_codec import (
    content_hash,
    decode_document,
    encode_document,
    pack,
    parser_fingerprint,
    unpack,
)

__all__ = [
    "LibraryError",
    "Library",
    "LibraryEntry",
    "NewDocument",
    "AddOutcome",
    "default_data_dir",
    "default_library_path",
    "open_library",
    "seed_ids",
    "LIBRARY_FILE",
]


def seed_ids() -> frozenset[str]:
    """Ids reserved by the bundled seeds (file stems); library documents never take them."""
    from policy.corpus import SEEDS

    return frozenset(p.stem for p in SEEDS.glob("*.txt"))


class Library:
    """The SQLite library at ``path``. Use :func:`open_library` or :meth:`Library.open` to get one.

    Connections are short-lived (one per call), so a Library can be shared and a second process (the CLI
    importing while the app is open) simply waits for the other's transaction.
    """

    def __init__(self, path: Path, *, exists: bool, read_only: bool = False) -> None:
        self.path = path
        self._exists = exists
        self.read_only = read_only
        self._memory: tuple[str, object] | None = None  # an in-memory migrated copy (read-only, old schema)

    # -- opening --------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> Library:
        """Open (and if needed create or migrate) the library at ``path``.

        Parameters
        ----------
        path : str or Path
            The library file.
        create : bool
            Create the file (and its folder) when missing. With ``False`` a missing file is an empty library
            that is created on the first :meth:`add`.
        read_only : bool
            Never write nor create the file (export, brief, atlas, screenshot): a missing or empty file is an
            empty library, an older schema is migrated in memory only, caches are not written back, and
            :meth:`add` and :meth:`remove` refuse.

        Raises
        ------
        LibraryError
            The file is not SQLite, is another program's database, was written by a newer version of the app,
            or cannot be read. The file is left as it is.
        """
        if not isinstance(path, (str, Path)):
            raise TypeError(f"Library.open() needs a path, not {type(path).__name__}")
        path = Path(path).expanduser()
        if path.is_dir():
            raise LibraryError(f"{path}: the library path is a folder; remove or rename it")
        if not path.exists():
            lib = cls(path, exists=False, read_only=read_only)
            if create and not read_only:
                lib._ensure()
            return lib
        check_header(path)
        if read_only:
            lib = cls(path, exists=path.stat().st_size > 0, read_only=True)
            if lib._exists:
                lib._exists, lib._memory = check_read_only(path)
            return lib
        lib = cls(path, exists=True)
        lib._ensure()
        return lib

    def _connect(self) -> sqlite3.Connection:
        if self._memory is not None:
            return connect(self._memory[0], uri=True)
        return connect(self.path, read_only=self.read_only)

    def _ensure(self) -> None:
        """Create the schema in a new file, or check and migrate an existing one."""
        if self.read_only:
            raise LibraryError(f"{self.path}: the library was opened read-only; nothing was changed")
        if not self.path.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise LibraryError(
                    f"{self.path.parent}: cannot create the data folder ({err.strerror}); set "
                    "JILIN_ATLAS_DATA_DIR to a writable folder"
                ) from None
        con = self._connect()
        try:
            version, tables = inspect_schema(con)
            # Another process may create the schema at the same moment: create_schema looks again inside its
            # write transaction and leaves a schema made meanwhile alone.
            if tables or version != 0 or not create_schema(con, APP_ID):
                version, tables = inspect_schema(con)
                check_ours(self.path, con, version, tables)
                problem = quick_check(con)
                if problem:
                    raise damaged(self.path, problem)
                if version < SCHEMA_VERSION:
                    backup(self.path, version)
                    migrate(con, version, APP_ID)
        except sqlite3.DatabaseError as err:
            raise refused(self.path, err) from None
        finally:
            con.close()
        self._exists = True

    # -- reading --------------------------------------------------------------------------------------
    @reading
    def documents(self) -> tuple[Document, ...]:
        """All library documents (``source="library"``), in import order; () for an empty or missing library.

        A parse written by other parser code is redone from the stored text and saved back.
        """
        if not self._exists or not self.path.exists():
            return ()
        fingerprint = parser_fingerprint()
        con = self._connect()
        try:
            rows = con.execute(
                "SELECT id, parse, parser, raw_text, meta FROM documents ORDER BY position"
            ).fetchall()
        finally:
            con.close()
        docs, stale = [], []
        for doc_id, blob, parser, raw, meta in rows:
            doc = None
            if parser == fingerprint:
                try:
                    doc = decode_document(unpack(blob))
                except ValueError:
                    doc = None
            if doc is None:
                doc = reparse(doc_id, unpack(raw), json.loads(meta))
                stale.append(doc)
            docs.append(doc)
        if stale:
            self._write_best_effort(
                "UPDATE documents SET parse = ?, parser = ?, content_hash = ? WHERE id = ?",
                [(pack(encode_document(d)), fingerprint, content_hash(d.text), d.id) for d in stale],
            )
        return tuple(docs)

    @reading
    def facts(self, documents: Sequence[Document] | None = None) -> dict[str, Facts]:
        """Extracted facts of library documents (default: all), by document id.

        Facts come from the library's cache when they were made by the current extraction and parsing code;
        the others are extracted now and saved back, so the next start is fast. Pass these to the knowledge
        base build instead of extracting every library document again.
        """
        docs = self.documents() if documents is None else tuple(documents)
        if not docs:
            return {}
        key = f"{extractor_fingerprint()}:{parser_fingerprint()}"
        con = self._connect()
        try:
            cached = dict(con.execute("SELECT doc_id, facts FROM facts WHERE extractor = ?", (key,)))
        finally:
            con.close()
        out, fresh = {}, []
        for doc in docs:
            blob = cached.get(doc.id)
            if blob is not None:
                try:
                    out[doc.id] = decode_facts(unpack(blob))
                    continue
                except ValueError:
                    pass
            out[doc.id] = extract_facts(doc)
            fresh.append(doc.id)
        if fresh:
            self._write_best_effort(
                "INSERT OR REPLACE INTO facts (doc_id, extractor, facts) "
                "SELECT id, ?, ? FROM documents WHERE id = ?",
                [(key, pack(encode_facts(out[i])), i) for i in fresh],
            )
        return out

    def _write_best_effort(self, sql: str, rows: list[tuple]) -> None:
        """Write cache rows; a library that cannot be written still works, only slower at the next start."""
        if self.read_only:
            return
        try:
            con = self._connect()
        except LibraryError:
            return
        try:
            con.execute("BEGIN IMMEDIATE")
            con.executemany(sql, rows)
            con.execute("COMMIT")
        except sqlite3.Error:
            if con.in_transaction:
                con.execute("ROLLBACK")
        finally:
            con.close()

    @reading
    def entries(self) -> tuple[LibraryEntry, ...]:
        """Bookkeeping of every stored document, in import order."""
        if not self._exists or not self.path.exists():
            return ()
        con = self._connect()
        try:
            rows = con.execute(
                "SELECT id, file_name, kind, encoding, content_hash, imported_at, length(original), meta "
                "FROM documents ORDER BY position"
            ).fetchall()
        finally:
            con.close()
        return tuple(
            LibraryEntry(i, f, k, e, h, t, n, json.loads(m).get("edits", {}))
            for i, f, k, e, h, t, n, m in rows
        )

    def hashes(self) -> dict[str, str]:
        """Content hash → document id of every stored document."""
        return {e.content_hash: e.id for e in self.entries()}

    @reading
    def original(self, doc_id: str) -> bytes:
        """The original file's bytes as imported."""
        row = None
        if self._exists and self.path.exists():
            con = self._connect()
            try:
                row = con.execute("SELECT original FROM documents WHERE id = ?", (doc_id,)).fetchone()
            finally:
                con.close()
        if row is None:
            raise KeyError(f"no document {doc_id!r} in the library")
        return bytes(row[0])

    def __len__(self) -> int:
        return len(self.entries())

    # -- writing --------------------------------------------------------------------------------------
    def add(
        self, items: Sequence[NewDocument], *, on_progress: Callable[[int, int], None] | None = None
    ) -> tuple[AddOutcome, ...]:
        """Store documents in one transaction: all of them or, on any failure, none.

        A document whose normalised text is already stored (or earlier in ``items``) is not stored again; its
        outcome is "present" with the existing id. Ids are the documents' own ids, made unique (``-2``, …)
        and never a seed's id.

        Parameters
        ----------
        items : sequence of NewDocument
        on_progress : callable(done, total), optional
            Called inside the transaction after each document is written (a progress bar; tests use it to
            kill the process mid-import).
        """
        items = list(items)
        for it in items:
            if not isinstance(it, NewDocument):
                raise TypeError(f"Library.add() needs NewDocument items, not {type(it).__name__}")
        if not items:
            return ()
        self._ensure()
        reserved = seed_ids()
        fingerprint = parser_fingerprint()
        facts_key = f"{extractor_fingerprint()}:{fingerprint}"
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            outcomes = insert_documents(con, items, reserved, fingerprint, facts_key, on_progress)
            con.execute("COMMIT")
        except BaseException as err:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(err, sqlite3.Error):
                raise LibraryError(
                    f"{self.path}: the library could not be written ({err}); nothing was imported — "
                    "check free disk space and permissions"
                ) from None
            raise
        finally:
            con.close()
        return tuple(outcomes)

    def remove(self, doc_id: str) -> None:
        """Remove a document from the library.

        Raises
        ------
        ValueError
            ``doc_id`` is a seed (seeds are always there).
        KeyError
            No such document in the library.
        """
        if not isinstance(doc_id, str):
            raise TypeError(f"remove() needs a document id (str), not {type(doc_id).__name__}")
        if doc_id in seed_ids():
            raise ValueError(f"{doc_id} is one of the bundled seed documents; seeds cannot be removed")
        if self.read_only:
            raise LibraryError(f"{self.path}: the library was opened read-only; nothing was changed")
        if not self._exists or not self.path.exists():
            raise KeyError(f"no document {doc_id!r} in the library")
        con = self._connect()
        try:
            with_tx = con.execute("BEGIN IMMEDIATE")
            deleted = with_tx.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
            con.execute("COMMIT")
        except sqlite3.Error as err:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise LibraryError(f"{self.path}: could not remove {doc_id} ({err}); nothing changed") from None
        finally:
            con.close()
        if not deleted:
            raise KeyError(f"no document {doc_id!r} in the library")


def open_library(
    data_dir: str | Path | None = None, *, create: bool = True, read_only: bool = False
) -> Library:
    """Open the library in ``data_dir`` (default :func:`default_data_dir`); see :meth:`Library.open`."""
    return Library.open(default_library_path(data_dir), create=create, read_only=read_only)
