"""Benchmark: the whole-process commands (brief, atlas, export, screenshot) against a floor in the same run.

Absolute times on a shared machine swing with its load, so each command is also reported as a ratio to
``pdf_floor_s`` (:mod:`bench.pdf_floor`: import QtGui, create a QGuiApplication, write a one-page PDF of
Chinese text). The processes run in interleaved rounds, so a busy spell slows the floor and the commands
alike; each figure is the median over the rounds.

The commands run as a user's second run does: with a private cache folder primed by a first run (the seeds'
parse and facts) and compiled bytecode (``PYTHONPYCACHEPREFIX`` in a temporary folder: an installed package
has its .pyc files; ``PYTHONDONTWRITEBYTECODE`` in the caller's environment would make every child compile
the project's sources again). The library is an empty temporary data folder, so only the seeds are read.
``python -m bench.process_bench`` prints the JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
#: Goals of issue 13, as ratios to the floor.
BUDGETS = {"brief": 3.0, "atlas": 5.0, "export": 1.5, "screenshot": 3.0}


def _commands(out: Path) -> dict[str, list[str]]:
    main = str(ROOT / "main.py")
    return {
        "floor": [str(ROOT / "bench" / "pdf_floor.py"), str(out / "floor.pdf")],
        "brief": [main, "brief", "长春", "-o", str(out / "brief.pdf")],
        "atlas": [main, "atlas", "--level", "prefecture", "-o", str(out / "atlas.pdf")],
        "export": [main, "export", "-o", str(out / "kb.json")],
        "screenshot": [main, "screenshot", "-o", str(out / "window.png")],
    }


def _env(tmp: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        JILIN_ATLAS_DATA_DIR=str(tmp / "data"),
        JILIN_ATLAS_CACHE_DIR=str(tmp / "cache"),
    )
    return env


def _time(args: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - t0


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def measure(runs: int = RUNS) -> dict[str, list[float]]:
    """Seconds of each process, ``runs`` interleaved rounds after one priming round."""
    with tempfile.TemporaryDirectory(prefix="jilin-process-bench-") as name:
        tmp = Path(name)
        (tmp / "out").mkdir()
        env, commands = _env(tmp), _commands(tmp / "out")
        for args in commands.values():  # prime: bytecode and the cache, as after a first run
            _time(args, env)
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(runs):
            for key, args in commands.items():
                times[key].append(_time(args, env))
        out = tmp / "out"
        pages = _pages(out / "brief.pdf") + _pages(out / "atlas.pdf")
        size = (out / "brief.pdf").stat().st_size + (out / "atlas.pdf").stat().st_size
        times["kb_per_page"] = [size / 1024 / pages]
    return times


def run(runs: int = RUNS) -> dict:
    """Measure; returns ``{name: {"value", "unit", "budget"}}``."""
    times = measure(runs)
    median = {k: statistics.median(v) for k, v in times.items()}
    floor = median["floor"]
    metrics = {
        "pdf_floor_s": {"value": round(floor, 3), "unit": "s", "budget": None},
        "brief_process_s": {"value": round(median["brief"], 3), "unit": "s", "budget": 1.0},
        "atlas_process_s": {"value": round(median["atlas"], 3), "unit": "s", "budget": 1.5},
        "export_process_s": {"value": round(median["export"], 3), "unit": "s", "budget": None},
        "screenshot_process_s": {"value": round(median["screenshot"], 3), "unit": "s", "budget": None},
    }
    for key, budget in BUDGETS.items():
        metrics[f"{key}_over_floor"] = {"value": round(median[key] / floor, 2), "unit": "×", "budget": budget}
    metrics["pdf_kb_per_page"] = {"value": round(median["kb_per_page"], 1), "unit": "KiB", "budget": None}
    return metrics


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, indent=1, ensure_ascii=False))
