"""Clause trees of the five seeds and of small texts with known numbering."""

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from policy.model import Document
from policy.text.clauses import cn_number, parse_clauses
from policy.text.document import parse
from policy.text.normalise import normalise

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    """Chinese numeral as printed in labels: 1 → 一, 12 → 十二, 33 → 三十三."""
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


FW = str.maketrans("0123456789", "０１２３４５６７８９")


@cache
def doc(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse(path.read_text(encoding="utf-8"), path.stem)


def at_level(d: Document, level: int):
    return [c for c in d.clauses if c.level == level]


def children(d: Document, clause_id: str):
    return [c for c in d.clauses if c.parent == clause_id]


def test_000_has_twelve_sections_and_a_date_signature():
    d = doc("000")
    sections = at_level(d, 1)
    assert [c.label for c in sections] == [f"{cn(n)}、" for n in range(1, 13)]
    assert [c.number for c in sections] == list(range(1, 13))
    assert max(c.level for c in d.clauses) == 1
    assert sections[0].heading == "充分认识进一步推进特色工业园区建设的重要意义"
    assert sections[11].heading == "强化组织领导，推进管理创新"
    sig = d.clause("signature")
    assert d.text[sig.start : sig.end] == "二○○九年十二月二十二日"
    pre = d.clause("preamble")
    assert d.text[pre.start : pre.end].startswith("办、各直属机构：")


def test_001_sections_subsections_and_items_1_to_22():
    d = doc("001")
    assert [c.label for c in at_level(d, 1)] == ["一、", "二、", "三、"]
    assert [c.label for c in children(d, "1")] == ["（一）", "（二）"]
    assert [c.label for c in children(d, "2")] == [f"（{cn(n)}）" for n in range(1, 8)]
    assert [c.label for c in children(d, "3")] == [f"（{cn(n)}）" for n in range(1, 6)]
    # 一（二）lists its six targets 1–6; section 二 numbers its items 1–22 straight through (一)…(七).
    assert [c.number for c in children(d, "1.2")] == [1, 2, 3, 4, 5, 6]
    items = [c for c in at_level(d, 3) if c.id.startswith("2.")]
    assert [c.number for c in items] == list(range(1, 23))
    assert [c.label for c in items] == [f"{str(n).translate(FW)}." for n in range(1, 23)]
    per_subsection = Counter(c.parent for c in items)
    assert per_subsection == {"2.1": 2, "2.2": 3, "2.3": 5, "2.4": 3, "2.5": 3, "2.6": 3, "2.7": 3}
    # (１)…(４) under 1.做强支柱产业 and under 2.做大新兴产业.
    assert [c.label for c in children(d, "2.1.1")] == ["（１）", "（２）", "（３）", "（４）"]
    assert [c.heading for c in children(d, "2.1.1")] == ["石化产业", "农产品加工产业", "冶金产业", "汽车产业"]
    assert len(children(d, "2.1.2")) == 4


def test_001_headings_and_ids():
    d = doc("001")
    assert d.clause("1.1").heading == "总体思路"
    assert d.clause("2.1.1").heading == "做强支柱产业"
    assert d.clause("2.2.3").label == "３."
    assert d.clause("2.2.3").heading == "推进循环发展模式"
    assert d.clause("2.5").heading == "推进企业管理创新"
    assert d.clause("2.7.22").heading == "完善促进科技创新体制机制"


def test_001_cover_letter_is_in_the_preamble():
    d = doc("001")
    pre = d.clause("preamble")
    text = d.text[pre.start : pre.end]
    assert "现予印发，请认真贯彻执行" in text
    assert "在吉林市开展全省产业创新示范区试点实施方案" in text
    assert d.text[pre.end :].startswith("一、试点工作总体思路和主要目标")


def test_002_nine_sections_and_items_one_to_thirty_three():
    d = doc("002")
    assert [c.label for c in at_level(d, 1)] == [f"{cn(n)}、" for n in range(1, 10)]
    items = at_level(d, 2)
    assert [c.label for c in items] == [f"（{cn(n)}）" for n in range(1, 34)]
    assert [c.number for c in items] == list(range(1, 34))
    assert [len(children(d, str(s))) for s in range(1, 10)] == [4, 5, 3, 5, 2, 3, 5, 3, 3]
    assert items[0].heading == "促进国家级开发区做大做强"
    assert items[32].heading == "强化内部协同合作"


def test_003_five_sections_with_their_sub_items():
    d = doc("003")
    assert [c.label for c in at_level(d, 1)] == ["一、", "二、", "三、", "四、", "五、"]
    assert children(d, "1") == [] and children(d, "2") == []
    assert [c.label for c in children(d, "3")] == ["(一)", "(二)"]
    assert [c.label for c in children(d, "3.1")] == ["1.", "2.", "3.", "4."]
    assert [c.label for c in children(d, "3.2")] == ["1.", "2.", "3."]
    assert [c.label for c in children(d, "4")] == [f"({cn(n)})" for n in range(1, 9)]
    assert [c.label for c in children(d, "5")] == [f"({cn(n)})" for n in range(1, 6)]
    assert d.clause("3.1.1").heading == "总体目标"
    assert d.clause("4.6").heading == "实施品牌战略"
    # "3.要紧紧抓住…契机,围绕…" opens with a sentence, not a short title.
    assert d.clause("3.2.3").heading is None


def test_004_eight_sections_and_items_1_to_26():
    d = doc("004")
    assert [c.label for c in at_level(d, 1)] == [f"{cn(n)}、" for n in range(1, 9)]
    items = at_level(d, 2)
    assert sorted(c.number for c in items) == list(range(1, 27))
    assert [c.number for c in items] == list(range(1, 24)) + [25, 26, 24]
    assert items[0].label == "１"
    assert items[0].heading == "引导地区产业协同发展"
    assert d.clause("6.19").heading == "全面深化对口合作与战略合作"
    section_of = {c.number: c.parent for c in items}
    assert section_of[4] == "1" and section_of[5] == "2" and section_of[23] == "7" and section_of[25] == "8"


def test_004_item_24_is_kept_garbled_with_a_warning():
    d = doc("004")
    (item,) = [c for c in d.clauses if c.number == 24 and c.level == 2]
    assert item.heading == "打造最优营商环境"
    assert item.quality == "garbled"
    assert item.parent == "8"
    text = d.text[item.start : item.end]
    assert text.startswith("２４")
    assert "省突出发展民营经济工作领导小组各成员单位" in text
    assert any("24" in w and "26" in w and "scrambled" in w for w in d.warnings)
    assert [c.id for c in d.clauses if c.quality == "garbled"] == [item.id]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seeds_without_defects_have_no_garbled_clause_and_no_warning(prefix):
    d = doc(prefix)
    assert all(c.quality == "ok" for c in d.clauses)
    assert d.warnings == ()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_character_lies_in_a_clause(prefix):
    d = doc(prefix)
    covered = [False] * len(d.text)
    for c in d.clauses:
        if c.level <= 1:
            for i in range(c.start, c.end):
                assert not covered[i], f"offset {i} is in two top-level clauses"
                covered[i] = True
    assert all(covered)
    for offset in range(0, len(d.text), 97):
        d.clause_at(offset)  # raises if the offset is outside every clause


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_clause_text_starts_with_its_label(prefix):
    d = doc(prefix)
    for c in d.clauses:
        if c.level > 0:
            assert d.text[c.start :].startswith(c.label)
            assert c.start == 0 or d.text[c.start - 1] == "\n"


def test_numbers_that_merely_start_a_line_are_not_items():
    text = (
        "一、主要目标\n"
        "１.规模效益明显提升。规模以上工业总产值由３２５５亿元增长到５０\n"
        "００亿元增长到６７００亿元。\n"
        "２０１７年，工业利润达到１０５亿元。\n"
        "２.产业结构明显优化。比重由４.２％提高到８.２％。\n"
        "８.２％的比重要保持。\n"
        "二、主要任务\n"
    )
    clauses, warnings = parse_clauses(text)
    assert [c.label for c in clauses if c.level > 0] == ["一、", "１.", "２.", "二、"]
    assert warnings == ()


def test_article_numbering():
    text = (
        "总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全省。\n第十条 本办法自印发之日起施行。"
    )
    clauses, _ = parse_clauses(normalise(text))
    assert [(c.label, c.number) for c in clauses if c.level == 1] == [("第一条", 1), ("第二条", 2)]


def test_chapters_hold_articles_numbered_straight_through():
    text = "第一章 总则\n第一条 内容。\n第二条 内容。\n第二章 附则\n第三条 内容。"
    clauses, warnings = parse_clauses(normalise(text))
    assert [(c.id, c.label, c.level, c.heading) for c in clauses] == [
        ("1", "第一章", 1, "总则"),
        ("1.1", "第一条", 2, "内容"),
        ("1.2", "第二条", 2, "内容"),
        ("2", "第二章", 1, "附则"),
        ("2.3", "第三条", 2, "内容"),
    ]
    assert warnings == ()


def test_text_without_numbering_is_one_clause_with_a_warning():
    clauses, warnings = parse_clauses("为加快发展，提出如下意见。各地要认真落实。")
    assert len(clauses) == 1
    assert (clauses[0].start, clauses[0].end) == (0, len("为加快发展，提出如下意见。各地要认真落实。"))
    assert warnings == ("no clause numbering found; the text is one clause",)
    assert parse_clauses("") == ((), ())


def test_skipped_number_is_reported():
    clauses, warnings = parse_clauses("一、甲\n二、乙\n四、丁\n五、戊")
    assert [c.number for c in clauses] == [1, 2, 4, 5]
    assert warnings == ("numbering jumps from 二、 to 四、: no clause is numbered 3",)


def test_late_item_with_fragment_lines_is_garbled_wherever_it_occurs():
    text = "一、甲\n1.乙。内容。\n3.丙。内容。\n2.丁。全面落实\n，\n、\n形成\n。\n进\n（\n1"
    clauses, warnings = parse_clauses(text)
    late = clauses[-1]
    assert (late.label, late.number, late.heading, late.quality) == ("2.", 2, "丁", "garbled")
    assert text[late.start : late.end].endswith("（\n1")
    assert warnings == ("item 2 appears out of order after item 3 and its text is scrambled; shown as found",)
    assert all(c.quality == "ok" for c in clauses[:-1])


def test_late_item_with_clean_text_is_kept_without_the_garbled_mark():
    clauses, warnings = parse_clauses("一、甲\n1.乙。内容。\n3.丙。内容。\n2.丁。内容完整，没有碎片。")
    assert [c.number for c in clauses] == [1, 1, 3, 2]
    assert clauses[-1].quality == "ok"
    assert warnings == ("item 2 appears out of order after item 3",)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十三", 33),
        ("１２", 12),
        ("7", 7),
        ("二○○九", 2009),
    ],
)
def test_chinese_numerals(numeral, value):
    assert cn_number(numeral) == value
