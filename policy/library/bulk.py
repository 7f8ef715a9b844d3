"""Importing many documents at once: folders walked for the files we read, and a summary of the batch.

A batch is one library transaction (see :meth:`policy.library.store.Library.add`): cancelling it, at any
moment, leaves the library exactly as it was before the batch. Files that cannot be read are refused with
their reason and the others are imported; files of other types found in a folder are listed as skipped,
never dropped without a word.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["IMPORT_SUFFIXES", "BatchSummary", "Cancelled", "Gathered", "gather", "summarise"]

IMPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class Cancelled(Exception):
    """The user stopped the batch; nothing of it was stored."""


@dataclass(frozen=True)
class Gathered:
    """The files a batch will read, in order, and what was left out of the folders with the reason."""

    files: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason): files of other types in a folder
    refused: tuple[tuple[str, str], ...] = ()  # (path, reason): a folder without any document


def gather(paths: Sequence[str | os.PathLike]) -> Gathered:
    """Files to import from ``paths``: a file as given; a folder walked recursively, in name order.

    In a folder, only the types we read are taken (``IMPORT_SUFFIXES``); other files are listed as
    skipped, and hidden files and folders (``.git``) are passed over. A path that does not exist is kept,
    so that reading it reports the problem for that path.
    """
    if isinstance(paths, (str, os.PathLike)):
        raise TypeError("gather() needs a sequence of paths; wrap a single path in a list")
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    refused: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = str(given)
        if not os.path.isdir(path):
            add(path)
            continue
        before = len(files)
        for root, dirs, names in os.walk(path):  # symlinked folders are not followed (no loops)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                suffix = Path(name).suffix.lower()
                if suffix in IMPORT_SUFFIXES:
                    add(full)
                else:
                    kinds = ", ".join(IMPORT_SUFFIXES)
                    skipped.append((full, f"not a document type the atlas reads ({kinds})"))
        if len(files) == before:
            kinds = ", ".join(IMPORT_SUFFIXES)
            refused.append(
                (
                    path,
                    f"{path}: the folder holds no document file ({kinds}); choose files or another folder",
                )
            )
    return Gathered(tuple(files), tuple(skipped), tuple(refused))


@dataclass(frozen=True)
class BatchSummary:
    """What a batch did: documents imported, already present, files refused and skipped."""

    imported: int
    present: int
    refused: tuple[tuple[str, str], ...]  # (path, reason)
    skipped: tuple[tuple[str, str], ...]

    def lines(self) -> list[str]:
        """The summary as plain lines (the command line prints them; the GUI shows them)."""
        out = [f"{self.imported} imported, {self.present} already present, {len(self.refused)} refused"]
        if self.skipped:
            out[0] += f", {len(self.skipped)} skipped (not a document type)"
        out += [f"refused: {reason}" for _path, reason in self.refused]
        return out


def summarise(previews, result, gathered: Gathered | None = None) -> BatchSummary:
    """A batch's summary from its previews (:func:`preview_files`) and the import result (or None)."""
    gathered = gathered or Gathered(())
    refused = gathered.refused + tuple((p.path, p.error) for p in previews if not p.ok)
    skipped = gathered.skipped
    added = len(result.added) if result is not None else 0
    present = len(result.present) if result is not None else 0
    present += sum(1 for p in previews if p.ok and p.same_as and result is None)
    return BatchSummary(added, present, refused, tuple(skipped))


def import_batch(paths, library, *, on_read=None, on_store=None):
    """Gather, read and store a batch: ``(gathered, previews, result)``.

    ``on_read(done, total, path)`` and ``on_store(done, total)`` report progress; either may stop the
    batch (``on_read`` by returning False, ``on_store`` by raising :class:`Cancelled`), and then nothing
    is stored. Files that cannot be read are left out (their previews say why); ``result`` is None when
    nothing could be read.
    """
    from policy.library.importing import commit_import, preview_files

    gathered = gather(paths)
    previews = preview_files(gathered.files, library=library, on_progress=on_read)
    good = [p for p in previews if p.ok]
    result = commit_import(library, good, on_progress=on_store) if good else None
    return gathered, previews, result
