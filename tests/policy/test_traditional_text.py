"""Traditional characters (a Big5 file) are read for places and industries; spans cite the text as written."""

from __future__ import annotations

from policy.extract.designations import extract_designations
from policy.industries.taxonomy import load_taxonomy
from policy.places.gazetteer import load_gazetteer
from policy.text.document import parse

TEXT = "一、發展重點\n長春市重點發展汽車工業和醫藥產業，延吉市加快發展旅遊業。\n"


def test_traditional_text_gives_the_designations_simplified_text_gives():
    from policy.extract import extract
    from policy.places.parks_ref import load_park_reference

    doc = parse(TEXT, "big5", source="path")
    facts = extract(doc, load_gazetteer(), load_taxonomy(), load_park_reference())
    found = {(d.region, d.industry) for d in facts.designations}
    assert {("220100", "automotive"), ("220100", "pharmaceuticals"), ("222401", "tourism")} <= found
    assert "長春市重點發展" in doc.text, "the text is kept as written"
    for d in facts.designations:
        assert len(doc.text[d.prov.start : d.prov.end]) == len(d.term), "spans index the text as written"
    assert {m.region for m in facts.mentions} >= {"220100", "222401"}


def test_simplified_and_traditional_read_alike():
    simplified = "一、发展重点\n长春市重点发展汽车工业和医药产业，延吉市加快发展旅游业。\n"
    gaz, tax = load_gazetteer(), load_taxonomy()
    a, _ = extract_designations(parse(simplified, "s", source="path"), gaz, tax)
    from policy.extract import extract
    from policy.places.parks_ref import load_park_reference

    b = extract(parse(TEXT, "t", source="path"), gaz, tax, load_park_reference()).designations
    assert {(d.region, d.industry, d.term) for d in a} == {(d.region, d.industry, d.term) for d in b}


def test_the_title_number_issuer_and_date_of_a_traditional_text_are_read_and_cited_as_written():
    text = (
        "吉林省人民政府關於加快發展醫藥產業的意見\n吉政發〔2023〕5號\n各市（州）人民政府：\n"
        "一、發展重點\n長春市重點發展汽車工業和醫藥產業。\n吉林省人民政府\n2023年3月1日\n"
    )
    doc = parse(text, "big5-notice", source="path")
    assert doc.title == "吉林省人民政府關於加快發展醫藥產業的意見"  # as written, not folded
    assert doc.doc_number == "吉政發〔2023〕5號"
    assert (doc.issuer, doc.date, doc.subject, doc.doc_kind) == (
        "吉林省人民政府",
        "2023-03-01",
        "220000",
        "意见",
    )
