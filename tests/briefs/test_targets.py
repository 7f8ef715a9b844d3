"""The targets table: bounds as the text states them (不超过 3 亿元) and an honest target year (2024起)."""

from __future__ import annotations

import dataclasses

import pytest

from briefs.content import build_brief
from briefs.targets import target_value, target_year
from tests.briefs.conftest import pdftotext, squash


@pytest.fixture
def target(kb):
    """A real target of the knowledge base: 吉林市's 规模以上工业总产值 5000 亿元 by 2017."""
    return next(t for t in kb.targets if t.unit == "亿元" and t.year and "每年" not in t.metric)


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("不超过", "不超过 {v} 亿元"),
        ("最高", "最高 {v} 亿元"),
        ("突破", "突破 {v} 亿元"),
        ("以上", "{v} 亿元以上"),
    ],
)
def test_the_bound_is_printed_with_the_value_as_chinese_writes_it(target, qualifier, expected):
    v = f"{target.value:g}"
    assert target_value(dataclasses.replace(target, qualifier=qualifier)) == expected.format(v=v)


def test_an_exact_target_has_no_bound(target):
    assert target_value(dataclasses.replace(target, qualifier=None)) == f"{target.value:g} 亿元"


def test_a_yearly_amount_runs_from_its_first_year(target):
    yearly = dataclasses.replace(target, metric="项目建设资金（2024—2028年每年）", year=2024)
    assert target_year(yearly) == "2024起"
    assert target_year(target) == str(target.year)
    assert target_year(dataclasses.replace(target, year=None)) == "未写明"


def test_target_value_refuses_what_is_not_a_target():
    with pytest.raises(TypeError, match="Target"):
        target_value({"value": 3})


def test_brief_table_shows_each_targets_bound_and_year(kb, briefs):
    """QA: 吉西南's 不超过3亿元 read as an exact 3, and its 每年 amounts had a bare year."""
    zone_targets = kb.targets_for("zone:jixinan")
    rows = build_brief(kb, "zone:jixinan").targets
    assert len(rows) == len(zone_targets)
    yearly = [t for t in zone_targets if "每年" in t.metric and t.year]
    assert yearly
    text = squash(pdftotext(briefs["吉西南"]))
    assert "目标年份" in text
    assert any(t.qualifier for t in zone_targets)  # 不超过3亿元, 最高1000万元 (from the extractor)
    in_order = sorted(zone_targets, key=lambda t: t.prov.start)  # one document: rows are in text order
    for t, row in zip(in_order, rows, strict=True):
        assert row.target.startswith(t.qualifier) if t.qualifier else row.target[0].isdigit()
        assert squash(row.target) in text
    for t in yearly:
        assert f"{t.year}起" in text
