"""``python main.py brief|atlas``: exit status, messages and no partial files (run as a user runs it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_brief_writes_a_pdf_for_a_zone_name(tmp_path):
    out = tmp_path / "四辽吉松.pdf"
    result = run("brief", "四辽吉松", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_unknown_region_exits_2_and_lists_close_valid_names(kb, tmp_path):
    out = tmp_path / "x.pdf"
    result = run("brief", "长春县", "-o", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "长春县" in result.stderr and "closest valid names" in result.stderr
    valid = {r.name for r in kb.regions} | {r.short for r in kb.regions}
    listed = result.stderr.split("closest valid names:")[1].split(".")[0]
    assert any(name.strip() in valid for name in listed.split(","))
    assert "长春" in listed
    assert not out.exists()


def test_output_in_a_missing_folder_exits_2_and_writes_nothing(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    result = run("brief", "长春", "-o", str(blocker / "brief.pdf"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "brief.pdf" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_output_that_cannot_be_replaced_exits_2_and_leaves_no_partial_file(tmp_path):
    target = tmp_path / "atlas.pdf"
    target.mkdir()  # a folder where the file should go: the final rename fails
    result = run("atlas", "--level", "zone", "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["atlas.pdf"] and target.is_dir()
    assert not any(target.iterdir())


def test_an_english_brief_keeps_names_as_written(tmp_path, capsys):
    """--lang en: headings, labels and industry names in English; regions and documents as written."""
    import main as cli
    from tests.briefs.conftest import pdftotext, squash

    out = tmp_path / "en.pdf"
    assert cli.main(["brief", "长春", "-o", str(out), "--lang", "en"]) == 0
    text = squash(pdftotext(out))
    for words in ("Designatedindustries", "Keyclauses", "Sources", "Automotive", "Page1of"):
        assert words in text, words
    assert "长春市" in text, "the region's name stays as written"
    assert "指定产业（按文件）" not in text and "资料来源" not in text
