"""A region's designations document by document: date order, and what is new, kept or no longer named."""

from __future__ import annotations

import dataclasses

import pytest

from policy.corpus import load_knowledge_base
from policy.history import ADDED, FIRST, KEPT, by_document, document_order, history, industry_changes, related
from tests.taxonomy_walk import related as taxonomy_related

CHANGCHUN = "220100"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def test_documents_come_in_date_order_with_unknown_dates_last(kb):
    docs = sorted(kb.documents, key=document_order)
    known = [d for d in docs if d.year is not None]
    assert [d.year for d in known] == sorted(d.year for d in known)
    assert all(d.year is None for d in docs[len(known) :]), "undated documents go last"
    undated = next(d for d in kb.documents if d.year is None and d.date is None)
    dated_only = dataclasses.replace(kb.documents[0], year=None, date="2001-05-01")
    assert document_order(dated_only) < document_order(min(known, key=lambda d: d.year))
    assert document_order(dated_only) < document_order(undated)
    with pytest.raises(TypeError, match="Document"):
        document_order("003")


def test_by_document_keeps_every_designation_once_under_its_own_document(kb):
    designations = kb.designations_for(CHANGCHUN)
    groups = by_document(kb, designations)
    assert sorted(id(d) for _, ds in groups for d in ds) == sorted(id(d) for d in designations)
    assert all(d.prov.doc_id == doc.id for doc, ds in groups for d in ds)
    assert [doc for doc, _ in groups] == sorted((doc for doc, _ in groups), key=document_order)


def test_changchun_2009_keeps_automotive_from_2006_auto_parts(kb):
    assert kb.industry("auto-parts").parent == "automotive"
    steps = {s.document.year: s for s in history(kb, kb.designations_for(CHANGCHUN))}
    assert {e.industry for e in steps[2006].entries} >= {"auto-parts"}
    car = next(e for e in steps[2009].entries if e.industry == "automotive")
    assert car.status == KEPT and car.continues == ("auto-parts",)
    assert steps[2009].previous == steps[2006].document
    assert "auto-parts" not in steps[2009].dropped
    # 2006's other industries that 2009 names nothing related to are reported as dropped (君子兰, 食品 …)
    named_2009 = {e.key for e in steps[2009].entries}
    expected = [
        e.key for e in steps[2006].entries if not any(taxonomy_related(kb, e.key, k) for k in named_2009)
    ]
    assert list(steps[2009].dropped) == expected
    assert {"food", "clivia"} <= set(expected)


@pytest.mark.parametrize("region_id", ["220100", "220200", "220300", "220581", "220000"])
def test_statuses_and_dropped_follow_the_hierarchy_everywhere(kb, region_id):
    steps = history(kb, kb.designations_for(region_id))
    assert steps, region_id
    assert {e.status for e in steps[0].entries} == {FIRST} and steps[0].dropped == ()
    for before, step in zip(steps, steps[1:], strict=False):
        prev = [e.key for e in before.entries]
        for e in step.entries:
            near = [k for k in prev if taxonomy_related(kb, e.key, k)]
            assert e.status == (KEPT if near else ADDED), e
            assert e.continues == tuple(k for k in near if k != e.key)
            assert all(d.prov.doc_id == step.document.id for d in e.designations)
        keys = [e.key for e in step.entries]
        assert list(step.dropped) == [k for k in prev if not any(taxonomy_related(kb, k, c) for c in keys)]


def test_siblings_are_not_related_and_changes_are_reported_both_ways(kb):
    assert related(kb, "automotive", "auto-parts") and related(kb, "auto-parts", "automotive")
    assert related(kb, "automotive", "auto-logistics") == taxonomy_related(kb, "automotive", "auto-logistics")
    assert industry_changes(kb, {"auto-parts", "food"}, {"automotive"}) == ((), ("food",))
    assert industry_changes(kb, {"auto-parts"}, {"food"}) == (("food",), ("auto-parts",))
    assert not related(kb, "term:某产业", "automotive"), "an unclassified term only matches itself"
