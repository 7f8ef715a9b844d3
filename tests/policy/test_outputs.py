"""Output files are written whole or not at all, with the usual permissions."""

import os
import stat

import pytest

from policy.outputs import write_atomically
from policy.text.sources import InputError


def test_written_file_has_the_umask_mode_and_no_temporary_left(tmp_path):
    target = tmp_path / "brief.pdf"
    old = os.umask(0o022)
    try:
        write_atomically(target, b"%PDF-1.4 data")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF-1.4 data"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_replacing_keeps_the_existing_mode(tmp_path):
    target = tmp_path / "kb.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_missing_folder_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []
