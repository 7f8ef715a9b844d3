"""Normalisation: wrapped PDF lines become paragraphs; layout whitespace goes; every other character stays."""

from pathlib import Path

import pytest

from policy.text.normalise import normalise

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(stem_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{stem_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_wrapped_lines_are_joined_into_paragraphs():
    # Section 五 of seed 000 as extracted from the PDF: lines wrapped every ~35 characters, blank lines
    # between them, two-space paragraph indents, "１" / "０万平方米" split over a line break.
    raw = seed("000")
    excerpt = raw[raw.index("  五、") : raw.index("  六、")]
    assert "建设１\n\n０万平方米" in excerpt
    paragraphs = normalise(excerpt).split("\n")
    assert len(paragraphs) == 3
    assert paragraphs[0] == "五、扶持公共服务平台建设，提高综合配套服务能力"
    assert paragraphs[1].startswith("鼓励和扶持特色工业园区建设为主导产业服务的融资担保")
    assert "省级特色工业园区要建设１０万平方米以上的孵化基地" in paragraphs[1]
    assert paragraphs[1].endswith("提升特色工业园区的产业层次和管理水平。")
    assert paragraphs[2] == (
        "促进特色工业园区内以企业为主体的各类行业协会和商会的建立和完善，园区管委会要为其提供工作场所和活动"
        "条件。协会和商会在制定公平公正规则的基础上，对园区相关产业集聚进行细化指导和服务。"
    )


def test_date_line_after_the_last_paragraph_stands_alone():
    text = normalise(seed("000"))
    assert text.endswith(
        "用改革的方法解决好发展中遇到的问题。把握服务取向，把做大做强特色工业园区的各项政策措施落到实处。"
        "\n二○○九年十二月二十二日"
    )


def test_number_split_over_a_line_break_is_rejoined():
    assert normalise("要建设１\n\n０万平方米") == "要建设１０万平方米"
    assert "１０万平方米以上的孵化基地" in normalise(seed("000"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("继 续 推 进 在 北 京、天 津、", "继续推进在北京、天津、"),
        ("全面 深 化 对 口 合 作 与 战 略 合 作。", "全面深化对口合作与战略合作。"),
        ("企业 提 供 节 能 降 耗", "企业提供节能降耗"),
    ],
)
def test_justification_spaces_between_cjk_characters_go(raw, expected):
    assert normalise(raw) == expected


def test_seed_004_spaced_characters_are_closed_up():
    text = normalise(seed("004"))
    assert "继续推进在北京、天津、广州等地设立" in text
    assert "全面深化对口合作与战略合作" in text
    assert "继 续" not in text


def test_full_width_characters_are_kept():
    raw = "《环长春四辽吉松工业走廊发展规划 （２０１８—２０２５年）》，吉政发〔２０１４〕２３号，ＡＢＳ树脂"
    assert (
        normalise(raw)
        == "《环长春四辽吉松工业走廊发展规划（２０１８—２０２５年）》，吉政发〔２０１４〕２３号，ＡＢＳ树脂"
    )


def test_spaces_next_to_latin_digits_are_kept_verbatim():
    # 003 sets half-width numbers apart with spaces; they are not justification artefacts.
    assert normalise("经过 5年的努力,增加值要达到 1000 亿元") == "经过 5年的努力,增加值要达到 1000 亿元"


def test_indentation_trailing_spaces_and_blank_lines_go():
    raw = (
        "\u3000\u3000吉林省人民政府办公厅\u3000\u3000\u3000\u3000 \n"
        "\xa0 \n\n\u3000\u30002023年9月4日\u3000 \n"
    )
    assert normalise(raw) == "吉林省人民政府办公厅\n2023年9月4日"


def test_title_broken_over_lines_is_one_paragraph():
    text = normalise(seed("001"))
    lines = text.split("\n")
    assert lines[0] == "吉林省人民政府关于印发在吉林市开展全省产业创新示范区试点实施方案的通知"
    assert lines[1] == "吉政发〔２０１４〕２３号"
    assert "在吉林市开展全省产业创新示范区试点实施方案" in lines


def test_one_paragraph_per_line_text_keeps_its_lines():
    text = normalise(seed("002"))
    lines = text.split("\n")
    assert "（此件公开发布）" in lines
    assert "一、提升承接产业能力" in lines
    assert any(line.startswith("（三十三）强化内部协同合作。") for line in lines)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_paragraph_starts_survive(prefix):
    text = normalise(seed(prefix))
    assert "\n\n" not in text
    assert text == text.strip()
    assert all(line == line.strip() for line in text.split("\n"))
    # Every top-level section heading starts its own line.
    for numeral in ["一", "二", "三"]:
        assert f"\n{numeral}、" in text


def test_only_layout_whitespace_is_removed():
    # Apart from whitespace, the characters of the raw text all survive, in order.
    for prefix in ["000", "001", "002", "003", "004"]:
        raw = seed(prefix)
        text = normalise(raw)
        ws = " \t\n\r\u3000\xa0"
        assert [c for c in raw if c not in ws] == [c for c in text if c not in ws]


def test_normalising_twice_changes_nothing_on_the_seeds():
    for prefix in ["000", "001", "002", "003", "004"]:
        text = normalise(seed(prefix))
        assert normalise(text) == text


def test_empty_and_whitespace_only_text():
    assert normalise("") == ""
    assert normalise(" \n\u3000\n\n") == ""


def test_rejects_non_text():
    with pytest.raises(TypeError, match="str"):
        normalise(b"bytes")  # type: ignore[arg-type]
