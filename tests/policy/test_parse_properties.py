"""Properties that hold for any text: parse never raises, and the clause tree is a proper tree over it."""

from hypothesis import given
from hypothesis import strategies as st

from policy.model import Document
from policy.text.document import parse

FRAGMENTS = [
    *[
        "一、",
        "二、",
        "三、",
        "十一、",
        "（一）",
        "（二）",
        "(三)",
        "（十二）",
        "１.",
        "２.",
        "3.",
        "１\ue010",
    ],
    *["（１）", "(2)", "第一条", "第二条", "第三章", "①", "００亿元", "２０１７年", "二○○九年十二月二十二日"],
    *["吉政发〔２０１４〕２３号", "吉林省人民政府", "关于印发", "的通知", "产业", "发展", "集群", "继 续"],
    *[
        "。",
        "，",
        "：",
        "“",
        "”",
        "（",
        "）",
        "\n",
        "\n\n",
        "\n\n\n",
        " ",
        "  ",
        "\u3000",
        "\xa0",
        "\r\n",
        "\t",
    ],
    *["a", "1"],
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
cjk_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
        st.sampled_from("一二三四五六七八九十、（）().．0123456789０１２３ \n\u3000\ue010。，"),
    ),
    max_size=120,
)
any_text = st.one_of(fragment_text, cjk_text, st.text(max_size=80))


def check_tree(d: Document) -> None:
    n = len(d.text)
    ids = [c.id for c in d.clauses]
    assert len(ids) == len(set(ids)), "clause ids are unique"
    by_id = {c.id: c for c in d.clauses}
    for c in d.clauses:
        assert 0 <= c.start < c.end <= n, "every clause span lies within the text and is not empty"
        assert c.quality in ("ok", "garbled")
        if c.parent is not None:
            p = by_id[c.parent]
            assert p.start <= c.start and c.end <= p.end, "a child's span lies within its parent's"
            assert c.level == p.level + 1
    siblings: dict[str | None, list] = {}
    for c in d.clauses:
        siblings.setdefault(c.parent, []).append(c)
    for group in siblings.values():
        group.sort(key=lambda c: c.start)
        for a, b in zip(group, group[1:], strict=False):
            assert a.end <= b.start, "sibling spans do not overlap"
    # Top-level clauses, preamble and signature cover the whole text with no gap.
    tops = sorted((c for c in d.clauses if c.parent is None), key=lambda c: c.start)
    if n:
        assert tops, "non-empty text has at least one clause"
        assert tops[0].start == 0 and tops[-1].end == n
        for a, b in zip(tops, tops[1:], strict=False):
            assert a.end == b.start
    else:
        assert d.clauses == ()


@given(any_text)
def test_parse_never_raises_and_builds_a_proper_tree(raw):
    d = parse(raw, "prop")
    check_tree(d)
    assert all(isinstance(w, str) and w for w in d.warnings)
    if d.date is not None:
        assert len(d.date) == 10 and d.date[4] == "-" and d.date[7] == "-"
    for field, reason in d.unknown:
        assert getattr(d, field) is None and reason


@given(fragment_text)
def test_normalised_text_has_no_blank_lines_or_edge_whitespace(raw):
    text = parse(raw, "prop").text
    assert "\n\n" not in text
    assert text == text.strip()
    for line in text.split("\n"):
        assert line == line.strip(" \t\u3000\xa0")


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=12))
def test_numbered_sections_in_sequence_are_all_found(counts):
    # Sections 一、二、… each with items (一)(二)…: every one of them becomes a clause.
    cn = "一二三四五六七八九十"

    def numeral(k: int) -> str:
        return cn[k - 1] if k <= 10 else "十" + cn[k - 11]

    lines = ["关于加快发展的意见", "为加快发展，提出如下意见。"]
    for s, count in enumerate(counts, start=1):
        lines.append(f"{numeral(s)}、第{s}部分")
        lines.extend(f"（{numeral(i)}）事项{i}。内容。" for i in range(1, count + 1))
    d = parse("\n".join(lines), "prop")
    check_tree(d)
    assert len([c for c in d.clauses if c.level == 1]) == len(counts)
    assert len([c for c in d.clauses if c.level == 2]) == sum(counts)
    assert d.clause("preamble").start == 0
