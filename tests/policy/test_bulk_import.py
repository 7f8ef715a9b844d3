"""A batch of documents: folders walked, one transaction, cancel leaves the library as it was."""

from __future__ import annotations

import pytest

from policy.library.bulk import Cancelled, gather, import_batch, summarise
from policy.library.store import open_library

PLAN = "{place}人民政府关于加快新能源产业发展的意见\n一、总体要求\n支持{place}重点发展风电装备制造产业。\n"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    for n, place in enumerate(["白城市", "松原市", "四平市"]):
        target = root / ("sub" if n else "") / f"{n}.txt"
        target.write_text(PLAN.format(place=place), encoding="utf-8")
    (root / "sub" / "table.csv").write_text("a,b\n", encoding="utf-8")
    return root


def test_gather_walks_folders_in_name_order_and_lists_what_it_skips(folder):
    got = gather([folder, folder / "0.txt"])
    assert [p.rsplit("/", 1)[-1] for p in got.files] == ["0.txt", "1.txt", "2.txt"], "each file once"
    assert [p.rsplit("/", 1)[-1] for p, _ in got.skipped] == ["table.csv"]
    with pytest.raises(TypeError):
        gather(str(folder))


def test_a_batch_imports_every_readable_file_in_one_go(folder, tmp_path):
    library = open_library(tmp_path / "data")
    seen = []
    gathered, previews, result = import_batch([folder], library, on_read=lambda d, t, p: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    summary = summarise(previews, result, gathered)
    assert (summary.imported, summary.present, summary.refused) == (3, 0, ())
    assert len(library.entries()) == 3


@pytest.mark.parametrize("stage", ["read", "store"])
def test_cancel_at_any_moment_leaves_the_library_as_it_was(folder, tmp_path, stage):
    library = open_library(tmp_path / "data")
    import_batch([folder / "0.txt"], library)
    before = [e.id for e in library.entries()]

    def on_read(done, total, path):
        return not (stage == "read" and done == 2)

    def on_store(done, total):
        if stage == "store" and done == 2:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        import_batch([folder], library, on_read=on_read, on_store=on_store)
    assert [e.id for e in open_library(tmp_path / "data").entries()] == before


_PREVIEW_BOTH_WAYS = """
import json, sys
from policy.library import parallel
from policy.library.importing import preview_files

paths = sys.argv[1:]
parallel.PARALLEL_FROM = 4
workers = parallel._workers(len(paths))
fast = preview_files(paths)
parallel.PARALLEL_FROM = 10**6
slow = preview_files(paths)
rows = lambda previews: [[p.path, p.same_as, sorted(p.industries), sorted(p.regions)] for p in previews]
print(json.dumps({"workers": workers, "fast": rows(fast), "slow": rows(slow)}, ensure_ascii=False))
"""


def test_a_big_batch_read_on_every_core_gives_the_same_previews_in_order(tmp_path):
    # In a fresh interpreter: this process has Qt loaded, and a process with Qt never forks workers.
    import json
    import os
    import subprocess
    import sys

    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: a batch is read in-process")
    folder = tmp_path / "many"
    folder.mkdir()
    places = ["白城市", "松原市", "四平市", "辽源市", "通化市", "白山市", "延吉市", "长春市", "吉林市"]
    paths = []
    for i in range(2 * len(places)):  # every text twice: the second is marked as a repeat of the first
        path = folder / f"{i:02d}.txt"
        path.write_text(PLAN.format(place=places[i % len(places)]), encoding="utf-8")
        paths.append(str(path))
    env = dict(os.environ, JILIN_ATLAS_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run(
        [sys.executable, "-c", _PREVIEW_BOTH_WAYS, *paths],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["workers"] >= 2, "the batch really went to worker processes"
    fast, slow = got["fast"], got["slow"]
    assert [p[0] for p in fast] == paths
    assert fast == slow
    assert all(p[2] for p in fast), "each plan's industry was read"
    assert [p[1] is not None for p in fast] == [i >= len(places) for i in range(len(paths))]
