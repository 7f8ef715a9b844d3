"""Benchmark: loading the map layers from the assets, on the fast path and with geopandas.

Each figure is the median of several runs, each in a fresh Python process (import and load, as at start-up).
Run ``python -m bench.geo_bench`` to print the JSON.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FAST = """
import time
t0 = time.perf_counter()
from geo.fastpath import load_layers
layers = load_layers("{lod}")
assert layers.prefectures and layers.counties
print((time.perf_counter() - t0) * 1000)
"""

_GEOPANDAS = """
import time
t0 = time.perf_counter()
from geo.layers import load_regions, load_zones
regions, zones = load_regions(lod="county"), load_zones(lod="county")
assert len(regions) and len(zones)
print((time.perf_counter() - t0) * 1000)
"""


def _median_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return round(statistics.median(times), 2)


def run(runs: int = 7) -> dict:
    """Measure layer loading; returns ``{name: {"value", "unit", "budget"}}``.

    ``layers_load_fast_ms`` loads prefectures and counties (and zones) at the province view's level of detail,
    which the window paints first; ``layers_load_fast_county_ms`` does the same at county detail.
    """
    return {
        "layers_load_fast_ms": {
            "value": _median_ms(_FAST.format(lod="province"), runs),
            "unit": "ms",
            "budget": 50,
        },
        "layers_load_fast_county_ms": {
            "value": _median_ms(_FAST.format(lod="county"), runs),
            "unit": "ms",
            "budget": 50,
        },
        "layers_load_geopandas_ms": {
            "value": _median_ms(_GEOPANDAS, max(3, runs // 2)),
            "unit": "ms",
            "budget": None,
        },
    }


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, indent=1))
