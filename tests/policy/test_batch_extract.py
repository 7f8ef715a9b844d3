"""A big batch of documents is extracted on every core and gives exactly the facts of one process.

The comparison runs in a fresh interpreter: this test process has Qt loaded (the session's QApplication),
and a process with Qt never forks workers, so here every batch would be extracted in-process.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

_COMPARE = """
import json, os, sys
from policy.corpus import read_paths
from policy.extract import batch
from policy.library import parallel

paths = sys.argv[1:]

def facts(cache):
    os.environ["JILIN_ATLAS_CACHE_DIR"] = cache  # extract, do not read cached facts
    docs, found = read_paths(paths)
    return [
        [d.id for d in docs],
        [[(x.region, x.term, x.industry, x.plan, x.prov.start, x.prov.end) for x in found[d.id].designations]
         for d in docs],
        [[(p.name, p.region) for p in found[d.id].parks] for d in docs],
        [[(t.region, t.prov.start) for t in found[d.id].targets] for d in docs],
        [list(found[d.id].warnings) for d in docs],
    ]

batch.PARALLEL_FROM = 2
workers = batch.worker_count(len(paths))
fast = facts(os.path.join(os.environ["BATCH_TMP"], "a"))
batch.PARALLEL_FROM = 10**6
slow = facts(os.path.join(os.environ["BATCH_TMP"], "b"))
print(json.dumps({"workers": workers, "same": fast == slow, "designations": sum(map(len, fast[1]))}))
"""


def test_many_documents_on_every_core_give_the_facts_of_one_process(tmp_path):
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: batches are extracted in-process")
    paths = sorted(str(p) for p in CORPUS.glob("*.md"))[:6]
    env = dict(os.environ, JILIN_ATLAS_DATA_DIR=str(tmp_path / "data"), BATCH_TMP=str(tmp_path))
    run = subprocess.run(
        [sys.executable, "-c", _COMPARE, *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["workers"] >= 2  # the batch really went to worker processes
    assert got["designations"] > 50  # real reports: not a comparison of two empty lists
    assert got["same"]
