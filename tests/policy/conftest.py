"""Fixtures shared by the policy tests: the bundled reference data, a fresh cache folder, and a count of fresh
extractions."""

from __future__ import annotations

import pytest

import policy.corpus as corpus
import policy.library.facts_codec as facts_codec


@pytest.fixture(scope="session")
def tools():
    """The gazetteer, taxonomy and park reference the extractors read (bundled assets)."""
    from policy.industries.taxonomy import load_taxonomy
    from policy.places.gazetteer import load_gazetteer
    from policy.places.parks_ref import load_park_reference

    return load_gazetteer(), load_taxonomy(), load_park_reference()


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

        def counting_all(docs):
            calls.extend(d.id for d in docs)
            return real_all(docs)

        real_all = facts_codec.extract_facts_all
        monkeypatch.setattr(facts_codec, "extract_facts", counting)
        monkeypatch.setattr(facts_codec, "extract_facts_all", counting_all)
        return calls

    return start
