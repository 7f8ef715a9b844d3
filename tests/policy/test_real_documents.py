"""Real government work reports (tests/fixtures/corpus, copies of ../shared/corpus): metadata and structure.

The expected values were read off each report's title and opening lines by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy.corpus import load_paths
from policy.places.gazetteer import load_gazetteer
from policy.text.document import parse

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def report(name: str):
    (doc,) = load_paths([str(CORPUS / f"{name}.md")])
    return doc


# name, date, how it was read, issuer, subject
REPORTS = [
    ("吉林省-2003", "2003-01-10", "speaker", "吉林省人民政府", "220000"),
    ("吉林省-2006", "2006-02-08", "speaker", "吉林省人民政府", "220000"),
    ("吉林省-2016", "2016-01-26", "meeting", "吉林省人民政府", "220000"),
    ("吉林省-2024", "2024-01-24", "meeting", "吉林省人民政府", "220000"),
    ("长春市-2012", "2011-12-26", "title", "长春市人民政府", "220100"),
    ("长春市-2016", "2016-02-26", "meeting", "长春市人民政府", "220100"),
    ("吉林市-2014", "2014-01-10", "meeting", "吉林市人民政府", "220200"),
    ("吉林市-2020", "2020-01-07", "meeting", "吉林市人民政府", "220200"),
    ("四平市-2015", "2015-01-21", "meeting", "四平市人民政府", "220300"),
    ("延边朝鲜族自治州-2014", "2013-12-21", "meeting", "延边朝鲜族自治州人民政府", "222400"),
    ("延边朝鲜族自治州-2021", "2021-01-12", "meeting", "延边朝鲜族自治州人民政府", "222400"),
    ("松原市-2016", "2016-01-20", "meeting", "松原市人民政府", "220700"),
    ("松原市-2020", "2020-01-07", "meeting", "松原市人民政府", "220700"),
    ("辽源市-2021", "2021-01-12", "meeting", "辽源市人民政府", "220400"),
    ("辽源市-2022", "2022-01-11", "meeting", "辽源市人民政府", "220400"),
    ("通化市-2022", "2022-01-11", "meeting", "通化市人民政府", "220500"),
]


@pytest.mark.parametrize(("name", "date", "basis", "issuer", "subject"), REPORTS)
def test_report_metadata_as_a_reader_reads_it(name, date, basis, issuer, subject):
    doc = report(name)
    assert (doc.date, doc.date_basis, doc.issuer, doc.subject) == (date, basis, issuer, subject)
    assert doc.year == int(date[:4])
    assert doc.doc_kind == "政府工作报告"
    assert doc.subject_words and doc.date_words  # the words they were read from
    assert doc.outside is None


def test_changchun_reports_titled_only_政府工作报告_are_changchun_not_the_province():
    doc = report("长春市-2016")
    assert doc.title == "政府工作报告"
    assert doc.subject == "220100" and "长春市第十四届人民代表大会" in doc.subject_words


@pytest.mark.parametrize("name", [r[0] for r in REPORTS])
def test_reports_come_out_with_their_section_tree(name):
    doc = report(name)
    tops = [c for c in doc.clauses if c.level == 1]
    assert len(doc.clauses) >= 8
    assert tops[0].label == "一、"
    assert all(doc.text[c.start : c.end].startswith(c.label) for c in doc.clauses if c.label)


def test_abridged_numbering_is_kept_and_warned():
    doc = report("通化市-2022")  # the copy jumps from 一、 to （三）… and to 三、
    labels = [c.label for c in doc.clauses if c.label]
    assert labels[:1] == ["一、"] and "三、" in labels
    assert [x for x in labels if x.startswith("（")] == ["（三）", "（四）", "（五）", "（六）", "（七）"]
    assert any("（三）" in w for w in doc.warnings)


def test_dash_bullets_are_items():
    doc = report("辽源市-2021")
    dashes = [c for c in doc.clauses if c.label == "——"]
    assert len(dashes) >= 6
    assert [c.number for c in dashes[:6]] == [1, 2, 3, 4, 5, 6]
    assert doc.text[dashes[0].start : dashes[0].end].startswith("——奋力推进经济转型新实践")
    # The opening ——2021年1月12日在…会议上 line is not an item.
    assert doc.clauses[0].id == "preamble" and "2021年1月12日" in doc.text[: doc.clauses[0].end]


def test_bold_headings_of_markdown_reports_are_sections():
    doc = report("吉林市-2014")  # **一、2013年工作回顾**
    tops = [c for c in doc.clauses if c.level == 1]
    assert [c.heading for c in tops][:2] == ["2013年工作回顾", "2014年工作安排"]
    assert "**" not in doc.text


# -- documents about other places -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "date", "issuer", "outside"),
    [
        ("not-jilin/辽宁省-2020", "2020-01-14", "辽宁省人民政府", "辽宁省"),
        ("not-jilin/国务院-2021", "2021-03-05", "国务院", "全国"),
        ("not-jilin/国家-十四五规划纲要", None, None, "全国"),
    ],
)
def test_documents_about_other_places_are_kept_and_said_so(name, date, issuer, outside):
    doc = report(name)
    assert (doc.date, doc.issuer, doc.outside, doc.subject) == (date, issuer, outside, None)
    assert any("not Jilin" in w for w in doc.warnings)
    assert dict(doc.unknown)["subject"].startswith(f"the document is about {outside}")


def test_the_national_plan_front_matter_closed_by_four_dashes_is_read():
    doc = report("not-jilin/国家-十四五规划纲要")
    assert doc.title == "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert doc.doc_kind == "规划"
    assert len(doc.clauses) > 100  # 第一篇 … 第X章 … 第X节
    assert "<details>" not in doc.text and "<!--" not in doc.text


def test_documents_about_other_places_give_no_jilin_designations():
    from policy.kb import build_kb

    docs = [report(f"not-jilin/{n}") for n in ("辽宁省-2020", "国务院-2021", "国家-十四五规划纲要")]
    kb = build_kb(docs)
    assert len(kb.designations) <= 3
    assert all(kb.document(d.prov.doc_id).text.count(kb.region(d.region).short) for d in kb.designations)
    # 辽宁's unemployment rate and forest cover are not targets of 吉林省.
    assert all(t.region != "220000" for t in kb.targets)
    for t in kb.targets:  # a target is kept only where its sentence names the Jilin place
        assert kb.region(t.region).short in kb.document(t.prov.doc_id).text


# -- dates, issuers and corrections on small texts --------------------------------------------------
def test_a_title_and_a_meeting_line_that_disagree_are_both_said():
    text = "——2014年1月11日在吉林市第十五届人民代表大会第三次会议上\n各位代表：\n一、回顾\n正文。\n"
    doc = parse(text, "x", known={"title": "吉林市政府工作报告（2014年1月10日 赵静波）"}, source="path")
    assert (doc.date, doc.date_basis) == ("2014-01-11", "meeting")
    assert any("2014-01-10" in w and "title" in w for w in doc.warnings)


def test_chinese_numeral_and_full_width_dates_in_an_opening_line():
    doc = parse("（二○○六年二月八日 王珉）\n各位代表：\n一、回顾\n正文。\n", "a", source="path")
    assert (doc.date, doc.date_basis) == ("2006-02-08", "speaker")
    doc = parse("——２０１６年１月２６日在吉林省第十二届人民代表大会第四次会议上\n一、回顾\n正文。\n", "b")
    assert (doc.date, doc.subject, doc.issuer) == ("2016-01-26", "220000", "吉林省人民政府")


def test_no_stated_date_is_null_with_a_reason():
    doc = parse("各位代表：\n一、回顾\n2015年，全市经济增长。\n", "c", source="path")
    assert doc.date is None and "no date stated" in dict(doc.unknown)["date"]


def test_a_users_correction_wins_over_the_parse():
    text = "——2014年1月10日在吉林市第十五届人民代表大会第三次会议上\n一、回顾\n正文。\n"
    known = {
        "date": "2014-02-01",
        "subject": "长春",
        "doc_kind": "报告",
        "issuer": "长春市人民政府",
        "corrected": ["date", "subject"],
    }
    doc = parse(text, "d", known=known, source="path")
    assert (doc.date, doc.date_basis, doc.year) == ("2014-02-01", "given", 2014)
    assert doc.subject == "220100"
    assert doc.doc_kind == "报告"  # not corrected, but the text (no title) states no kind: it fills the gap
    # Not corrected and stated otherwise in the text: the text wins and the difference is said.
    assert doc.issuer == "吉林市人民政府"
    assert any("长春市人民政府" in w for w in doc.warnings)


# -- places inside other words ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "巴丹吉林沙漠",
        "拓宽城区道路",
        "东辽河流域治理",
        "白山大桥建成",
        "吉林化纤集团",
        "通化东宝药业股份有限公司",
    ],
)
def test_a_place_inside_a_longer_word_is_not_a_mention(text):
    found = [m.surface for m in load_gazetteer().find(text)]
    assert found == [] or all(s not in ("吉林", "宽城区", "东辽", "白山", "通化") for s in found)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("九台市", "220113"),  # a former unit is today's 九台区
        ("扶余县", "220781"),
        ("建设九台奶牛生产基地", "220113"),
        ("长春新区", "220100"),
        ("珲春国际合作示范区", "222404"),
        ("叶赫满族镇", "220303"),  # a town names its county
    ],
)
def test_former_units_towns_and_zones_resolve_to_todays_region(text, region):
    assert [m.region for m in load_gazetteer().find(text)][:1] == [region]
