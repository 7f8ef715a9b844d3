"""The message catalogue: English stays as written, every catalogue message reads back into Chinese."""

from __future__ import annotations

import re

import pytest

from policy.corpus import load_knowledge_base, seed_manifest
from policy.extract.designations import extract_designations
from policy.industries.taxonomy import load_taxonomy
from policy.messages import CATALOGUE, fields_of, localise, message
from policy.messages import parse as parse_message
from policy.places.gazetteer import load_gazetteer
from policy.text.clauses import parse_clauses
from policy.text.document import parse

_LATIN = re.compile(r"[A-Za-z]")
_FIELD_ZH = {"title": "标题", "doc_number": "文号", "issuer": "发文机关", "date": "成文日期", "year": "年份"}


def _sample(template) -> dict[str, str]:
    """Distinct values for each field, with the punctuation real values carry (quotes, brackets, dots)."""
    values = ["吉政办发〔2019〕3号", "（五）", "3.1.3", "光机电一体化", "004_93e718e95d44278b", "2 个"]
    out = {}
    for i, name in enumerate(sorted(fields_of(template.en))):
        out[name] = "date" if name == "field" else values[i % len(values)] + str(i)
    return out


def _chinese_only(text: str) -> None:
    """Assert a localised message has no Latin letters outside its field values (ids, quotes, numbers)."""
    prefix, sep, rest = text.partition(": ")
    if sep and " " not in prefix:
        text = rest
    found = parse_message(text)
    assert found is not None, f"not a catalogue message: {text!r}"
    zh = localise(text, "zh")
    for value in sorted(found[1].values(), key=len, reverse=True):
        zh = zh.replace(value, "")
    for name in ("Word", "PDF", "docx"):  # product names stay as they are
        zh = zh.replace(name, "")
    assert not _LATIN.search(zh), f"English left in {localise(text, 'zh')!r}"


@pytest.mark.parametrize("template", CATALOGUE, ids=lambda t: t.code)
def test_every_entry_round_trips(template):
    assert fields_of(template.en) == fields_of(template.zh)
    values = _sample(template)
    english = message(template.code, **values)
    assert english == template.en.format(**values)
    assert localise(english, "en") == english
    assert parse_message(english) == (template.code, values)
    shown = {k: _FIELD_ZH.get(v, v) if k == "field" else v for k, v in values.items()}
    assert localise(english, "zh") == template.zh.format(**shown)
    _chinese_only(english)


def test_codes_are_unique_and_templates_distinct():
    assert len({t.code for t in CATALOGUE}) == len(CATALOGUE)
    assert len({t.en for t in CATALOGUE}) == len(CATALOGUE)


def test_message_refuses_wrong_fields_and_unknown_codes():
    with pytest.raises(ValueError, match="term"):
        message("unclassified_term", doc="d", label="(一)")
    with pytest.raises(ValueError, match="extra"):
        message("title_empty", extra=1)
    with pytest.raises(ValueError, match="unknown message code"):
        message("no_such_message")


def test_other_text_is_unchanged_and_language_checked():
    assert localise("something else entirely", "zh") == "something else entirely"
    assert localise("doc: something else", "zh") == "doc: something else"
    with pytest.raises(ValueError, match="language"):
        localise("the text is empty", "fr")
    with pytest.raises(TypeError):
        localise(None, "zh")


def test_kb_prefix_kept_and_specific_template_wins():
    text = "004_x: " + message("item_out_of_order_scrambled", number=24, after=26)
    assert localise(text, "zh") == "004_x：第24项排在第26项之后，顺序错乱，文字也错乱；按原样显示"
    plain = message("item_out_of_order", number=24, after=26)
    assert localise(plain, "zh") == "第24项排在第26项之后，顺序错乱"


def test_seed_warnings_and_reasons_are_all_in_chinese():
    kb = load_knowledge_base()
    assert kb.warnings
    for w in kb.warnings:
        _chinese_only(w)
    reasons = [why for d in kb.documents for _, why in d.unknown]
    assert reasons
    for why in reasons:
        _chinese_only(why)
    for entry in seed_manifest().values():
        for why in (entry.get("unknown") or {}).values():
            _chinese_only(why)


def test_synthetic_parser_warnings_are_all_in_chinese():
    texts = [
        "为加快发展，提出如下意见。各地要认真落实。",
        "一、甲\n二、乙\n四、丁\n五、戊",
        "一、甲\n1.乙。内容。\n3.丙。内容。\n2.丁。内容完整，没有碎片。",
    ]
    produced = [w for t in texts for w in parse_clauses(t)[1]]
    cites = "一、总则\n各地要认真落实，引用吉政发〔2014〕23号。"
    doc = parse(cites, "synthetic", known={"date": "2001-02-30"})
    signed = "关于支持产业发展的意见\n\n一、总则\n内容。\n\n吉林省人民政府\n2020年1月2日"
    other = parse(signed, "s2", known={"date": "2021-01-01"})
    produced += [*doc.warnings, *other.warnings, *(why for _, why in doc.unknown)]
    gaz, tax = load_gazetteer(), load_taxonomy()
    for text in ("白城市重点发展量子纠缠、汽车等。", "XX市重点发展量子纠缠、汽车等。"):
        produced += extract_designations(parse(text, "x"), gaz, tax)[1]
    assert len(produced) >= 8
    for w in produced:
        _chinese_only(w)
