"""Cross-references: 文号 cited by the seeds, titles in 《》, never the document's own number."""

from pathlib import Path

import pytest

from policy.extract.xrefs import extract_xrefs, normalise_number
from policy.text.document import parse

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {p.stem[:3]: p for p in sorted((ROOT / "seeds").glob("*.txt"))}


@pytest.fixture(scope="module")
def found():
    docs = {k: parse(p.read_text(encoding="utf-8"), p.stem) for k, p in SEEDS.items()}
    return docs, {k: extract_xrefs(d) for k, d in docs.items()}


def test_002_cites_the_corridor_policy_and_the_talent_policy(found):
    docs, xrefs = found
    by_number = {x.cited_number: x for x in xrefs["002"]}
    assert set(by_number) == {"吉“一主六双”办〔2022〕2号", "吉发〔2022〕18号"}
    corridor = by_number["吉“一主六双”办〔2022〕2号"]
    assert corridor.cited_title == "关于印发支持推进环长春四辽吉松工业走廊发展规划实施的若干政策的通知"
    assert "人才" in by_number["吉发〔2022〕18号"].cited_title
    assert all(x.resolved is None and x.doc_id == docs["002"].id for x in xrefs["002"])
    # Not its own 吉政办发〔2023〕22号.
    assert "吉政办发〔2023〕22号" not in by_number


def test_004_cites_two_numbers_one_in_the_scrambled_item(found):
    docs, xrefs = found
    by_number = {x.cited_number: x for x in xrefs["004"]}
    assert set(by_number) == {"吉发〔2018〕4号", "吉政办发〔2019〕3号"}
    assert by_number["吉发〔2018〕4号"].cited_title == "关于激发人才活力支持人才创新创业的若干意见"
    scrambled = by_number["吉政办发〔2019〕3号"]
    assert docs["004"].clause(scrambled.prov.clause_id).quality == "garbled"
    cited = docs["004"].text[scrambled.prov.start : scrambled.prov.end]
    for piece in ("吉政办发", "２０１９", "３", "〔"):
        assert piece in cited


def test_spans_and_own_numbers(found):
    docs, xrefs = found
    for key, xs in xrefs.items():
        own = docs[key].doc_number
        for x in xs:
            cited = docs[key].text[x.prov.start : x.prov.end]
            assert (
                normalise_number(cited) == x.cited_number
                or docs[key].clause(x.prov.clause_id).quality == "garbled"
            )
            assert own is None or x.cited_number != normalise_number(own)
    assert xrefs["001"] == () and xrefs["003"] == () and xrefs["000"] == ()


def test_normalise_number():
    assert normalise_number("吉发 〔２０１８〕 ４号") == "吉发〔2018〕4号"
    assert normalise_number("吉政办发[2006]32 号") == "吉政办发〔2006〕32号"


def test_synthetic_citation_with_spaces_and_half_width_brackets():
    doc = parse("一、总体要求\n按照《关于加快发展的意见》（吉政发[2010]5 号）执行。\n", "synthetic")
    (x,) = extract_xrefs(doc)
    assert x.cited_number == "吉政发〔2010〕5号" and x.cited_title == "关于加快发展的意见"
    with pytest.raises(TypeError):
        extract_xrefs("text")


def test_reassembled_reference_carries_a_warning_naming_the_garbled_clause(found):
    from policy.extract.xrefs import xref_facts

    docs, xrefs = found
    again, warnings = xref_facts(docs["004"])
    assert again == xrefs["004"]  # the reference is kept as it was
    scrambled = next(x for x in again if x.cited_number == "吉政办发〔2019〕3号")
    clause = docs["004"].clause(scrambled.prov.clause_id)
    assert len(warnings) == 1
    for words in ("吉政办发〔2019〕3号", "scrambled", "out of order"):
        assert words in warnings[0]
    assert clause.label.strip() in warnings[0]
    # Clean citations raise no warning.
    assert xref_facts(docs["002"])[1] == ()


def test_002_corridor_citation_span_is_the_number_as_written(found):
    docs, xrefs = found
    corridor = next(x for x in xrefs["002"] if "一主六双" in x.cited_number)
    assert docs["002"].text[corridor.prov.start : corridor.prov.end] == "吉“一主六双”办〔2022〕2号"


def test_facts_warnings_include_the_reassembled_reference(found):
    from policy.extract import extract
    from policy.industries.taxonomy import load_taxonomy
    from policy.places.gazetteer import load_gazetteer
    from policy.places.parks_ref import load_park_reference

    docs, _ = found
    facts = extract(docs["004"], load_gazetteer(), load_taxonomy(), load_park_reference())
    assert any("吉政办发〔2019〕3号" in w and "scrambled" in w for w in facts.warnings)
