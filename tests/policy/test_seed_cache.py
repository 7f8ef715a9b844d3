"""The seeds' parse and facts are cached in the user's cache folder, and only ever used while valid."""

from __future__ import annotations

import json
import shutil

import pytest

import policy.corpus as corpus
import policy.library.parse_cache as parse_cache
from policy.corpus import load_knowledge_base


def _facts_of(kb):
    return sorted((d.prov.doc_id, d.region, d.term, d.prov.start) for d in kb.designations)


def test_the_second_start_reads_the_cache_and_gives_the_same_facts(cache, count_extractions):
    first = load_knowledge_base()
    assert len(list(cache.glob("seeds-*.json"))) == 1
    corpus._seed_reading.cache_clear()
    calls = count_extractions()
    second = load_knowledge_base()
    assert calls == [], "a valid cache is used: nothing is extracted again"
    assert _facts_of(second) == _facts_of(first)
    assert [d.title for d in second.documents] == [d.title for d in first.documents]


def test_changed_code_is_not_served_from_the_cache(cache, monkeypatch, count_extractions):
    load_knowledge_base()
    corpus._seed_reading.cache_clear()
    monkeypatch.setattr(parse_cache, "extractor_fingerprint", lambda: "other extraction code")
    calls = count_extractions()
    load_knowledge_base()
    assert len(calls) == 5
    # Both versions' entries are kept (two installs may share the folder), a bounded number of them.
    assert len(list(cache.glob("seeds-*.json"))) == 2


def test_old_entries_are_pruned_least_recently_used_first(cache, monkeypatch):
    load_knowledge_base()
    (current,) = cache.glob("seeds-*.json")
    for i in range(parse_cache.KEEP["seeds"] + 2):
        corpus._seed_reading.cache_clear()
        monkeypatch.setattr(parse_cache, "extractor_fingerprint", lambda i=i: f"version {i}")
        load_knowledge_base()
    assert len(list(cache.glob("seeds-*.json"))) == parse_cache.KEEP["seeds"]
    assert not current.exists(), "the least recently used entry went first"


def test_changed_seeds_are_not_served_from_the_cache(cache, monkeypatch, tmp_path, count_extractions):
    load_knowledge_base()
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus.SEEDS, seeds)
    first = sorted(seeds.glob("*.txt"))[1]
    first.write_text(first.read_text(encoding="utf-8") + "\n长春市重点发展冰雪装备产业。\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "SEEDS", seeds)
    corpus._seed_reading.cache_clear()
    calls = count_extractions()
    kb = load_knowledge_base()
    assert len(calls) == 5
    assert any(d.term == "冰雪装备" and d.prov.doc_id == first.stem for d in kb.designations)


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": "x"}', json.dumps({"key": None}).encode()])
def test_a_damaged_cache_file_is_replaced_without_a_word(cache, damage, capsys):
    good = _facts_of(load_knowledge_base())
    (path,) = cache.glob("seeds-*.json")
    path.write_bytes(damage)
    corpus._seed_reading.cache_clear()
    assert _facts_of(load_knowledge_base()) == good
    assert json.loads(path.read_text(encoding="utf-8"))["documents"], "written again, whole"
    assert capsys.readouterr().err == ""


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("JILIN_ATLAS_CACHE_DIR", str(blocked / "cache"))
    corpus._seed_reading.cache_clear()
    try:
        assert load_knowledge_base().designations
    finally:
        corpus._seed_reading.cache_clear()
