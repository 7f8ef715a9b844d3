"""Commands against hostile paths and a broken library: exit 2, one message, nothing not ours replaced."""

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import main as cli
from policy.library.store import LIBRARY_FILE

ROOT = Path(__file__).resolve().parents[2]
PLAN = "白城市人民政府关于加快新能源产业发展的意见\n一、总体要求\n支持白城市重点发展风电装备制造产业。\n"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(folder))
    return folder


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def one_message(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- 2. a FIFO given as a document never hangs a command ----------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{fifo}"],
        ["export", "--docs", "{fifo}"],
        ["brief", "长春", "-o", "{out}", "--docs", "{fifo}"],
    ],
    ids=["import", "export", "brief"],
)
def test_a_fifo_as_a_document_is_refused_not_waited_on(tmp_path, argv):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    args = [a.format(fifo=fifo, out=tmp_path / "b.pdf") for a in argv]
    env = {**os.environ, "JILIN_ATLAS_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            capture_output=True,
            text=True,
            timeout=90,
            cwd=ROOT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{argv[0]} waited on the FIFO")
    assert result.returncode == 2, result.stderr
    assert "named pipe" in one_message(result.stderr.replace("jilin-atlas: warning", ""))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not (tmp_path / "data" / LIBRARY_FILE).exists()


# -- 7, 8. only regular files are written -------------------------------------------------------------------
OUTPUTS = {
    "export": lambda o: ["export", "-o", o],
    "brief": lambda o: ["brief", "长春", "-o", o],
    "atlas": lambda o: ["atlas", "-o", o],
    "screenshot": lambda o: ["screenshot", "-o", o, "--size", "800x600"],
}


def _node(tmp_path, kind: str) -> Path:
    path = tmp_path / f"{kind}.png"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # the numbers of /dev/full, in tmp
    else:
        path.mkdir()
    return path


@pytest.mark.parametrize("command", sorted(OUTPUTS))
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_an_output_that_is_not_a_regular_file_is_refused_and_left_alone(
    tmp_path, data_dir, capsys, command, kind
):
    node = _node(tmp_path, kind)
    before = os.lstat(node)
    status, out, err = run(capsys, *OUTPUTS[command](node))
    assert status == 2, err
    message = one_message(err)
    assert str(node) in message and ("not a regular file" in message or "folder" in message)
    after = os.lstat(node)
    assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([node.name, "data"])


def test_screenshot_into_proc_is_one_message_and_exit_2(data_dir, capsys):
    if not Path("/proc").is_dir():
        pytest.skip("no /proc here")
    status, out, err = run(capsys, "screenshot", "-o", "/proc/x.png", "--size", "800x600")
    assert status == 2
    assert "/proc/x.png" in one_message(err)


def test_screenshot_on_a_full_disk_is_one_message_and_leaves_nothing(tmp_path, data_dir, capsys, monkeypatch):
    import policy.outputs

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(policy.outputs, "_write_all", full)
    status, out, err = run(capsys, "screenshot", "-o", tmp_path / "shot.png", "--size", "800x600")
    assert status == 2
    assert "disk space" in one_message(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_symlink_output_is_written_through_and_stays_a_link(tmp_path, data_dir, capsys):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    status, out, err = run(capsys, "export", "-o", link)
    assert status == 0, err
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("{")
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    status, out, err = run(capsys, "export", "-o", loop)
    assert status == 2 and "loops" in one_message(err)
    to_fifo = tmp_path / "to-fifo.json"
    os.mkfifo(tmp_path / "fifo")
    to_fifo.symlink_to(tmp_path / "fifo")
    status, out, err = run(capsys, "export", "-o", to_fifo)
    assert status == 2 and "not a regular file" in one_message(err)
    assert stat.S_ISFIFO(os.stat(tmp_path / "fifo").st_mode)


def test_a_screenshot_has_the_usual_file_mode(tmp_path, data_dir, capsys):
    old = os.umask(0o022)
    try:
        status, out, err = run(capsys, "screenshot", "-o", tmp_path / "shot.png", "--size", "800x600")
    finally:
        os.umask(old)
    assert status == 0, err
    assert stat.S_IMODE((tmp_path / "shot.png").stat().st_mode) == 0o644
    assert (tmp_path / "shot.png").read_bytes().startswith(b"\x89PNG")


# -- 9, 10. a broken or empty library --------------------------------------------------------------------
def _damaged_library(tmp_path, data_dir) -> Path:
    from policy.library.importing import commit_import, preview_files
    from policy.library.store import open_library

    lib = open_library(data_dir)
    files = []
    for i in range(3):
        p = tmp_path / f"plan{i}.txt"
        p.write_text(PLAN + f"（{i}）加强组织领导。\n" + "推进产业发展。" * 400, encoding="utf-8")
        files.append(p)
    commit_import(lib, preview_files(files, library=lib))
    with lib.path.open("r+b") as fh:
        fh.seek((lib.path.stat().st_size // 4096 // 2) * 4096)
        fh.write(b"\x00" * 4096)
    return lib.path


@pytest.mark.parametrize("command", ["export", "brief", "screenshot"])
def test_every_command_carries_on_past_a_damaged_library_and_says_so(tmp_path, data_dir, capsys, command):
    path = _damaged_library(tmp_path, data_dir)
    before = path.read_bytes()
    out_file = tmp_path / ("out.png" if command == "screenshot" else "out.pdf")
    status, out, err = run(capsys, *OUTPUTS[command](out_file))
    assert status == 0, err
    warning = one_message(err)
    assert "warning" in warning and str(path) in warning and "damaged" in warning
    assert path.read_bytes() == before


def test_the_window_shows_a_notice_when_the_library_is_damaged(tmp_path, data_dir, qtbot):
    from gui.app import create_window

    path = _damaged_library(tmp_path, data_dir)
    window = create_window(size=(1000, 700))
    qtbot.addWidget(window)
    window.show()
    assert window.notice.isVisible()
    assert str(path) in window.notice.text() and "damaged" in window.notice.text()


@pytest.mark.parametrize("command", ["export", "brief", "screenshot"])
def test_read_only_commands_leave_a_zero_byte_library_at_zero_bytes(tmp_path, data_dir, capsys, command):
    library = data_dir / LIBRARY_FILE
    library.write_bytes(b"")
    out_file = tmp_path / ("out.png" if command == "screenshot" else "out.pdf")
    status, out, err = run(capsys, *OUTPUTS[command](out_file))
    assert status == 0, err
    assert library.read_bytes() == b""
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "cache") == [LIBRARY_FILE]
