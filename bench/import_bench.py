"""Import throughput and the cost of a big library at start-up.

* ``import_docs_per_s``: the five seeds, each saved as a file with one extra line (so it is new, not a
  duplicate of the bundled seed), previewed and committed into a fresh library — what ``main.py import``
  and File → Import do, extraction for the preview included.
* ``import_50_docs_per_s``: the same for a batch of 50 distinct documents made from the seeds.
* ``cold_start_library500_s``: process start → main window painted, with 500 documents in the library;
  ``cold_start_seeds_s`` the same with an empty library, and their ratio (budget 1.5). Medians of fresh
  processes. The map paints with the seeds first and the library joins right after:
  ``library500_in_view_s`` is process start → the 500 library documents in view.

Run ``python -m bench.import_bench`` to print the JSON.
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

from bench.kb_bench import synthetic_corpus
from policy.library.importing import commit_import, preview_files
from policy.library.store import NewDocument, open_library
from policy.text.document import parse

ROOT = Path(__file__).resolve().parent.parent


def _distinct(texts: list[tuple[str, str]], tag: str) -> list[tuple[str, str]]:
    # One extra closing line makes each text new to the library while keeping the seeds' structure.
    return [(doc_id, f"{text}\n（{tag}样本{i + 1}）") for i, (doc_id, text) in enumerate(texts)]


def _write_files(folder: Path, texts: list[tuple[str, str]]) -> list[Path]:
    paths = []
    for doc_id, text in texts:
        path = folder / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _import_rate(texts: list[tuple[str, str]], repeat: int) -> float:
    rates = []
    for r in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            paths = _write_files(Path(tmp), _distinct(texts, f"r{r}"))
            lib = open_library(Path(tmp) / "data")
            t0 = time.perf_counter()
            previews = preview_files(paths, library=lib)
            result = commit_import(lib, previews)
            elapsed = time.perf_counter() - t0
            assert len(result.added) == len(paths), "every benchmark document is new"
            rates.append(len(paths) / elapsed)
    return statistics.median(rates)


def build_library(data_dir: Path, n: int) -> None:
    """A library of ``n`` distinct documents made from the seeds (stored directly, without previews)."""
    items = []
    for doc_id, text in _distinct(synthetic_corpus(n), "库"):
        doc = parse(text, f"lib_{doc_id}", source="library")
        items.append(NewDocument(doc, f"{doc_id}.txt", "text", "utf-8", text.encode(), text, {}, {}))
    outcomes = open_library(data_dir).add(items)
    assert sum(o.status == "added" for o in outcomes) == n


def _gui_start(data_dir: Path, until: str = "first-paint") -> float:
    """Seconds from process start until the app prints ``until`` (its first paint, or the library in view)."""
    env = {
        **os.environ,
        "JILIN_ATLAS_DATA_DIR": str(data_dir),
        "JILIN_ATLAS_EXIT_AFTER_PAINT": "1" if until == "first-paint" else "library",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    t0 = time.time()
    command = [sys.executable, str(ROOT / "main.py")]
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    marks = [line for line in proc.stdout.splitlines() if line.startswith(f"{until} ")]
    if proc.returncode != 0 or not marks:
        raise RuntimeError(f"the app did not report {until} (status {proc.returncode}): {proc.stderr[-300:]}")
    return float(marks[0].split()[1]) - t0


def _cold_start(runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        empty.mkdir()
        build_library(full, 500)
        _gui_start(full, "library-ready")  # the first start caches the extracted facts, as a user's first run
        seeds = statistics.median(_gui_start(empty) for _ in range(runs))
        library = statistics.median(_gui_start(full) for _ in range(runs))
        ready = statistics.median(_gui_start(full, "library-ready") for _ in range(runs))
    return {
        "cold_start_seeds_s": {"value": round(seeds, 3), "unit": "s", "budget": None},
        "cold_start_library500_s": {"value": round(library, 3), "unit": "s", "budget": round(1.5 * seeds, 3)},
        "cold_start_library500_over_seeds": {"value": round(library / seeds, 2), "unit": "x", "budget": 1.5},
        # The map paints with the seeds first; this is when the 500 library documents are in view too.
        "library500_in_view_s": {"value": round(ready, 3), "unit": "s", "budget": None},
    }


def run(runs: int = 3) -> dict:
    """Measure import throughput and start-up with a big library; ``{name: {"value", "unit", "budget"}}``."""
    seeds = synthetic_corpus(5)
    preview_files([])  # load the gazetteer, taxonomy and seeds once, as a running app has
    out = {
        "import_docs_per_s": {"value": round(_import_rate(seeds, runs), 1), "unit": "docs/s", "budget": None},
        "import_50_docs_per_s": {
            "value": round(_import_rate(synthetic_corpus(50), 1), 1),
            "unit": "docs/s",
            "budget": None,
        },
    }
    out.update(_cold_start(runs))
    return out


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, ensure_ascii=False, indent=1))
