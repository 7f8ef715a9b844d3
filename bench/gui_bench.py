"""Desktop app benchmarks (offscreen): cold start, click → detail, filter, search, peak memory.

``run()`` starts fresh processes so nothing is cached between measurements:

- cold start: ``main.py`` with ``JILIN_ATLAS_EXIT_AFTER_PAINT=1``, from just before the process is spawned to
  the map's first paint (the child prints the time); median of several runs;
- interaction: one child process builds the window (counties on), then times clicks at every region's label
  point (selection outline + detail pane filled + repaint), industry filter changes (recolour + repaint) and
  searches (matches found and listed), and reports its peak RSS after also drawing the chart.

Run as ``python -m bench.gui_bench``; prints JSON.
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
COLD_RUNS = 5
QUERIES = ("汽车", "产业集群", "长春", "新能源", "物流", "吉林石化", "园区", "不存在的词语", "梅河口", "医药")


def _env() -> dict:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        JILIN_ATLAS_DATA_DIR=tempfile.mkdtemp(prefix="jilin-atlas-bench-"),
    )


def cold_start_s(runs: int = COLD_RUNS) -> float:
    """Median seconds from spawning ``main.py`` to the first paint of the map."""
    times = []
    for _ in range(runs):
        env = dict(_env(), JILIN_ATLAS_EXIT_AFTER_PAINT="1")
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if out.returncode != 0:
            raise RuntimeError(f"main.py failed: {out.stderr.strip()}")
        painted = next(
            float(line.split()[1]) for line in out.stdout.splitlines() if line.startswith("first-paint")
        )
        times.append(painted - t0)
    return statistics.median(times)


def _p95(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def _interaction() -> dict:
    """Runs inside the child process: time the window's reactions, in milliseconds."""
    import resource

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from gui.app import application, create_window

    app = application()
    window = create_window(language="zh", size=(1440, 900))
    window.show()
    window.counties_action.setChecked(True)
    app.processEvents()
    view = window.map
    points = [(rid, item.label_point) for rid, item in view.items_by_region.items() if item.isVisible()]

    clicks = []
    for _ in range(3):
        for _rid, point in points:
            pos = view.mapFromScene(QPointF(point))
            t = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
            app.processEvents()
            clicks.append((time.perf_counter() - t) * 1000)
            QTest.qWait(0)
    state = window.state
    filters = []
    industries = [i.id for i in window.view.kb.industries]
    for _ in range(2):
        for industry in [*industries, None]:
            t = time.perf_counter()
            state.set_industry(industry)
            app.processEvents()
            filters.append((time.perf_counter() - t) * 1000)
    # Several industries at once (ticked one after another in the tree), any then all.
    for match in ("any", "all"):
        for n in range(1, len(industries), 7):
            t = time.perf_counter()
            state.set_industries(industries[n : n + 3], match)
            app.processEvents()
            filters.append((time.perf_counter() - t) * 1000)
    state.set_industries((), "any")
    searches = []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            window.search.run(q)
            searches.append((time.perf_counter() - t) * 1000)
    # Memory with everything loaded: the chart tab imports matplotlib.
    state.select(("220100",))
    window.detail.setCurrentIndex(window.detail.CHART)
    app.processEvents()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "click_detail_p95_ms": _p95(clicks),
        "filter_p95_ms": _p95(filters),
        "search_p95_ms": _p95(searches),
        "gui_peak_rss_mb": rss_kb / 1024,
        "clicks": len(clicks),
    }


def interaction() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.gui_bench", "--inner"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(f"GUI interaction benchmark failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> dict:
    """Every GUI metric as ``{name: {"value", "unit", "budget"}}``."""
    inner = interaction()
    return {
        "cold_start_s": {"value": round(cold_start_s(), 3), "unit": "s", "budget": 0.8},
        "click_detail_p95_ms": {"value": round(inner["click_detail_p95_ms"], 2), "unit": "ms", "budget": 16},
        "filter_p95_ms": {"value": round(inner["filter_p95_ms"], 2), "unit": "ms", "budget": 16},
        "search_p95_ms": {"value": round(inner["search_p95_ms"], 2), "unit": "ms", "budget": 10},
        "gui_peak_rss_mb": {"value": round(inner["gui_peak_rss_mb"], 1), "unit": "MB", "budget": 300},
    }


if __name__ == "__main__":
    if "--inner" in sys.argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(json.dumps(_interaction()))
    else:
        print(json.dumps({"metrics": run()}, indent=1))
