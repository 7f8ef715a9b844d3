"""``python main.py import PATH ...``: what the user sees, exit codes, an unchanged library on bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main as cli
from policy.library.store import LIBRARY_FILE

ROOT = Path(__file__).resolve().parents[2]
PLAN = (
    "白城市人民政府关于加快新能源产业发展的意见\n"
    "一、总体要求\n"
    "支持白城市重点发展风电装备制造产业和光伏发电产业。\n"
    "二、保障措施\n"
    "（一）加强组织领导。\n"
)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(folder))
    return folder


def run(capsys, *argv):
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def library_bytes(folder: Path) -> bytes | None:
    path = folder / LIBRARY_FILE
    return path.read_bytes() if path.exists() else None


def test_import_prints_what_was_found_and_export_includes_it(tmp_path, data_dir, capsys):
    plan = tmp_path / "baicheng.txt"
    plan.write_bytes(PLAN.encode("gb18030"))
    status, out, err = run(capsys, "import", str(plan))
    assert status == 0, err
    assert "baicheng.txt: imported as baicheng" in out
    assert "白城市人民政府关于加快新能源产业发展的意见" in out
    assert "gb18030" in out and "文号: unknown" in out and "clauses:" in out and "白城市" in out

    status, out, err = run(capsys, "import", str(plan))
    assert status == 0 and "already present as baicheng" in out

    status, out, err = run(capsys, "export")
    assert status == 0, err
    docs = {d["id"]: d for d in json.loads(out)["documents"]}
    assert docs["baicheng"]["source"] == "library"
    assert {d["source"] for d in docs.values()} == {"seed", "library"}


def test_bad_files_are_refused_with_their_reason_and_the_others_imported(tmp_path, data_dir, capsys):
    good = tmp_path / "good.txt"
    good.write_text(PLAN, encoding="utf-8")
    run(capsys, "import", str(good))

    other = tmp_path / "other.txt"
    other.write_text(PLAN.replace("白城市", "松原市"), encoding="utf-8")
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"plain text pretending to be Word")
    truncated = tmp_path / "cut.txt"
    truncated.write_bytes("一、加快发展".encode()[:-1])
    missing = tmp_path / "missing.md"
    status, out, err = run(capsys, "import", str(other), str(fake), str(missing), str(truncated), str(good))
    assert status == 2, "a refused file is bad input"
    lines = err.strip().splitlines()
    assert len(lines) == 3, "one line per refused file"
    assert str(fake) in lines[0] and str(missing) in lines[1] and str(truncated) in lines[2]
    assert "the other files were imported" in lines[2]
    assert "Traceback" not in err
    assert "1 imported, 1 already present, 3 refused" in out
    status, out, _ = run(capsys, "export")
    ids = {d["id"] for d in json.loads(out)["documents"]}
    assert {"good", "other"} <= ids


def test_a_folder_is_imported_with_its_subfolders(tmp_path, data_dir, capsys):
    folder = tmp_path / "reports"
    (folder / "2021" / ".git").mkdir(parents=True)
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    (folder / "2021" / "b.md").write_text(PLAN.replace("白城市", "松原市"), encoding="utf-8")
    (folder / "2021" / "notes.xlsx").write_bytes(b"PK")
    (folder / "2021" / ".git" / "c.txt").write_text(PLAN.replace("白城市", "四平市"), encoding="utf-8")
    status, out, err = run(capsys, "import", str(folder))
    assert status == 0, err
    assert "2 imported, 0 already present, 0 refused, 1 skipped" in out
    status, out, err = run(capsys, "import", str(folder))
    assert status == 0 and "0 imported, 2 already present" in out


def test_bad_files_do_not_create_a_library(tmp_path, data_dir, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    status, out, err = run(capsys, "import", str(empty), str(nothing))
    assert status == 2 and "empty" in err and "folder holds no document" in err
    assert not data_dir.exists()


def test_a_foreign_library_file_is_reported_and_left_alone(tmp_path, data_dir, capsys):
    data_dir.mkdir()
    foreign = data_dir / LIBRARY_FILE
    foreign.write_bytes(b"my own notes\n" * 100)
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")

    status, out, err = run(capsys, "import", str(plan))
    assert status == 2 and "not an SQLite" in err and str(foreign) in err

    status, out, err = run(capsys, "export")
    assert status == 0, "the app works without the library"
    assert "warning" in err and str(foreign) in err
    assert {d["source"] for d in json.loads(out)["documents"]} == {"seed"}
    assert foreign.read_bytes() == b"my own notes\n" * 100


def test_import_needs_a_path(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["import"])
    assert info.value.code == 2


def test_subprocess_import_smoke(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("---\ntitle: 白城市新能源意见\ndate: 2021-03-01\n---\n" + PLAN, encoding="utf-8")
    env = {**os.environ, "JILIN_ATLAS_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(plan)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "plan.md: imported as plan" in proc.stdout and "2021-03-01" in proc.stdout
    assert (tmp_path / "data" / LIBRARY_FILE).exists()
