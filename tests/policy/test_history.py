"""A region's designations document by document: date order, and what is new, kept or no longer named."""

from __future__ import annotations

import dataclasses

import pytest

from policy.corpus import load_knowledge_base
from policy.history import (
    ADDED,
    FIRST,
    KEPT,
    by_document,
    document_order,
    history,
    industry_changes,
    related,
    series_of,
    timeline,
)
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
    car = next(e for e in steps[2009].entries if e.industry == "automotive" and e.unit == CHANGCHUN)
    assert car.status == KEPT and car.continues == ("auto-parts",)
    assert steps[2009].previous == steps[2006].document
    assert (CHANGCHUN, "auto-parts") not in steps[2009].dropped
    # 2006's other industries that 2009 names nothing related to, for the same unit, are dropped: 长春's
    # 君子兰, and 德惠's 食品 (德惠 is compared with 德惠, never with 长春's own list).
    named = {(e.unit, e.key) for e in steps[2009].entries}
    expected = [
        (e.unit, e.key)
        for e in steps[2006].entries
        if not any(u == e.unit and taxonomy_related(kb, e.key, k) for u, k in named)
    ]
    assert list(steps[2009].dropped) == expected
    assert {(CHANGCHUN, "clivia"), ("220183", "food")} <= set(expected)


def _steps_by_doc(steps):
    return {s.document.id: s for s in steps}


@pytest.mark.parametrize("region_id", ["220100", "220200", "220300", "220581", "220000"])
def test_statuses_and_dropped_follow_the_hierarchy_everywhere(kb, region_id):
    steps = history(kb, kb.designations_for(region_id))
    assert steps, region_id
    assert {e.status for e in steps[0].entries} == {FIRST} and steps[0].dropped == ()
    by_doc = _steps_by_doc(steps)
    for step in steps:
        if step.previous is None:
            assert {e.status for e in step.entries} <= {FIRST} and step.dropped == ()
            continue
        before = by_doc[step.previous.id]
        assert series_of(before.document) == series_of(step.document)
        prev = [(e.unit, e.key) for e in before.entries]
        for e in step.entries:
            near = [k for u, k in prev if u == e.unit and taxonomy_related(kb, e.key, k)]
            assert e.status == (KEPT if near else ADDED), e
            assert e.continues == tuple(k for k in near if k != e.key)
            assert all(d.prov.doc_id == step.document.id and d.region == e.unit for d in e.designations)
        keys = [(e.unit, e.key) for e in step.entries]
        assert list(step.dropped) == [
            (u, k) for u, k in prev if not any(u == v and taxonomy_related(kb, k, c) for v, c in keys)
        ]


def test_siblings_are_not_related_and_changes_are_reported_both_ways(kb):
    assert related(kb, "automotive", "auto-parts") and related(kb, "auto-parts", "automotive")
    assert related(kb, "automotive", "auto-logistics") == taxonomy_related(kb, "automotive", "auto-logistics")
    assert industry_changes(kb, {"auto-parts", "food"}, {"automotive"}) == ((), ("food",))
    assert industry_changes(kb, {"auto-parts"}, {"food"}) == (("food",), ("auto-parts",))
    assert not related(kb, "term:某产业", "automotive"), "an unclassified term only matches itself"


# -- real reports: a region through twenty years --------------------------------------------------------
@pytest.fixture(scope="module")
def reports_kb():
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
    return load_knowledge_base(sorted(str(p) for p in folder.glob("*.md")))


def test_a_report_is_compared_with_the_previous_report_of_its_own_government(reports_kb):
    kb = reports_kb
    steps = history(kb, kb.designations_for("220200"))
    own = [s for s in steps if s.document.issuer and "吉林市" in s.document.issuer]
    assert len(own) >= 2, "the fixtures hold several 吉林市 reports"
    for step in own[1:]:
        assert step.previous is not None and "吉林市" in (step.previous.issuer or "")
    province = [
        s for s in steps if s.document.issuer == "吉林省人民政府" and s.document.doc_kind == "政府工作报告"
    ]
    for step in province:  # a provincial report that names 吉林市 is compared with the provincial ones
        assert step.previous is None or step.previous.issuer == "吉林省人民政府"


def test_timeline_says_when_each_industry_was_first_and_last_designated(reports_kb):
    kb = reports_kb
    designations = kb.designations_for("220200")
    rows = timeline(kb, designations, "220200")
    assert rows and rows[0].unit == "220200"
    years = {d.prov.doc_id: kb.document(d.prov.doc_id).year for d in designations}
    for row in rows:
        docs = {
            d.prov.doc_id
            for d in designations
            if (d.region, d.industry or f"term:{d.term}") == (row.unit, row.key)
        }
        assert row.documents == len(docs)
        dated = sorted(years[x] for x in docs if years[x] is not None)
        assert (row.first, row.last) == ((dated[0], dated[-1]) if dated else (None, None))
        assert all(p + r >= 1 for _, p, r in row.years)
    own = [r for r in rows if r.unit == "220200"]
    assert [r.first for r in own if r.first is not None] == sorted(
        r.first for r in own if r.first is not None
    )


def test_history_rows_are_the_history_as_a_table(reports_kb):
    from policy.history import HISTORY_COLUMNS, history_rows

    kb = reports_kb
    designations = kb.designations_for("220200")
    rows = history_rows(kb, designations)
    steps = history(kb, designations)
    assert all(len(r) == len(HISTORY_COLUMNS) for r in rows)
    assert len(rows) == sum(len(s.entries) + len(s.dropped) for s in steps)
    status = HISTORY_COLUMNS.index("status")
    assert {r[status] for r in rows} <= {FIRST, ADDED, KEPT, "dropped"}
    dropped = [(r[0], r[HISTORY_COLUMNS.index("region")]) for r in rows if r[status] == "dropped"]
    assert dropped == [(s.document.id, u) for s in steps for u, _ in s.dropped]


def test_search_hits_come_in_date_order_undated_last(reports_kb):
    kb = reports_kb
    hits = kb.search("产业", limit=100000)
    docs = list(dict.fromkeys(h.doc_id for h in hits))
    keys = [document_order(kb.document(d)) for d in docs]
    assert len(docs) > 10 and keys == sorted(keys)
