"""Where the user's library lives, and how a file at that path is recognised (or refused) as ours.

No Qt here: the GUI may pass ``QStandardPaths.AppDataLocation`` as the data folder; the default is
``$JILIN_ATLAS_DATA_DIR`` or the platform's user data folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

from policy.text.errors import InputError

__all__ = [
    "LIBRARY_FILE",
    "APP_ID",
    "LibraryError",
    "default_data_dir",
    "default_library_path",
    "check_header",
]

LIBRARY_FILE = "library.sqlite3"
APP_ID = "jilin-atlas"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class LibraryError(InputError):
    """The library file cannot be used; ``str(err)`` says what, where and what to do."""


def default_data_dir() -> Path:
    """The user's data folder: ``$JILIN_ATLAS_DATA_DIR`` if set, else the platform's convention."""
    env = os.environ.get("JILIN_ATLAS_DATA_DIR")
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / APP_ID
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_ID
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_ID


def default_cache_dir() -> Path:
    """The user's cache folder: ``$JILIN_ATLAS_CACHE_DIR``, else ``cache/`` in a data folder given by
    ``$JILIN_ATLAS_DATA_DIR`` (so a test's temporary folder holds its cache too), else the platform's
    convention."""
    env = os.environ.get("JILIN_ATLAS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    if os.environ.get("JILIN_ATLAS_DATA_DIR"):
        return default_data_dir() / "cache"
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / APP_ID / "cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_ID
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_ID


def default_library_path(data_dir: str | Path | None = None) -> Path:
    """Where the library file lives inside ``data_dir`` (default :func:`default_data_dir`)."""
    folder = default_data_dir() if data_dir is None else Path(data_dir).expanduser()
    return folder / LIBRARY_FILE


def check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite, without changing it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as err:
        raise LibraryError(
            f"{path}: cannot read the library ({err.strerror}); check its permissions"
        ) from None
    if head and head != _SQLITE_MAGIC:
        raise LibraryError(
            f"{path}: this file is not a library (not an SQLite database); it was left untouched — move it "
            "away or set JILIN_ATLAS_DATA_DIR to another folder"
        )


def check_ours(path: Path, con, version: int, tables: set[str]) -> None:
    """Refuse (without writing) an SQLite file that is not our library or is from a newer version.

    ``con`` is the open ``sqlite3.Connection``. Neither sqlite3 nor the schema is imported with this module:
    every command asks where the library is, most runs have none to open.
    """
    from policy.library.schema import SCHEMA_VERSION

    marker = None
    if "library_info" in tables:
        row = con.execute("SELECT value FROM library_info WHERE key = 'app'").fetchone()
        marker = row[0] if row else None
    if marker != APP_ID or "documents" not in tables:
        raise LibraryError(
            f"{path}: this SQLite file is not a Jilin Atlas library (another program's database?); "
            "it was left untouched — move it away or set JILIN_ATLAS_DATA_DIR to another folder"
        )
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: the library was written by a newer version of the app (schema {version}, this "
            f"version reads up to {SCHEMA_VERSION}); it was left untouched — update the app"
        )
    if version < 1:
        raise LibraryError(f"{path}: the library has no schema version; it was left untouched")


def backup(path: Path, version: int) -> None:
    """Copy a library before migrating it, so an older app version can still open the copy."""
    copy = path.with_name(f"{path.name}.v{version}-backup")
    if not copy.exists():
        with contextlib.suppress(OSError):  # the migration itself is atomic; the copy is a courtesy
            shutil.copy2(path, copy)
