"""Projects and companies listed by name: the sector is the known word inside each item, at its place."""

from __future__ import annotations

import pytest

from policy.extract import extract
from policy.text.document import parse

SIPING, SHUANGLIAO, YANBIAN, HELONG, DUNHUA = "220300", "220382", "222400", "222406", "222403"
TONGHUA, JILIN, PANSHI = "220500", "220200", "220284"


def _got(tools, issuer: str, body: str):
    gaz, tax, parks = tools
    # A heading with no year: a three-line text whose heading carries one reads as hard-wrapped lines.
    doc = parse(f"{issuer}2021年政府工作报告\n\n一、工作回顾\n\n{body}\n", "form", source="path")
    facts = extract(doc, gaz, tax, parks)
    for d in facts.designations:
        assert doc.text[d.prov.start : d.prov.end] == d.term
    return {(d.region, d.industry) for d in facts.designations}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("金钢钢铁高炉技改等项目竣工投产。", {(SIPING, "steel")}),
        ("华统生猪、永康五金直销中心等一批项目成功落地。", {(SIPING, "pigs"), (SIPING, "metal-products")}),
        ("华能风电场扩建一期等项目及时开工。", {(SIPING, "wind-power")}),
        ("推动双辽吉顺钢铁搬迁改造等项目竣工投产。", {(SHUANGLIAO, "steel")}),
        ("带动格致汽车、鸿图锂电等企业扩规升级。", {(SIPING, "automotive"), (SIPING, "batteries")}),
    ],
)
def test_a_named_project_or_company_gives_its_sector(tools, body, expected):
    assert _got(tools, "四平市", body) == expected


def test_a_company_name_holding_he_is_not_split(tools):
    got = _got(tools, "延边州", "开工建设和龙和润达服装工业园二期、敦化和信医疗器械等37个项目。")
    assert (HELONG, "apparel") in got and (DUNHUA, "medical-devices") in got
    assert (YANBIAN, "apparel") not in got and (YANBIAN, "medical-devices") not in got


@pytest.mark.parametrize(
    "body",
    [
        "协调湖南中烟、君乐宝、纳爱斯等企业总部增加生产份额。",  # no sector word in the names
        "支持一汽、长客、吉化等企业建设高水平研发平台。",  # helped to do research: no sector grown
        "实施热电厂等容量替代、燃气机组等降耗增效项目。",  # saving energy at plants
        "推进延边体育运动学校、延边工人文化艺术中心等23个项目。",  # public buildings
    ],
)
def test_projects_that_grow_no_sector_give_none(tools, body):
    assert _got(tools, "四平市", body) == set()


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        ("通化市", "加快禾韵蓝莓万亩种植基地等项目建设。", {(TONGHUA, "blueberry")}),  # a quantity inside
        ("吉林市", "投资179.5亿元的磐石新能源综合开发等316个招商项目签约落地。", {(PANSHI, "new-energy")}),
        ("通化市", "生猪、肉牛分别发展到57万头、18.4万头。", {(TONGHUA, "pigs"), (TONGHUA, "beef-cattle")}),
        ("通化市", "保税物流中心竣工。", {(TONGHUA, "bonded-logistics")}),
        ("通化市", "东北林产品交易中心落户通化。", {(TONGHUA, "forest-products")}),
    ],
)
def test_review_statements_of_a_sector_at_a_place(tools, issuer, body, expected):
    assert _got(tools, issuer, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("建设喜来登、希尔顿、凯悦等五星级酒店。", {(TONGHUA, "hospitality")}),
        ("打造“东门大吉”夜市、雾凇桥啤酒广场等新型夜经济载体12个。", {(TONGHUA, "consumer-services")}),
    ],
)
def test_the_kind_after_etc_is_the_sector_of_named_things(tools, body, expected):
    assert _got(tools, "通化市", body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("加快建设长春东北亚区域性金融服务中心。", {("220100", "finance")}),
        ("支持长春市数据要素市场试点建设。", {("220100", "digital-economy")}),
    ],
)
def test_a_sector_with_its_centre_or_pilot_at_a_named_place(tools, body, expected):
    assert _got(tools, "吉林省", body) == expected


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        (
            "通化市",
            "集安、辉南、通化县获全国休闲农业乡村旅游示范县。",
            {("220582", "rural-tourism"), ("220523", "rural-tourism"), ("220521", "rural-tourism")},
        ),
        ("吉林省", "中国（珲春）跨境电商综合试验区获国务院批复。", {("222404", "e-commerce")}),
        (
            "吉林省",
            "大数据、人工智能、通用航空等加快发展。",
            {
                ("220000", "digital-economy"),
                ("220000", "artificial-intelligence"),
                ("220000", "general-aviation"),
            },
        ),
        ("通化市", "生猪、家禽养殖规模分别增长7.8%、16%。", {(TONGHUA, "pigs"), (TONGHUA, "poultry")}),
        (
            "通化市",
            "打造红色之城、康养之都、滑雪之乡。",
            {(TONGHUA, "wellness"), (TONGHUA, "ice-snow-tourism")},
        ),
        ("通化市", "支持柳河康华等畜牧业企业发展壮大。", {("220524", "livestock")}),
        ("吉林省", "开工建设长春新会展中心。", {("220100", "exhibitions")}),
        ("通化市", "辉南大米入选2020年全国名特优新农产品名录。", {("220523", "rice")}),
        ("辽源市", "“东丰梅花鹿”荣获世界地理标志产业博览会金奖。", {("220421", "deer-products")}),
        (
            "通化市",
            "集安、柳河山葡萄产区分别被评为国家级特色农产品优势区。",
            {("220582", "fruit"), ("220524", "fruit")},
        ),
        (
            "吉林省",
            "做响吉林大米、人参、梅花鹿等“吉字号”品牌。",
            {("220000", "rice"), ("220000", "ginseng"), ("220000", "deer-products")},
        ),
    ],
)
def test_more_statements_of_sectors_in_real_reports(tools, issuer, body, expected):
    assert _got(tools, issuer, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("积极发展壮大以人参、食用菌为主的特色产业。", {"ginseng", "edible-fungi"}),
        ("加大林蛙、梅花鹿、五味子等长白山特色资源开发利用。", {"forest-frog", "deer-products", "tcm-herbs"}),
        ("旅游业发展势头强劲。", {"tourism"}),
        ("支持建龙钢铁、化纤集团等50户重点企业扩大排产。", {"steel", "chemical-fibres"}),
        ("尽快把生物、光电信息培育成新的优势产业。", {"bio-industry", "optoelectronics"}),
        ("以发展全域旅游为龙头。", {"tourism"}),
        ("抓好5000万头优质安全生猪工程。", {"pigs"}),
        ("吉林市获评中国避暑旅游样本城市。", {"tourism"}),
        ("加快吉林省梅花鹿优势特色产业集群建设。", {"deer-products"}),
        ("抓好瀚星、山河、亿航等通用飞机及无人机制造项目。", {"general-aviation", "drones"}),
        ("加快东方红西洋参产业基地二期、北域红西洋参深加工等项目建设。", {"ginseng"}),
        ("新能源产业是松原强市产业。", {"new-energy"}),
        ("以中成药、化学药和生物药生产为主攻方向。", {"tcm", "chemical-pharma", "biopharma"}),
        ("启动东北亚金融总部基地建设。", {"finance"}),
        (
            "聚焦航空航天、前沿新材料、数字经济等7个细分领域新赛道。",
            {"aerospace", "new-materials", "digital-economy"},
        ),
        ("实施59项5000万元以上医药健康产业项目。", {"pharmaceuticals"}),
    ],
)
def test_sentences_a_reader_marks_in_reports_outside_the_annotation(tools, body, expected):
    # From a random sample of known sector words the engine read nothing from (reports not annotated).
    assert {industry for _region, industry in _got(tools, "吉林省", body)} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "以光电、生物、人工智能、大数据等为方向。",
            {"optoelectronics", "bio-industry", "artificial-intelligence", "digital-economy"},
        ),
        ("以光电信息、人工智能等为重点，打造产业集群。", {"optoelectronics", "artificial-intelligence"}),
        ("三是医药、医疗服务、医疗仪器产业。", {"pharmaceuticals", "health-services", "medical-devices"}),
        ("“五个千亿级”：一是高端装备制造业，全力支持企业建设检修基地。", {"equipment"}),
    ],
)
def test_lists_of_directions_and_numbered_points(tools, body, expected):
    assert {industry for _region, industry in _got(tools, "长春市", body)} == expected


def test_places_made_into_a_sector_get_it(tools):
    got = _got(tools, "长春市", "将莲花山、双阳区打造成创意产业带和生态景观带。")
    assert got == {("220112", "cultural-creative")}  # 莲花山 is no place the gazetteer knows


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "打造“汪清黑木耳”“延边黄牛”等区域公共品牌。",
            {("222424", "edible-fungi"), (YANBIAN, "beef-cattle")},
        ),
        ("5个抽水蓄能电站进入国家规划。", {(YANBIAN, "energy-storage")}),
        ("图们博士邦尼服装等项目主体封顶。", {("222402", "apparel")}),
    ],
)
def test_quoted_brands_counted_plants_and_topped_out_projects(tools, body, expected):
    assert _got(tools, "延边州", body) == expected


def test_counted_items_led_by_places_share_their_sector(tools):
    got = _got(tools, "吉林市", "加快建设桦甸国发、舒兰皓月2个万头肉牛示范园区。")
    assert got == {("220282", "beef-cattle"), ("220283", "beef-cattle")}
    assert _got(tools, "吉林市", "发展蛟河信霖沃土等11个千头肉牛养殖场。") == {("220281", "beef-cattle")}


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        (
            "延边州",
            "开工建设敦化塔拉河、和龙卧龙湖、安图大沙河抽蓄项目。",
            {("222403", "energy-storage"), ("222406", "energy-storage"), ("222426", "energy-storage")},
        ),
        (
            "延边州",
            "以冷水鱼、林蛙为代表的特色养殖业。",
            {(YANBIAN, "aquaculture"), (YANBIAN, "forest-frog"), (YANBIAN, "livestock")},
        ),
        ("长春市", "公主岭国家级现代种业产业园获准建立。", {("220184", "seed-industry")}),
        ("吉林省", "吉林市发展冰雪经济的经验做法受到表扬。", {("220200", "ice-snow-economy")}),
    ],
)
def test_places_with_their_sites_and_modified_sectors(tools, issuer, body, expected):
    assert _got(tools, issuer, body) == expected


def test_a_measured_area(tools):
    assert _got(tools, "四平市", "新增棚菜面积0.7万亩。") == {(SIPING, "vegetables")}


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        # Whatever the verb, a park named for its sector gives its place that sector.
        ("吉林市", "蛟河石材循环经济产业园初具规模。", {("220281", "stone")}),
        ("吉林市", "龙潭小五金产业园等园区投入运营。", {("220203", "metal-products")}),
        ("通化市", "重启祥元镁业5万吨镁合金产业园。", {(TONGHUA, "nonferrous")}),
    ],
)
def test_a_park_named_for_its_sector_designates_its_place(tools, issuer, body, expected):
    assert _got(tools, issuer, body) == expected


def test_a_zone_named_for_a_programme_designates_nothing(tools):
    # 普惠金融改革试验区 is a pilot of the finance ministry, not the place's industry.
    assert _got(tools, "吉林省", "加快推动四平市国家普惠金融改革试验区建设。") == set()


def test_items_that_are_each_a_place_and_its_sector(tools):
    body = "宽城和绿园轨道客车、净月汽车电子、双阳医药产业要尽快达到千亿元产值规模。"
    got = _got(tools, "长春市", body)
    assert got == {
        ("220103", "rail-transit"),
        ("220106", "rail-transit"),
        ("220100", "auto-electronics"),
        ("220112", "pharmaceuticals"),
    }
    # One such item alone is no list: a place and a word, nothing said of a sector.
    assert _got(tools, "长春市", "宽城轨道客车站、净月潭景区完成改造。") == set()


def test_places_joined_by_he_lead_only_their_own_item(tools):
    got = _got(tools, "吉林市", "加快打造舒兰和永吉钼产业园、磐石石墨产业园、蛟河石材产业园等一批特色园区。")
    assert got == {
        ("220283", "nonferrous"),
        ("220221", "nonferrous"),
        ("220284", "graphite"),
        ("220281", "stone"),
    }


def test_one_verb_leads_parallel_project_lists(tools):
    body = "推进银鹰制药新建多功能车间等建链项目，启星铝业轨道客车型材等补链项目，巨峰生化山梨酸等融链项目。"
    got = _got(tools, "辽源市", body)
    assert ("220400", "rail-transit") in got and ("220400", "bio-chemicals") in got


def test_places_listed_for_a_sector_pilot(tools):
    got = _got(tools, "吉林省", "长春、松原、白城入选国家能源领域首批氢能区域试点。")
    assert got == {("220100", "hydrogen"), ("220700", "hydrogen"), ("220800", "hydrogen")}


def test_a_place_named_twice_leads_with_its_nearest_mention(tools):
    got = _got(
        tools, "吉林省", "长春、松原、白城入选国家能源领域首批氢能区域试点，松原石化园区晋升为国家级开发区。"
    )
    assert ("220700", "petrochemicals") in got and ("220800", "petrochemicals") not in got


def test_floor_space_is_no_construction_sector(tools):
    assert _got(tools, "长春市", "建筑面积28万平方米的轨道客车产业园投入使用。") == {
        ("220100", "rail-transit")
    }


def test_zhuahao_a_list_of_sectors_and_their_growth(tools):
    got = _got(tools, "辽源市", "着重抓好现代物流业、现代会展业和服务外包业发展。")
    assert got == {("220400", "logistics"), ("220400", "exhibitions"), ("220400", "service-outsourcing")}
    # 抓好 alone names work to do, not sectors.
    assert _got(tools, "辽源市", "始终抓好为民服务，抓好政策服务。") == set()


def test_a_county_titled_for_a_sectors_whole_chain(tools):
    assert _got(tools, "辽源市", "东辽县获评全国禽蛋全产业链典型县。") == {("220422", "poultry")}


def test_quoted_brands_of_places_and_their_titles(tools):
    body = "“双辽小米”、“双辽花生”、“伊通大米”被工商总局认定为地理标志证明商标。"
    assert _got(tools, "四平市", body) == {("220382", "grain"), ("220382", "nuts"), ("220323", "rice")}
    assert _got(tools, "四平市", "“公主岭玉米”地理标志成功注册。") == {("220184", "grain")}
    assert _got(tools, "四平市", "开工建设牧业小区317个。") == {("220300", "livestock")}


def test_the_place_right_before_the_verb_is_the_lists(tools):
    body = "四平市推行政务服务改革和吉林市发展冰雪经济的经验做法受到国务院大督查通报表扬。"
    assert _got(tools, "吉林省", body) == {("220200", "ice-snow-economy")}


def test_a_company_short_name_between_a_place_and_its_sector(tools):
    got = _got(tools, "延边州", "重点抓好延吉万源农产品、汪清天桥岭黑木耳等市场建设。")
    assert ("222401", "agriculture") in got and ("222424", "edible-fungi") in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("东昌区、集安市获评省5A级景区城。", {("220502", "tourism"), ("220582", "tourism")}),
        ("柳河县入选全国电子商务进农村综合示范县。", {("220524", "e-commerce")}),
        ("辉南大米入围世界稻米地标品牌榜。", {("220523", "rice")}),
        # Titles of government name no sector of the place.
        ("辉南县被命名为国家农产品质量安全县。", set()),
        ("梨树县被确定为全国农村金融综合改革试验区。", set()),
    ],
)
def test_places_given_a_title_that_names_a_sector(tools, body, expected):
    assert _got(tools, "通化市", body) == expected


def test_a_zone_joined_before_a_place_does_not_lend_it_its_city(tools):
    body = "积极推进中韩（长春）国际合作示范区和珲春海洋经济发展示范区报批工作。"
    assert _got(tools, "吉林省", body) == {("222404", "marine-economy")}


def test_a_province_title_in_a_city_report_is_the_citys(tools):
    got = _got(tools, "四平市", "打造吉林省特色医药工业园和中药产业研发生产基地。")
    assert ("220300", "pharmaceuticals") in got and not any(region == "220000" for region, _ in got)


def test_a_place_after_de_is_the_items_own(tools):
    body = "推动吉林中新正大投资3亿元的前郭县15万头生猪产业化等项目建设。"
    assert _got(tools, "松原市", body) == {("220721", "pigs")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("农产品加工业较快发展。", {("220300", "agrifood")}),
        ("商贸物流业发展持续向好。", {("220300", "trade-logistics")}),
        ("推动跨境电商扩容升级。", {("220300", "e-commerce")}),
    ],
)
def test_a_review_says_a_sector_grows(tools, body, expected):
    assert _got(tools, "四平市", body) == expected


def test_the_first_projects_place_does_not_lead_other_companies_projects(tools):
    body = "推动蛟河抽水蓄能电站、金隅绿色建材、吉恩年产6万吨硫酸镍等重大项目开工建设。"
    got = _got(tools, "吉林市", body)
    assert got == {("220281", "energy-storage"), (JILIN, "building-materials"), (JILIN, "nonferrous")}
    # A place before a list of sectors still leads them all.
    assert _got(tools, "通化市", "支持梅河口市医药食品、果仁加工。") >= {("220581", "nut-processing")}


@pytest.mark.parametrize(
    "body",
    [
        "国企改革深入推进，煤炭、酒精等行业兼并重组迈出实质步伐。",
        "支持四平职业大学开办大数据、智能制造等专业。",
        "集中攻关光电信息、高端仪器、具身智能等重点领域核心技术。",
        "拓展化工产品在汽车、家电、建筑等领域应用。",
    ],
)
def test_mergers_majors_research_and_uses_name_no_sector_grown(tools, body):
    assert _got(tools, "四平市", body) == set()


def test_places_set_to_win_a_title(tools):
    got = _got(tools, "吉林省", "大力推动查干湖、嫩江湾创建5A级景区。")
    assert got == {("220721", "tourism"), ("220702", "tourism")}


def test_the_places_a_sentence_rests_on_take_its_lists(tools):
    body = "以红嘴开发区、梨树开发区为依托，大力发展装备制造和农畜深加工产业。"
    got = _got(tools, "四平市", body)
    assert {("220322", "equipment"), ("220322", "agrifood")} <= got


def test_two_sectors_run_together_are_both_read_in_a_list(tools):
    got = _got(tools, "长春市", "突出发展现代物流、广告会展等新产业、新业态。")
    assert {("220100", "advertising"), ("220100", "exhibitions"), ("220100", "logistics")} <= got


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        ("四平市", "伊通县被财政部、商务部批准为电子商务进农村综合示范县。", {("220323", "e-commerce")}),
        ("松原市", "乾安入选新华网“文化软实力提升优秀城市和文化旅游优选城市”。", {("220723", "tourism")}),
        ("延边州", "延边州获评“国家食品安全示范城市”。", set()),
    ],
)
def test_titles_approved_by_a_ministry_or_quoted(tools, issuer, body, expected):
    assert _got(tools, issuer, body) == expected


def test_a_companys_name_is_no_sector_term(tools):
    got = _got(tools, "辽源市", "重点推进东北袜业园、富奥泵业等10个数字化车间改造。")
    assert not any(industry is None for _, industry in got)
    # …while a trade of the countryside is read as one: its modifiers leave it the known word's.
    assert _got(tools, "辽源市", "加快发展农村快递业。") == {("220400", "logistics")}


def test_works_lists_name_no_sector_and_a_city_zone_keeps_its_item(tools):
    assert _got(tools, "吉林市", "推动通用机场、高速公路和轨道交通等工程实施。") == set()
    got = _got(tools, "四平市", "重点围绕红开区装备制造、经开区食品药品、新开区基础化工等园区主导产业。")
    assert ("220300", "basic-chemicals") in got and ("220302", "basic-chemicals") not in got


def test_sectors_each_with_a_role_in_a_chain(tools):
    body = "着力构建以中药材种植为基础、化学制药为引擎、生物制药为核心、医疗器械为补充的现代医药产业链。"
    got = _got(tools, "通化市", body)
    assert {(TONGHUA, "chemical-pharma"), (TONGHUA, "biopharma"), (TONGHUA, "medical-devices")} <= got


def test_exploration_and_an_innovation_base_name_their_sector(tools):
    assert _got(tools, "吉林省", "推进油气勘探重点转向吉林东部地区。") == {("220000", "oil-gas")}
    assert ("220100", "artificial-intelligence") in _got(tools, "长春市", "加快建设人工智能创新基地。")


def test_companies_works_at_places_before_etc_give_each_place_the_sector(tools):
    body = "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。"
    got = _got(tools, "吉林省", body)
    assert got == {("220822", "hydrogen"), ("220182", "hydrogen"), ("220400", "hydrogen")}


def test_a_known_kind_after_etc_is_a_sector_and_its_unknown_items_are_types(tools):
    got = _got(tools, "四平市", "大力发展环卫、冷藏、消防等特种车。")
    assert got == {(SIPING, "special-vehicles")}
    got = _got(tools, "长春市", "加快建设万达、中东广场等商业综合体。")
    assert got == {("220100", "commerce")}
    # A kind the item cutter would strip to nothing is still read whole.
    got = _got(tools, "长春市", "大力发展金融、物流、检验检测等生产性服务业，提升服务水平。")
    assert ("220100", "producer-services") in got and ("220100", "finance") in got


def test_a_works_moved_or_rebuilt_names_its_sector(tools):
    assert _got(tools, "四平市", "中电建线路器材厂易地改造项目已经启动。") == {(SIPING, "power-equipment")}
    got = _got(tools, "四平市", "推动双辽昊华离子膜烧碱搬迁改造等项目。")
    assert got == {(SHUANGLIAO, "basic-chemicals")}
    # Land parcels named after an old works are no sector.
    assert _got(tools, "辽源市", "推进渭津河南岸、金属制品厂等15个地块征收。") == set()


def test_a_zone_named_by_its_place_and_a_sector_designates_the_sector(tools):
    assert (TONGHUA, "pharmaceuticals") in _got(tools, "通化市", "支持通化国家级医药高新区等建设。")
    got = _got(tools, "延边州", "建设长春、延吉空港经济开发区。")
    assert ("222401", "airport-economy") in got and len({r for r, _ in got}) == 2
    # A zone named for a programme names no sector.
    assert _got(tools, "延边州", "推进珲春国际合作示范区建设。") == set()
    # The sector the sentence gives only the province is the zone's place's too.
    body = "医药健康产业重点培育5个大企业，支持通化国家级医药高新区等建设。"
    assert {("220000", "pharmaceuticals"), (TONGHUA, "pharmaceuticals")} <= _got(tools, "吉林省", body)


def test_a_company_s_name_around_a_known_sector_word_is_not_kept_as_a_term(tools):
    gaz, tax, parks = tools
    body = "推动东方红西洋参二期、禧利人参深加工、青山实业人参口服液生产线等项目建设。"
    doc = parse(f"延边州2021年政府工作报告\n\n二、2021年工作安排\n\n{body}\n", "form", source="path")
    found = extract(doc, gaz, tax, parks).designations
    assert "禧利人参深加工" not in {d.term for d in found}
    assert {d.industry for d in found} == {"ginseng"}


def test_a_province_report_reads_a_listed_zone_s_sector_its_own_city_does_not(tools):
    assert _got(tools, "吉林省", "提升中新吉林食品区合作层次。") == {(JILIN, "food")}
    assert _got(tools, "吉林市", "提升中新吉林食品区合作层次。") == set()
    # A zone the gazetteer knows by its whole name still ends in its sector; so does one named for
    # innovating in a sector.
    assert (TONGHUA, "pharmaceuticals") in _got(tools, "吉林省", "推进通化国家医药高新区等园区建设。")
    got = _got(tools, "吉林省", "加快建设长春人工智能创新发展示范区。")
    assert ("220100", "artificial-intelligence") in got


def test_a_list_of_zones_names_platforms_not_the_sectors_in_their_names(tools):
    got = _got(tools, "吉林市", "推进中新食品区、化工园区、金珠工业区晋级。")
    assert (JILIN, "food") not in got and ("220221", "petrochemicals") not in got
    # A zone named by a sector and its growth still designates it.
    got = _got(tools, "延边州", "加快延吉—长白重点开发开放试验区、珲春海洋经济发展示范区等主体建设。")
    assert ("222404", "marine-economy") in got


def test_a_place_word_with_nei_before_a_list_is_not_part_of_the_term(tools):
    gaz, tax, parks = tools
    text = "吉林省2021年政府工作报告\n\n一、工作回顾\n\n支持园区内食品、石化等产业发展。\n"
    doc = parse(text, "f", source="path")
    terms = {d.term for d in extract(doc, gaz, tax, parks).designations}
    assert terms == {"食品", "石化"}


def test_an_unknown_whole_joined_by_he_is_two_items(tools):
    got = _got(tools, "吉林市", "开工建设吉恩镍业6万吨硫酸镍和天池钼业、中泽集团钼深加工等项目。")
    assert None not in {industry for _, industry in got}
    gaz, tax, parks = tools
    text = "吉林市2021年政府工作报告\n\n一、工作回顾\n\n大力发展汽车专用料和橡塑零部件产业。\n"
    terms = {d.term for d in extract(parse(text, "f", source="path"), gaz, tax, parks).designations}
    assert "汽车专用料和橡塑零部件" not in terms and "橡塑零部件" in terms


def test_streets_and_quarters_counted_by_chu_are_a_sectors_sites(tools):
    got = _got(tools, "四平市", "升级铁西仁兴里、铁东三马路等10处夜经济街区。")
    assert got == {("220302", "consumer-services"), ("220303", "consumer-services")}


def test_a_list_of_problems_to_solve_names_no_sector(tools):
    assert _got(tools, "吉林省", "突出解决煤炭、电力和铁路运输紧张问题。") == set()


def test_an_area_of_the_city_is_no_goods_beside_a_known_sector(tools):
    body = "加快建设铁北环铁商圈、吉林大路沿线、汽车公园周边等一批服务业聚集区。"
    assert {i for _, i in _got(tools, "长春市", body)} == {"commerce"}


def test_animals_raised_and_slaughtered_give_the_animals(tools):
    assert _got(tools, "松原市", "推进大北农40万头生猪养殖屠宰加工等项目。") == {("220700", "pigs")}
    got = _got(tools, "松原市", "特沃斯万头精品肉牛养殖屠宰加工项目开工建设。")
    assert got == {("220700", "beef-cattle")}
    # Animals slaughtered with no word of raising are the animals too.
    assert _got(tools, "松原市", "曙光3000万只肉禽屠宰等项目进展顺利。") == {("220700", "poultry")}


def test_sites_at_places_listed_before_scenic_areas_give_each_place_tourism(tools):
    body = "加快推进查干湖、哈达山、春捺钵遗址群、大金碑等景区景点综合开发。"
    got = _got(tools, "松原市", body)
    assert {("220721", "tourism"), ("220702", "tourism")} <= got


def test_works_resumed_and_started_name_their_sector(tools):
    assert ("220000", "wind-power") in _got(tools, "吉林省", "开复工风电光伏装机719万千瓦。")


def test_a_zone_or_works_in_a_city_s_district_places_its_sector_at_the_city(tools):
    assert _got(tools, "四平市", "重点围绕红开区装备制造等园区主导产业补链。") == {(SIPING, "equipment")}
    assert _got(tools, "通化市", "支持通钢降本增效，开工热轧电控系统升级等项目。") == {(TONGHUA, "steel")}
    # A district named by its own name keeps the sector the sentence gives it.
    assert _got(tools, "四平市", "铁西区大力发展装备制造产业。") == {("220302", "equipment")}


def test_saving_energy_in_sectors_is_not_growing_them(tools):
    assert _got(tools, "通化市", "推动钢铁、化工、建材等领域节能降碳，深化工业污染治理。") == set()


def test_each_and_an_area_before_a_park_are_not_its_sector(tools):
    got = _got(tools, "松原市", "谋划实施前郭县、宁江区各1平方公里汽车零部件制造产业园。")
    assert got == {("220721", "auto-parts"), ("220702", "auto-parts")}


def test_a_group_before_a_sector_and_a_joint_tail_leave_the_sector(tools):
    got = _got(tools, "辽源市", "积极推动均胜北方零部件生产基地、双天集团屠宰加工项目落户辽源。")
    assert ("220400", "meat-processing") in got
    got = _got(tools, "通化市", "促进医学、医药、医养、医美互动互促、集群发展。")
    assert (TONGHUA, "medical-aesthetics") in got


def test_a_verb_and_a_capacity_before_a_listed_product_are_cut(tools):
    gaz, tax, parks = tools
    body = "滚动实施100万吨秸秆糖、万吨级工业用碳纤维及制品、新能源汽车等50个战略性新兴产业示范工程。"
    doc = parse(f"吉林省2011年政府工作报告\n\n一、工作回顾\n\n{body}\n", "f", source="path")
    facts = extract(doc, gaz, tax, parks)
    expected = {"bio-chemicals", "carbon-fibre", "new-energy-vehicles"}
    assert {d.industry for d in facts.designations} == expected
    # …and a term cut to a known word is not warned about as unclassified.
    assert not any("unclassified" in w for w in facts.warnings)


def test_a_scale_with_its_kind_words_closes_a_counted_list(tools):
    got = _got(tools, "辽源市", "打造禽蛋、肉牛、林果3个百亿级特色产业集群。")
    assert {i for _, i in got} == {"poultry", "beef-cattle", "fruit"}


def test_an_economic_zone_named_for_its_sector_in_a_list_of_zones(tools):
    got = _got(tools, "长春市", "发挥中韩示范区、临空经济区、兴隆综保区带动作用。")
    assert got == {("220100", "airport-economy")}


def test_a_sector_word_completed_by_its_tail_is_read(tools):
    assert _got(tools, "辽源市", "推进文化产业发展。") == {("220400", "culture")}
    assert _got(tools, "辽源市", "加快数字产业发展。") == {("220400", "digital-economy")}


def test_a_new_breakthrough_in_sectors_reports_them(tools):
    got = _got(tools, "辽源市", "实现蛋品、玉米深加工新突破。")
    assert got == {("220400", "egg-processing"), ("220400", "grain-processing")}
