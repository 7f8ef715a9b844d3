"""Targets on the seeds: 001's growth chains with their 2013 baseline, shares in %, 003's cluster goals and
002's yearly money; every span shows the value it states."""

import re
from pathlib import Path

import pytest

from policy.extract.subject import document_subject
from policy.extract.targets import extract_targets
from policy.places.gazetteer import load_gazetteer
from policy.text.document import parse

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {p.stem[:3]: p for p in sorted((ROOT / "seeds").glob("*.txt"))}
_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")


@pytest.fixture(scope="module")
def found():
    gaz = load_gazetteer()
    docs = {k: parse(p.read_text(encoding="utf-8"), p.stem) for k, p in SEEDS.items()}
    return docs, {k: extract_targets(d, gaz, document_subject(d, gaz)) for k, d in docs.items()}


def _pick(targets, metric_part, year, unit=None):
    hits = [
        t for t in targets if metric_part in t.metric and t.year == year and (unit is None or t.unit == unit)
    ]
    assert hits, (metric_part, year)
    return hits


def test_001_output_value_chain(found):
    _docs, targets = found
    t = targets["001"]
    out17 = _pick(t, "工业总产值", 2017, "亿元")
    assert [x.value for x in out17 if x.baseline and x.baseline.value == 3255.0] == [5000.0]
    out20 = [x for x in _pick(t, "工业总产值", 2020, "亿元") if x.value == 6700.0]
    assert out20 and out20[0].baseline.value == 3255.0 and out20[0].baseline.year == 2013
    added = {
        (x.year, x.value, x.baseline.value) for x in t if x.metric.endswith("工业增加值") and x.unit == "亿元"
    }
    assert added == {(2017, 1500.0, 955.0), (2020, 2100.0, 955.0)}
    profit = {(x.year, x.value) for x in t if "工业利润" in x.metric and x.unit == "亿元"}
    assert profit == {(2017, 105.0), (2020, 160.0)}
    assert all(x.region == "220200" for x in t if "工业总产值" in x.metric)


def test_001_shares_in_percent(found):
    _docs, targets = found
    t = targets["001"]
    hi = {(x.year, x.value, x.baseline.value) for x in t if x.metric.startswith("高技术产业")}
    assert hi == {(2017, 8.2, 4.2), (2020, 11.2, 4.2)}
    new = {(x.year, x.value) for x in t if x.metric.startswith("战略性新兴产业")}
    assert new == {(2017, 32.0), (2020, 35.0)}
    assert all(x.unit == "％" for x in t if "比重" in x.metric)
    # 由２０１２年的３５％: a baseline year stated in the chain wins over the section's 2013.
    park = [x for x in t if "关联度" in x.metric]
    assert park and all(x.baseline.year == 2012 for x in park)


def test_001_food_zone_health_food(found):
    _docs, targets = found
    food = {(x.year, x.value, x.unit) for x in targets["001"] if "保健食品" in x.metric}
    assert food == {(2017, 50.0, "亿元"), (2020, 60.0, "亿元")}


def test_003_cluster_goals(found):
    _docs, targets = found
    t = targets["003"]
    assert {(x.value, x.unit, x.year) for x in t if "增加值" in x.metric} == {
        (1000.0, "亿元", 2010),
        (500.0, "亿元", 2010),
    }
    assert all(x.region == "220000" for x in t)
    assert any(x.value == 500.0 and "产业集群" in x.metric for x in t)


def test_002_money_per_year(found):
    _docs, targets = found
    t = targets["002"]
    yearly = [x for x in t if "每年" in x.metric]
    assert {(x.value, x.unit, x.year) for x in yearly} == {(1.0, "亿元", 2024), (3.0, "亿元", 2024)}
    assert all("2028" in x.metric for x in yearly)
    reward = [x for x in t if x.value == 1000.0]
    assert reward and reward[0].unit == "万元"
    assert all(x.region == "zone:jixinan" for x in t)


def test_spans_contain_the_value(found):
    docs, targets = found
    for key, ts in targets.items():
        text = docs[key].text
        for x in ts:
            cited = text[x.prov.start : x.prov.end].translate(_FW)
            assert re.search(rf"(?<![\d.]){re.escape(f'{x.value:g}')}(?![\d.])", cited.replace(" ", "")), (
                key,
                cited,
            )
            assert x.unit.replace("％", "%") in cited.replace("％", "%")
            assert docs[key].clause(x.prov.clause_id).start <= x.prov.start


def test_no_targets_without_numbers():
    doc = parse("一、总体要求\n加快发展汽车产业，推进园区建设。\n", "synthetic")
    assert extract_targets(doc, load_gazetteer(), None) == ()
    with pytest.raises(TypeError):
        extract_targets("text", load_gazetteer(), None)


# -- regions in the metric phrase, 万亿元, labels and years out of the metric, nothing dropped silently ----
_QA = (
    "关于全省工业发展的意见\n一、目标\n"
    "（一）到2025年，全省工业总产值达到3万亿元，其中长春市达到1.5万亿元，吉林市由2000亿元增长到3000亿元。\n"
    "（二）到2030年，四平市规上工业增加值年均增长8%以上。\n"
    "（三）力争2025年辽源市袜业产值突破100亿元，比2020年翻一番。\n"
)


@pytest.fixture(scope="module")
def qa():
    from policy.extract.targets import target_facts

    gaz = load_gazetteer()
    doc = parse(_QA, "qa")
    return doc, *target_facts(doc, gaz, document_subject(doc, gaz))


def test_region_named_in_the_phrase_is_the_region_not_the_metric(qa):
    _doc, targets, _ = qa
    got = {(t.region, t.metric, t.value, t.unit) for t in targets if t.metric == "工业总产值"}
    assert got == {
        ("220000", "工业总产值", 3.0, "万亿元"),
        ("220100", "工业总产值", 1.5, "万亿元"),
        ("220200", "工业总产值", 3000.0, "亿元"),
    }
    jilin = [t for t in targets if t.region == "220200"]
    assert jilin[0].baseline.value == 2000.0 and jilin[0].year == 2025


def test_label_year_and_region_are_not_in_the_metric(qa):
    doc, targets, _ = qa
    socks = [t for t in targets if t.value == 100.0]
    assert [(t.region, t.metric, t.year, t.unit) for t in socks] == [("220400", "袜业产值", 2025, "亿元")]
    # 突破 bounds the value from below: the cited words show it.
    assert doc.text[socks[0].prov.start : socks[0].prov.end] == "突破100亿元"
    assert socks[0].qualifier == "突破"
    for t in targets:
        assert not re.search(r"[（(]|20\d\d|市", t.metric), t


def test_growth_rate_is_a_target_in_percent(qa):
    doc, targets, warnings = qa
    rates = [t for t in targets if t.unit == "％"]
    assert [(t.region, t.metric, t.value, t.year, t.baseline) for t in rates] == [
        ("220300", "规上工业增加值年均增长", 8.0, 2030, None)
    ]
    assert doc.text[rates[0].prov.start : rates[0].prov.end] == "8%以上"
    assert rates[0].qualifier == "以上"
    assert not [w for w in warnings if "growth-rate" in w]


def test_seed_bounds_are_kept_as_qualifiers(found):
    docs, targets = found
    by_value = {(x.value, x.unit): x for x in targets["002"]}
    # 002: "每年安排不超过3亿元" and "给予单户最高1000万元奖励".
    assert by_value[(3.0, "亿元")].qualifier == "不超过"
    assert by_value[(1000.0, "万元")].qualifier == "最高"
    assert by_value[(1.0, "亿元")].qualifier is None  # 增加安排…资金1亿元 is exact
    # 001: "市级企业技术中心数量…到２０２０年达到１５０个以上".
    centres = [x for x in targets["001"] if x.metric == "市级企业技术中心数量" and x.year == 2020]
    assert [x.qualifier for x in centres] == ["以上"]
    x = centres[0]
    assert docs["001"].text[x.prov.start : x.prov.end].endswith("以上")
    # 001: 规模以上工业总产值…增长到５０００亿元 states the value exactly.
    assert all(x.qualifier is None for x in targets["001"] if x.metric == "规模以上工业总产值")


def test_every_qualifier_is_in_the_cited_words(found):
    docs, targets = found
    qualified = 0
    for key, ts in targets.items():
        for x in ts:
            cited = docs[key].text[x.prov.start : x.prov.end]
            if x.qualifier is None:
                assert not re.search("以上|不超过|最高|突破|超过|以内", cited), (key, cited)
            else:
                qualified += 1
                assert x.qualifier in cited, (key, cited)
    assert qualified >= 3


def test_001_growth_rates_continue_the_sentence_metrics(found):
    _docs, targets = found
    rates = {(x.metric, x.value, x.year) for x in targets["001"] if x.metric.endswith("年均增长")}
    assert rates == {
        ("规模以上工业总产值年均增长", 11.0, 2020),
        ("工业增加值年均增长", 12.0, 2020),
        ("规模以上工业利润年均增长", 15.0, 2020),
    }


def test_growth_rate_without_a_metric_is_counted_in_a_warning():
    from policy.extract.targets import target_facts

    doc = parse("关于测试的通知\n一、目标\n年均增长8%左右。\n", "t")
    targets, warnings = target_facts(doc, load_gazetteer(), None)
    assert targets == ()
    assert any(w.startswith("1 growth-rate phrase") for w in warnings)


def test_count_targets_name_what_is_counted():
    from policy.extract.targets import target_facts

    doc = parse(
        "关于测试的通知\n一、目标\n“十四五”期间，全省培育50个特色产业集聚区、20家省级创新中心和3个示范园区。\n",
        "t",
    )
    targets, _ = target_facts(doc, load_gazetteer(), None)
    got = [(t.region, t.metric, t.value, t.unit, t.year) for t in targets]
    assert got == [
        ("220000", "特色产业集聚区", 50.0, "个", 2025),
        ("220000", "省级创新中心", 20.0, "家", 2025),
        ("220000", "示范园区", 3.0, "个", 2025),
    ]
    assert [doc.text[t.prov.start : t.prov.end] for t in targets] == ["50个", "20家", "3个"]


def test_value_with_target_verb_not_read_is_warned():
    from policy.extract.targets import target_facts

    gaz = load_gazetteer()
    doc = parse("关于测试的通知\n一、目标\n全省力争培育1-2个特色产业集群。\n", "t")
    targets, warnings = target_facts(doc, gaz, None)
    assert targets == ()
    assert any("'2个'" in w and "not read as a target" in w for w in warnings)


def test_company_named_after_a_city_keeps_its_name(found):
    _docs, targets = found
    assert any(t.metric.startswith("吉林大地化工公司") for t in targets["001"])


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "cited"),
    [
        ("安排不超过 3亿元", "3亿元", "不超过", "不超过 3亿元"),
        ("收入超过10亿元", "10亿元", "超过", "超过10亿元"),
        ("达到150个以上", "150个以上", "以上", "150个以上"),
        ("控制在5万吨以内", "5万吨", "以内", "5万吨以内"),
        ("达到8000亿元", "8000亿元", None, "8000亿元"),
    ],
)
def test_qualified_span(text, value, qualifier, cited):
    from policy.extract.targettext import qualified_span

    start = text.index(value)
    got, a, b = qualified_span(text, start, start + len(value))
    assert (got, text[a:b]) == (qualifier, cited)


def test_qualified_span_outside_the_text_is_a_value_error():
    from policy.extract.targettext import qualified_span

    with pytest.raises(ValueError, match="not inside"):
        qualified_span("3亿元", 2, 9)
