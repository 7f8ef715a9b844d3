"""Extracting many documents on every core.

Extraction is pure and per document, so a big batch is spread over worker processes forked after the
assets are loaded (each worker has them without pickling) and the facts come back in the order given.
Small batches, one-core machines, processes with Qt loaded (a fork would copy its threads) and platforms
without ``fork`` extract in-process, one document after the other.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from policy.model import Document, Facts

__all__ = ["PARALLEL_FROM", "extract_all", "worker_count"]

PARALLEL_FROM = 12  # fewer documents are extracted faster than worker processes start

# What the forked workers read: set just before the fork, cleared after. A fork copies it, so the documents
# and assets are never pickled; only each document's facts come back.
_BATCH: tuple = ()


def worker_count(n_items: int, parallel_from: int | None = None) -> int:
    """How many processes should share ``n_items`` pure per-item jobs (1: do them in-process); fewer
    than ``parallel_from`` items (default :data:`PARALLEL_FROM`) are not worth starting workers for."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if (
        n_items < (PARALLEL_FROM if parallel_from is None else parallel_from)
        or cores < 2
        or "PySide6.QtCore" in sys.modules
    ):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(cores, 4)


def _extract_one(index: int) -> Facts:
    from policy.extract import extract

    documents, gazetteer, taxonomy, park_reference = _BATCH
    return extract(documents[index], gazetteer, taxonomy, park_reference)


def extract_all(documents: Sequence[Document], gazetteer, taxonomy, park_reference) -> list[Facts]:
    """The facts of each document (:func:`policy.extract.extract`), in order."""
    global _BATCH
    from policy.extract import extract

    workers = worker_count(len(documents))
    if workers == 1:
        return [extract(d, gazetteer, taxonomy, park_reference) for d in documents]
    _BATCH = (tuple(documents), gazetteer, taxonomy, park_reference)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            # Chunks of a few documents: one round trip each, and the cores still finish together.
            chunk = max(1, len(documents) // (workers * 8))
            return list(pool.map(_extract_one, range(len(documents)), chunksize=chunk))
    finally:
        _BATCH = ()
