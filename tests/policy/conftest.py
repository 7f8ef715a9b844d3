"""Fixtures shared by the cache tests: a fresh cache folder, and a count of fresh extractions."""

from __future__ import annotations

import pytest

import policy.corpus as corpus
import policy.library.facts_codec as facts_codec


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("JILIN_ATLAS_CACHE_DIR", str(folder))
    corpus._seed_reading.cache_clear()
    yield folder
    corpus._seed_reading.cache_clear()


@pytest.fixture
def count_extractions(monkeypatch):
    """Call it to start counting: the ids of the documents extracted afresh from then on."""

    def start() -> list[str]:
        calls: list[str] = []
        real = facts_codec.extract_facts

        def counting(doc):
            calls.append(doc.id)
            return real(doc)

        monkeypatch.setattr(facts_codec, "extract_facts", counting)
        return calls

    return start
