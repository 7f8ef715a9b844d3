"""Opening the document files a user names: regular files only, never a pipe, socket or device.

A FIFO would block an ``open()`` forever and a device can stream without end, so the path is checked with
``os.stat`` before it is opened, opened non-blocking, checked again on the open descriptor, and read with a
bound. Every refusal is an :class:`~policy.text.sources.InputError` saying what, where and what to do.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

__all__ = ["MAX_BYTES", "read_regular_file", "document_id", "kind_of_mode", "stat_or_refuse"]

MAX_BYTES = 64 * 1024 * 1024  # a 50 MB text must still load; beyond this we refuse rather than exhaust memory
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def _input_error(text: str):
    from policy.text.errors import InputError

    return InputError(text)


def kind_of_mode(mode: int) -> str:
    """What a file of ``st_mode`` is, in words (for messages)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def stat_or_refuse(path: str | Path, where: str) -> os.stat_result | None:
    """``os.stat`` of ``path`` (following links), or None when nothing is there.

    Raises
    ------
    InputError
        A symbolic link that loops or points nowhere, or a path that cannot be looked at.
    """
    try:
        return os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise _input_error(
                f"{where}: is a symbolic link to {os.readlink(path)}, which does not exist; fix or remove "
                "the link"
            ) from None
        return None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise _input_error(
                f"{where}: is a symbolic link that loops (it points back at itself); fix or remove the link"
            ) from None
        if err.errno == errno.ENOTDIR:
            return None
        raise _input_error(f"{where}: cannot look at the file ({err.strerror}); check the path") from None


def read_regular_file(path: str | Path, limit: int = MAX_BYTES) -> tuple[str, bytes]:
    """The bytes of a regular file and how to name it in messages.

    Raises
    ------
    InputError
        A missing path, a folder, a pipe, socket or device, a link loop, an oversized or unreadable file.
    """
    where = str(path)
    st = stat_or_refuse(path, where)
    if st is None:
        raise _input_error(f"{where}: no such file; check the path")
    if stat.S_ISDIR(st.st_mode):
        raise _input_error(f"{where}: is a folder; give the document files inside it")
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(where, st.st_mode)
    if st.st_size > limit:
        raise _too_large(where, st.st_size, limit)
    try:
        # O_NONBLOCK: should the path be swapped for a FIFO after the check, open() still returns at once.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        raise _input_error(f"{where}: cannot read the file ({err.strerror}); check its permissions") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(where, st.st_mode)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _too_large(where, size, limit)
            chunks.append(chunk)
    except OSError as err:
        raise _input_error(f"{where}: cannot read the file ({err.strerror}); check its permissions") from None
    finally:
        os.close(fd)
    return where, b"".join(chunks)


def _not_regular(where: str, mode: int):
    return _input_error(
        f"{where}: is {kind_of_mode(mode)}, not a regular file; only document files (.txt, .md, .docx, .pdf) "
        "can be read — save the document to a file and give that"
    )


def _too_large(where: str, size: int, limit: int):
    return _input_error(
        f"{where}: {size // 2**20} MB is too large for a policy document (limit {limit // 2**20} MB)"
    )


def document_id(path: str | Path) -> str:
    """A document's id from its file name: the stem, with line breaks and control characters made spaces."""
    stem = _CONTROL.sub(" ", Path(path).stem)
    return re.sub(r" {2,}", " ", stem).strip() or "document"
