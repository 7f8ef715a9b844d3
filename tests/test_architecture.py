"""The layering of DESIGN.md is machine-checked: import-linter contracts and ruff must pass."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold():
    exe = shutil.which("lint-imports")
    cmd = (exe,) if exe else (sys.executable, "-m", "importlinter.cli")
    result = _run(*cmd)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    result = _run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr
