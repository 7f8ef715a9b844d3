"""``python main.py bench``: every benchmark of the project, as one JSON document."""

from __future__ import annotations

import importlib
import json

# Each module exposes run() -> {metric name: {"value", "unit", "budget"}}; parts not built yet are skipped.
MODULES = ("bench.kb_bench", "bench.geo_bench", "bench.gui_bench", "bench.briefs_bench", "bench.import_bench")


def run_all() -> str:
    metrics: dict = {}
    skipped = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                skipped.append(name)
                continue
            raise
        metrics.update(module.run())
    result = {"metrics": metrics}
    if skipped:
        result["skipped"] = skipped
    return json.dumps(result, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    print(run_all())
