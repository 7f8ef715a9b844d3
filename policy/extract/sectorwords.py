"""The words of sector slots: which words open, close, count or qualify a sector term, and the cut of a
list item to its sector words (used by ``policy.extract.statements``).

Generic vocabulary of Chinese policy texts (verbs, adverbs, quantities, heads such as 产业集群 or 项目,
endings such as 加工 or 旅游, generic words such as 新兴产业); nothing here knows a particular document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from policy.extract.analysis import Analysis
from policy.extract.textspans import split_items
from policy.text.wordtrie import WordPattern

CJK = "\u4e00-\u9fff"
SEG_END = '，,；;。！？!?：:\n（）()《》“”"「」'
# Heads that make the words before them a sector (longest first).
HEAD = re.compile(
    r"产业集群|产业基地|产业园区|产业园|产业带|全产业链|产业链|产业群|示范基地|生产基地|加工基地|种植基地|养殖基地|"
    r"繁育基地|基地|集群|工业园|园区|产业|行业|业态|项目|街区|集聚区|强市|强省|强州"
)
TRIGGER = re.compile(
    r"发展|培育|壮大|打造|建设|建成|推进|推动|做大|做强|做优|做精|做活|做响|叫响|打响|擦亮|振兴|提升|布局|支持|扶持|加快|形成|"
    r"引进|落地|开复工|开工|投产|实施|延伸|集聚|聚集|升级|培植|主攻|聚焦|抓好|新上|新建|扩建|续建|达产|竣工|启动|"
    r"谋划|引导|鼓励|创建|争创|获批|开发|拓展|繁荣|活跃|促进|带动|突破|振兴|强化|完善|促成|签约|落户|招引|扩大|建好|办好|用好|"
    r"投入使用|投入运营|投用|完工|开园|构建"
)
# Words that open an item but are not the sector: verbs, adverbs, prepositions (stripped repeatedly).
LEAD_WORDS = re.compile(
    r"(?:加快|加速|大力|积极|着力|重点|全力|努力|不断|继续|进一步|全面|持续|稳步|扎实|深入|切实|率先|优先|"
    r"集中|主动|推动|推进|发展|培育|壮大|打造|建设|做大做强|做强做大|做大|做强|做优|做精|做活|提升|支持|"
    r"扶持|鼓励|引导|促进|实施|抓好|突出|围绕|依托|借助|聚焦|培植|振兴|布局|开工|新建|扩建|续建|建成|引进|规划|"
    r"谋划|力促|力推|带动|形成|开展|启动|完成|实现|新上|开复工|加强|强化|优化|提高|延伸|拓展|抢抓|抢占|争取|确保|"
    r"以|在|把|将|对|使|让|向|从|为|与|和|及|以及|并|而|但|且|又|等|是|了|的|一批|一系列|若干|新的|全市|全省|全州|"
    r"我市|我省|我州|全县|本地|当地|特色|重大|重点|主要|现有|原有|各类|各种|一流|优质|更多|一大批|大批|"
    r"出台|编制|设立|推广|推行|倡导|探索|狠抓|建立|加大|扩大|利用|树立|制定|组建|成立|世界级|国际级|国家级|国家|"
    r"省级以上|(?:走廊|园区|开发区|省|市|县|州|域|境|国)内|"
    r"省级|市级|(?:现代化)?都市圈|城市群|经济圈|"
    r"[千百万]亿级|[一二三四五六七八九十]+大|[0-9０-９]*元以上|以上|各)+"
)
QTY = re.compile(
    r"(?:[0-9０-９.．]+|[一二三四五六七八九十两百千万亿]+(?=[万亿千百]?[吨头只亩台套辆件]))\s*(?:万|亿|千)?\s*(?:吨|头|只|羽|亩|千瓦|兆瓦|瓦|辆|台|套|平方公里|平方米|立方米|片|件|箱|标箱|"
    r"张|吨级|千伏|条|座|处|公里|立方|个|万|亿)"
)
# A count before the head (3个五百亿级的产业集群, 六大产业): a numeral with its measure word, not 九台.
COUNT = re.compile(
    r"[\s0-9０-９一二三四五六七八九十两百千万亿]+(?:个|大|项|类|条|家|种|处)\s*"
    rf"(?:[{CJK}]{{0,4}}?[0-9０-９一二三四五六七八九十两百千万亿]*(?:亿|万)?级)?(?:的)?"
    r"(?:特色|优势|重点|支柱|主导|新兴|战略性新兴)*[“”\"]?$"
)
SPLIT = re.compile(r"、|以及|及|和|与|\+|＋|/|(?<=”)(?=“)")  # “长白山人参”“汪清黑木耳”: quoted items
TAIL = re.compile(
    r"(?:生产|产业化|产业|工业|行业|(?:综合)?开发利用|开发|扩能|(?:易地|异地|搬迁|嫁接)?改造|厂|一期|二期|三期|四期|建设|升级|提升|发展|扩建|技改|研发|研制|"
    r"销售|配套|一体化|互动|互促|工业园|产业园区|产业园|园区|示范园|基地|交易市场|市场|提档升级|晋档升级|转型升级|资源|服务业|特色|(?:农产品)?品牌|(?<=[\u4e00-\u9fff])(?<!农)产品)+$"
)
# Items that are not sectors: generic words, policies, actions.
NOT_SECTOR = re.compile(
    r"^(?:经济|产业|工业|企业|项目|新兴|优势|特色|主导|支柱|传统|战略性新兴|现代|实体经济|民营经济|县域经济|"
    r"非公经济|新动能|新业态|新产业|新模式|新经济|龙头|龙头企业|重点项目|大项目|好项目|基础|配套|相关|"
    r"绿色|低碳|循环|高新技术|高新|优势特色|特色优势|主导优势|新兴产业|优势产业|主导产业|支柱产业|"
    r"传统产业|特色产业|战略性新兴产业|接续|替代|富民|扶贫|产业扶贫|集群|园区|基地|链条|链|全产业链|"
    r"上下游|首位|千亿级|百亿级|万亿级|规模|产值|产量|重大|重点|一批|多元|新型|区域|城市|乡村|农村|"
    r"民生|社会|公共|文化事业|事业|其他|各类|各种|有关|转型|升级|创新|开放|改革|招商|投资|服务|发展|"
    r"农村经济|社会事业|集体经济|村集体经济|乡村|生态|科技|未来|区域|国家|全国|东北|国际|老|新|现有|"
    r"工业经济|循环经济|低碳经济|制造业|服务业|现代服务业|生产性服务业|生活性服务业|高新技术产业|"
    r"同类|关联|相关|同行|主导|国家标准|行业标准|标准|制造|研发|生产|加工|销售|深加工|精深加工|开采|"
    r"老工业|结果|养老|医疗|公共服务|社区服务|社会化服务|绿色经济|开发区经济|接续|种植|制品|保健|跨行业|"
    r"国民经济|行业|特色资源|主责主业|生产制造|绿色制造|劳务经济|新型农村集体经济|新型集体经济|"
    r"交通|法律|邮电|办公|托幼|托幼育幼|公寓|住宅|扩能|精深化加工|下游制品|内地制造|老字号|各行业|六新|特色主导|"
    r"(?:规范|丰富|市场|行业|新型|预约|定制|非接触式|相关配套)服务|公积金|地方志|红十字|档案|气象|人防|统计|"
    r"顶层设计|新三板|飞地经济|产品|产品制造|装备|先进制造业|先进制造|设备|技术|生产装备|加工业|细加工|大农业|数据|基本医疗|数字兴业|产品深加工)$"
)
# Words inside an item that make it an action or an institution, not a sector.
NOT_SECTOR_IN = re.compile(
    r"加强|承接|取得|兴建|互动|实现|推进|推动|提高|加大|完善|创新|治理|转化|转移|协同|对接|合作|引领|带动|支撑|"
    r"保障|高级化|现代化|一体化|式$|研究院|研究所|实验室|中心$|平台$|大学|学院|学校|医院|博物馆|公园|"
    r"集团|公司|股份|政府|部门|机构|委员会|区$|协会|商会|联合会|条件|通过|执行|企业|成果|[是在对或其正度性于之]|"
    r"高铁|铁路|高速|公路|机场|专线|客运|至|事业$|核酸|检测基地|宜居|宜业|一体设计|一体化发展|富民|资本|参$|志愿|创业|就业|教育|"
    r"卫生$|医保|社保|养老保险|供水|排水|供热|燃气|供气|供电|通讯|道路|道桥|管网|污水|垃圾|国有|英寸|标准|认证|"
    r"所有制|公有制|农村经济|新兴产业|未来产业|劳动密集|职业|领头羊|平稳|和谐|稳定|专业$|生命周期|全方位|"
    r"公共(?:卫生)?服务$|政务|涉企|公益|"  # public and government services, not industries
    r"[立强兴富]县|[立强兴]市|"  # 工业立县, 立县产业: a county's strategy, not a sector
    r"投产|开业|验收|审批|入统|"  # steps of a project's life, not its sector
    r"二热$|进基药"  # 大唐二热 is a power plant; 进基药 is a drug entering the essential list
)
ACTION_END = re.compile(
    r"(?:建设|改革|转型|发展|保护|治理|整治|改造|提升|推进|完善|管理|引进|招商|创建|申报|落地|实施|工作|"
    r"任务|活动|体系|机制|政策|规划|平台|环境|能力|水平|质量|效益|速度|步伐|力度|格局|布局|水平|优势|"
    r"示范|试点|工程|行动|计划|方案|模式|企业|公司|集团|园区|主体|人才|队伍|资金|基金|项目)$"
)
# Sector endings for a verb's object that the taxonomy does not know (夜经济, 马铃薯加工, 商业地产).
SECTOR_END = re.compile(
    r"(?:业|加工|制造|种植|养殖|旅游|物流|能源|材料|装备|医药|食品|农业|电商|化工|汽车|地产|经济|制品|"
    r"器械|设备|药|酒|茶|果|菜|菌|参|米|奶|牛|猪|羊|鱼|蛙|石材|矿泉水|电子|软件|数据|服务|养老|康养|会展|"
    r"商贸|金融|影视|动漫|文创|冰雪|光伏|风电|氢能|储能|新能源|新材料|游|鹿|蛋|禽|蜂|木耳|林果|蔬菜|"
    r"葡萄|花生|大豆|杂粮|谷子|水稻|饲料|肥|乙醇|电池|芯片|机器人|光电|卫星|航空|纺织|服装|袜|钢铁|"
    r"冶金|建材|机械|家具|造纸|塑料|橡胶|玻璃|陶瓷|水泥|石化|煤|油|气|电|热|矿|钼|铁|铜|金|餐饮|住宿|"
    r"零售|批发|电影|演艺|出版|传媒|广告|设计|咨询|外包|研发|检测|认证|体育|健康|医疗|保健)$"
)
MAX_TERM = 12
# Character classes asked of every item (compiled once: these run tens of thousands of times per corpus).
_DISTRICT_WORD = re.compile(r"(?:地区|市|县|区|州|新区|开发区|经开区|高新区|园区|境内)")
_ANY_CJK = re.compile(rf"[{CJK}]")
_WORD_START = re.compile(rf"[{CJK}A-Za-z]")
NAME_CHARS = re.compile(rf"[{CJK}A-Za-z]+")  # the characters of a name or a word, no digits or marks
_TERM_CHARS = re.compile(rf"[{CJK}A-Za-z0-9Ａ-Ｚａ-ｚ（）()·]+")
_COMPANY_END = re.compile(r"(?:药业|医药|科技|实业|生物|电子|能源)$")
# A company's name: two to four characters, then a one-character trade with 业, or 制药/设备 (天池钼业,
# 富奥泵业, 百年汉克制药, 金士百设备).
_COMPANY_NAME = re.compile(rf"(?P<name>[{CJK}]{{2,4}})(?:[钼泵矿药酒纸木铝参铜钢镍锌]业|制药|设备)")


# Public services that a list of 产业 names as sectors (推动养老、健康、医疗、旅游等产业融合发展); anywhere
# else they are services a government provides, so the taxonomy does not know them bare.
LISTED_SECTORS = {"养老": "elderly-care", "医疗": "health-services"}


def industries_of(term: str, taxonomy) -> tuple:
    """The industries a term names: its own; two run together (医药食品); or, after modifiers, its last known
    word's (农村快递业 → 快递业, 精品养殖业 → 养殖业); else ``(None,)``, an unclassified term."""
    industry = taxonomy.match(term)
    if industry is not None:
        return (industry,)
    if term in LISTED_SECTORS and LISTED_SECTORS[term] in taxonomy:
        return (taxonomy.get(LISTED_SECTORS[term]),)
    pair = taxonomy.split_compound(term)
    if pair:
        return pair
    for i in range(2, len(term) - 1):  # a one-character word (新农业) is cut off the term elsewhere
        if MODIFIER.fullmatch(term[:i]) and (found := taxonomy.match(term[i:])) is not None:
            return (found,)
    return (None,)


def company_like(words: str, taxonomy) -> bool:
    """Unknown words that read as a company's name, not a sector (天池钼业; not 林业, 旅游业)."""
    m = _COMPANY_NAME.fullmatch(words)
    if m is None or taxonomy.match(words) is not None:
        return False
    return not holds_sector_word(m.group("name"), taxonomy)


def holds_sector_word(words: str, taxonomy) -> bool:
    """Some known sector word of two characters or more lies inside ``words`` (动漫 in 动漫服务外包)."""
    return _inner_alias(words, taxonomy) is not None


# NOT_SECTOR_IN words that, before a known sector word, are only its qualifiers (高速动车组, 标准地铁列车).
_QUALIFIERS = re.compile(r"高速|标准|超高性能|专业|集团")
# Words that qualify a sector without naming a company (绿色有机蔬菜, 高端装备, 特种铁合金).
MODIFIER = re.compile(
    r"(?:绿色|有机|优质|特色|现代|新型|高端|精品|生态|无公害|高效|智能|数字|特种|精细|新|高|大|小|软|硬|"
    r"休闲|保健|功能|营养|鲜食|专用|高档|中高端|轻量化|节能|环保|清洁|可再生|新一代|先进|传统|冰雪|"
    r"森林|山地|乡村|农村|都市|城市|民俗|红色|文化|体育|康养|健康|医疗|工业|农业|林下|寒地|黑|白|红)+"
)
# Sector words that end company names (派高生物, 龙腾能源): alone they name no project's sector.
COMPANY_WORDS = frozenset({"生物", "科技", "实业", "能源", "电子", "医药", "药业", "食品", "化工"})


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    places: tuple[str, ...]  # regions named at the item's start (a list of places before the term)


_ZONE_LEAD = re.compile(r"(?:经开区|高新区|开发区|[\u4e00-\u9fff]开区)")


def after_lead(an: Analysis, text: str, a: int, b: int) -> int:
    """Where ``text[a:b]`` begins after its lead words (verbs, adverbs …). A place that begins with a lead
    word's character (和龙, 集安) is the place, not 和 + 龙…: the lead words stop where a place begins
    (开工建设和龙… → 和龙…)."""
    m = LEAD_WORDS.match(text, a, b)
    if not m or m.end() <= a:
        return a
    inside = [pm.start for pm in places_in(an, a, b) if a <= pm.start < m.end()]
    return min(inside) if inside else m.end()


def comma_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The non-empty items of ``text[a:b]`` split at 、 only (和 inside a company's name, 和龙和润达, joins
    nothing)."""
    return [(x, y) for x, y, _ in split_items(text, a, b) if y > x]


def strip_item(text: str, a: int, b: int, an: Analysis) -> tuple[int, int, list[str]]:
    """Cut an item to its sector words; returns the span and the regions of places leading it."""
    places: list[str] = []
    changed = True
    while changed and a < b:
        changed = False
        while a < b and text[a] in " \u3000“”\"'‘’《》「」—-":
            a += 1
            changed = True
        cut = after_lead(an, text, a, b)
        if cut > a:
            a, changed = cut, True
        for pm in places_in(an, a, b):
            if pm.start == a:
                places.append(pm.region)
                a = pm.end
                # 九台奶牛 / 长春新区 / 红嘴开发区: a district word after the place is part of it.
                m2 = _DISTRICT_WORD.match(text, a, b)
                if m2:
                    a = m2.end()
                changed = True
            elif pm.start == a + 1 and places and text[a] in "和及与":  # 宽城和绿园轨道客车: both places
                a, changed = a + 1, True
            break
        # 经开区食品药品, 红开区装备制造: the city's own zone named by its kind leads the item.
        zone = _ZONE_LEAD.match(text, a, b)
        if zone and zone.end() < b:
            a, changed = zone.end(), True
            if an.subject is not None:  # the item's own place: the city's zone, lent to no other item
                places.append(an.subject)
    # 具有竞争力的X / 哈尔滨的南花园: only the words after the last 的 can be the sector.
    de = text.rfind("的", a, b)
    if de >= a:
        a = de + 1
        # 吉林中新正大投资3亿元的前郭县15万头生猪: a place after 的 is the item's own.
        after = [pm for pm in places_in(an, a, b) if pm.start == a]
        if after:
            places = [after[0].region]
            a = after[0].end
            m2 = _DISTRICT_WORD.match(text, a, b)
            if m2:
                a = m2.end()
    # A quantity before the product: 前郭善德30万吨生物质有机肥 → 生物质有机肥.
    last = None
    for q in QTY.finditer(text, a, b):
        last = q
    if last is not None:
        a = last.end()
        while a < b and text[a] in " \u3000":
            a += 1
        a = after_lead(an, text, a, b)  # 5个百亿级绿色氢基能源: the scale after the count
    tail = TAIL.search(text, a, b)
    if tail and tail.start() - a >= 2:
        b = tail.start()
    while b > a and text[b - 1] in " \u3000“”\"'‘’《》「」等":
        b -= 1
    return a, b, places


def is_generic(words: str) -> bool:
    """Words that name no sector (老工业, 领头羊 …): generic words, actions and institutions."""
    return bool(NOT_SECTOR.match(words) or NOT_SECTOR_IN.search(words) or ACTION_END.search(words))


def names_zone(an: Analysis, a: int, b: int) -> bool:
    """``text[a:b]`` names a development zone or a town (中新食品区), not an administrative place."""
    places = an.gazetteer.places
    return any(
        m.surface in places and places[m.surface].kind in ("zone", "town") for m in an.mentions_in(a, b)
    )


def places_in(an: Analysis, a: int, b: int):
    """Places named in ``text[a:b]``; 我省/全省 (…我省重要的汽车基地) is the speaker's province."""
    return [m for m in an.mentions_in(a, b) if m.surface not in ("我省", "全省", "本省")]


def _inner_alias(words: str, taxonomy) -> tuple[int, int] | None:
    best = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 8), i + 1, -1):
            if taxonomy.match(words[i:j]) is not None:
                if best is None or j - i > best[1] - best[0]:
                    best = (i, j)
                break
    return best


_RAISED = re.compile("(.+?(?:养殖)?)(?:和|及)?(?:屠宰加工|屠宰)$")


def raised_animal(words: str, taxonomy) -> tuple[int, int] | None:
    """200万头生猪养殖屠宰加工: the animals raised (生猪养殖) are the sector a reader takes, not the
    slaughtering after them (3000万只肉禽屠宰 → 肉禽); their span within ``words``."""
    raised = _RAISED.search(words)
    if raised is None:
        return None
    lead = raised.group(1)
    animal = lead if taxonomy.match(lead) else taxonomy.known_suffix(lead)
    return (raised.end(1) - len(animal), raised.end(1)) if animal else None


def sector_span(text: str, a: int, b: int, taxonomy, head: str) -> tuple[int, int] | None:
    """The sector words of an item, or None when the words are not a sector."""
    if b - a < 1 or (b - a == 1 and taxonomy.match(text[a:b]) is None):
        return None
    if text[b - 1] == "特" and text.startswith("产业", b):
        b += 1  # 园艺特产业: 特产 and 业, not 园艺特 and 产业
    words = text[a:b]
    if len(words) <= MAX_TERM and _WORD_START.match(words) and taxonomy.match(words) is not None:
        return a, b  # a known sector word, whatever its last character (人参)
    if words in LISTED_SECTORS and head == "产业":
        return a, b
    suffix = taxonomy.known_suffix(words)
    # Words that make an item infrastructure or an institution (高速, 标准, 公司 …) count in the item's own
    # words; before a known sector word they only qualify it (高速智能动车组, 标准地铁列车).
    checked = _QUALIFIERS.sub("", words[: -len(suffix)]) + suffix if suffix else words
    if not _TERM_CHARS.fullmatch(words) or NOT_SECTOR_IN.search(checked):
        return None
    if not _ANY_CJK.search(words) or (words[:1] and words[0] in "0123456789"):
        return None
    if taxonomy.match(words) is not None:
        return None  # too long to be one term
    # A product inside a project or company name: the longest known sector word that ends the item.
    alias = taxonomy.known_suffix(words)
    animal = raised_animal(words, taxonomy)
    if animal:
        return a + animal[0], a + animal[1]
    if alias is not None:
        lead = words[: -len(alias)]
        if head in ("项目", "工业园"):  # 龙腾能源项目: the company's name is not the sector
            if alias in COMPANY_WORDS:  # 派高生物, 龙腾能源: a company, no sector named
                return None
            return b - len(alias), b
        if MODIFIER.fullmatch(lead) or taxonomy.split_compound(words) is not None:
            return a, b  # 绿色有机蔬菜: a modifier keeps the whole; 广告会展: two sectors run together
        return b - len(alias), b  # 盼盼食品, 建龙钢铁: a company's name before the sector
    if head in ("产业园", "工业园", "园区", "产业园区"):
        # A park's name holds its sector (庆达光伏生态产业园 → 光伏): the longest known word inside.
        inner = _inner_alias(words, taxonomy)
        if inner is not None:
            return a + inner[0], a + inner[1]
    if len(words) < 2 or len(words) > 8 or NOT_SECTOR.match(words) or ACTION_END.search(words):
        return None
    if not SECTOR_END.search(words) or (
        len(words) == 2 and SECTOR_END.search(words).end() - SECTOR_END.search(words).start() == 1
    ):
        return None  # 恒大一期项目, 研学基地, 结果: not a sector the taxonomy or its endings know
    if company_like(words, taxonomy) or head == "项目" and len(words) >= 4 and _COMPANY_END.search(words):
        return None  # 迈灵药业项目: a company's name
    return a, b


def list_items(text: str, a: int, b: int, an: Analysis | None = None) -> list[tuple[int, int]]:
    """Items of a list; 和/及/与 that begin a place name (和龙风电) do not split it."""
    out = []
    pos = a
    mentions = an.mentions_in(a, b) if an is not None else []
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    for m in SPLIT.finditer(text, a, b):
        if m.start() in starts:
            continue
        if m.group() in "和与及" and m.start() in ends and m.end() not in starts:
            continue  # 敦化和信医疗器械: after a place, 和 begins a company's name, not another item
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(x, y) for x, y in out if y > x]


@lru_cache(maxsize=8)
def _seg_marks(text: str) -> list[int]:
    """Offsets of the characters that end a segment (found once per text, then bisected)."""
    return [m.start() for m in re.finditer(f"[{re.escape(SEG_END)}]", text)]


def seg_start(text: str, pos: int, floor: int) -> int:
    marks = _seg_marks(text)
    i = bisect.bisect_left(marks, pos)
    return max(floor, marks[i - 1] + 1 if i else 0)


def seg_end(text: str, pos: int, ceiling: int) -> int:
    marks = _seg_marks(text)
    i = bisect.bisect_left(marks, pos)
    return min(ceiling, marks[i] if i < len(marks) else len(text))


@lru_cache(maxsize=4)
def alias_pattern(taxonomy) -> WordPattern:
    """Every known sector word of two characters or more, longest first."""
    return WordPattern(a for a in taxonomy.aliases if len(a) >= 2)


# The endings above, found anywhere (a cheap test that a list may name a sector or goods).
SECTOR_WORD = re.compile(SECTOR_END.pattern.removesuffix("$"))
