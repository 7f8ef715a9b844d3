"""Which figures are targets: plans, not achievements; a year stated, the report's year, or a plan's end."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy.corpus import load_knowledge_base
from policy.goals import is_target, region_targets, target_year

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"

REPORT = (
    "政府工作报告\n——2021年1月12日在辽源市第八届人民代表大会第六次会议上\n"
    "一、2020年工作回顾\n全市地区生产总值达到500亿元。家庭农场发展到1588个。\n"
    "二、2021年工作安排\n全市地区生产总值增长6%。粮食产量达到50万吨。粮食产量达到50万吨。"
    "到2025年，规上工业产值达到800亿元。\n"
)


@pytest.fixture(scope="module")
def report_kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("r") / "辽源市-2021.md"
    path.write_text(REPORT, encoding="utf-8")
    return load_knowledge_base([str(path)])


def _own(kb):
    return [t for t in kb.targets if t.prov.doc_id.startswith("辽源市")]


def test_achievements_of_a_review_are_not_targets(report_kb):
    kb = report_kb
    figures = _own(kb)
    review = [t for t in figures if not t.plan]
    assert review, "the review's figures are read, marked as past work"
    assert all("工作回顾" not in kb.document(t.prov.doc_id).text[t.prov.start :] for t in figures if t.plan)
    rows = region_targets(kb, figures)
    assert {r.target.value for r in rows} >= {50.0, 800.0}
    assert 1588.0 not in {r.target.value for r in rows} and 500.0 not in {r.target.value for r in rows}


def test_a_target_without_a_year_is_for_the_reports_year_and_repeats_are_one_row(report_kb):
    kb = report_kb
    rows = region_targets(kb, _own(kb))
    grain = [r for r in rows if r.target.value == 50.0]
    assert len(grain) == 1 and grain[0].repeats == 2
    assert (grain[0].year, grain[0].year_basis) == (2021, "report")
    horizon = next(r for r in rows if r.target.value == 800.0)
    assert (horizon.year, horizon.year_basis) == (2025, "stated")


def test_a_figure_for_a_year_before_the_document_is_no_target(report_kb):
    kb = report_kb
    t = next(t for t in _own(kb) if t.plan)
    doc = kb.document(t.prov.doc_id)
    from dataclasses import replace

    assert is_target(t, doc)
    assert not is_target(replace(t, year=doc.year - 3), doc)
    assert not is_target(replace(t, plan=False), doc)
    assert target_year(replace(t, year=None), replace(doc, doc_kind="规划", title="十四五规划")) == (
        2025,
        "plan",
    )


def test_real_reports_keep_a_brief_number_of_targets():
    kb = load_knowledge_base(sorted(str(p) for p in FIXTURES.glob("*.md")))
    rows = region_targets(kb, kb.targets)
    assert 0 < len(rows) < len(kb.targets)
    assert all(r.target.plan for r in rows)
    dates = [kb.document(r.target.prov.doc_id).date or "" for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True), "newest documents first"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新增限上商贸企业20户、网络电商100家。", [("限上商贸企业", 20.0), ("网络电商", 100.0)]),
        (
            "新建乡镇综合文化站14个、笼式足球场20个、健身广场5个。",
            [("乡镇综合文化站", 14.0), ("笼式足球场", 20.0), ("健身广场", 5.0)],
        ),
        ("培育50个特色产业集聚区、30个示范区。", [("特色产业集聚区", 50.0), ("示范区", 30.0)]),
    ],
)
def test_a_list_of_counts_pairs_each_count_with_its_own_noun(sentence, expected):
    from policy.extract.analysis import analyse
    from policy.extract.targets import target_facts
    from policy.places.gazetteer import load_gazetteer
    from policy.text.document import parse

    gaz = load_gazetteer()
    doc = parse(f"长春市2024年政府工作报告\n二、2024年工作安排\n{sentence}\n", "x", source="path")
    targets, _ = target_facts(doc, gaz, "220100", analyse(doc, gaz))
    assert [(t.metric, t.value) for t in targets] == expected
