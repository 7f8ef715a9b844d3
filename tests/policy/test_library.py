"""The SQLite library: storing, reloading, duplicates, removal, foreign files, migration, crash safety."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from policy.corpus import load_seeds
from policy.library.schema import SCHEMA_VERSION
from policy.library.store import (
    LIBRARY_FILE,
    Library,
    LibraryError,
    NewDocument,
    default_data_dir,
    default_library_path,
    open_library,
    seed_ids,
)
from policy.text import doc_codec
from policy.text.document import parse
from policy.text.sources import InputError

ROOT = Path(__file__).resolve().parents[2]
NOTICE = (
    "吉林省人民政府关于加快发展的通知\n吉政发〔2014〕23号\n一、总体要求\n"
    "加快长春市汽车产业集群发展。\n二、保障措施\n加强组织领导。"
)


def new_doc(text: str = NOTICE, doc_id: str = "notice", **edits) -> NewDocument:
    doc = parse(text, doc_id, known=edits, source="library")
    return NewDocument(doc, f"{doc_id}.txt", "text", "utf-8", text.encode(), text, {}, dict(edits))


def contents(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, content_hash, original FROM documents ORDER BY position").fetchall()
    finally:
        con.close()


# -- location --------------------
def test_data_folder_comes_from_the_environment_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(tmp_path / "atlas"))
    assert default_data_dir() == tmp_path / "atlas"
    assert default_library_path() == tmp_path / "atlas" / LIBRARY_FILE
    assert default_library_path(tmp_path) == tmp_path / LIBRARY_FILE


def test_platform_default_without_the_variable(monkeypatch, tmp_path):
    monkeypatch.delenv("JILIN_ATLAS_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert default_data_dir() == tmp_path / "jilin-atlas"


# -- empty and missing --------------------
def test_missing_library_is_empty_and_not_created_when_only_reading(tmp_path):
    lib = open_library(tmp_path / "data", create=False)
    assert lib.documents() == () and lib.entries() == () and len(lib) == 0
    assert not (tmp_path / "data").exists()


def test_new_library_is_created_with_the_current_schema(tmp_path):
    lib = open_library(tmp_path / "data")
    assert lib.documents() == ()
    con = sqlite3.connect(lib.path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_first_add_creates_a_missing_library(tmp_path):
    lib = open_library(tmp_path / "data", create=False)
    (outcome,) = lib.add([new_doc()])
    assert outcome.status == "added"
    assert [d.id for d in open_library(tmp_path / "data").documents()] == ["notice"]


# -- storing and loading --------------------
def test_documents_come_back_exactly_as_parsed(tmp_path):
    lib = open_library(tmp_path)
    item = new_doc(doc_number=None, date="2014-06-24")
    lib.add([item])
    (doc,) = Library.open(lib.path).documents()
    assert doc == item.document
    assert doc.source == "library"
    assert doc.date == "2014-06-24", "the user's date fills the field the text does not state"
    assert lib.original("notice") == NOTICE.encode()
    (entry,) = lib.entries()
    assert (entry.file_name, entry.kind, entry.encoding, entry.edits) == (
        "notice.txt",
        "text",
        "utf-8",
        {"doc_number": None, "date": "2014-06-24"},
    )


def test_facts_are_stored_with_the_document_and_not_extracted_again(tmp_path, monkeypatch):
    library = open_library(tmp_path)
    (outcome,) = library.add([new_doc()])
    stored = library.documents()
    import policy.library.store as library_module

    def no_extraction(doc):
        raise AssertionError(f"{doc.id} was extracted again")

    monkeypatch.setattr(library_module, "extract_facts", no_extraction)
    facts = library.facts(stored)
    assert set(facts) == {outcome.doc_id}
    assert all(d.prov.doc_id == outcome.doc_id for d in facts[outcome.doc_id].mentions)


def test_seed_documents_round_trip_through_the_codec():
    for seed in load_seeds():
        assert doc_codec.decode_document(doc_codec.encode_document(seed)) == seed


def test_same_text_is_stored_once(tmp_path):
    lib = open_library(tmp_path)
    first = lib.add([new_doc(doc_id="a"), new_doc(doc_id="b")])
    again = lib.add([new_doc(doc_id="c")])
    assert [o.status for o in first] == ["added", "present"]
    assert [(o.status, o.doc_id) for o in again] == [("present", "a")]
    assert [d.id for d in lib.documents()] == ["a"]


def test_ids_are_unique_and_never_a_seed_id(tmp_path):
    lib = open_library(tmp_path)
    seed = sorted(seed_ids())[0]
    out = lib.add([new_doc(NOTICE, "x"), new_doc(NOTICE + "\n三、其他", "x"), new_doc(NOTICE + "。", seed)])
    ids = [o.doc_id for o in out]
    assert ids[0] == "x" and ids[1] != "x" and ids[2] != seed
    assert len(set(ids)) == 3
    assert {d.id for d in lib.documents()} == set(ids)


def test_remove_a_document_and_seeds_cannot_be_removed(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc(doc_id="a"), new_doc(NOTICE + "\n三、其他", "b")])
    lib.remove("a")
    assert [d.id for d in lib.documents()] == ["b"]
    with pytest.raises(KeyError):
        lib.remove("a")
    with pytest.raises(ValueError, match="seed"):
        lib.remove(sorted(seed_ids())[0])
    assert [d.id for d in lib.documents()] == ["b"]


def test_a_parse_from_other_parser_code_is_redone_from_the_stored_text(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc()])
    con = sqlite3.connect(lib.path)
    con.execute("UPDATE documents SET parser = 'old', parse = ?", (doc_codec.pack('{"not": "a document"}'),))
    con.commit()
    con.close()
    (doc,) = lib.documents()
    assert doc == parse(NOTICE, "notice", source="library")
    con = sqlite3.connect(lib.path)
    assert con.execute("SELECT parser FROM documents").fetchone()[0] == doc_codec.parser_fingerprint()


def test_bad_arguments_fail_early(tmp_path):
    lib = open_library(tmp_path)
    with pytest.raises(TypeError):
        lib.add(["not a document"])
    with pytest.raises(TypeError):
        Library.open(42)
    with pytest.raises(TypeError):
        lib.remove(3)


# -- foreign or damaged files --------------------
def _foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('mine')")
    con.commit()
    con.close()


def _newer_library(path: Path) -> None:
    open_library(path.parent)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_bytes(b"these are my notes, not a database\n" * 50), "not an SQLite"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000), "damaged"),
        (_foreign_sqlite, "not a Jilin Atlas library"),
        (_newer_library, "newer version"),
    ],
    ids=["text", "corrupt", "other-app", "newer"],
)
def test_a_foreign_file_is_reported_and_left_untouched(tmp_path, make, words):
    path = tmp_path / LIBRARY_FILE
    make(path)
    before = path.read_bytes()
    listing = sorted(os.listdir(tmp_path))
    with pytest.raises(LibraryError, match=words) as info:
        open_library(tmp_path)
    assert isinstance(info.value, InputError), "the CLI reports it as bad input (exit 2)"
    assert str(path) in str(info.value)
    with pytest.raises(LibraryError):
        Library.open(path, create=False).add([new_doc()])
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == listing


def test_a_folder_at_the_library_path_is_reported(tmp_path):
    (tmp_path / LIBRARY_FILE).mkdir()
    with pytest.raises(LibraryError, match="folder"):
        open_library(tmp_path)


# -- migration --------------------
V1_SCHEMA = """
CREATE TABLE library_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO library_info VALUES ('app', 'jilin-atlas');
CREATE TABLE documents (id TEXT PRIMARY KEY, file_name TEXT NOT NULL, original BLOB NOT NULL,
                        text TEXT NOT NULL, title TEXT, doc_number TEXT, imported_at TEXT NOT NULL);
PRAGMA user_version = 1;
"""


def test_a_version_1_library_is_migrated_with_nothing_lost(tmp_path):
    path = tmp_path / LIBRARY_FILE
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA)
    second = "一、加快吉林市化工产业发展。\n二、加强组织领导。"
    rows = [
        ("plan", "plan.txt", NOTICE.encode("gb18030"), NOTICE, None, None, "2015-01-01T00:00:00"),
        ("memo", "memo.txt", second.encode(), second, "吉林市化工规划", "吉市发〔2015〕1号", "2015-02-01"),
    ]
    con.executemany("INSERT INTO documents VALUES (?,?,?,?,?,?,?)", rows)
    con.commit()
    con.close()
    v1_bytes = path.read_bytes()

    lib = open_library(tmp_path)
    docs = {d.id: d for d in lib.documents()}
    assert list(docs) == ["plan", "memo"], "every document survives, in import order"
    assert docs["plan"].doc_number == "吉政发〔2014〕23号"
    assert docs["memo"].title == "吉林市化工规划" and docs["memo"].doc_number == "吉市发〔2015〕1号"
    assert lib.original("plan") == NOTICE.encode("gb18030")
    entries = {e.id: e for e in lib.entries()}
    assert entries["plan"].encoding == "gb18030", "the encoding is recovered from the stored bytes"
    assert entries["memo"].edits == {"title": "吉林市化工规划", "doc_number": "吉市发〔2015〕1号"}
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert (tmp_path / f"{LIBRARY_FILE}.v1-backup").read_bytes() == v1_bytes
    # and duplicates of migrated texts are recognised afterwards
    assert [o.status for o in lib.add([new_doc(NOTICE, "again")])] == ["present"]


# -- crash safety --------------------
KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from policy.text.document import parse
    from policy.library.store import NewDocument, open_library

    lib = open_library({data!r})
    items = []
    for i in range(6):
        text = "一、第%d号通知\\n加快长春市汽车产业发展。" % i + "补充说明。" * 2000
        items.append(NewDocument(parse(text, "batch%d" % i, source="library"), "b%d.txt" % i, "text",
                                 "utf-8", text.encode() * 20, text, {{}}, {{}}))

    def progress(done, total):
        print("wrote", done, flush=True)
        if done == 3:
            time.sleep(60)  # the test kills us here, in the middle of the transaction

    lib.add(items, on_progress=progress)
    print("committed", flush=True)
    """
)


def test_a_kill_in_the_middle_of_an_import_leaves_the_library_as_it_was(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc()])
    before = contents(lib.path)
    script = tmp_path / "import_batch.py"
    script.write_text(KILL_SCRIPT.format(root=str(ROOT), data=str(tmp_path)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        for line in proc.stdout:
            if line.strip() == "wrote 3":
                break
        else:
            pytest.fail(f"the importing process ended early (status {proc.wait()})")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    reopened = open_library(tmp_path)
    con = sqlite3.connect(reopened.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert contents(reopened.path) == before, "none of the killed batch is in the library"
    assert [d.id for d in reopened.documents()] == ["notice"]
    # the library still takes writes after the crash
    assert [o.status for o in reopened.add([new_doc(NOTICE + "\n三、其他", "later")])] == ["added"]


def test_a_failing_batch_stores_nothing(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc()])
    before = contents(lib.path)

    def fail(done, total):
        if done == 2:
            raise RuntimeError("disk unplugged")

    batch = [new_doc(NOTICE + f"\n三、第{i}条", f"n{i}") for i in range(3)]
    with pytest.raises(RuntimeError):
        lib.add(batch, on_progress=fail)
    assert contents(lib.path) == before


def test_entries_meta_is_json(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc(title="我的标题")])
    con = sqlite3.connect(lib.path)
    meta = json.loads(con.execute("SELECT meta FROM documents").fetchone()[0])
    assert meta == {"file": {}, "edits": {"title": "我的标题"}}


# -- facts cache -------------------------------------------------------------------------------------
def test_facts_are_extracted_once_and_then_come_from_the_cache(tmp_path, monkeypatch):
    import policy.library.store as library_module
    from policy.library.facts_codec import extract_facts

    lib = open_library(tmp_path)
    lib.add([new_doc(), new_doc(NOTICE.replace("长春市", "吉林市"), "jilin")])
    docs = lib.documents()
    first = lib.facts()
    assert first == {d.id: extract_facts(d) for d in docs}
    assert first["notice"].designations, "the notice designates 长春市 an industry"

    def no_extraction(doc):
        raise AssertionError("facts should come from the cache")

    monkeypatch.setattr(library_module, "extract_facts", no_extraction)
    assert Library.open(lib.path).facts() == first


def test_facts_from_other_extraction_code_are_extracted_again(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc()])
    expected = lib.facts()
    con = sqlite3.connect(lib.path)
    con.execute("UPDATE facts SET extractor = 'old:old', facts = ?", (doc_codec.pack("[1, 2]"),))
    con.commit()
    con.close()
    assert lib.facts() == expected


def test_removing_a_document_removes_its_cached_facts(tmp_path):
    lib = open_library(tmp_path)
    lib.add([new_doc()])
    lib.facts()
    lib.remove("notice")
    con = sqlite3.connect(lib.path)
    assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 0


def test_seed_facts_round_trip_through_the_codec():
    from policy.library.facts_codec import decode_facts, encode_facts, extract_facts

    for seed in load_seeds():
        facts = extract_facts(seed)
        assert decode_facts(encode_facts(facts)) == facts
