"""Scenic areas, resorts and works as places: 松花湖 or 六鼎山 in a report mean their county's tourism."""

from __future__ import annotations

import json

import pytest

from policy.extract import extract
from policy.places.gazetteer import ASSETS, load_gazetteer
from policy.text.document import parse

FENGMAN, YONGJI, DUNHUA, SUBJECT = "220211", "220221", "222403", "220200"
_HEAD = "吉林市2024年政府工作报告\n\n一、2023年工作回顾\n\n"


def _facts(tools, body: str):
    gaz, tax, parks = tools
    return extract(parse(_HEAD + body + "\n", "form", source="path"), gaz, tax, parks)


def test_every_landmark_names_a_county_of_today_and_says_where_that_comes_from():
    data = json.loads((ASSETS / "places.json").read_text(encoding="utf-8"))
    gaz = load_gazetteer()
    assert data["landmarks"]
    for lm in data["landmarks"]:
        assert lm["region"] in gaz and lm["source"].startswith("knowledge")
        assert all(gaz.places[a].region == lm["region"] for a in lm["aliases"])


def test_listed_scenic_areas_each_get_the_tourism_of_their_county(tools):
    facts = _facts(tools, "加快松花湖、朱雀山、北大壶等旅游设施开发建设进程。")
    assert {(d.region, d.industry) for d in facts.designations} == {(FENGMAN, "tourism"), (YONGJI, "tourism")}


def test_infrastructure_after_etc_is_still_no_sector(tools):
    assert _facts(tools, "加快供水、供热等基础设施建设。").designations == ()


def test_places_listed_together_share_the_sector_that_follows(tools):
    facts = _facts(tools, "北大湖、万科松花湖获评国家体育旅游示范基地。")
    assert {d.region for d in facts.designations} == {FENGMAN, YONGJI}
    assert not [p.name for p in facts.parks if "获评" in p.name]  # an award is not a park's name


def test_a_landmark_places_a_resort_in_its_county(tools):
    facts = _facts(tools, "推进六鼎山文化旅游区建设。")
    assert {d.region for d in facts.designations} == {DUNHUA}


def _parks(tools, issuer: str, body: str):
    gaz, tax, parks = tools
    doc = parse(f"{issuer}2016年政府工作报告\n\n一、2015年工作回顾\n\n{body}\n", "form", source="path")
    return extract(doc, gaz, tax, parks).parks


def test_a_city_calls_its_own_zone_by_the_bare_kind(tools):
    gaz, tax, ref = tools
    doc = parse(
        "松原市2016年政府工作报告\n\n一、工作回顾\n\n全年，经开区晋升为国家级开发区。\n",
        "form",
        source="path",
    )
    parks = extract(doc, gaz, tax, ref).parks
    assert [(p.name, p.region[:4]) for p in parks] == [("松原经济技术开发区", "2207")]
    mention = parks[0].mentions[0]
    assert doc.text[mention.start : mention.end] == "经开区"  # it cites the words the document says


def test_bare_zone_words_stay_generic_elsewhere(tools):
    assert _parks(tools, "吉林省", "全年，经开区晋升为国家级开发区。") == ()  # the province has many
    assert _parks(tools, "松原市", "推动各类开发区、省级开发区发展。") == ()
    # 长春's 经开区 is 长春经济技术开发区, not its 汽开区 (长春汽车经济技术开发区)
    assert [p.name for p in _parks(tools, "长春市", "全年，经开区晋升为国家级开发区。")] == [
        "长春经济技术开发区"
    ]


def test_place_led_items_share_the_park_word_after_etc(tools):
    parks = _parks(tools, "延边州", "加快珲春光电、图们化工新材料、敦化化工等产业园建设。")
    assert {(p.name, p.region) for p in parks} == {
        ("珲春光电产业园", "222404"),
        ("图们化工新材料产业园", "222402"),
        ("敦化化工产业园", "222403"),
    }


def test_a_park_name_stops_before_what_happens_to_it(tools):
    assert [p.name for p in _parks(tools, "延边州", "汪清工业集中区晋升省级经开区。")] == ["汪清工业集中区"]
    parks = _parks(tools, "延边州", "确保延吉保税物流中心（B型）封关运行。")
    assert [(p.name, p.region) for p in parks] == [("延吉保税物流中心", "222401")]


def test_a_base_named_for_its_sector_after_a_generic_word_is_a_park(tools):
    body = "打造辉南绿色食品精深加工基地、通化县特色保健品生产基地。建设吉林省特色工业园区。"
    names = {p.name for p in _parks(tools, "通化市", body)}
    assert names == {"辉南绿色食品精深加工基地", "通化县特色保健品生产基地"}  # 特色工业园区 is generic


def test_zones_at_their_level_and_innovation_zones_are_parks(tools):
    parks = _parks(tools, "延边州", "图们、龙井省级边合区及和龙（南坪）互贸区获批。")
    assert {(p.name, p.region) for p in parks} == {
        ("图们省级边合区", "222402"),
        ("龙井省级边合区", "222405"),
        ("和龙（南坪）互贸区", "222406"),
    }
    parks = _parks(tools, "吉林省", "全年，支持长春国家自主创新示范区建设。")
    assert [(p.name, p.region) for p in parks] == [("长春国家自主创新示范区", "220100")]
    assert _parks(tools, "吉林省", "全年，长春市省级开发区加快发展。") == ()  # the city's zones, generic


def test_a_city_calls_its_zone_by_an_abbreviation(tools):
    body = "重点围绕红开区装备制造、经开区食品药品等园区主导产业。"
    gaz, tax, ref = tools
    doc = parse(f"四平市2021年政府工作报告\n\n一、工作回顾\n\n{body}\n", "form", source="path")
    facts = extract(doc, gaz, tax, ref)
    assert [(p.name, p.region, p.confidence != "unverified") for p in facts.parks] == [
        ("四平红嘴经济技术开发区", "220302", True)  # the gazetteer's zone, not an unlisted park
    ]
    assert not [
        d.term for d in facts.designations if "开区" in d.term
    ]  # the zone word leads, it is no sector


def test_one_park_name_in_two_cities_is_two_parks():
    from policy.kb import build_kb

    docs = [
        parse(
            f"{city}2016年政府工作报告\n\n一、工作回顾\n\n规划建设精细化工产业园，推进项目建设。\n",
            key,
            source="path",
        )
        for key, city in (("songyuan", "松原市"), ("siping", "四平市"))
    ]
    parks = [p for p in build_kb(docs).parks if p.name == "精细化工产业园"]
    assert sorted(p.region for p in parks) == ["220300", "220700"]
    assert all(len({m.doc_id for m in p.mentions}) == 1 for p in parks)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "全年，吉林、长春西新两个经济技术开发区晋升为国家级开发区。",
            {("吉林经济技术开发区", "220200"), ("长春西新经济技术开发区", "220100")},
        ),
        (
            "规划建设长春轨道装备、白城风电装备、九台农机等一批园区。",
            {("长春轨道装备园区", "220100"), ("白城风电装备园区", "220800"), ("九台农机园区", "220113")},
        ),
        ("全年，建设四平公主岭大岭汽车物流园区。", {("四平公主岭大岭汽车物流园区", "220184")}),
        ("全年，国家批准珲春出口加工区增加物流保税功能。", {("珲春出口加工区", "222404")}),
    ],
)
def test_counted_zones_shared_park_words_the_most_specific_place_and_bare_zone_kinds(tools, body, expected):
    assert {(p.name, p.region) for p in _parks(tools, "吉林省", body)} == expected


def test_parks_named_with_their_level_answer_to_the_name_without_it(tools):
    parks = _parks(tools, "延边州", "加快延吉、珲春国家级跨境电商综试区建设。")
    assert {
        (p.region, "延吉跨境电商综试区" in p.aliases or "珲春跨境电商综试区" in p.aliases) for p in parks
    } == {
        ("222401", True),
        ("222404", True),
    }
    assert [p.name for p in _parks(tools, "延边州", "全年，做强敦化医药化工园。")] == ["敦化医药化工园"]


def test_places_joined_before_a_zone_share_its_name(tools):
    parks = _parks(
        tools, "吉林省", "推进珲春、和龙边境经济合作区建设，促进图们、龙井、长白省级边境合作区健康发展。"
    )
    at = {p.region: p for p in parks}
    assert {"222404", "222406", "222402", "222405", "220623"} <= set(at)
    assert at["222404"].name == "珲春边境经济合作区"  # the gazetteer's zone, not an unlisted one
    # An unlisted zone also answers to its kind in full, as a user would search for it.
    assert "图们边境经济合作区" in at["222402"].aliases


def test_a_zone_answers_to_the_short_names_the_places_data_gives_it(tools):
    parks = _parks(tools, "长春市", "兴隆综保区、中韩示范区产业特色要立起来。")
    assert {p.name for p in parks} == {"长春兴隆综合保税区", "中韩（长春）国际合作示范区"}


def test_a_park_name_stops_before_what_befell_it(tools):
    parks = _parks(tools, "吉林省", "长春、松原、白城入选试点，松原石化园区、四平新开区晋升为国家级开发区。")
    assert {p.name for p in parks} == {"松原石化园区", "四平新开区"}


def test_a_free_trade_zone_area_is_a_park_and_an_old_town_area_is_not(tools):
    names = {p.name for p in _parks(tools, "长春市", "推进吉林自贸区长春片区建设，实施老城片区改造。")}
    assert names == {"吉林自贸区长春片区"}


def _designations(tools, issuer: str, body: str) -> set[tuple[str, str]]:
    gaz, tax, parks = tools
    doc = parse(f"{issuer}2024年政府工作报告\n\n一、2023年工作回顾\n\n{body}\n", "form", source="path")
    return {(d.region, d.industry) for d in extract(doc, gaz, tax, parks).designations}


def test_a_works_names_its_city_in_the_provinces_report_and_not_in_another_citys():
    gaz = load_gazetteer()
    assert [m.region for m in gaz.find("支持吉林化纤扩大产能", subject="220000")] == ["220200"]
    # In 松原's report the works' project is 松原's: no place is named, not even 吉林 inside it.
    assert gaz.find("吉林化纤集团投资42.8亿元", subject="220700") == []


def test_a_works_named_for_its_sector_gives_its_city_that_sector(tools):
    got = _designations(tools, "吉林省", "支持吉林化纤年产5千吨竹长丝等项目建设。")
    assert got == {("220200", "chemical-fibres")}
    got = _designations(tools, "松原市", "吉林化纤集团投资42.8亿元的年产2.4万吨碳纤维项目开工。")
    assert got == {("220700", "carbon-fibre")}
    # A sector named right after the works is its sector there.
    assert _designations(tools, "吉林省", "吉林化纤碳纤维量质齐升。") == {("220200", "carbon-fibre")}
    # The works as a company (its ownership, its finance) is not its sector.
    assert _designations(tools, "吉林省", "果断应对吉林化纤国有控股权风险。") == set()


def test_places_counted_before_one_kind_of_park_each_have_one(tools):
    parks = _parks(tools, "四平市", "梨树、伊通、双辽3个万头肉牛养殖园区投入使用。")
    assert {(p.name, p.region) for p in parks} == {
        ("梨树万头肉牛养殖园区", "220322"),
        ("伊通万头肉牛养殖园区", "220323"),
        ("双辽万头肉牛养殖园区", "220382"),
    }


def test_a_citys_zone_without_the_place_it_opens_with_is_that_zone(tools):
    parks = _parks(tools, "延边州", "以推进空港经济区建设为载体，加快推进延吉机场迁建。")
    assert {(p.name, p.region) for p in parks} == {("延吉空港经济开发区", "222401")}
    # Generic words alone (开发开放示范区) name no zone.
    assert _parks(tools, "延边州", "创建开发开放示范区、生态文明建设示范区。") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "新建扩建20个棚室蔬菜园区，15个园区通过验收。",  # a kind counted, not a name
        "抓好梨树县全国农村金融综合改革试验区工作。",  # a pilot of government
        "顺利承办东北亚产业园区对话会。",  # an event
        "推动铁东老工业区管线改造。",  # a district being rebuilt
    ],
)
def test_counted_kinds_pilots_events_and_old_districts_are_no_parks(tools, sentence):
    assert _parks(tools, "四平市", sentence) == ()


def test_a_park_name_does_not_open_with_an_adverb(tools):
    parks = _parks(tools, "通化市", "力争集安边境经济合作区进入国家级。")
    assert [p.name for p in parks] == ["集安边境经济合作区"]


def test_an_aim_for_a_sector_base_is_no_named_park(tools):
    assert _parks(tools, "吉林市", "打造国内重要的生物医药、生物能源产业基地。") == ()
    # …while a base its place names is one.
    parks = _parks(tools, "通化市", "建设辉南绿色食品精深加工基地。")
    assert [p.name for p in parks] == ["辉南绿色食品精深加工基地"]
