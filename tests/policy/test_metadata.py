"""Metadata stated in the text (title, 文号, issuer, date), and how known metadata fills the gaps."""

import datetime
from functools import cache
from pathlib import Path

import pytest

from policy.text.document import parse
from policy.text.metadata import find_metadata, normalise_doc_number, parse_date
from policy.text.normalise import normalise

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def raw(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def found(prefix: str):
    return find_metadata(normalise(raw(prefix)))


def test_000_has_only_its_closing_date():
    m = found("000")
    assert m.date == "2009-12-22"
    assert m.year == 2009
    assert m.title is None and m.doc_number is None and m.issuer is None
    reasons = dict(m.unknown)
    assert reasons["title"] == "the text starts mid-document; no title lines"
    assert "文号" in reasons["doc_number"]
    assert "issuer" in reasons and "date" not in reasons


def test_001_cover_letter_metadata():
    m = found("001")
    assert m.title == "吉林省人民政府关于印发在吉林市开展全省产业创新示范区试点实施方案的通知"
    assert m.doc_number == "吉政发〔2014〕23号"
    assert m.issuer == "吉林省人民政府"
    assert m.date == "2014-06-24"
    assert m.year == 2014
    assert m.unknown == ()


def test_002_cover_letter_metadata():
    m = found("002")
    assert m.title == "吉林省人民政府办公厅关于印发支持吉西南承接产业转移示范区若干政策举措的通知"
    assert m.doc_number == "吉政办发〔2023〕22号"
    assert m.issuer == "吉林省人民政府办公厅"
    assert m.date == "2023-09-04"


def test_003_signing_date_not_the_drafting_date():
    m = found("003")
    assert m.title == (
        "吉林省人民政府办公厅转发省中小企业局关于“十一五”期间加快中小企业暨民营经济产业集群发展意见的通知"
    )
    assert m.doc_number == "吉政办发〔2006〕32号"  # printed "32 号", with a space
    assert m.issuer == "吉林省人民政府办公厅"
    assert m.date == "2006-10-17"  # not the bracketed drafting date (二○○六年七月十九日)


def test_004_has_a_title_but_no_number_issuer_or_date():
    m = found("004")
    assert m.title == "关于推进环长春四辽吉松工业走廊发展规划实施的若干政策"
    assert m.doc_number is None and m.date is None and m.issuer is None and m.year is None
    reasons = dict(m.unknown)
    assert set(reasons) == {"doc_number", "issuer", "date", "year"}
    # The 文号 it cites inside item 17 is another document's, not its own.
    assert "吉发〔2018〕4号" in reasons["doc_number"]
    assert all(reasons.values())


def test_dates_inside_sentences_are_not_the_issue_date():
    text = "关于加快发展的意见\n一、到２０２０年６月１日前完成。\n二、２０２１年１月１日起施行。"
    assert find_metadata(text).date is None


def test_bracketed_drafting_date_is_used_when_nothing_else_is_there():
    assert find_metadata("关于加快发展的意见\n(二○○六年七月十九日)\n正文。").date == "2006-07-19"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("二○○九年十二月二十二日", "2009-12-22"),
        ("二〇〇九年十二月二十二日", "2009-12-22"),
        ("二零零九年十二月二十二日", "2009-12-22"),
        ("２０１４年６月２４日", "2014-06-24"),
        ("2023年9月4日", "2023-09-04"),
        ("2023年13月4日", None),
        ("九月四日", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("吉政发〔２０１４〕２３号", "吉政发〔2014〕23号"),
        ("吉政办发〔2006〕32 号", "吉政办发〔2006〕32号"),
        ("吉政办发［2019］3号", "吉政办发〔2019〕3号"),
    ],
)
def test_doc_number_is_normalised(printed, canonical):
    assert normalise_doc_number(printed) == canonical


# --- parse(): known metadata from a manifest or front matter --------------------------------------------


def test_parse_uses_the_text_and_records_the_reasons():
    d = parse(raw("004"), "004")
    assert d.title == "关于推进环长春四辽吉松工业走廊发展规划实施的若干政策"
    assert d.doc_number is None and d.date is None
    assert d.unknown_reason("doc_number") and d.unknown_reason("date") and d.unknown_reason("year")


def test_known_values_fill_fields_the_text_does_not_state():
    d = parse(
        raw("000"), "000", known={"title": "关于进一步推进特色工业园区建设的意见", "issuer": "吉林省人民政府"}
    )
    assert d.title == "关于进一步推进特色工业园区建设的意见"
    assert d.issuer == "吉林省人民政府"
    assert d.unknown_reason("title") is None
    assert d.unknown_reason("doc_number") is not None


def test_text_wins_over_a_disagreeing_known_value_with_a_warning():
    d = parse(
        raw("001"), "001", known={"doc_number": "吉政发〔2014〕99号", "date": datetime.date(2014, 6, 24)}
    )
    assert d.doc_number == "吉政发〔2014〕23号"
    assert d.date == "2014-06-24"
    assert any("doc_number" in w and "99" in w for w in d.warnings)
    assert not any("date" in w for w in d.warnings)


def test_known_reasons_are_kept_for_fields_that_stay_unknown():
    why = "the date is not in the text; it cites 吉政办发〔2019〕3号, so it was issued in 2019 or later"
    d = parse(raw("004"), "004", known={"date": None, "unknown": {"date": why}})
    assert d.date is None
    assert d.unknown_reason("date") == why


def test_unusable_known_date_is_ignored_with_a_warning():
    d = parse(raw("004"), "004", known={"date": "last spring"})
    assert d.date is None
    assert any("last spring" in w for w in d.warnings)


def test_manifest_agrees_with_the_text():
    import json

    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    for path in sorted(SEEDS.glob("*.txt")):
        d = parse(path.read_text(encoding="utf-8"), path.stem, known=manifest[path.stem])
        assert not any("but the text says" in w for w in d.warnings), (path.stem, d.warnings)


def test_parse_rejects_bad_arguments():
    with pytest.raises(TypeError, match="str"):
        parse(None, "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="doc_id"):
        parse("text", "")
    with pytest.raises(ValueError, match="source"):
        parse("text", "x", source="web")
    with pytest.raises(TypeError, match="mapping"):
        parse("text", "x", known=[("title", "t")])  # type: ignore[arg-type]
