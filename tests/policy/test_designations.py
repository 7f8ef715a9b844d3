"""Designations from the five seeds: who is to develop what, and exactly where the text says so."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from policy.corpus import load_seeds
from policy.extract.designations import extract_designations
from policy.extract.subject import document_subject
from policy.industries.taxonomy import load_taxonomy
from policy.places.gazetteer import load_gazetteer
from policy.text.document import parse

PROVINCE, CHANGCHUN, JILIN, SIPING, LIAOYUAN, TONGHUA, BAISHAN, BAICHENG, SONGYUAN, YANBIAN = (
    "220000",
    "220100",
    "220200",
    "220300",
    "220400",
    "220500",
    "220600",
    "220800",
    "220700",
    "222400",
)
MEIHEKOU, DEHUI, PANSHI, JIAOHE, SHULAN = "220581", "220183", "220284", "220281", "220283"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


@pytest.fixture(scope="module")
def docs():
    return {d.id[:3]: d for d in load_seeds()}


@pytest.fixture(scope="module")
def found(docs, gaz, tax):
    return {key: extract_designations(doc, gaz, tax) for key, doc in docs.items()}


def _of(found, key, *, region=None, kind=None, clause=None):
    return [
        d
        for d in found[key][0]
        if (region is None or d.region == region)
        and (kind is None or d.kind == kind)
        and (clause is None or d.prov.clause_id == clause)
    ]


def _clause_with(doc, words):
    """The deepest clause containing ``words`` (found in the text, not assumed)."""
    return doc.clause_at(doc.text.index(words)).id


# -- 000: every prefecture's list ------------------------------------------------------------------
def test_000_every_prefecture_has_designations(found, gaz):
    regions = {d.region for d in _of(found, "000", kind="重点发展")}
    for pref in gaz.prefectures:
        assert pref.id in regions, pref.name


def test_000_lists_per_city(found, tax):
    changchun = {d.industry for d in _of(found, "000", region=CHANGCHUN)}
    assert {"automotive", "rail-transit", "software"} <= changchun
    rail = [d for d in _of(found, "000", region=CHANGCHUN) if d.term == "轨道客车"]
    assert rail and rail[0].industry == "rail-transit"
    hosiery = [d for d in _of(found, "000", region=LIAOYUAN) if d.term == "袜业"]
    assert hosiery and tax.get(hosiery[0].industry).parent == "textiles"
    assert "软件开发" in {d.term for d in _of(found, "000", region=YANBIAN)}
    # The last list ends "…软件开发等特色工业园区": the trailing words are not part of a term.
    assert all("园区" not in d.term and not d.term.endswith("等") for d in found["000"][0])
    assert {d.term for d in _of(found, "000", region=SONGYUAN)} == {"石油化工", "石油钻采机械", "粮食深加工"}


def test_000_and_joins_one_term_where_it_names_one_industry(found):
    terms = {d.term for d in _of(found, "000", region=CHANGCHUN)} | {
        d.term for d in _of(found, "000", region=JILIN)
    }
    assert {"汽车及零部件", "有机化工及精细化工", "精品钢及炉料"} <= terms


def test_000_every_list_term_is_classified(found):
    assert all(d.industry for d in _of(found, "000", kind="重点发展"))


# -- 003: the ten clusters and the provincial lists ------------------------------------------------
def test_003_ten_clusters(found, docs):
    clause = _clause_with(docs["003"], "通化医药、长春汽车零部件")
    pairs = {(d.region, d.industry) for d in _of(found, "003", kind="产业集群", clause=clause)}
    assert pairs == {
        (TONGHUA, "pharmaceuticals"),
        (CHANGCHUN, "auto-parts"),
        (JILIN, "petrochemicals"),  # 吉林石化 is the city
        (SIPING, "heat-exchangers"),
        (LIAOYUAN, "hosiery"),
        (JIAOHE, "stone"),
        (MEIHEKOU, "nut-processing"),  # 梅河 = 梅河口
        (DEHUI, "food"),
        (PANSHI, "materials"),
        (CHANGCHUN, "clivia"),
    }


def test_003_province_pillar_advantage_and_featured(found):
    prov = {(d.industry, d.kind) for d in _of(found, "003", region=PROVINCE)}
    assert {("automotive", "支柱产业"), ("petrochemicals", "支柱产业"), ("agrifood", "支柱产业")} <= prov
    assert {("pharmaceuticals", "优势产业"), ("optoelectronics", "优势产业")} <= prov
    for ind in ("energy", "metallurgy", "building-materials", "textiles", "tourism"):
        assert (ind, "特色产业") in prov


def test_003_tonghua_pharmaceuticals(found, docs):
    clause = _clause_with(docs["003"], "通化地区已形成的医药产业")
    assert any(d.industry == "pharmaceuticals" for d in _of(found, "003", region=TONGHUA, clause=clause))


# -- 001: a document about 吉林市 ----------------------------------------------------------------------
def test_001_is_about_jilin_city(docs, gaz):
    assert document_subject(docs["001"], gaz) == JILIN


def test_001_everything_on_jilin_city_except_named_counties(found):
    # 金珠工业区 lies in 龙潭区 and 中新食品区 in 永吉县 (assets/places.json): a zone names its county.
    assert {d.region for d in found["001"][0]} == {JILIN, SHULAN, JIAOHE, PANSHI, "220203", "220221"}
    assert {d.term for d in _of(found, "001", region="220203")} == {"新型金属材料", "冶金"}
    # 壮大功能保健食品产业要以舒兰、蛟河、中新食品区为载体 names the food zone as a carrier too.
    assert {d.term for d in _of(found, "001", region="220221")} == {"生态食品", "功能保健食品"}
    assert {d.industry for d in _of(found, "001", region=SHULAN)} == {"health-food"}
    assert {d.industry for d in _of(found, "001", region=JIAOHE)} == {"health-food"}
    assert {d.industry for d in _of(found, "001", region=PANSHI)} == {"casting"}


def test_001_pillar_and_emerging_industries(found):
    assert {d.industry for d in _of(found, "001", kind="支柱产业")} == {
        "petrochemicals",
        "agrifood",
        "metallurgy",
        "automotive",
    }
    emerging = {d.industry for d in _of(found, "001", kind="新兴产业")}
    assert {"carbon-fibre", "new-materials", "power-equipment", "electronics-it", "bio-industry"} <= emerging


def test_001_nine_clusters(found, docs):
    clause = _clause_with(docs["001"], "等九个产业集群")
    terms = [d.term for d in _of(found, "001", kind="产业集群", clause=clause)]
    assert terms == [
        "汽车",
        "基础化工",
        "精细化工",
        "生态食品",
        "金属材料",
        "化纤纺织",
        "碳纤维",
        "电力电子",
        "软件及云计算",
    ]
    assert all(d.region == JILIN for d in _of(found, "001", clause=clause))


def test_001_park_lists_belong_to_the_city(found, docs):
    clause = _clause_with(docs["001"], "高新南区重点发展汽车及零部件产业")
    terms = {d.term: d.industry for d in _of(found, "001", region=JILIN, clause=clause)}
    assert terms["汽车及零部件"] == "automotive"
    # "电子信息及电力电子" names two industries, so it is split.
    assert terms["电子信息"] == "electronics-it" and terms["电力电子"] == "power-equipment"


# -- 002: the 吉西南 demonstration zone --------------------------------------------------------------
def test_002_cluster_list_per_city(found, docs):
    clause = _clause_with(docs["002"], "推动四平市特色装备")
    by_city = {}
    for d in _of(found, "002", kind="产业集群", clause=clause):
        by_city.setdefault(d.region, set()).add(d.term)
    assert by_city == {
        SIPING: {"特色装备", "基础化工", "医药健康", "冶金建材"},
        LIAOYUAN: {"新能源汽车零部件", "袜业+现代纺织", "医疗器械"},
        TONGHUA: {"生物医药"},
        MEIHEKOU: {"医药食品", "果仁加工"},  # 医药食品 twice: pharmaceuticals and food
    }


def test_002_two_industry_term_designates_both_industries(found, docs):
    # 梅河口市医药食品: 医药 + 食品 run together; 梅河口 must show up for both, citing the same words.
    mixed = [d for d in found["002"][0] if d.term == "医药食品"]
    assert {(d.region, d.industry) for d in mixed} == {(MEIHEKOU, "pharmaceuticals"), (MEIHEKOU, "food")}
    assert len({d.prov for d in mixed}) == 1 and len({d.kind for d in mixed}) == 1
    p = mixed[0].prov
    assert docs["002"].text[p.start : p.end] == "医药食品"
    assert not any("'医药食品'" in w for w in found["002"][1])
    # 冶金建材 is one industry of the taxonomy, so it stays one designation.
    assert [d.industry for d in found["002"][0] if d.term == "冶金建材"] == ["materials"]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("白城市重点发展汽车医药、软件等。", "汽车医药", {"automotive", "pharmaceuticals"}),
        ("推动白山市矿泉水旅游等产业集群建设。", "矿泉水旅游", {"mineral-water", "tourism"}),
        ("白城市重点发展医药食品产业、软件等。", "医药食品", {"pharmaceuticals", "food"}),
    ],
)
def test_compound_of_two_aliases_gives_one_designation_per_industry(gaz, tax, text, term, expected):
    designations, warnings = extract_designations(parse(text, "synthetic"), gaz, tax)
    parts = [d for d in designations if d.term == term]
    assert {d.industry for d in parts} == expected and len(parts) == 2
    assert parts[0].prov == parts[1].prov and parts[0].region == parts[1].region
    assert not any("unclassified" in w for w in warnings)


@pytest.mark.parametrize("term", ["医药量子", "医药医药", "量子食品"])
def test_compound_split_needs_two_known_different_industries(gaz, tax, term):
    designations, warnings = extract_designations(parse(f"白城市重点发展{term}、软件等。", "s"), gaz, tax)
    assert [d.industry for d in designations if d.term == term] == [None]
    assert any(f"unclassified industry term '{term}'" in w for w in warnings)


def test_002_foreign_trade_bases(found):
    pairs = {(d.region, d.industry) for d in _of(found, "002", kind="外贸基地")}
    assert pairs == {(TONGHUA, "biopharma"), (LIAOYUAN, "textiles"), (MEIHEKOU, "nut-processing")}


def test_002_zone_level_industries(found, docs, gaz):
    assert document_subject(docs["002"], gaz) == "zone:jixinan"
    zone = {d.industry for d in _of(found, "002", region="zone:jixinan")}
    assert {
        "digital-economy",
        "green-power",
        "solar-pv",
        "tourism",
        "egg-processing",
        "nut-processing",
    } <= zone
    featured = {d.term for d in _of(found, "002", region="zone:jixinan", kind="特色产业")}
    assert featured == {"蛋品深加工", "食用菌绿色产品", "果仁"}


# -- 004: the corridor and its logistics regions ---------------------------------------------------
def test_004_corridor_lists(found):
    traditional = {d.industry for d in _of(found, "004", region="zone:silijisong", kind="传统优势产业")}
    assert traditional == {"automotive", "petrochemicals", "food", "pharmaceuticals", "equipment"}
    emerging = {d.industry for d in _of(found, "004", region="zone:silijisong", kind="战略性新兴产业")}
    assert emerging == {"new-energy-vehicles", "rail-transit", "biopharma", "medical-devices"}


def test_004_logistics_regions(found, tax):
    def terms(zone):
        return {d.term for d in _of(found, "004", region=zone, kind="物流")}

    assert terms("zone:logistics-central") == {"汽车物流", "石化物流", "农产品物流", "保税物流"}
    assert terms("zone:logistics-south") == {"商贸物流", "轻工纺织物流", "钢铁物流"}
    assert terms("zone:logistics-west") == {"农畜产品物流", "绿色物流"}
    for d in _of(found, "004", kind="物流"):
        assert tax.get(d.industry).parent == "logistics"


# -- every designation ------------------------------------------------------------------------------
def test_provenance_is_exact_and_inside_the_deepest_clause(found, docs):
    for key, (designations, _) in found.items():
        doc = docs[key]
        for d in designations:
            p = d.prov
            assert p.doc_id == doc.id
            assert doc.text[p.start : p.end] == d.term
            clause = doc.clause(p.clause_id)
            assert clause.start <= p.start < p.end <= clause.end
            assert doc.clause_at(p.start).id == p.clause_id


def test_no_duplicates_and_known_regions(found, gaz, tax):
    for designations, _ in found.values():
        keys = [(d.region, d.industry, d.term, d.prov.clause_id) for d in designations]
        assert len(keys) == len(set(keys))
        assert all(d.region in gaz for d in designations)
        assert all(d.industry is None or d.industry in tax for d in designations)


def test_terms_are_words_not_punctuation_or_generic_nouns(found):
    for designations, _ in found.values():
        for d in designations:
            assert re.search(r"[\u4e00-\u9fff]", d.term), d
            assert d.term not in {"产业", "产业集群", "特色", "优势"}, d
            assert not d.term.endswith(("等", "。", "、")), d


def test_a_generic_tail_stays_only_where_the_words_need_it(found, docs, tax):
    # 数字产业 (002 clause 2.8): 数字 alone names no industry, so the term keeps 产业; 钢铁 never 钢铁产业.
    for key, (designations, _) in found.items():
        for d in designations:
            assert docs[key].text[d.prov.start : d.prov.end] == d.term
            for tail in ("产业集群", "产业", "行业"):
                if d.term.endswith(tail):
                    assert tax.match(d.term.removesuffix(tail)) is None, d
    digital = _of(found, "002", clause=_clause_with(docs["002"], "加快发展数字产业"))
    # The clause's heading keeps 产业; its 积极引进…数字经济产业项目 names the same industry.
    assert ("数字产业", "digital-economy") in [(d.term, d.industry) for d in digital]
    assert {d.industry for d in digital} == {"digital-economy"}


def test_every_unclassified_term_is_warned(found):
    for designations, warnings in found.values():
        for d in designations:
            if d.industry is None:
                assert any(f"'{d.term}'" in w for w in warnings)


def test_extraction_is_pure(docs, gaz, tax, found):
    assert extract_designations(docs["002"], gaz, tax) == found["002"]


# -- new documents --------------------------------------------------------------------------------
def test_unknown_term_kept_with_null_industry_and_warning(gaz, tax):
    doc = parse("白城市重点发展量子纠缠、汽车等。", "synthetic")
    designations, warnings = extract_designations(doc, gaz, tax)
    got = {(d.region, d.term, d.industry) for d in designations}
    assert got == {(BAICHENG, "量子纠缠", None), (BAICHENG, "汽车", "automotive")}
    assert any("unclassified industry term '量子纠缠'" in w and "synthetic" in w for w in warnings)


def test_unknown_place_is_warned_not_guessed(gaz, tax):
    designations, warnings = extract_designations(parse("XX市重点发展量子纠缠、汽车等。", "x"), gaz, tax)
    assert designations == ()
    assert any("XX市" in w for w in warnings)


def test_new_document_with_cluster_list(gaz, tax):
    doc = parse("推动长春市汽车零部件、软件开发，白山市矿泉水等产业集群建设。", "new")
    got = {(d.region, d.industry, d.kind) for d in extract_designations(doc, gaz, tax)[0]}
    assert got == {
        (CHANGCHUN, "auto-parts", "产业集群"),
        (CHANGCHUN, "software", "产业集群"),
        (BAISHAN, "mineral-water", "产业集群"),
    }


def test_subject_of_provincial_documents_is_none(docs, gaz):
    assert document_subject(docs["000"], gaz) is None
    assert document_subject(docs["003"], gaz) is None
    assert document_subject(docs["004"], gaz) == "zone:silijisong"


def test_subject_without_a_title_comes_from_the_preamble_head(docs, gaz):
    assert document_subject(replace(docs["001"], title=None), gaz) == JILIN
    assert document_subject(replace(docs["002"], title=None), gaz) == "zone:jixinan"
    assert document_subject(replace(docs["003"], title=None), gaz) is None


def test_bad_input_is_a_type_error(gaz, tax):
    with pytest.raises(TypeError, match="Document"):
        extract_designations("长春市重点发展汽车", gaz, tax)


# -- leads the gazetteer does not know; coordinated leads -------------------------------------------
def _parse_items(*items):
    return parse("关于测试的通知\n一、布局\n" + "\n".join(items) + "\n", "qa")


def test_unknown_city_lead_is_refused_by_every_rule(gaz, tax):
    doc = _parse_items("（三）本溪市重点发展钢铁等产业。")
    designations, warnings = extract_designations(doc, gaz, tax)
    assert designations == ()  # not 钢铁 → 吉林省 through a later single-term rule
    hit = [w for w in warnings if "本溪市" in w]
    assert hit and "'本溪市'" in hit[0] and "（三）本溪市" not in hit[0]


def test_body_without_adcode_is_warned_not_dropped_silently(gaz, tax):
    doc = _parse_items("（一）长白山管委会重点发展旅游、矿泉水等产业。")
    designations, warnings = extract_designations(doc, gaz, tax)
    assert designations == ()
    assert any("'长白山管委会'" in w for w in warnings)


def test_park_lead_without_region_quotes_the_place_only(gaz, tax):
    doc = _parse_items("（二）净月区重点发展软件、数字等产业。")
    designations, warnings = extract_designations(doc, gaz, tax)
    assert designations == ()
    assert any("'净月区'" in w for w in warnings)


def test_coordinated_lead_designates_every_place(gaz, tax):
    doc = _parse_items("（十）长春、吉林两市重点发展汽车等产业。", "（十一）四平和辽源重点发展袜业、换热器。")
    got = {(d.region, d.term) for d in extract_designations(doc, gaz, tax)[0]}
    assert got == {
        (CHANGCHUN, "汽车"),
        (JILIN, "汽车"),
        (SIPING, "袜业"),
        (SIPING, "换热器"),
        (LIAOYUAN, "袜业"),
        (LIAOYUAN, "换热器"),
    }


def test_known_lead_next_to_an_unknown_one_still_counts(gaz, tax):
    doc = _parse_items("（一）本溪市重点发展钢铁，辽源市重点发展袜业。")
    designations, warnings = extract_designations(doc, gaz, tax)
    assert {(d.region, d.term) for d in designations} == {(LIAOYUAN, "袜业")}
    assert any("'本溪市'" in w for w in warnings)


def test_single_item_list_drops_etc(gaz, tax):
    doc = _parse_items("全省大力发展钢铁等产业。", "推动白山市矿泉水等产业集群建设。")
    designations, _ = extract_designations(doc, gaz, tax)
    assert {(d.region, d.term, d.industry) for d in designations} == {
        (PROVINCE, "钢铁", "steel"),
        (BAISHAN, "矿泉水", "mineral-water"),
    }
    assert all(doc.text[d.prov.start : d.prov.end] == d.term for d in designations)


def test_new_area_after_a_region_is_part_of_the_place(gaz, tax):
    doc = _parse_items("（四）推动长春新区新能源汽车、光电子等产业集群建设。")
    designations, warnings = extract_designations(doc, gaz, tax)
    got = {(d.region, d.term, d.industry) for d in designations}
    assert got == {
        (CHANGCHUN, "新能源汽车", "new-energy-vehicles"),
        (CHANGCHUN, "光电子", "optoelectronics"),
    }
    assert not any("新区" in w for w in warnings)


def test_001_bases_named_with_fazhan(found, docs):
    # 发展特种钢基地 / 发展有色金属新材料基地 read like 打造…基地, for the city the document is about.
    got = {(d.term, d.industry, d.region) for d in _of(found, "001", kind="产业基地")}
    assert ("特种钢", "steel", JILIN) in got
    assert ("有色金属新材料", "nonferrous", JILIN) in got
    for words in ("发展特种钢基地", "发展有色金属新材料基地"):
        clause = _clause_with(docs["001"], words)
        assert any(d.prov.clause_id == clause for d in _of(found, "001", kind="产业基地"))


def test_new_energy_is_an_energy_industry(gaz, tax):
    doc = _parse_items("白城市重点发展新能源、建材等产业。")
    designations, warnings = extract_designations(doc, gaz, tax)
    new_energy = [d for d in designations if d.term == "新能源"]
    assert new_energy and new_energy[0].region == BAICHENG
    assert tax.get(new_energy[0].industry).parent == "energy"
    assert not any("新能源" in w for w in warnings)


def test_single_items_after_a_develop_verb_in_the_seeds(found, docs):
    # 001 大力发展农产品精深加工 / 发展生物药品: 吉林市, the document's subject.
    # 003 大力发展绿色食品: the province.
    city = {(d.term, d.industry) for d in _of(found, "001", region=JILIN)}
    assert {("农产品精深加工", "agrifood"), ("生物药品", "biopharma"), ("特种金属材料", "metallurgy")} <= city
    food = [d for d in _of(found, "003", region=PROVINCE) if d.term == "绿色食品"]
    assert food and food[0].industry == "food"
    assert docs["003"].text[food[0].prov.start - 4 : food[0].prov.end] == "大力发展绿色食品"


def test_003_small_firm_clusters_are_no_industry(found):
    assert not [d for d in found["003"][0] if "中小企业" in d.term or "民营经济" in d.term]
