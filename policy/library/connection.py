"""Connections to the library file: read-write, read-only (never writes, never creates), or an in-memory copy.

Read-only commands (export, brief, atlas, screenshot) open the file with SQLite's ``mode=ro``: a missing or
empty file is an empty library and stays exactly as it is. A library of an older schema is migrated in an
in-memory copy for them, so the file is only migrated by a command that writes (import, the app).

A damaged file (``database disk image is malformed``, a failed ``PRAGMA quick_check``) becomes a
:class:`LibraryError` that names the file, says it was left untouched, and how to recover.
"""

from __future__ import annotations

import functools
import itertools
import json
import sqlite3
import zlib
from pathlib import Path
from urllib.parse import quote

from policy.library.paths import APP_ID, LibraryError, check_ours
from policy.library.schema import SCHEMA_VERSION, migrate

__all__ = [
    "connect",
    "check_read_only",
    "memory_copy",
    "damaged",
    "refused",
    "reading",
    "is_damage",
    "quick_check",
    "inspect_schema",
]

BUSY_TIMEOUT_S = 10.0
_MEMORY = itertools.count(1)
# Messages of sqlite3.DatabaseError that mean the file itself is damaged (not locked, not missing).
_DAMAGE = ("malformed", "not a database", "corrupt", "disk i/o error", "file is encrypted")


def connect(target: Path | str, *, read_only: bool = False, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with foreign keys on.

    Raises
    ------
    LibraryError
        The file cannot be opened.
    """
    try:
        if read_only:
            con = sqlite3.connect(
                f"file:{quote(str(target))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
            )
        else:
            con = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as err:
        raise LibraryError(
            f"{target}: cannot open the library ({err}); check the file's and folder's permissions"
        ) from None
    con.execute("PRAGMA foreign_keys = ON")
    return con


def memory_copy(path: Path) -> tuple[str, sqlite3.Connection]:
    """A shared in-memory copy of the library at ``path``: (its URI, a connection that keeps it alive)."""
    name = f"file:jilin-atlas-library-{_MEMORY.__next__()}?mode=memory&cache=shared"
    keeper = connect(name, uri=True)
    source = connect(path, read_only=True)
    try:
        source.backup(keeper)
    finally:
        source.close()
    return name, keeper


def is_damage(err: BaseException) -> bool:
    """Whether an SQLite error means the file is damaged."""
    return isinstance(err, sqlite3.DatabaseError) and any(w in str(err).lower() for w in _DAMAGE)


def quick_check(con: sqlite3.Connection) -> str | None:
    """None if ``PRAGMA quick_check`` finds the file sound, else its first complaint."""
    try:
        rows = con.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as err:
        return str(err)
    first = str(rows[0][0]) if rows else "no answer"
    if first == "ok":
        return None
    first = " ".join(first.replace("*** in database main ***", " ").split())  # one line for the user
    return first if len(first) <= 120 else first[:117] + "…"


def damaged(path: Path, problem: str) -> LibraryError:
    """The message for a damaged library: what happened, that nothing was changed, how to recover."""
    return LibraryError(
        f"{path}: the library file is damaged ({problem}); it was left untouched. To recover, keep a copy of "
        "the file, then either save what is still "
        f"readable with `sqlite3 '{path}' .recover | sqlite3 recovered.sqlite3` and put recovered.sqlite3 in "
        "its place, or move the file away and import your original documents again"
    )


def inspect_schema(con: sqlite3.Connection) -> tuple[int, set[str]]:
    """(schema version, table names) of an open library."""
    version = con.execute("PRAGMA user_version").fetchone()[0]
    return version, {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def check_read_only(path: Path) -> tuple[bool, tuple[str, sqlite3.Connection] | None]:
    """Check a non-empty library file opened read-only: (whether it holds a library, its in-memory copy).

    An SQLite file without tables is an empty library and is left as it is; a library of an older schema is
    migrated in an in-memory copy (the file keeps its version until a command that writes opens it).

    Raises
    ------
    LibraryError
        Another program's database, a newer schema, a damaged file (``PRAGMA quick_check``).
    """
    try:
        con = connect(path, read_only=True)
        try:
            version, tables = inspect_schema(con)
            if not tables and version == 0:
                return False, None
            check_ours(path, con, version, tables)
            problem = quick_check(con)
        finally:
            con.close()
        if problem:
            raise damaged(path, problem)
        if version >= SCHEMA_VERSION:
            return True, None
        memory = memory_copy(path)
        con = connect(memory[0], uri=True)
        try:
            migrate(con, version, APP_ID)
        finally:
            con.close()
        return True, memory
    except sqlite3.DatabaseError as err:
        raise refused(path, err) from None


def refused(path: Path, err: sqlite3.DatabaseError) -> LibraryError:
    """The message for an SQLite error on opening or reading the library."""
    if is_damage(err):
        return damaged(path, str(err))
    return LibraryError(
        f"{path}: the library file is damaged or not a library ({err}); it was left untouched — "
        "move it away to start a new library"
    )


def reading(method):
    """Decorate a reading method of a library (with ``.path``): a damaged file becomes a LibraryError."""

    @functools.wraps(method)
    def read(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as err:
            raise refused(self.path, err) from None
        except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as err:  # a stored row that is nonsense
            raise damaged(self.path, f"a stored row cannot be read: {type(err).__name__}") from None

    return read
