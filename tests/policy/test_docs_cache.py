"""Files given with ``--docs`` are cached like the seeds: by their bytes and the code, never used stale."""

from __future__ import annotations

import json

import pytest

import policy.corpus as corpus
import policy.library.parse_cache as parse_cache
from policy.corpus import load_knowledge_base

TEXT = "长春市重点发展汽车零部件产业和冰雪装备产业。\n吉林市加快发展碳纤维产业。\n"


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "docs" / "plan.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def _facts_of(kb, doc_id="plan"):
    return sorted(
        (d.region, d.term, d.prov.start, d.prov.end) for d in kb.designations if d.prov.doc_id == doc_id
    )


def _entries(cache):
    return sorted(cache.glob("doc-*.json"))


def test_a_second_run_reads_the_cache_and_gives_the_same_knowledge_base(cache, doc, count_extractions):
    first = load_knowledge_base([doc])
    assert len(_entries(cache)) == 1
    assert any(d.term == "冰雪装备" for d in first.designations if d.prov.doc_id == "plan")
    calls = count_extractions()
    second = load_knowledge_base([doc])
    assert calls == [], "nothing is parsed or extracted again"
    assert _facts_of(second) == _facts_of(first)
    assert second.document("plan") == first.document("plan")


def test_changed_document_bytes_are_not_served_from_the_cache(cache, doc, count_extractions):
    load_knowledge_base([doc])
    doc.write_text(TEXT + "四平市积极发展食品加工产业。\n", encoding="utf-8")
    calls = count_extractions()
    kb = load_knowledge_base([doc])
    assert calls == ["plan"]
    assert "四平市积极发展食品加工产业" in kb.document("plan").text
    assert len(_entries(cache)) == 2, "the other version's entry stays until pruned"


def test_the_same_bytes_under_another_name_are_their_own_document(cache, doc, count_extractions):
    load_knowledge_base([doc])
    other = doc.with_name("other.txt")
    other.write_bytes(doc.read_bytes())
    calls = count_extractions()
    kb = load_knowledge_base([other])
    assert calls == ["other"] and kb.document("other").id == "other"


@pytest.mark.parametrize("part", ["parser_fingerprint", "extractor_fingerprint", "_other_fingerprint"])
def test_changed_code_is_not_served_from_the_cache(cache, doc, monkeypatch, part, count_extractions):
    load_knowledge_base([doc])
    monkeypatch.setattr(parse_cache, part, lambda: f"changed {part}")
    corpus._seed_reading.cache_clear()
    calls = count_extractions()
    load_knowledge_base([doc])
    assert "plan" in calls


def test_the_fingerprint_follows_every_reading_module(tmp_path, monkeypatch):
    import shutil

    shutil.copytree(parse_cache._POLICY, tmp_path / "policy")
    monkeypatch.setattr(parse_cache, "_POLICY", tmp_path / "policy")
    parse_cache._other_fingerprint.cache_clear()
    try:
        before = parse_cache.code_fingerprint()
        (tmp_path / "policy" / "text" / "readers_new.py").write_text("# a new reader\n", encoding="utf-8")
        parse_cache._other_fingerprint.cache_clear()
        assert parse_cache.code_fingerprint() != before
    finally:
        parse_cache._other_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "damage",
    [b"", b"\xff\xfe garbage", b"{not json", b'{"key": "x"}', b"[]", None],
    ids=["empty", "binary", "not-json", "other-key", "not-a-dict", "right-key-bad-body"],
)
def test_a_damaged_cache_file_is_replaced_without_a_word(cache, doc, damage, capsys):
    good = _facts_of(load_knowledge_base([doc]))
    (path,) = _entries(cache)
    if damage is None:  # the right key, a body that does not decode
        damage = json.dumps({"key": path.stem.removeprefix("doc-"), "document": "{}", "facts": 3}).encode()
    path.write_bytes(damage)
    capsys.readouterr()
    assert _facts_of(load_knowledge_base([doc])) == good
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert parse_cache.decode_reading(stored, "plan") is not None, "written again, whole"
    assert capsys.readouterr().err == ""


def test_an_unreadable_file_is_still_refused_with_its_message(cache, tmp_path):
    from policy.text.sources import InputError

    with pytest.raises(InputError, match="no such file"):
        load_knowledge_base([tmp_path / "missing.txt"])
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_knowledge_base([empty])
    assert _entries(cache) == [], "nothing is cached for a file that cannot be read"


def test_an_id_clash_is_refused_even_when_cached(cache, doc, tmp_path):
    from policy.text.sources import InputError

    load_knowledge_base([doc])
    twin = tmp_path / "plan.txt"
    twin.write_bytes(doc.read_bytes())
    with pytest.raises(InputError, match="already loaded"):
        load_knowledge_base([doc, twin])


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path, doc, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("JILIN_ATLAS_CACHE_DIR", str(blocked / "cache"))
    corpus._seed_reading.cache_clear()
    try:
        assert _facts_of(load_knowledge_base([doc]))
    finally:
        corpus._seed_reading.cache_clear()
