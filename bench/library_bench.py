"""A library of real documents: import rate, start-up, the time control and a many-document brief.

The library is the shared corpus (``../shared/corpus``) when it is there, else the fixture reports of
``tests/fixtures/corpus``: real government work reports, not copies of the seeds.

* ``corpus_import_docs_per_s``: the corpus imported as a folder (read, parse, extract, store) into a
  fresh library, in-process with the assets loaded, as File → Import folder does.
* ``library_cold_start_s``: process start → main window painted with that library; ``library_in_view_s``
  until its documents are in view too. Medians of fresh processes.
* ``time_control_p95_ms``: moving the time control one year (the map recoloured, the detail pane of a
  selected prefecture refilled), p95 over every year, back and forth.
* ``brief_many_docs_s``: ``main.py brief`` whole process for the region with the most documents (≥ 15).
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
SHARED = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"


def corpus_folder() -> Path:
    return SHARED if SHARED.is_dir() else FIXTURES


def _env(data_dir: Path) -> dict:
    return {
        **os.environ,
        "JILIN_ATLAS_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def import_corpus(data_dir: Path) -> tuple[int, float]:
    """Import the corpus folder (its top level, not the documents about other places); (docs, seconds)."""
    from policy.library.bulk import import_batch
    from policy.library.importing import preview_files
    from policy.library.store import open_library

    preview_files([])  # the assets, as a running app has them
    files = sorted(str(p) for p in corpus_folder().glob("*.md"))
    library = open_library(data_dir)
    t0 = time.perf_counter()
    _, previews, result = import_batch(files, library)
    elapsed = time.perf_counter() - t0
    return len(result.added) if result else 0, elapsed


def _start(data_dir: Path, until: str) -> float:
    from bench.import_bench import _gui_start

    return _gui_start(data_dir, until)


def _busiest_region(data_dir: Path) -> str:
    from policy.corpus import load_knowledge_base
    from policy.library.store import open_library

    kb = load_knowledge_base(library=open_library(data_dir, create=False))
    counts = {
        r.id: len({d.prov.doc_id for d in kb.designations_for(r.id)})
        for r in kb.regions
        if r.level == "prefecture"
    }
    return max(counts, key=counts.get)


def _brief_s(data_dir: Path, region: str, runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "brief.pdf"
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "brief", region, "-o", str(out)],
                env=_env(data_dir),
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _time_control(data_dir: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "bench.library_bench", "--time-control"],
        env=_env(data_dir),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if out.returncode != 0:
        raise RuntimeError(f"time control benchmark failed: {out.stderr.strip()[-1500:]}")
    return float(out.stdout.strip().splitlines()[-1])


def _time_control_inner() -> float:
    """Runs in the child: p95 ms of one step of the time control with a prefecture selected."""
    from gui.app import application, create_window, load_default_kb

    app = application()
    kb, _ = load_default_kb(read_only=True)
    window = create_window(kb, language="zh", size=(1440, 900))
    window.show()
    state = window.state
    state.select(("220200",))
    app.processEvents()
    first, last = state.year_span
    samples = []
    for years in [*range(first, last + 1), *range(last, first - 1, -1)]:
        t0 = time.perf_counter()
        state.set_years((years, years))
        app.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def run(runs: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        n, seconds = import_corpus(data)
        _start(data, "library-ready")  # a user's first start caches the extracted facts
        cold = statistics.median(_start(data, "first-paint") for _ in range(runs))
        in_view = statistics.median(_start(data, "library-ready") for _ in range(runs))
        region = _busiest_region(data)
        brief = _brief_s(data, region, runs)
        step = _time_control(data)
    return {
        "corpus_import_docs_per_s": {"value": round(n / seconds, 1), "unit": "docs/s", "budget": 50},
        "library_cold_start_s": {"value": round(cold, 3), "unit": "s", "budget": 0.8},
        "library_in_view_s": {"value": round(in_view, 3), "unit": "s", "budget": 1.5},
        "time_control_p95_ms": {"value": round(step, 2), "unit": "ms", "budget": 16},
        "brief_many_docs_s": {"value": round(brief, 3), "unit": "s", "budget": 1.0},
        "library_documents": {"value": n, "unit": "docs", "budget": None},
    }


if __name__ == "__main__":
    if "--time-control" in sys.argv:
        print(_time_control_inner())
    else:
        print(json.dumps({"metrics": run()}, ensure_ascii=False, indent=1))
