"""Benchmark: one regional brief and the prefecture atlas as whole processes, and PDF size per page.

Each time is the median of several runs of ``python main.py brief|atlas`` in a fresh process (imports,
knowledge base, layout, charts, PDF), as a user runs it. ``python -m bench.briefs_bench`` prints the JSON.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median_s(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 3)


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def run(runs: int = 5) -> dict:
    """Measure briefs; returns ``{name: {"value", "unit", "budget"}}``."""
    with tempfile.TemporaryDirectory(prefix="jilin-briefs-bench-") as tmp:
        brief, atlas = Path(tmp) / "brief.pdf", Path(tmp) / "atlas.pdf"
        brief_s = _median_s(["brief", "长春", "-o", str(brief)], runs)
        atlas_s = _median_s(["atlas", "--level", "prefecture", "-o", str(atlas)], runs)
        kb_per_page = (brief.stat().st_size + atlas.stat().st_size) / 1024 / (_pages(brief) + _pages(atlas))
    return {
        "brief_process_s": {"value": brief_s, "unit": "s", "budget": 1.0},
        "atlas_process_s": {"value": atlas_s, "unit": "s", "budget": 1.5},
        "pdf_kb_per_page": {"value": round(kb_per_page, 1), "unit": "KiB", "budget": None},
    }


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, indent=1))
