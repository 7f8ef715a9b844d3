"""Writing output files (JSON, PDF, CSV) so that a failure never leaves a partial file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from policy.text.sources import InputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _existing_mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return None


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it into place.

    Raises
    ------
    InputError
        The folder does not exist or cannot be written; nothing is left behind.
    """
    path = Path(path)
    directory = path.resolve().parent
    if not directory.is_dir():
        raise InputError(f"{path}: the folder {directory} does not exist; choose an existing folder")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise InputError(f"{path}: cannot write there ({err.strerror}); choose a writable location") from None
    try:
        # mkstemp makes the file private (0600); an exported brief or JSON gets the usual mode instead.
        os.fchmod(fd, _existing_mode(path) or 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(
            f"{path}: cannot write the file ({err.strerror}); choose a writable location"
        ) from None
