"""Reading a big batch on every core: each file's preview (read, parse, extract) in a worker process.

Extraction is pure and per document, so a batch of files is spread over the machine's cores and the
previews come back in the order given. Small batches, one-core machines and processes that have Qt loaded
(a fork would copy its threads) read in-process, one file after the other; so does any platform without
``fork``.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from policy.extract.batch import worker_count

__all__ = ["PARALLEL_FROM", "previews_in_order"]

PARALLEL_FROM = 12  # fewer files are read faster than worker processes start


def _workers(n_files: int) -> int:
    return worker_count(n_files, PARALLEL_FROM)


def _preview(path: str):
    from policy.library.importing import preview_file

    return preview_file(path)


def previews_in_order(paths: Sequence[str | Path]) -> Iterator:
    """Yield the preview of each path (:func:`policy.library.importing.preview_file` without
    ``known_hashes``), in order; the caller marks repeats. Stopping the iteration stops the workers."""
    workers = _workers(len(paths))
    if workers == 1:
        for path in paths:
            yield _preview(str(path))
        return
    from policy.library.importing import warm_up

    warm_up()  # the assets once, before the fork, so every worker has them
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        futures = [pool.submit(_preview, str(p)) for p in paths]
        for future in futures:
            yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
