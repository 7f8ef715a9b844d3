"""Extraction scored against the hand annotation of real reports (tests/fixtures/annotation/GUIDE.md).

Floors, not targets: they fail when a change loses what the engine reads today. bench/ reports the figures.
"""

from __future__ import annotations

import json

import pytest

from bench.annotation import load_annotated_kb, load_annotations, score_all
from policy.extract.designations import extract_designations
from policy.industries.taxonomy import load_taxonomy
from policy.places.gazetteer import load_gazetteer
from policy.text.document import parse


@pytest.fixture(scope="module")
def scores():
    annotations = load_annotations()
    return score_all(load_annotated_kb(annotations), annotations)


def test_annotation_covers_issuers_and_decades():
    annotations = load_annotations()
    assert len(annotations) >= 15
    issuers = {a.doc.split("-")[0] for a in annotations}
    years = {int(a.doc.split("-")[1]) for a in annotations}
    assert len(issuers) >= 7 and min(years) <= 2005 and max(years) >= 2023
    assert sum(a.unseen for a in annotations) >= 4


def test_designations_of_tuned_documents(scores):
    tuned, _, _ = scores
    assert tuned.recall >= 0.89
    assert tuned.precision >= 0.92
    assert tuned.parks_recall >= 0.77


def test_designations_of_documents_kept_out_of_tuning(scores):
    _, unseen, _ = scores
    assert unseen.recall >= 0.795
    assert unseen.precision >= 0.89
    assert unseen.parks_recall >= 0.72


def test_no_fragment_terms(scores):
    tuned, unseen, _ = scores
    assert tuned.fragments + unseen.fragments == ()


def test_every_annotated_report_gets_designations(scores):
    _, _, per = scores
    assert all(s.found > 0 for s in per.values())


# -- sentences common in real reports ----------------------------------------------------------------
def _read(sentence: str, congress: str = "延边朝鲜族自治州第十五届人民代表大会第六次会议"):
    doc = parse(f"——2021年1月12日在{congress}上\n二、2021年工作安排\n{sentence}\n", "t", source="path")
    found, _ = extract_designations(doc, load_gazetteer(), load_taxonomy())
    return {(d.region, d.term) for d in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("建设白城、松原、九台奶牛生产基地。", {("220800", "奶牛"), ("220700", "奶牛"), ("220113", "奶牛")}),
        ("加快建设蛟河、舒兰、永吉石材基地。", {("220281", "石材"), ("220283", "石材"), ("220221", "石材")}),
        (
            "珲春国际合作示范区全力推进有色金属、海产品、纺织服装等“十大园区”建设。",
            {("222404", "有色金属"), ("222404", "海产品"), ("222404", "纺织服装")},
        ),
        ("开工建设前郭善德30万吨生物质有机肥项目。", {("220721", "生物质有机肥")}),
        ("安图恒大一期、农心二期等矿泉水项目建成投产。", {("222426", "矿泉水")}),
        ("加快袜业+纺织产业品牌化发展。", {("222400", "袜业"), ("222400", "纺织")}),
        ("加快发展延吉IT和服务外包产业。", {("222401", "IT"), ("222401", "服务外包")}),
        ("打造动漫产业集群。依托延吉高新区，建设动漫产业园。", {("222401", "动漫")}),
        # … but a next sentence that only reports on a place is an instance of the topic, not its place.
        ("大力发展特色旅游业。珲春防川景区晋升为国家4A级景区。", {("222400", "特色旅游")}),
        ("推进天然气的开发利用。", {("222400", "天然气")}),
        ("强化品牌建设，不断提升延吉大米知名度和附加值。", {("222401", "大米")}),
        ("做大做强延吉现代化都市圈汽车产业集群。", {("222401", "汽车")}),
        (
            "培育以木耳、桑黄为代表的食药用菌产业，以冷水鱼、林蛙为代表的特色养殖业。",
            {
                ("222400", "木耳"),
                ("222400", "食药用菌"),
                ("222400", "冷水鱼"),
                ("222400", "林蛙"),
                ("222400", "特色养殖业"),
            },
        ),
        (
            "加快敦化石油和龙井、图们天然气资源的开发利用。",
            {("222403", "石油"), ("222405", "天然气"), ("222402", "天然气")},
        ),
        ("开工建设敦化比亚迪动力电池二期。", {("222403", "动力电池")}),
        ("加快现有农产品加工企业提档升级。", {("222400", "农产品加工")}),
        ("敦化风电场并网发电，新建汪清肉牛养殖场。", {("222403", "风电"), ("222424", "肉牛养殖")}),
        ("改造体育场馆。", set()),
        (
            "“七星山”“七星湖”等旅游开发项目有序推进，吉化120万吨乙烯转型升级项目开工建设。",
            {("222400", "旅游"), ("222400", "乙烯")},
        ),
        ("引导企业加强安全生产。", set()),
        (
            "加快实施大成400万吨玉米深加工和油页岩综合开发利用等一批大项目。",
            {("222400", "玉米深加工"), ("222400", "油页岩")},
        ),
        # A difficulty of a sector is no designation of it.
        ("努力克服汽车产业效益下滑影响。汽车产业的市场竞争日趋激烈。", set()),
        ("推进延吉国家流通战略支点城市、珲春陆上边境口岸型国家物流枢纽建设。", {("222404", "物流")}),
        ("大力发展绿色建材产品。", {("222400", "绿色建材")}),
        ("完善大健康全产业链。", {("222400", "大健康")}),
        ("扩大对外贸易。确保珲春进口百万吨煤炭。", {("222400", "对外贸易")}),
        (
            "建设通化国际医药城及辽源、白山、梅河口、敦化等医药特色产业基地。",
            {(r, "医药") for r in ("220500", "220400", "220600", "220581", "222403")},
        ),
        # A review's measured sectors: the sector opens its segment and a figure follows.
        ("生猪存栏30万头，黄牛存栏34万头。", {("222400", "生猪"), ("222400", "黄牛")}),
        ("蜜蜂发展到17.9万箱，工业增加值增长8%。", {("222400", "蜜蜂")}),
        # A counted list needs no verb; a counted kind may give its sectors after a colon.
        (
            "专用车、食品、换热器6个产业列入省重点产业集群。",
            {("222400", "专用车"), ("222400", "食品"), ("222400", "换热器")},
        ),
        (
            "五大优势产业：建筑建材、文化旅游、商贸物流。",
            # 建筑建材 is two sectors run together (建筑 and 建材), read as both.
            {("222400", "建筑建材"), ("222400", "文化旅游"), ("222400", "商贸物流")},
        ),
        # A project with its capacity names its product; a company or park name is not goods.
        ("6万吨碳纤维项目部分产线进入设备安装阶段。", {("222400", "碳纤维")}),
        ("新能源汽车产业园、中德工业园等项目落地。", {("222400", "新能源汽车")}),
        # Whole words: no verb (抓好) or count (万亿级) in a term; a known word may end like an object (人参).
        ("抓好食用菌、蔬菜等一批特色产业。", {("222400", "食用菌"), ("222400", "蔬菜")}),
        ("打造万亿级汽车产业。", {("222400", "汽车")}),
        (
            "整合包装林蛙、人参、黑牛等长白山特色品牌。",
            {("222400", "林蛙"), ("222400", "人参"), ("222400", "黑牛")},
        ),
        ("伊通亿通商贸物流城建成。", set()),  # a company's name before the sector word
    ],
)
def test_sentences_of_real_reports(sentence, expected):
    assert _read(sentence) == expected


def test_a_review_of_past_work_is_not_a_plan():
    text = (
        "——2021年1月12日在辽源市第八届人民代表大会第六次会议上\n一、2020年工作回顾\n"
        "建成东北袜业园。\n二、2021年工作安排\n打造袜业产业集群。\n"
    )
    doc = parse(text, "p", source="path")
    found, _ = extract_designations(doc, load_gazetteer(), load_taxonomy())
    plans = {(d.term, d.plan) for d in found}
    assert ("袜业", True) in plans
    assert all(d.region == "220400" for d in found)


def test_a_second_reader_finds_most_of_the_first_reading():
    # The annotation is a reading two careful readers share: each finds most of what the other marks.
    from bench.annotation import SECOND_READING, reader_agreement, text_path

    for path in SECOND_READING.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = text_path(data["doc"]).read_text(encoding="utf-8")
        assert all(d["quote"] in text for d in data["designations"])
    second, first = reader_agreement()
    assert second.gold >= 150 and second.recall >= 0.85 and first.recall >= 0.8
