"""The real window under Xvfb (an X server, not the offscreen platform): click a region, filter by two
industries, print the brief. Skipped where Xvfb is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("real_window_script.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("Xvfb") is None, reason="Xvfb is not installed"
)


def test_click_filter_print_in_a_real_window(tmp_path):
    pdf = tmp_path / "brief.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(SCRIPT), str(pdf)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
    assert seen["selected"] == "220200"
    assert seen["filter"] == ["petrochemicals", "pharmaceuticals"]
    assert "石化" in seen["legend"] and "医药健康" in seen["legend"]
    assert "220200" in seen["coloured"]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
