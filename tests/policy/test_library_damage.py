"""A damaged, racing or empty library: detected, reported with a way out, and never written by a reader."""

import hashlib
import multiprocessing
import sqlite3

import pytest

from policy.corpus import load_seeds, load_with_library
from policy.library.importing import commit_import, preview_files
from policy.library.store import LIBRARY_FILE, Library, LibraryError, open_library

PLAN = "白城市人民政府关于加快新能源产业发展的意见\n一、总体要求\n支持白城市重点发展风电装备制造产业。\n"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library_with_documents(tmp_path, n=3):
    folder = tmp_path / "data"
    lib = open_library(folder)
    files = []
    for i in range(n):
        p = tmp_path / f"plan{i}.txt"
        p.write_text(PLAN + f"（{i}）加强组织领导。\n" + "推进产业发展。" * 400, encoding="utf-8")
        files.append(p)
    commit_import(lib, preview_files(files, library=lib))
    return folder, lib.path


def _damage_page(path, page: int, data: bytes) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * 4096)
        fh.write(data)


# -- 5. two processes creating a new library at once ------------------------------------------------------
def _create_and_add(folder, barrier, n, queue):
    try:
        from policy.library.importing import commit_import, preview_files
        from policy.library.store import open_library

        p = folder.parent / f"doc{n}.txt"
        barrier.wait()
        lib = open_library(folder)
        commit_import(lib, preview_files([p], library=lib))
        queue.put((n, "ok"))
    except BaseException as err:  # noqa: BLE001 - reported to the test
        queue.put((n, f"{type(err).__name__}: {err}"))


def test_two_processes_creating_a_new_library_at_once_both_succeed(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for trial in range(6):
        folder = tmp_path / f"data{trial}"
        for n in range(2):
            (tmp_path / f"doc{n}.txt").write_text(PLAN + f"（{n}）第{n}份文件。\n", encoding="utf-8")
        barrier, queue = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_create_and_add, args=(folder, barrier, n, queue)) for n in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        results = dict(queue.get(timeout=5) for _ in procs)
        assert results == {0: "ok", 1: "ok"}, results
        assert len(Library.open(folder / LIBRARY_FILE).entries()) == 2


# -- 6. a damaged page -----------------------------------------------------------------------------------
@pytest.mark.parametrize("fill", [b"\x00" * 4096, bytes(range(256)) * 16], ids=["zeros", "bytes"])
def test_a_damaged_page_is_reported_and_the_seeds_carry_on(tmp_path, monkeypatch, fill):
    folder, path = _library_with_documents(tmp_path)
    pages = path.stat().st_size // 4096
    assert pages > 3
    _damage_page(path, pages // 2, fill)
    before = _digest(path)
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(folder))
    for read_only in (True, False):
        kb, warnings = load_with_library(read_only=read_only)
        assert {d.id for d in kb.documents} == {d.id for d in load_seeds()}
        (warning,) = warnings
        assert str(path) in warning and "damaged" in warning and "untouched" in warning
        assert "recover" in warning.lower() and "\n" not in warning
    with pytest.raises(LibraryError, match="damaged"):
        open_library(folder, create=False).documents()
    assert _digest(path) == before, "the damaged file was changed"


# -- 10. read-only commands never write the library ------------------------------------------------------
def test_a_zero_byte_library_stays_zero_bytes_when_read(tmp_path):
    path = tmp_path / LIBRARY_FILE
    path.write_bytes(b"")
    lib = Library.open(path, create=False, read_only=True)
    assert lib.documents() == () and lib.entries() == ()
    assert path.read_bytes() == b""
    with pytest.raises(LibraryError, match="read-only"):
        lib.remove("x")


def test_a_missing_library_is_not_created_when_read(tmp_path):
    lib = Library.open(tmp_path / "nope" / LIBRARY_FILE, read_only=True)
    assert lib.documents() == ()
    assert not (tmp_path / "nope").exists()


def test_reading_never_writes_the_cache_back(tmp_path):
    folder, path = _library_with_documents(tmp_path, n=1)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM facts")  # stale caches are refreshed by the app, never by a reader
    con.execute("UPDATE documents SET parser = 'old'")
    con.commit()
    con.close()
    before = _digest(path)
    lib = Library.open(path, read_only=True)
    docs = lib.documents()
    assert len(docs) == 1 and lib.facts(docs)
    assert _digest(path) == before


def test_a_schema_made_by_another_process_between_look_and_create_is_kept(tmp_path, monkeypatch):
    """The race made deterministic: this process looked, saw an empty file, and another created the schema."""
    import policy.library.store as store

    path = tmp_path / LIBRARY_FILE
    Library.open(path)  # "the other process" made the schema
    real, calls = store.inspect_schema, []

    def stale_first_look(con):
        calls.append(1)
        return (0, set()) if len(calls) == 1 else real(con)

    monkeypatch.setattr(store, "inspect_schema", stale_first_look)
    lib = Library.open(path)  # must not fail with "table library_info already exists"
    assert lib.entries() == () and len(calls) >= 2
