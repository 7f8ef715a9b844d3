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
