"""``python main.py bench``: every benchmark of the project, as one JSON document."""

from __future__ import annotations

import importlib
import json

# Each module exposes run() -> {metric name: {"value", "unit", "budget"}}.
MODULES = (
    "bench.kb_bench",
    "bench.corpus_bench",
    "bench.geo_bench",
    "bench.gui_bench",
    "bench.process_bench",
    "bench.import_bench",
    "bench.library_bench",
)


def run_all() -> str:
    metrics: dict = {}
    for name in MODULES:
        metrics.update(importlib.import_module(name).run())
    return json.dumps({"metrics": metrics}, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    print(run_all())
