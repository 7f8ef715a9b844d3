"""Sentences of real work reports, in the report of the issuer that wrote them: what a reader marks."""

from __future__ import annotations

import pytest

from policy.extract import extract
from policy.text.document import parse

PROVINCE, SIPING, LIAOYUAN, TONGHUA, SONGYUAN = "220000", "220300", "220400", "220500", "220700"
JIAN, HUINAN, QIANAN, QIANGUO, CHANGLING = "220582", "220523", "220723", "220721", "220722"


def _facts(tools, issuer: str, body: str):
    gaz, tax, parks = tools
    head = f"{issuer}2024年政府工作报告\n\n——在{issuer}第十五届人民代表大会第三次会议上\n\n各位代表：\n\n"
    return extract(
        parse(head + "二、2024年工作安排\n\n" + body + "\n", "report", source="path"), gaz, tax, parks
    )


def _pairs(facts):
    return {(d.region, d.industry) for d in facts.designations}


def test_a_city_building_the_provinces_first_cluster_builds_it_itself(tools):
    # 全省 there ranks the cluster; the city's report places it at the city.
    facts = _facts(tools, "四平市", "打造全省化学原料药产业集聚区。")
    assert _pairs(facts) == {(SIPING, "chemical-pharma")}
    # In the province's own report the same words are the province's.
    assert _pairs(_facts(tools, "吉林省", "打造全省化学原料药产业集聚区。")) == {
        (PROVINCE, "chemical-pharma")
    }


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        ("吉林省", "搞好矿产资源精深加工。", {(PROVINCE, "mining")}),
        ("吉林省", "扎实搞好油气勘探。", {(PROVINCE, "oil-gas")}),
        ("通化市", "集安边合区加工贸易产业园投入使用。", {(JIAN, "foreign-trade")}),
        ("通化市", "龙湾列入国家5A级景区创建名单。", {(HUINAN, "tourism")}),
        ("松原市", "推动乾安泥林、前郭孝庄祖陵争创4A级景区。", {(QIANAN, "tourism"), (QIANGUO, "tourism")}),
        ("松原市", "力促前郭华为大数据中心建成运营。", {(QIANGUO, "computing-power")}),
        ("松原市", "完成长岭双坨子储气库建设。", {(CHANGLING, "oil-gas")}),
        ("松原市", "发展好“夜经济”“地摊经济”。", {(SONGYUAN, "consumer-services")}),
        ("辽源市", "统筹推进文化事业和文化产业。", {(LIAOYUAN, "culture")}),
    ],
    ids=[
        "搞好-verb",
        "勘探-tail",
        "park-in-use",
        "landmark-title",
        "landmarks-listed",
        "facility",
        "facility-2",
        "quoted-items",
        "统筹-adverb",
    ],
)
def test_sentences_a_reader_marks(tools, issuer, body, expected):
    assert _pairs(_facts(tools, issuer, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "继续稳妥搞好煤炭、军工、有色金属困难企业关闭破产。",  # closing firms down develops nothing
        "加快中部创新转型核心区建设，搞好顶层设计。",  # planning, not the design trade
        "新政务服务中心和大数据中心主体完工。",  # a government's data centre
        "统筹推进财税、金融、供热、医疗等领域改革。",  # reforming them
        "大力培育“四大集群”、发展“六新产业”。",  # a campaign's counted names
        "建立发改、商务、统计、林业、金融等九个项目问题解决常任部门。",  # government departments
    ],
)
def test_sentences_that_designate_nothing(tools, body):
    assert _facts(tools, "吉林省", body).designations == ()


def test_a_brands_product_line_and_a_dashed_pair_of_names_are_not_terms(tools):
    facts = _facts(
        tools,
        "吉林省",
        "推进奔腾系列纯电等新能源汽车产业化。积极推进北汽—皓月生态小镇等一批特色产业小镇建设。",
    )
    assert not [d.term for d in facts.designations if "系列" in d.term or "—" in d.term]
    assert (PROVINCE, "new-energy-vehicles") in _pairs(facts)


CHANGCHUN, JILIN_CITY, YANJI, HUNCHUN, WANGQING = "220100", "220200", "222401", "222404", "222424"


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        # Jilin's satellite constellation, not a mention of 吉林.
        ("吉林省", "“吉林一号”卫星在轨运行15颗。", {(PROVINCE, "satellites")}),
        # 吉林 joined to another prefecture by a dash is the city.
        (
            "吉林省",
            "长春－吉林国家电子商务示范城市创建进展顺利。",
            {(CHANGCHUN, "e-commerce"), (JILIN_CITY, "e-commerce")},
        ),
        # Places and 等地, then the sector: each place's.
        (
            "吉林省",
            "加快长春、吉林等地的住宅产业化。",
            {(CHANGCHUN, "construction"), (JILIN_CITY, "construction")},
        ),
        # 以及 ends a project item: 光伏发电 is 汪清's only.
        (
            "延边朝鲜族自治州",
            "推进珲春风电以及汪清光伏发电等项目建设。",
            {(HUNCHUN, "wind-power"), (WANGQING, "solar-pv")},
        ),
        # What a long 依托 clause rests on places the rest of the sentence.
        (
            "延边朝鲜族自治州",
            "依托延吉高新区科技创新产业园、网络集成产业园等平台，做大做强企业规模，构筑国际化服务外包产业集聚区。",
            {(YANJI, "service-outsourcing")},
        ),
    ],
    ids=["吉林一号", "dash-joined-cities", "等地", "以及-splits-projects", "依托-long"],
)
def test_places_of_report_sentences(tools, issuer, body, expected):
    assert _pairs(_facts(tools, issuer, body)) == expected


def test_terms_are_the_sector_words_not_the_kind_or_the_company(tools):
    facts = _facts(tools, "长春市", "壮大汽车、轨道客车、农产品加工支柱产业。")
    assert "农产品加工" in {d.term for d in facts.designations}  # not 农产品加工支柱
    facts = _facts(tools, "吉林市", "开工建龙120万吨冷轧、中泽钼深加工二期等重点项目。")
    assert not [d.term for d in facts.designations if d.term.startswith("中泽")]
    assert (JILIN_CITY, "nonferrous") in _pairs(facts)


def test_a_zones_sector_moved_to_its_city_is_one_designation_not_two(tools):
    facts = _facts(
        tools, "四平市", "以红嘴开发区、四平循环示范区、梨树开发区为依托，大力发展装备制造和农畜深加工产业。"
    )
    spans = [(d.region, d.industry, d.prov.start, d.prov.end) for d in facts.designations]
    assert len(spans) == len(set(spans))
    assert {(SIPING, "equipment"), ("220322", "equipment")} <= _pairs(facts)


def test_a_strong_city_of_a_sector_is_that_sector(tools):
    facts = _facts(tools, "四平市", "重点打造装备制造强市、商贸物流强市和文化旅游强市，建设人才强市。")
    assert {i for r, i in _pairs(facts)} == {"equipment", "trade-logistics", "tourism"}


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        # 特产业 is 特产 and 业: the term is no fragment ending in 特.
        (
            "四平市",
            "发展特色高效园艺特产业，新建棚室蔬菜园区。",
            {(SIPING, "specialties"), (SIPING, "vegetables")},
        ),
        # A province's title before a city's cluster: the cluster is the city's.
        ("四平市", "加快吉林省梅花鹿优势特色产业集群建设。", {(SIPING, "deer-products")}),
        # A known word that says 产业 itself needs no noun after it.
        ("辽源市", "推进文化事业与文化产业双协同。", {("220400", "culture")}),
        # A new race track of a sector is the sector.
        ("吉林省", "抢占人工智能新赛道迈出坚实步伐。", {("220000", "artificial-intelligence")}),
        # The figure right after the sector word measures it; supplies counted in tonnes do not.
        ("长春市", "抓好“菜篮子”工程，当年新增棚膜菜田2万亩。", {("220100", "vegetables")}),
        ("辽源市", "向国内外提供N95口罩91.2万只、防护服2.2万套、酒精2万吨。", set()),
        # A sector's works built or opened; a government's data centre is no sector.
        ("通化市", "金风风电建成运营，成为吉林省东南部首个风电示范项目。", {("220500", "wind-power")}),
        ("通化市", "新政务服务中心和大数据中心建成使用。", set()),
        # 养老 and 医疗 are sectors in a list of 产业, public services elsewhere.
        (
            "吉林市",
            "推动养老、健康、医疗、旅游等产业融合发展。",
            {("220200", "elderly-care"), ("220200", "health-services"), ("220200", "tourism")},
        ),
        ("吉林市", "完善基本医疗和养老保险制度。", set()),
        # Modifiers before a known word in a list of sectors said to grow.
        (
            "长春市",
            "品牌农业、高效特色农业、都市休闲农业、健康养殖业初具规模。",
            {("220100", "agriculture"), ("220100", "rural-tourism"), ("220100", "livestock")},
        ),
        # A sector that leads its sentence, whole with its 业.
        ("延边朝鲜族自治州", "林业努力推动转型发展，产值、效益实现同步增长。", {("222400", "forestry")}),
        # A counted works line of a sector; the place before the count is its place.
        ("通化市", "加大百万吨冷轧生产线智能化改造等项目招商力度。", {("220500", "steel")}),
        ("松原市", "推进前郭县15万头生猪产业化项目建设。", {("220721", "pigs")}),
        # A long known word after a verb of development is its object whatever follows; a market, a
        # destocking or a public service it names is not.
        ("长春市", "推动跨境电商加海外仓模式扩容升级。", {("220100", "e-commerce")}),
        ("长春市", "促进房地产市场平稳健康发展，加快房地产去库存。", set()),
        ("长春市", "推进法律服务惠民。", set()),
    ],
    ids=[
        "特产业",
        "吉林省-before-sector",
        "word-ending-产业",
        "新赛道",
        "figure",
        "supplies",
        "built",
        "government",
        "listed-services",
        "public-services",
        "modified-growing",
        "sector-led",
        "production-line",
        "counted",
        "long-object",
        "market-not-object",
        "public-service",
    ],
)
def test_sector_words_real_reports_use(tools, issuer, body, expected):
    assert _pairs(_facts(tools, issuer, body)) == expected
