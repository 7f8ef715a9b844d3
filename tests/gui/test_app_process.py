"""The app as a user starts it: a subprocess that paints the window and quits; the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, env=None, timeout=120):
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_main_starts_paints_and_quits_without_heavy_imports():
    probe = (
        "import sys, runpy; sys.argv=['main.py']; import main; code = main.main([]);"
        "heavy = [m for m in ('matplotlib', 'geopandas', 'shapely', 'pyproj') if m in sys.modules];"
        "print('heavy', heavy); sys.exit(code)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JILIN_ATLAS_EXIT_AFTER_PAINT="1")
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert "heavy []" in result.stdout


def test_main_in_english_exits_cleanly():
    result = _run("--lang", "en", env={"JILIN_ATLAS_EXIT_AFTER_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    out = tmp_path / "shot.png"
    result = _run(
        "screenshot", "-o", str(out), "--region", "长春", "--industry", "汽车", "--size", "1024x700"
    )
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr  # offscreen noise is filtered
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 37) for y in range(0, 700, 29)}
    assert len(colours) > 10  # a drawn window, not a blank image


def test_qt_noise_is_filtered_and_other_messages_pass_through():
    probe = (
        "from PySide6.QtCore import qWarning; from gui.app import application; application();"
        "qWarning('This plugin does not support propagateSizeHints()'); qWarning('a real warning')"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "a real warning" in result.stderr
    assert "propagateSizeHints" not in result.stderr


def test_screenshot_unknown_region_lists_closest_names(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("screenshot", "-o", str(out), "--region", "长春县")
    assert result.returncode == 2
    assert "长春" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_screenshot_unknown_industry_lists_closest_names(tmp_path):
    result = _run("screenshot", "-o", str(tmp_path / "x.png"), "--industry", "汽车人")
    assert result.returncode == 2
    assert "汽车" in result.stderr


def test_screenshot_bad_size_is_a_usage_error(tmp_path):
    result = _run("screenshot", "-o", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr
