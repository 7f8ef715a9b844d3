"""The words around place names that say what a name stands for in text (used by ``gazetteer.find``).

Which bare 吉林 is the province and which the city, which names are part of an institution's, a river's or a
company's name, and which short district names are places only in their own prefecture's report.
"""

from __future__ import annotations

import re

# Bare 吉林 followed by these means the province (吉林老工业基地, 吉林振兴 …).
PROVINCE_CUES = ("老工业基地", "振兴", "全省")
# … and followed by these, an institution named after the province: not a place mention at all.
INSTITUTION_CUES = ("银保监局", "证监局", "银行", "大学", "一号")  # 吉林一号: the satellites, no place
# … followed by these, the city (its companies, industries and districts).
# Any region name followed by these is part of an institution's name, not a mention of the region:
# Chinese Academy of Sciences institutes and branch (长春光机所, 长春应化所, 中科院长春分院), central-bank
# and bank branches (人民银行长春中心支行, 吉林省分行), the customs office (长春海关 serves the province).
INSTITUTION_SUFFIXES = ("光机所", "应化所", "分院", "中心支行", "分行", "海关")
# Longer words that contain a region alias but are not that region (长白山 is not 白山市; 和龙头企业 …;
# 巴丹吉林沙漠 is in Inner Mongolia; 拓宽城区 widens a town).
FALSE_FRIENDS = ("长白山", "和龙头", "大安全", "集安全", "巴丹吉林", "拓宽城区", "放宽城区")
# A name followed by these is a river, bridge, road, station … named after the place (东辽河, 白山大桥).
FEATURES = (
    "河",
    "江",
    "湖",
    "水库",
    "大桥",
    "桥",
    "大街",
    "大路",
    "路",
    "街",
    "沙漠",
    "站",
    "机场",
    "大道",
    "广场",
)
# A name followed by these is part of a company's legal name (通化东宝药业股份有限公司), and bare 吉林 before
# a group is a company named after the province or the city (吉林化纤集团): no place. Any other place before
# a group is where the group works (梨树新希望集团年产30万吨饲料 is 梨树's feed), as the annotators read it in
# all six such sentences of the annotation.
COMPANY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:集团|股份|有限公司|有限责任公司)")
CITY_CUES = (
    "石化",
    "化纤",
    "化工",
    "化学",
    "地区",
    "（中新）",
    "(中新)",
    "中新",
    "建龙",
    "恒联",
    "昊融",
    "碳谷",
    "汽车",
    "永大",
)


# Short names of districts that are not ordinary words or other places' names (南关, 宁江, 九台 …);
# 朝阳, 丰满, 西安, 龙山, 龙潭, 昌邑, 二道 are, so they are matched only with their suffix.
# Bare names of districts that are also ordinary words or other places (丰满, 西安, 朝阳产业): a place only
# in a report of the district's own prefecture (吉林市's 龙潭、昌邑; 辽源's 龙山、西安; 长春's 朝阳、二道).
HOME_SHORTS = {
    "龙潭": ("220200", "220203"),
    "昌邑": ("220200", "220202"),
    "丰满": ("220200", "220211"),
    "龙山": ("220400", "220402"),
    "西安": ("220400", "220403"),
    "朝阳": ("220100", "220104", "产业"),  # 朝阳产业 is a sunrise industry
    "二道": ("220100", "220105"),
    # 长春's own zones by the short names its reports use (净月汽车电子, 汽车区核心零部件): the city.
    "净月": ("220100", "220100"),
    "北湖": ("220100", "220100"),
    "汽开": ("220100", "220100"),
    "汽车区": ("220100", "220100"),
    "经开北区": ("220100", "220100"),
    "高新北区": ("220100", "220100"),
}
DISTRICT_SHORTS = {
    "南关": "220102",
    "宽城": "220103",
    "绿园": "220106",
    "双阳": "220112",
    "九台": "220113",
    "船营": "220204",
    "铁西": "220302",
    "铁东": "220303",
    "东昌": "220502",
    "二道江": "220503",
    "浑江": "220602",
    "江源": "220605",
    "宁江": "220702",
    "洮北": "220802",
    "伊通县": "220323",
    "长白县": "220623",
    "长白": "220623",  # 长白山 is a false friend, matched first as the longer word
}
