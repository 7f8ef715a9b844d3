"""A region with many real reports: the brief stays a brief (recent plan first, timeline, real targets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.content import MAX_GROUPS, MAX_TARGETS, build_brief

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
JILIN_CITY = "220200"


@pytest.fixture(scope="module")
def reports_kb():
    from policy.corpus import load_knowledge_base

    return load_knowledge_base(sorted(str(p) for p in FIXTURES.glob("*.md")))


def test_the_most_recent_plan_comes_first_and_is_the_regions_own(reports_kb):
    kb = reports_kb
    brief = build_brief(kb, JILIN_CITY)
    assert len(brief.groups) >= 8, "the fixtures name 吉林市 in many documents"
    own = [g for g in brief.groups if kb.document(g.doc_id).subject == JILIN_CITY and g.year]
    assert brief.latest_plan is not None and brief.latest_plan.doc_id == own[-1].doc_id
    dated = [g for g in brief.groups if g.year is not None]
    shown = [g.doc_id for g in brief.shown_groups if g.year is not None]
    assert shown == [g.doc_id for g in reversed(dated[-MAX_GROUPS:])], "the newest dated documents first"
    assert all(g.year is None for g in brief.shown_groups[len(shown) :]), "undated ones after them"


def test_the_timeline_counts_each_industrys_documents(reports_kb):
    kb = reports_kb
    brief = build_brief(kb, JILIN_CITY)
    assert brief.timeline and brief.timeline_years[0] <= 2014 and brief.timeline_years[1] >= 2023
    counts = [r.documents for r in brief.timeline]
    assert counts[0] == max(counts)
    assert all(
        first <= y <= last
        for r in brief.timeline
        for y, _ in r.marks
        for first, last in [brief.timeline_years]
    )


def test_targets_are_planned_figures_grouped_by_document_newest_first(reports_kb):
    kb = reports_kb
    brief = build_brief(kb, JILIN_CITY)
    figures = kb.targets_for(JILIN_CITY)
    assert any(not t.plan for t in figures), "the reports' reviews state achievements"
    assert 0 < len(brief.targets) <= 2 * MAX_TARGETS, "a brief's table stays short"
    assert brief.more_targets[0] > 0, "older documents' targets are counted, not listed"
    from policy.goals import region_targets

    real = region_targets(kb, figures)
    assert all(r.target.plan for r in real)
    assert [t.metric for t in brief.targets] == [r.target.metric for r in real[: len(brief.targets)]]
    dates = [kb.document(r.target.prov.doc_id).date for r in real[: len(brief.targets)]]
    assert dates == sorted(dates, reverse=True), "newest documents first"


def test_the_brief_pdf_stays_a_few_pages(reports_kb, tmp_path):
    from briefs.render import brief_pdf
    from tests.briefs.conftest import pdftotext, squash

    path = tmp_path / "jilin.pdf"
    path.write_bytes(brief_pdf(reports_kb, JILIN_CITY))
    text = pdftotext(path)
    pages = text.count("\f")
    assert 2 <= pages <= 7, pages
    flat = squash(text)
    assert flat.index("最近的规划") < flat.index("产业时间线") < flat.index("近年文件的变化")
    assert "另有" in flat and "份更早的文件" in flat


def test_the_timeline_year_labels_never_run_together():
    from briefs.timeline import tick_years

    for first, last, cell in [(2006, 2009, 18.0), (2004, 2026, 11.0), (2009, 2026, 14.0), (2003, 2003, 18.0)]:
        ticks = tick_years(first, last, cell, 28.0)
        assert ticks[0] == first and ticks[-1] == last
        assert all((b - a) * cell >= 28.0 for a, b in zip(ticks, ticks[1:], strict=False)), ticks
