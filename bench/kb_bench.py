"""Knowledge-base build times: the five seeds, and synthetic corpora of 50 and 500 documents.

A batch of 12 or more documents is extracted on every core (``policy.extract.batch``), as the reference
machine of the budgets has two; ``kb_build_500_one_process_s`` is the same build on one.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from policy.corpus import SEEDS, known_metadata, seed_manifest
from policy.extract import batch
from policy.kb import build_kb
from policy.text.document import parse


def _seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


_NAMES = re.compile("长春市|吉林市|四平市|辽源市|通化市|白山市|松原市|白城市")


def synthetic_corpus(n: int) -> list[tuple[str, str]]:
    """``n`` documents made from the seeds: each a seed with its prefecture names rotated, so texts differ."""
    names = ["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市"]
    seeds = _seed_texts()
    out = []
    for i in range(n):
        doc_id, text = seeds[i % len(seeds)]
        shift = i // len(seeds)
        if shift:
            rotated = {a: names[(k + shift) % len(names)] for k, a in enumerate(names)}
            text = _NAMES.sub(lambda m, r=rotated: r[m.group()], text)
        out.append((f"{doc_id}_syn{i:04d}", text))
    return out


def build_from_texts(texts: list[tuple[str, str]]):
    manifest = seed_manifest()
    docs = [parse(t, i, known=known_metadata(manifest.get(i, {}))) for i, t in texts]
    return build_kb(docs)


def _time(texts, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        build_from_texts(texts)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


_COLD = (
    "import time; t0 = time.perf_counter(); from policy.corpus import load_knowledge_base; "
    "load_knowledge_base(); print(time.perf_counter() - t0)"
)


def _cold_build_s(repeat: int = 5) -> float:
    """Imports, asset loading and the build in a fresh process: what a user waits for."""
    root = Path(__file__).resolve().parent.parent
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", _COLD], cwd=root, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def _long_text_s(chars: int = 1_000_000) -> float:
    """Parse and extract one long document (the import limit is a million characters)."""
    unit = "长春市重点发展汽车及零部件、轨道客车等产业，推动四平市换热器产业集群建设。到2020年达到100亿元。\n"
    text = unit * (chars // len(unit))
    t0 = time.perf_counter()
    build_kb([parse(text, "long")])
    return time.perf_counter() - t0


def _one_process(measure):
    """``measure()`` with extraction kept in this process (no worker processes for big batches)."""
    saved = batch.PARALLEL_FROM
    batch.PARALLEL_FROM = 10**9
    try:
        return measure()
    finally:
        batch.PARALLEL_FROM = saved


def run() -> dict:
    seeds = _seed_texts()
    build_from_texts(seeds)  # warm the asset caches (gazetteer, taxonomy, parks) as the app does once
    seeds_s = _time(seeds, 9)
    t50 = _time(synthetic_corpus(50), 3)
    t500 = _time(synthetic_corpus(500), 1)
    t500_one = _one_process(lambda: _time(synthetic_corpus(500), 1))
    return {
        "kb_build_seeds_ms": {"value": round(seeds_s * 1000, 1), "unit": "ms", "budget": 150},
        "kb_build_seeds_cold_ms": {"value": round(_cold_build_s() * 1000, 1), "unit": "ms", "budget": None},
        "kb_build_50_s": {"value": round(t50, 3), "unit": "s", "budget": None},
        "kb_build_500_s": {"value": round(t500, 3), "unit": "s", "budget": 10},
        # The same on one core: what each document costs, whatever the machine has.
        "kb_build_500_one_process_s": {"value": round(t500_one, 3), "unit": "s", "budget": None},
        "kb_growth_500_over_50": {"value": round(t500 / t50, 2), "unit": "ratio", "budget": 12},
        "kb_build_1m_chars_s": {"value": round(_long_text_s(), 2), "unit": "s", "budget": None},
    }


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, ensure_ascii=False, indent=1))
