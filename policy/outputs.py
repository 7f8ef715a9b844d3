"""Writing output files (JSON, PDF, PNG, CSV) so that a failure never leaves a partial file behind.

Only regular files are written. An output path naming a device (``/dev/full``), a pipe, a socket or a folder
is refused and left exactly as it is: the rename that puts a finished file in place would otherwise replace
the node with a regular file. A symbolic link is written through: the file it points to is replaced
atomically and the link stays (a link that loops is refused; one whose target does not exist yet creates the
target, as ``cp`` does).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from policy.text.errors import InputError
from policy.text.files import kind_of_mode, stat_or_refuse

__all__ = ["check_output", "write_atomically"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_output(path: str | Path) -> Path:
    """The regular file that writing ``path`` would replace or create (a symbolic link is followed).

    Call it before the work that makes the output, so bad output paths are refused at once.

    Raises
    ------
    InputError
        A folder, device, pipe or socket, a link loop, or a folder that does not exist.
    """
    path = Path(path)
    where = str(path)
    target = path
    if path.is_symlink():
        try:
            target = Path(os.path.realpath(path, strict=True))
        except FileNotFoundError:
            target = Path(os.path.realpath(path))
        except OSError as err:
            if err.errno != errno.ELOOP:
                raise InputError(f"{where}: cannot follow the link ({err.strerror}); choose a file") from None
            raise InputError(
                f"{where}: is a symbolic link that loops; nothing was written — fix the link or choose "
                "a file name"
            ) from None
    st = stat_or_refuse(target, where)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InputError(f"{where}: is a folder; give a file name inside it (nothing was written)")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise InputError(
            f"{where}: is {kind_of_mode(st.st_mode)}, not a regular file; nothing was written to it — "
            "choose a file name for the output"
        )
    directory = target.resolve().parent
    if not directory.is_dir():
        raise InputError(f"{where}: the folder {directory} does not exist; choose an existing folder")
    return target


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it into place.

    Raises
    ------
    InputError
        See :func:`check_output`; the folder cannot be written, or the disk is full. Nothing is left behind.
    """
    target = check_output(path)
    where = str(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as err:
        raise InputError(f"{where}: cannot write there ({err.strerror}); choose a writable folder") from None
    try:
        # mkstemp makes the file private (0600); an exported brief, JSON or PNG gets the usual mode instead.
        existing = target.stat().st_mode & 0o777 if target.is_file() else None
        os.fchmod(fd, existing or 0o666 & ~_umask())
        _write_all(fd, data)
        os.close(fd)
        fd = -1
        check_output(path)  # still not a device or folder (it might have changed while we worked)
        os.replace(tmp, target)
    except (OSError, InputError) as err:
        if fd != -1:
            os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, InputError):
            raise
        full = err.errno in (errno.ENOSPC, errno.EDQUOT)
        hint = "free some disk space" if full else "choose a writable location"
        raise InputError(f"{where}: cannot write the file ({err.strerror}); {hint}") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
