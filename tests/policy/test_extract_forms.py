"""Common forms of Jilin policy texts beyond the seeds: what a policy expert expects the extractor to read.

Each case is a short synthetic document in the style of a provincial text (一、/（一）numbering).
The expected designations are (region, industry) pairs as a reader of the sentence would list
them; every fact must cite the exact words it stands on, and what cannot be read in a
designating sentence must be warned about.
"""

from __future__ import annotations

import pytest

from policy.extract import extract
from policy.text.document import parse

PROVINCE, CHANGCHUN, JILIN, SIPING, LIAOYUAN, TONGHUA, BAISHAN, SONGYUAN, BAICHENG, YANBIAN = (
    "220000",
    "220100",
    "220200",
    "220300",
    "220400",
    "220500",
    "220600",
    "220700",
    "220800",
    "222400",
)
GONGZHULING, MEIHEKOU, DUNHUA, HELONG = "220184", "220581", "222403", "222406"

_HEAD = "吉林省人民政府关于加快推进产业高质量发展的若干意见\n一、重点任务\n"


def _run(tools, body: str):
    gaz, tax, parks = tools
    doc = parse(_HEAD + body, "form", source="path")
    return doc, extract(doc, gaz, tax, parks)


DESIGNATIONS = [
    pytest.param(
        "（六）支持公主岭市、长春市、吉林市发展碳纤维、冰雪装备产业。\n",
        {(r, i) for r in (GONGZHULING, CHANGCHUN, JILIN) for i in ("carbon-fibre", "ice-snow-equipment")},
        id="opener+coordinated-places",
    ),
    pytest.param(
        "（一）推动延边州发展人参、矿泉水、林下经济等特色产业。\n",
        {(YANBIAN, "ginseng"), (YANBIAN, "mineral-water"), (YANBIAN, "under-forest-economy")},
        id="etc-kind",
    ),
    pytest.param(
        "（二）鼓励白山市、通化市打造医药健康产业集群。\n",
        {(BAISHAN, "pharmaceuticals"), (TONGHUA, "pharmaceuticals")},
        id="cluster-two-places",
    ),
    pytest.param(
        "（三）以敦化市、和龙市为重点，发展林下经济、矿泉水产业。\n",
        {(r, i) for r in (DUNHUA, HELONG) for i in ("under-forest-economy", "mineral-water")},
        id="focus-places-before",
    ),
    pytest.param(
        "（四）四平市、辽源市重点发展装备制造、农产品加工，松原市重点发展石油化工、新能源。\n",
        {
            (SIPING, "equipment"),
            (SIPING, "agrifood"),
            (LIAOYUAN, "equipment"),
            (LIAOYUAN, "agrifood"),
            (SONGYUAN, "petrochemicals"),
            (SONGYUAN, "new-energy"),
        },
        id="two-leads-one-sentence",
    ),
    pytest.param(
        "（五）在长春新区布局新能源汽车、人工智能等产业。\n",
        {(CHANGCHUN, "new-energy-vehicles"), (CHANGCHUN, "artificial-intelligence")},
        id="sub-area-of-a-city",
    ),
    pytest.param(
        "（六）辽源市重点发展袜业和纺织服装产业。\n",
        {(LIAOYUAN, "hosiery"), (LIAOYUAN, "textiles")},
        id="conjunction-two-industries",
    ),
    pytest.param(
        "（七）加快发展风电、光伏等新能源产业。\n",
        # The kind after 等 is a sector too: readers mark it in 28 of 36 such lists of the annotation.
        {(PROVINCE, "wind-power"), (PROVINCE, "solar-pv"), (PROVINCE, "new-energy")},
        id="province-level",
    ),
    pytest.param(
        "（八）梅河口市重点发展医药健康、食品产业。公主岭市重点发展玉米深加工、汽车零部件。\n",
        {
            (MEIHEKOU, "pharmaceuticals"),
            (MEIHEKOU, "food"),
            (GONGZHULING, "grain-processing"),
            (GONGZHULING, "auto-parts"),
        },
        id="county-leads",
    ),
    pytest.param(
        "（九）推动白城市发展风电、光伏等具有竞争力的新能源产业。\n",
        {(BAICHENG, "wind-power"), (BAICHENG, "solar-pv")},
        id="modifier-after-etc",
    ),
    pytest.param(
        "（十）松原市重点发展风电装备、新能源装备制造、绿电制氢等产业。\n",
        {(SONGYUAN, "wind-power-equipment"), (SONGYUAN, "new-energy-equipment"), (SONGYUAN, "hydrogen")},
        id="new-energy-equipment-and-green-hydrogen",
    ),
]


@pytest.mark.parametrize(("body", "expected"), DESIGNATIONS)
def test_designations_of_common_forms(tools, body, expected):
    doc, facts = _run(tools, body)
    got = {(d.region, d.industry) for d in facts.designations}
    assert got == expected
    for d in facts.designations:
        assert doc.text[d.prov.start : d.prov.end] == d.term
    assert not [w for w in facts.warnings if "unclassified" in w or "not read" in w], facts.warnings


def test_cited_terms_are_the_items_not_the_tail(tools):
    doc, facts = _run(tools, "（六）辽源市重点发展袜业和纺织服装产业。\n")
    assert sorted(d.term for d in facts.designations) == sorted(["袜业", "纺织服装"])
    doc, facts = _run(tools, "（二）鼓励白山市、通化市打造医药健康产业集群。\n")
    assert {(d.term, d.kind) for d in facts.designations} == {("医药健康", "产业集群")}


def test_kind_noun_after_etc_is_the_kind(tools):
    _doc, facts = _run(tools, "（一）推动延边州发展人参、矿泉水、林下经济等特色产业。\n")
    assert {d.kind for d in facts.designations} == {"特色产业"}


def test_unknown_item_in_a_designating_list_is_kept_and_warned(tools):
    doc, facts = _run(tools, "（一）推动白城市发展风电、量子通信等产业。\n")
    unknown = [d for d in facts.designations if d.industry is None]
    assert [(d.region, d.term) for d in unknown] == [(BAICHENG, "量子通信")]
    assert doc.text[unknown[0].prov.start : unknown[0].prov.end] == "量子通信"
    assert any("量子通信" in w for w in facts.warnings)


def test_place_outside_jilin_is_warned_and_not_given_to_another_region(tools):
    _doc, facts = _run(tools, "（一）支持本溪市发展钢铁、化工产业。\n")
    assert facts.designations == ()
    assert any("本溪市" in w for w in facts.warnings)


def test_unreadable_designating_list_is_warned(tools):
    _doc, facts = _run(tools, "（一）支持长春市发展技术先进、配套完善的高端产业。\n")
    assert facts.designations == ()
    assert any("not read" in w and "技术先进" in w for w in facts.warnings)


def test_new_energy_equipment_is_equipment_not_energy(tools):
    _gaz, tax, _parks = tools
    # Wind turbines are made in factories (GB/T 4754 3415 风能原动设备制造), wind power is generated (4415).
    assert tax.match("风电装备").parent == "equipment" and tax.match("风电装备").gb4754 == ("3415",)
    assert tax.match("风电").parent == "energy"
    assert tax.match("新能源装备制造").parent == "equipment"
    assert tax.match("绿电制氢").id == "hydrogen"


@pytest.mark.parametrize(("term", "industry"), [("石化装备", None), ("医药物流", "logistics")])
def test_modifier_and_head_noun_is_not_two_industries(tools, term, industry):
    # 石化装备 is equipment for petrochemicals, not petrochemicals + equipment: unknown, warned, not split;
    # 医药物流 is the logistics of medicines, one industry.
    _doc, facts = _run(tools, f"（一）四平市重点发展{term}、汽车等产业。\n")
    assert [d.industry for d in facts.designations if d.term == term] == [industry]
    assert any(f"unclassified industry term '{term}'" in w for w in facts.warnings) == (industry is None)


def test_topics_that_are_not_industries_are_not_designations(tools):
    _doc, facts = _run(tools, "（一）加快发展中小企业产业集群，培育发展一批新兴产业集群。\n")
    assert facts.designations == ()


def test_development_modes_and_county_strategies_are_not_industries(tools):
    # 循环经济 and 劳务经济 are ways to develop (and earn), 立县产业 a county's strategy; 庭院经济 is farming.
    _doc, facts = _run(tools, "（一）辽源市大力发展循环经济、劳务经济、庭院经济，加快发展立县产业。\n")
    assert sorted(d.term for d in facts.designations) == ["庭院经济"]


def test_a_clause_is_never_a_term_but_its_words_are_warned_about(tools):
    _doc, facts = _run(tools, "（一）辽源市重点发展2020年新上秸秆糖、医药健康等产业。\n")
    assert [d.term for d in facts.designations] == ["医药健康"]
    assert any("2020年新上秸秆糖" in w and "not an industry" in w for w in facts.warnings)
    assert not any("unclassified" in w and "秸秆糖" in w for w in facts.warnings)
    # A verb and a project's capacity before the product are cut, leaving the product's whole words.
    _doc, facts = _run(tools, "（一）辽源市重点发展滚动实施100万吨秸秆糖、医药健康等产业。\n")
    assert [d.term for d in facts.designations] == ["秸秆糖", "医药健康"]


def test_a_rank_or_a_campaign_word_is_not_part_of_the_sector(tools):
    _doc, facts = _run(tools, "（一）吉林市重点发展新农业、世界级钼等产业。\n")
    assert sorted((d.term, d.industry) for d in facts.designations) == [
        ("农业", "agriculture"),
        ("钼", "nonferrous"),
    ]


def test_trades_a_tax_reform_covers_are_not_designations(tools):
    body = "（一）长春市积极开展交通运输、文化创意、鉴证咨询、研发服务等重点行业营业税改增值税试点。\n"
    assert _run(tools, body)[1].designations == ()


def test_money_units_project_steps_and_civic_work_are_not_sectors(tools):
    for body in (
        "（一）长春市全年开复工超10亿元产业项目112个。\n",
        "（一）长春市围绕招商落地、前期审批、开工入统、竣工验收、投产开业，全方位服务。\n",
        "（一）长春市完善供水、热力、电力、通信、充电桩等市政设施。\n",
        "（一）长春市国家安全、贸易促进、公积金、地方志、红十字等工作取得新成绩。\n",
    ):
        assert _run(tools, body)[1].designations == (), body


def test_a_generic_part_joined_to_a_sector_is_dropped_not_kept_as_one_term(tools):
    _doc, facts = _run(tools, "（一）辽源市发展循环经济和节约型产业，做强梅花鹿和特色产业。\n")
    assert [(d.term, d.industry) for d in facts.designations] == [("梅花鹿", "deer-products")]


def test_a_list_closed_by_a_scheme_or_a_way_names_no_sectors(tools):
    for body in (
        "（一）松原市围绕产业发展、科技创新、区域带动、生态环保、行政管理等综合考评体系，查短板。\n",
        "（一）松原市积极推行电、天然气、生物质、地热等新型清洁能源取暖方式。\n",
    ):
        assert _run(tools, body)[1].designations == (), body
    _doc, facts = _run(tools, "（一）松原市加快发展风电、光伏等新能源产业体系。\n")  # 产业体系 stays a kind
    assert {d.industry for d in facts.designations} == {"wind-power", "solar-pv"}


def test_public_and_government_services_are_not_industries(tools):
    # 推动县城公共服务…提档升级, 优化涉企服务: services a government gives, not a sector a region is given.
    _doc, facts = _run(
        tools, "（一）吉林市推动县城公共服务、生态环境全面提档升级，优化政务服务和涉企服务，发展养老服务。\n"
    )
    assert sorted(d.term for d in facts.designations) == ["养老服务"]


# -- targets ----------------------------------------------------------------------------------------
TARGETS = [
    pytest.param(
        "（一）“十四五”期间，培育50个特色产业集聚区。\n",
        [(PROVINCE, "特色产业集聚区", 50.0, "个", 2025, "50个", None)],
        id="count",
    ),
    pytest.param(
        "（二）到2025年，全省汽车产业产值达到8000亿元。\n",
        [(PROVINCE, "汽车产业产值", 8000.0, "亿元", 2025, "8000亿元", None)],
        id="province-value",
    ),
    pytest.param(
        "（三）力争2025年辽源市袜业产值突破100亿元。\n",
        [(LIAOYUAN, "袜业产值", 100.0, "亿元", 2025, "突破100亿元", "突破")],
        id="city-value",
    ),
    pytest.param(
        "（四）到2025年，全省工业增加值年均增长12%。\n",
        [(PROVINCE, "工业增加值年均增长", 12.0, "％", 2025, "12%", None)],
        id="growth-rate",
    ),
    pytest.param(
        "（五）到2025年，通化市医药健康产业产值达到500亿元，年均增长10%以上。\n",
        [
            (TONGHUA, "医药健康产业产值", 500.0, "亿元", 2025, "500亿元", None),
            (TONGHUA, "医药健康产业产值年均增长", 10.0, "％", 2025, "10%以上", "以上"),
        ],
        id="value-then-bare-growth",
    ),
    pytest.param(
        "（六）每年安排不超过3亿元，专项用于承接产业转移项目。\n",
        [(PROVINCE, "承接产业转移项目资金（每年）", 3.0, "亿元", None, "不超过3亿元", "不超过")],
        id="money-at-most",
    ),
    pytest.param(
        "（七）到2025年，全省单位工业增加值能耗控制在0.5万吨以内。\n",
        [(PROVINCE, "单位工业增加值能耗", 0.5, "万吨", 2025, "0.5万吨以内", "以内")],
        id="within",
    ),
    pytest.param(
        "（八）到2025年，培育不少于50个特色产业集聚区、20个以上示范园区。\n",
        [
            (PROVINCE, "特色产业集聚区", 50.0, "个", 2025, "不少于50个", "不少于"),
            (PROVINCE, "示范园区", 20.0, "个", 2025, "20个以上", "以上"),
        ],
        id="counts-bounded",
    ),
    pytest.param(
        "（九）到2025年，长春市汽车产业产值由5000亿元提高到超过6000亿元。\n",
        [(CHANGCHUN, "汽车产业产值", 6000.0, "亿元", 2025, "超过6000亿元", "超过")],
        id="chain-more-than",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TARGETS)
def test_targets_of_common_forms(tools, body, expected):
    doc, facts = _run(tools, body)
    got = [
        (t.region, t.metric, t.value, t.unit, t.year, doc.text[t.prov.start : t.prov.end], t.qualifier)
        for t in facts.targets
    ]
    assert got == expected
    assert all(t.baseline is None for t in facts.targets if "由" not in body)
    assert not [w for w in facts.warnings if "target" in w], facts.warnings


def test_a_list_read_by_another_reader_is_not_warned_about(tools):
    _doc, facts = _run(tools, "（一）辽源市打造禽蛋、肉牛、林果3个百亿级特色产业集群。\n")
    assert {d.industry for d in facts.designations} == {"poultry", "beef-cattle", "fruit"}
    assert not any("not read as industries" in w for w in facts.warnings)
