"""The gazetteer: every Jilin unit, names and aliases, and 吉林省 vs 吉林市 resolved by context."""

import pytest

from policy.places.gazetteer import load_gazetteer

PREFECTURES = {
    "220100": "长春",
    "220200": "吉林",
    "220300": "四平",
    "220400": "辽源",
    "220500": "通化",
    "220600": "白山",
    "220700": "松原",
    "220800": "白城",
    "222400": "延边",
}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_province_prefectures_and_counties(gaz):
    levels = [r.level for r in gaz.regions if r.level != "zone"]
    assert levels.count("province") == 1
    assert {r.id: r.short for r in gaz.prefectures} == PREFECTURES
    counties = [r for r in gaz.regions if r.level == "county"]
    assert len(counties) == 60
    assert all(gaz.get(c.parent).level == "prefecture" for c in counties)


@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("长春", "220100"),
        ("长春市", "220100"),
        ("延边", "222400"),
        ("延边州", "222400"),
        ("延边朝鲜族自治州", "222400"),
        ("梅河", "220581"),
        ("梅河口", "220581"),
        ("公主岭", "220184"),
        ("220281", "220281"),
        ("吉西南", "zone:jixinan"),
        ("四辽吉松", "zone:silijisong"),
        ("吉林", "220200"),
    ],
)
def test_lookup_by_any_name(gaz, name, adcode):
    assert gaz.lookup(name).id == adcode


def test_unknown_name_is_none_and_closest_names_help(gaz):
    assert gaz.lookup("长春县") is None
    assert "长春" in gaz.closest("长春县")[:3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("是促进吉林老工业基地振兴", "220000"),
        ("长春汽车零部件、吉林石化、四平换热器", "220200"),
        ("包括长春和吉林地区的中部物流区域", "220200"),
        # The zone's own name (assets/places.json): it lies in 永吉县 (岔路河镇, NBS 2023 zone 220273).
        ("积极推动吉林（中新）食品区建设", "220221"),
        ("吉林（中新）产业园", "220200"),
        ("吉林省人民政府", "220000"),
        ("在吉林市开展", "220200"),
    ],
)
def test_jilin_resolved_by_context(gaz, text, expected):
    found = [m.region for m in gaz.find(text) if m.surface.startswith("吉林")]
    assert found == [expected]


def test_institutions_and_false_friends_are_not_places(gaz):
    assert [m.surface for m in gaz.find("吉林银保监局、吉林证监局")] == []
    assert [m.surface for m in gaz.find("长白山功能保健食品")] == []
    assert [m.surface for m in gaz.find("产业集群和龙头企业")] == []
    # 郊区 was 吉林市's district until 1991, and is any city's outskirts in running text.
    assert [m.surface for m in gaz.find("建设东中西和城市郊区特色优势农业产业带")] == []


@pytest.mark.parametrize(
    "text",
    ["长春光机所", "长春应化所", "中科院长春分院", "人民银行长春中心支行", "长春海关", "开发银行吉林省分行"],
)
def test_institutions_named_after_a_region_are_not_mentions(gaz, text):
    assert [m.surface for m in gaz.find(text)] == []


def test_region_next_to_an_institution_is_still_found(gaz):
    text = "长春市人民政府、人民银行长春中心支行、长春光机所，支持长春发展光电子产业，长春市重点发展汽车"
    found = [(text[m.start : m.end], m.region) for m in gaz.find(text)]
    assert found == [("长春市", "220100"), ("长春", "220100"), ("长春市", "220100")]


def test_001_institutes_do_not_put_the_clause_on_changchun(gaz):
    # 001 clause on 吉林市's cooperation with 吉林大学、长春光机所、长春应化所: no mention of 长春 the city.
    from policy.corpus import load_seeds

    doc = next(d for d in load_seeds() if d.id.startswith("001"))
    at = doc.text.index("长春光机所")
    clause = doc.clause_at(at)
    assert "220100" not in {m.region for m in gaz.find(doc.text, clause.start, clause.end)}


def test_match_offsets_index_the_text(gaz):
    text = "推动四平市特色装备，辽源市新能源汽车零部件，梅河口市医药食品"
    for m in gaz.find(text):
        assert text[m.start : m.end] == m.surface
    assert [m.region for m in gaz.find(text)] == ["220300", "220400", "220581"]


def test_bare_jilin_in_coordinated_city_names_is_the_city():
    gaz = load_gazetteer()
    text = "长春、吉林两市重点发展汽车等产业。"
    assert [(m.surface, m.region) for m in gaz.find(text)] == [("长春", "220100"), ("吉林", "220200")]


def test_no_suggestions_for_a_place_outside_jilin(gaz):
    assert gaz.closest("上海") == []
    assert "东丰县" not in gaz.closest("四平县") and "四平" in gaz.closest("四平县")


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("220200", "龙潭小五金产业园、昌邑现代农业产业园", ["220203", "220202"]),
        ("220200", "支持丰满创建旅游强区", ["220211"]),
        ("220400", "带动龙山、西安产业升级", ["220402", "220403"]),
        ("220100", "二道物流产业园", ["220105"]),
    ],
)
def test_a_district_bare_name_in_its_own_prefecture_report(gaz, subject, text, expected):
    assert [m.region for m in gaz.find(text, subject=subject)] == expected


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("220000", "丰满的羽翼"),  # a province report: an ordinary word
        ("220100", "西安交通大学"),  # Xi'an, not 辽源's 西安区
        ("220100", "培育朝阳产业"),  # a sunrise industry
        (None, "龙潭小五金产业园"),
    ],
)
def test_a_district_bare_name_elsewhere_is_no_place(gaz, subject, text):
    assert gaz.find(text, subject=subject) == []


def test_he_joining_two_names_leaves_the_place_after_it():
    gaz = load_gazetteer()
    text = "支持中天智慧城市产业发展集团和龙山科技智慧产业园建设"
    # In 辽源's report 龙山 is its district and 和 joins the two names; elsewhere 和龙 is the city.
    assert [(m.surface, m.region) for m in gaz.find(text, subject="220400")] == [("龙山", "220402")]
    assert [(m.surface, m.region) for m in gaz.find(text, subject="222400")] == [("和龙", "222406")]


def test_a_place_before_a_company_is_where_it_works():
    gaz = load_gazetteer()
    found = gaz.find("梨树新希望集团年产30万吨饲料", subject="220300")
    assert [(m.surface, m.region) for m in found] == [("梨树", "220322")]
