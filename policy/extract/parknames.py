"""Park names of running text that neither the park reference nor a leading place name gives.

Real reports name parks by their own words: ``东宝生物科技产业园``, ``吉高物流园``,
``专用车产业园``, ``国家通用航空产业综合示范区``, ``长吉图开发开放先导区``. A name is the words before a
park suffix back to a stop, a verb, a list separator or a count; generic heads (各类园区, 一批产业园,
省级开发区) and titles of policy pilots (生态文明建设示范区) are no names. Each park is placed at the place
leading its name, else the place leading its sentence, else the document's subject region.
"""

from __future__ import annotations

import re

from policy.extract.analysis import Analysis

__all__ = ["VERBISH", "named_parks", "names_sector"]

_CJK = "\u4e00-\u9fff"
# Suffixes that make a park of the words before them, and weak ones (开发区, 园区, 新区 …) that do only
# when a place leads the name (长春新区, 四平红嘴开发区): alone they are the generic word.
_SUFFIX = re.compile(
    r"(?:产业园区|工业园区|产业合作园|合作产业园|产业园|工业园|示范园|科技园|物流园|软件园|创业园|食品园|"
    r"农业园|电商园|产业基地|保税区|综试区|先导区|试验区|合作区|集中区|开发区|高新区|经开区|新区|示范区|"
    r"园区|工业区|食品区|经济区|边合区|互贸区|综保区|保税物流中心|(?<=[光药碳氢云氨硅])谷)"
)
_WEAK = frozenset(
    {
        "开发区",
        "高新区",
        "经开区",
        "新区",
        "示范区",
        "园区",
        "工业区",
        "食品区",
        "经济区",
        "边合区",
        "互贸区",
        "综保区",
    }
)
_STOP = '，,。；;：:、（）()《》“”"\n 　和及与或等的'
# Words that make the words before a suffix a sentence, not a name (鼓励园区, 产业技术研究机构落户园区).
VERBISH = re.compile(
    r"要|可|对|向|在|于|由|按|以|把|将|被|各|个|类|所有|现有|以上|相关|有关|简称|下称|内|通过|实现|推动|推进|"
    r"促进|鼓励|支持|引导|强化|加强|提高|完善|创新(?!示范|发展示范|创业)|选择|进入|迁入|落户|投资|兼任|组织|根据|明确|"
    r"每|制定|营造|"
    r"满足|专项|主营|依托|指导|优先|切实|允许|协调|扶持|服务|打造|规划|设立|新建|筹建|谋划|建立|"
    r"创建|申建|提升|培育|壮大|启动|开工|加速|加快|建成|获批|争创|申报|围绕|抓好|做强|做大|完成|引进|入驻|"
    r"落地|开展|形成|成为|加入|深化|优化|整合|扩大|升级|改造|用好|利用|搭建|组建|突出|体现|重视|负责|用于|"
    r"增加|安排|覆盖|携带|赋予|境外|走廊|全省|全市|全州|省市|能够|一定|基础|具有|符合|有利于|充分|发挥|"
    r"入选|融入|作为|所属|联合体|世界级|好特色|被|评为|获评|荣获|晋升|晋级|承办|举办|召开|^[市县]"
)
_OPENERS = re.compile(
    r"(?:积极|大力|着力|重点|加快|继续|全力|统筹|推动|推进|支持|鼓励|依托|建设|打造|规划|设立|新建|筹建|谋划|"
    r"建立|创建|申建|提升|完善|培育|壮大|发展|启动|开工|加速|实施|建成|获批|争创|申报|围绕|抓好|做强|做大|"
    r"完成|引进|形成|实现|成为|加入|加强|深化|优化|整合|提高|扩大|用好|利用|搭建|组建|探索|扩建|续建|争取|力促|"
    r"力推|申请|筹划|推广|融入|入选|作为|确保|保障|地企共建|共建|区域性|培植|力争|顺利|以|在|把|将|对|为|向)+"
)
# Modifiers that leave a generic park word (特色工业园区, 省级开发区, 高端产业园区, 绿色园区).
_GENERIC = re.compile(
    r"^(?:我省|我市|我州|全省|全市|本市|特色|省级|国家级|国家|市级|县级|高端|绿色|民营经济|民营|新兴|专业|合作|虚拟|现代|千亿级|百亿级|高技术|"
    r"产业升级|产业|工业|经济|开发|综合|示范|新|老|区域|城市|乡村|农业|省际|跨区域|重点|一批|若干|各类)*$"
)
_COUNT = re.compile(
    r"[0-9０-９一二两三四五六七八九十百几若多数]+\s*(?:[批个家处座干类大]|万?吨|万?千瓦|万?亩)|^万吨"
)
# Titles of policy pilots, not places of industry (生态文明建设示范区, 公共文化服务体系示范区).
_NOT_INDUSTRIAL = re.compile(
    r"生态|文明|文化服务|治理|体系|城乡|社会|公共|民族团结|全域|乡村振兴|卫生|教育|健康城市|创建|所属|"
    r"信用|法治|安全|双拥|水土|森林|湿地|节水|园林|高产|标准化|现代化示范|^养殖$|^种植$|"
    # 改革试验区 is a pilot of government, 老工业区 a district being moved, 农民新区 housing
    r"改革|老工业|农民"
)
_MAX_NAME = 16
_COUNTED_BEFORE = re.compile(r"[0-9０-９一二两三四五六七八九十百几]+\s*[个家批处座类大]\s*$")
_ADMIN_ENDS = ("市", "县", "州", "省")
_UNIT = re.compile(r"万?吨|万?千瓦|万?平方米")


# Topics of industrial parks that are no sector of their own (循环经济示范区 is an industrial park).
_PARK_TOPIC = re.compile("循环经济|资源综合利用")


def names_sector(words: str, taxonomy) -> bool:
    """``words`` hold a sector word the taxonomy knows (通用航空 in 国家通用航空产业综合)."""
    if taxonomy is None:
        return False
    if _PARK_TOPIC.search(words):
        return True
    return any(
        taxonomy.match(words[i:j]) is not None
        for i in range(len(words))
        for j in range(i + 2, min(len(words), i + 8) + 1)
    )


_AIM_MODIFIERS = re.compile("^(?:国家级|省级|国家|国内|全国|世界级|重要的?|现代|新型|高端|特色|绿色|重点)*")


def _sector_only(words: str, taxonomy) -> bool:
    """``words`` are a known sector word and modifiers only (绿色清洁能源, 国家级半导体器件)."""
    core = _AIM_MODIFIERS.sub("", words)
    return taxonomy is not None and bool(core) and taxonomy.match(core) is not None


_MAKES = re.compile("(?<=[区园])(?:建设|设立|创建|申建|筹建|争创|新建|组建)")


_ZONE_OF_PLACE = frozenset({"经济", "经济技术", "高新技术产业", "高新技术产业开发"})
_SETTLES = re.compile("落户|入驻|进驻|迁入|入区")


def _name_start(text: str, floor: int, end: int) -> int:
    """Where a park name ending at ``end`` starts: after the last stop, opener verb or count."""
    i = end
    while i > floor and text[i - 1] not in _STOP and end - i < _MAX_NAME:
        i -= 1
    start = i
    m = _OPENERS.match(text, start, end)
    if m:
        start = m.end()
    for m in _COUNT.finditer(text, start, end):
        start = max(start, m.end())
    # 敦化经开区设立省级医药高新区 (a park makes a park), …有限公司落户四平经济开发区 (a company enters it)
    for m in (*_MAKES.finditer(text, start, end), *_SETTLES.finditer(text, start, end)):
        start = max(start, m.end())
    unit = _UNIT.match(text, start, end)  # 20 万吨生物基材料产业园: the unit after a spaced number
    return unit.end() if unit else start


def named_parks(an: Analysis, taken: list[tuple[int, int]], taxonomy=None):
    """Yield ``(start, end, region, place)`` for park names not already ``taken``.

    ``place`` is the place name the region was read from when it is not part of the name, else ``""``.
    A weak suffix (示范区, 开发区) makes a park of words that a place leads, or that name a sector the
    taxonomy knows (国家通用航空产业综合示范区).
    """
    text = an.text
    opening = {c.id for c in an.doc.clauses if c.level == 0}  # the title and signature name no parks
    for m in _SUFFIX.finditer(text):
        sent = an.sentence_at(m.start())
        start = _name_start(text, sent.start, m.start())
        if m.start() - start < 2 or an.doc.clause_at(m.start()).id in opening:
            continue
        words = text[start : m.start()]
        if _COUNTED_BEFORE.search(text, max(sent.start, start - 6), start):
            continue  # 新建扩建20个棚室蔬菜园区, 建设6个高新技术特色产业基地: a kind counted, not a name
        core = words.removeprefix("吉林省")  # 吉林省特色工业园区: a province title, then generic words
        if _GENERIC.match(core) or not re.fullmatch(rf"[{_CJK}A-Za-z0-9·—\-（）()]+", words):
            continue
        if _NOT_INDUSTRIAL.search(words):
            continue
        end = m.end()
        if any(s < end and start < e for s, e in taken) or text.startswith("化", end):
            continue  # 人参园区化发展: the suffix is part of a word
        places = [pm for pm in an.mentions_in(start, end) if pm.surface not in ("我省", "全省", "本省")]
        if any(pm.start == start and pm.end == end for pm in places):
            continue  # 吉林碳谷 is a works the gazetteer knows, not a park
        if m.group() == "产业基地" and not places and _sector_only(words, taxonomy):
            continue  # 打造国内重要的生物能源产业基地: an aim for a sector, not a base with a name
        if any(an.gazetteer.get(pm.region).level == "zone" for pm in places):
            continue  # 吉西南承接产业转移示范区 is a composite zone of the map, not a park
        led = bool(places) and places[0].start == start
        rest = text[places[0].end if led else start : m.start()]
        weak = m.group() in _WEAK and not led and not names_sector(rest, taxonomy)
        if m.group() in _WEAK and led and not rest and places[0].surface.endswith(("市", "县", "州", "省")):
            continue  # 长春市开发区: the city's zones, not one of them
        # 汪清工业集中区: a bare place (not 长春市…) before generic words and a strong suffix names one zone.
        named_by_place = (
            led
            and (m.group() not in _WEAK or rest in _ZONE_OF_PLACE)  # 四平经济开发区 is 四平's own zone
            and not places[0].surface.endswith(_ADMIN_ENDS)
        )
        if weak or VERBISH.search(rest + m.group()) or (rest and _GENERIC.match(rest) and not named_by_place):
            continue
        if places and places[0].start == start:
            region, place = places[0].region, ""
        elif _MAKES.search(text, start - 2, start) and (
            made_by := an.mentions_in(max(sent.start, start - _MAX_NAME), start)
        ):  # the zone before the verb is its place
            region, place = made_by[-1].region, made_by[-1].surface
        else:
            lead = [
                pm for pm in an.mentions_in(sent.start, start) if pm.surface not in ("我省", "全省", "本省")
            ]
            if lead and lead[0].start <= sent.start + 2:
                region, place = lead[0].region, lead[0].surface
            elif an.subject is not None:
                region, place = an.subject, ""
            else:
                continue  # a park of another place
        taken.append((start, end))
        yield start, end, region, place
