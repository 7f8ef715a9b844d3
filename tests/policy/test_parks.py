"""Parks on the seeds: the reference data, 001's six industrial zones and their industries, unverified
parks, generic names that are not parks, and an unknown park kept with a warning."""

import json
import re
from pathlib import Path

import pytest

from policy.extract.analysis import analyse
from policy.extract.parks import extract_parks
from policy.industries.taxonomy import load_taxonomy
from policy.places.gazetteer import load_gazetteer
from policy.places.parks_ref import load_park_reference, parse_park_reference
from policy.text.document import parse

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {p.stem[:3]: p for p in sorted((ROOT / "seeds").glob("*.txt"))}


@pytest.fixture(scope="module")
def world():
    docs = {k: parse(p.read_text(encoding="utf-8"), p.stem) for k, p in SEEDS.items()}
    gaz, tax, ref = load_gazetteer(), load_taxonomy(), load_park_reference()
    found = {k: extract_parks(d, gaz, tax, ref) for k, d in docs.items()}
    return docs, gaz, tax, ref, found


def _by_name(parks):
    return {p.name: p for p in parks}


def test_reference_regions_exist_and_zone_codes_are_kept_apart(world):
    _docs, gaz, _tax, ref, _found = world
    assert len({r.id for r in ref}) == len(ref)
    for r in ref:
        assert r.region in gaz, r.id
        assert r.id.isascii()
        assert r.zone_code is None or r.zone_code not in gaz
        if r.confidence == "unverified" or not r.verified:
            assert r.location == "region" and not r.verified and r.confidence == "unverified", r.id
        if r.lon is None:
            assert r.location == "region", r.id


def test_reference_rows_named_in_seeds_are_found_in_the_seed_text():
    raw = "".join(re.sub(r"\s", "", p.read_text(encoding="utf-8")) for p in SEEDS.values())
    for r in load_park_reference():
        named = any(a in raw for a in (*r.aliases, *r.context_aliases))
        assert named == r.in_seeds, r.id


def test_reference_rejects_bad_rows():
    data = json.loads((ROOT / "assets" / "parks.json").read_text(encoding="utf-8"))
    assert data["source"] and data["licence"]
    row = dict(data["parks"][0], location="somewhere")
    with pytest.raises(ValueError, match="location"):
        parse_park_reference({"parks": [row]})
    with pytest.raises(ValueError, match="repeat"):
        parse_park_reference({"parks": [data["parks"][0], data["parks"][0]]})


def test_001_six_industrial_zones_in_jilin_city(world):
    _docs, gaz, _tax, _ref, found = world
    parks, _ = found["001"]
    ids = {p.id for p in parks}
    six = {
        "jilin-chemical-park",
        "jilin-hitech-south",
        "jilin-hitech-north",
        "jinzhu-industrial-zone",
        "jilin-sino-singapore-food-zone",
        "jilin-etdz",
    }
    assert six <= ids
    for p in parks:
        if p.id in six:
            assert gaz.prefecture_of(p.region) == "220200", p.id


def test_001_zone_industries(world):
    _docs, _gaz, tax, _ref, found = world
    parks = {p.id: p for p in found["001"][0]}

    def ind(term):
        return tax.match(term).id

    assert ind("电子信息") in parks["jilin-hitech-north"].industries
    assert ind("汽车") in parks["jilin-hitech-south"].industries
    assert ind("碳纤维") in parks["jilin-etdz"].industries
    assert ind("碳纤维") in parks["jilin-chemical-park"].industries
    assert ind("化纤纺织") in parks["jilin-etdz"].industries
    assert ind("保健食品") in parks["jilin-sino-singapore-food-zone"].industries
    assert ind("精细化工") in parks["jilin-chemical-park"].industries
    # 金珠工业区 takes over 哈达湾's industry; 哈达湾 itself is not assigned one by that sentence.
    assert ind("冶金") in parks["jinzhu-industrial-zone"].industries
    assert ind("冶金") not in parks["hadawan-old-industrial-area"].industries


def test_every_mention_is_a_known_spelling(world):
    docs, _gaz, _tax, ref, found = world
    spellings = {r.id: set(r.surfaces) for r in ref}
    for key, (parks, _) in found.items():
        for p in parks:
            for m in p.mentions:
                surface = docs[key].text[m.start : m.end]
                assert m.doc_id == docs[key].id
                assert docs[key].clause(m.clause_id).start <= m.start
                if p.id.startswith("unlisted:"):
                    assert surface in p.aliases and p.name in p.aliases
                else:
                    assert surface in spellings[p.id], (key, surface)


def test_parks_of_002_and_004(world):
    _docs, gaz, _tax, _ref, found = world
    p002 = {p.id: p for p in found["002"][0]}
    assert p002["meihekou-transfar-logistics-park"].region == "220581"
    assert p002["liaoyuan-shaoxing-park"].region == "220400"
    assert gaz.prefecture_of(p002["jizhe-siping-lishu-park"].region) == "220300"
    # 002's "急需扩区的化工园区" is any chemical park, not 吉林市's.
    assert "jilin-chemical-park" not in p002
    p004 = {p.id for p in found["004"][0]}
    assert {
        "changchun-xinglong-bonded-zone",
        "changchun-airport-zone",
        "changchun-sino-russian-tech-park",
        "sino-german-industrial-park",
        "changde-jinchang-park",
        "national-icv-demo-zone-north",
        "faw-hongqi-town",
        "jilin-sino-singapore-food-zone",
        "changchun-nanguan-finance-centre",
        "jingyue-finance-centre",
    } <= p004


def test_unverified_parks_are_flagged_and_placed_at_region_level(world):
    _docs, _gaz, _tax, _ref, found = world
    parks = {p.id: p for key in found for p in found[key][0]}
    for pid in (
        "panshi-mingcheng-casting-park",
        "jizhe-siping-lishu-park",
        "tonghua-tcm-health-park",
        "sino-german-industrial-park",
    ):
        assert parks[pid].confidence == "unverified"
        assert parks[pid].location == "region"
    assert parks["meihekou-transfar-logistics-park"].location == "approximate"
    assert parks["meihekou-transfar-logistics-park"].confidence == "high"


def test_generic_park_words_are_not_parks(world):
    _docs, _gaz, _tax, _ref, found = world
    names = {p.name for key in found for p in found[key][0]}
    assert not any("特色工业园区" in n for n in names)  # 000's 吉林省特色工业园区 is a website
    assert not found["003"][0]
    assert not found["000"][1] and not found["002"][1] and not found["004"][1]


def test_unknown_park_is_kept_with_a_warning(world):
    _docs, gaz, tax, ref, _found = world
    text = "一、总体要求\n支持四平红嘴经济开发区重点发展汽车产业，加快中新食品区建设。\n"
    doc = parse(text, "synthetic")
    parks, warnings = extract_parks(doc, gaz, tax, ref)
    unknown = [p for p in parks if p.name == "四平红嘴经济开发区"]
    assert len(unknown) == 1
    p = unknown[0]
    assert p.region == "220300" and p.location == "region" and p.confidence == "unverified"
    assert p.lon is None and p.lat is None
    assert doc.text[p.mentions[0].start : p.mentions[0].end] == "四平红嘴经济开发区"
    assert any("四平红嘴经济开发区" in w and "not in the park gazetteer" in w for w in warnings)


@pytest.mark.parametrize(
    ("sentence", "name", "region"),
    [
        ("延吉市建设生物医药产业园。", "生物医药产业园", "222401"),
        ("抚松县建设人参产业园区。", "人参产业园区", "220621"),
        ("敦化市加快建设生物医药产业园。", "生物医药产业园", "222403"),
        ("支持延吉市积极推进建设生物医药产业园。", "生物医药产业园", "222401"),
        ("延吉市续建科泰生物提取产业园。", "科泰生物提取产业园", "222401"),
    ],
)
def test_unlisted_park_name_leaves_out_the_sentence_verb_and_place(world, sentence, name, region):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n" + sentence + "\n", "synthetic")
    parks, warnings = extract_parks(doc, gaz, tax, ref)
    assert [(p.name, p.region) for p in parks] == [(name, region)]
    m = parks[0].mentions[0]
    assert doc.text[m.start : m.end] == name
    assert parks[0].confidence == "unverified" and parks[0].location == "region"
    assert any(f"'{name}'" in w and "not in the park gazetteer" in w for w in warnings)


def test_same_unlisted_park_name_in_two_places_is_two_parks(world):
    _docs, gaz, tax, ref, _found = world
    text = (
        "一、总体要求\n延吉市建设生物医药产业园，敦化市建设生物医药产业园。延吉市生物医药产业园要加快发展。\n"
    )
    doc = parse(text, "synthetic")
    parks, _ = extract_parks(doc, gaz, tax, ref)
    assert sorted(p.region for p in parks) == ["222401", "222403"]
    yanji = next(p for p in parks if p.region == "222401")
    # The later "延吉市生物医药产业园" is the same park, not a third one.
    assert len(yanji.mentions) == 2
    assert [doc.text[m.start : m.end] for m in yanji.mentions] == ["生物医药产业园", "延吉市生物医药产业园"]


@pytest.mark.parametrize("sentence", ["长春市建设一批特色产业园。", "长春市加快建设一批产业园区。"])
def test_verb_then_a_count_is_no_park_name(world, sentence):
    _docs, gaz, tax, ref, _found = world
    parks, _ = extract_parks(parse("一、总体要求\n" + sentence + "\n", "s"), gaz, tax, ref)
    assert parks == ()


def test_verb_then_another_place_gives_the_park_to_that_place(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n长春市支持公主岭市汽车产业园发展。\n", "s")
    parks, _ = extract_parks(doc, gaz, tax, ref)
    assert [p.region for p in parks] == ["220184"]


def test_a_valley_of_a_sector_is_a_park_but_a_works_of_that_name_is_not(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n全力打造“长春药谷”，推进吉林碳谷年产10万吨原丝项目。\n", "s")
    parks, _ = extract_parks(doc, gaz, tax, ref, analyse(doc, gaz))
    assert {(p.name, p.region) for p in parks} == {("长春药谷", "220100")}


def test_a_place_s_own_economic_zone_that_a_company_enters_is_a_park(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n吉林东北亚通用航空技术有限公司落户四平经济开发区。\n", "s")
    parks, _ = extract_parks(doc, gaz, tax, ref, analyse(doc, gaz))
    assert {(p.name, p.region) for p in parks} == {("四平经济开发区", "220300")}


def test_a_zone_that_makes_a_park_names_it_and_places_it(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n申建延吉开放试验区，支持敦化经开区设立省级医药高新区。\n", "s")
    parks, _ = extract_parks(doc, gaz, tax, ref, analyse(doc, gaz))
    assert ("省级医药高新区", "222403") in {(p.name, p.region) for p in parks}


def test_bad_input():
    with pytest.raises(TypeError):
        extract_parks("text", load_gazetteer(), None, load_park_reference())


def test_000_brand_places_take_the_industry_their_name_names(world):
    docs, _gaz, tax, _ref, found = world
    parks = _by_name(found["000"][0])
    # 中国汽车城 → 汽车, 中国换热器城 → 换热器 … (the industry word is in the brand's own name).
    expected = {
        "中国汽车城": "汽车",
        "中国换热器城": "换热器",
        "中国矿泉城": "矿泉水",
        "中国鹿乡": "鹿产品",
        "中国医药城": "医药",
        "长白山药谷": "中药",
        "中国棉袜工业园": "棉袜",
    }
    for brand, word in expected.items():
        assert parks[brand].industries == (tax.match(word).id,), brand
        mention = parks[brand].mentions[0]
        assert docs["000"].text[mention.start : mention.end] == brand
        assert docs["000"].clause(mention.clause_id).label == "十、"


def test_brand_industries_are_known_taxonomy_ids():
    tax = load_taxonomy()
    rows = json.loads((ROOT / "assets" / "parks.json").read_text(encoding="utf-8"))["parks"]
    for row in rows:
        assert row.get("kind") == "brand" or "industries" not in row, row["id"]
        for industry in row.get("industries", ()):
            assert industry in tax, (row["id"], industry)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快建设永吉和舒兰钼产业园。", {("永吉钼产业园", "220221"), ("舒兰钼产业园", "220283")}),
        (
            "加快建设蛟河、舒兰、永吉石材基地。",
            {("蛟河石材基地", "220281"), ("舒兰石材基地", "220283"), ("永吉石材基地", "220221")},
        ),
    ],
)
def test_places_joined_before_one_park_word_each_have_the_park(world, sentence, expected):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n" + sentence + "\n", "s", source="path")
    parks, _ = extract_parks(doc, gaz, tax, ref)
    assert {(p.name, p.region) for p in parks} == expected
    # Each park cites the whole phrase that says it.
    assert all(
        sentence.rstrip("。").endswith(doc.text[p.mentions[0].start : p.mentions[0].end][-4:]) for p in parks
    )


def test_a_zone_by_its_short_name(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n推进红嘴开发区建设。\n", "s", source="path")
    parks, _ = extract_parks(doc, gaz, tax, ref)
    assert [(p.name, p.region) for p in parks] == [("四平红嘴经济技术开发区", "220302")]


@pytest.mark.parametrize(
    "sentence",
    [
        "加强与长春市开发区联动协同发展。",
        "永吉县入选全国首批农业现代化示范区。",
        "新建粮食高产示范区100个。",
        "振兴吉林老工业基地。",
        "白城梅花建成世界最大的赖氨酸生产基地。",
        "柳河县被评为全国森林康养基地建设县。",
    ],
)
def test_generic_or_titled_areas_are_no_parks(world, sentence):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n" + sentence + "\n", "s", source="path")
    parks, _ = extract_parks(doc, gaz, tax, ref, analyse(doc, gaz))  # running-text park names too
    assert parks == ()


def test_a_quantity_before_a_park_word_is_not_its_name(world):
    _docs, gaz, tax, ref, _found = world
    doc = parse("一、总体要求\n推动 20 万吨生物基材料产业园项目投入生产。\n", "s", source="path")
    parks, _ = extract_parks(doc, gaz, tax, ref, analyse(doc, gaz))
    assert [p.name for p in parks] == ["生物基材料产业园"]
