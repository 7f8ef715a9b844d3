"""Designations stated in running text, as government work reports and plans of any issuer write them.

Three slots hold a sector word in such texts:

- a list before a sector head: ``打造食品加工、生物医药和健康养生3个五百亿级的产业集群``,
  ``建设白城、松原、九台奶牛生产基地``, ``…及辽源、白山、梅河口、敦化等医药特色产业基地``,
  ``开工建设前郭善德30万吨生物质有机肥项目``, ``规划建设生物科技产业园``;
- a development verb with a list of sectors: ``大力发展农产品精深加工和现代食品加工业``,
  ``积极促进商业地产、温泉地产、旅游地产和养老地产发展``, ``加快袜业+纺织产业品牌化发展``;
- a project's product after its quantity: ``加快推进中化5万吨纤维素乙醇``.

Each item is cut to whole words: verbs and adverbs before it, a place that leads it, a company name and a
quantity before the product, and generic tails are not part of the term. Its region is the most specific
place the text names for it: the place leading the item, a list of places before it, the place leading
its segment or sentence, the place leading the next sentence after a short topic sentence
(``打造动漫产业集群。依托延吉高新区…``), else the document's subject. A document about a place outside
Jilin gives designations only where a Jilin place is named.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from policy.extract.analysis import Analysis
from policy.extract.emit import industry_words
from policy.extract.textspans import SpanSet
from policy.messages import message
from policy.model import Designation, Provenance

__all__ = ["is_generic", "statement_designations"]

_CJK = "\u4e00-\u9fff"
_SEG_END = '，,；;。！？!?：:\n（）()《》“”"「」'
# Heads that make the words before them a sector (longest first).
_HEAD = re.compile(
    r"产业集群|产业基地|产业园区|产业园|产业带|产业链|产业群|示范基地|生产基地|加工基地|种植基地|养殖基地|"
    r"繁育基地|基地|集群|工业园|园区|产业|行业|业态|项目"
)
_HEAD_KIND = {"项目": "项目", "业态": "发展"}
_TRIGGER = re.compile(
    r"发展|培育|壮大|打造|建设|建成|推进|推动|做大|做强|做优|做精|做活|振兴|提升|布局|支持|扶持|加快|形成|"
    r"引进|落地|开工|投产|实施|延伸|集聚|聚集|升级|培植|主攻|聚焦|抓好|新上|新建|扩建|续建|达产|竣工|启动|"
    r"谋划|引导|鼓励|创建|争创|获批|开发|拓展|繁荣|促进|带动|突破|振兴|强化|完善"
)
# Words that open an item but are not the sector: verbs, adverbs, prepositions (stripped repeatedly).
_LEAD_WORDS = re.compile(
    r"(?:加快|加速|大力|积极|着力|重点|全力|努力|不断|继续|进一步|全面|持续|稳步|扎实|深入|切实|率先|优先|"
    r"集中|主动|推动|推进|发展|培育|壮大|打造|建设|做大做强|做强做大|做大|做强|做优|做精|做活|提升|支持|"
    r"扶持|鼓励|引导|促进|实施|抓好|突出|围绕|依托|聚焦|培植|振兴|布局|开工|新建|扩建|续建|建成|引进|规划|"
    r"谋划|力促|力推|带动|形成|开展|启动|完成|实现|新上|加强|强化|优化|提高|延伸|拓展|抢抓|争取|确保|"
    r"以|在|把|将|对|使|让|向|从|为|与|和|及|以及|并|等|是|了|的|一批|一系列|若干|新的|全市|全省|全州|"
    r"我市|我省|我州|全县|本地|当地|特色|重大|重点|主要|现有|原有|各类|各种|一流|优质|更多|一大批|大批|"
    r"出台|编制|设立|推广|推行|倡导|探索|狠抓|建立|加大|制定|组建|成立|世界级|国际级|国家级|国家|省级以上|"
    r"省级|市级|"
    r"[千百万]亿级|[一二三四五六七八九十]+大|[0-9０-９]*元以上|以上)+"
)
_QTY = re.compile(
    r"(?:[0-9０-９.．]+|[一二三四五六七八九十两百千万亿]+(?=[万亿千百]?[吨头只亩台套辆件]))\s*(?:万|亿|千)?\s*(?:吨|头|只|羽|亩|千瓦|兆瓦|瓦|辆|台|套|平方米|立方米|片|件|箱|标箱|"
    r"张|吨级|千伏|条|座|公里|立方|个|万|亿)"
)
# A count before the head (3个五百亿级的产业集群, 六大产业): a numeral with its measure word, not 九台.
_COUNT = re.compile(
    r"[\s0-9０-９一二三四五六七八九十两百千万亿]+(?:个|大|项|类|条|家|种)\s*"
    rf"(?:[{_CJK}]{{0,4}}?[0-9０-９一二三四五六七八九十两百千万亿]*(?:亿|万)?级)?(?:的)?[“”\"]?$"
)
_ETC = re.compile(r"等(?:[^、]{0,10})$")
_SPLIT = re.compile(r"、|以及|及|和|与|\+|＋|/")
_TAIL = re.compile(
    r"(?:生产|产业化|产业|工业|行业|开发|扩能|改造|一期|二期|三期|四期|建设|升级|提升|发展|扩建|技改|研发|研制|"
    r"销售|配套|工业园|产业园区|产业园|园区|示范园|基地|交易市场|市场|提档升级)+$"
)
# Items that are not sectors: generic words, policies, actions.
_NOT_SECTOR = re.compile(
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
    r"国民经济|行业|特色资源|主责主业|生产制造|绿色制造|"
    r"产品|产品制造|装备|先进制造业|先进制造|设备|技术|生产装备)$"
)
# Words inside an item that make it an action or an institution, not a sector.
_NOT_SECTOR_IN = re.compile(
    r"加强|承接|取得|兴建|互动|实现|推进|推动|提高|加大|完善|创新|转化|转移|协同|对接|合作|引领|带动|支撑|"
    r"保障|高级化|现代化|一体化|式$|研究院|研究所|实验室|中心$|平台$|大学|学院|学校|医院|博物馆|公园|"
    r"集团|公司|股份|政府|部门|机构|委员会|区$|协会|商会|联合会|条件|通过|执行|企业|成果|[是在对或其正度性于之]|"
    r"高铁|铁路|高速|公路|机场|至|事业$|核酸|检测基地|宜居|宜业|一体|富民|资本|参$|志愿|创业|就业|教育|"
    r"卫生$|医保|社保|养老保险|供水|排水|供热|燃气|供气|供电|通讯|道路|道桥|管网|污水|垃圾|国有|英寸|标准|认证|"
    r"所有制|新兴产业|未来产业"
)
_ACTION_END = re.compile(
    r"(?:建设|改革|转型|发展|保护|治理|整治|改造|提升|推进|完善|管理|引进|招商|创建|申报|落地|实施|工作|"
    r"任务|活动|体系|机制|政策|规划|平台|环境|能力|水平|质量|效益|速度|步伐|力度|格局|布局|水平|优势|"
    r"示范|试点|工程|行动|计划|方案|模式|企业|公司|集团|园区|主体|人才|队伍|资金|基金|项目)$"
)
# Sector endings for a verb's object that the taxonomy does not know (夜经济, 马铃薯加工, 商业地产).
_SECTOR_END = re.compile(
    r"(?:业|加工|制造|种植|养殖|旅游|物流|能源|材料|装备|医药|食品|农业|电商|化工|汽车|地产|经济|制品|"
    r"器械|设备|药|酒|茶|果|菜|菌|参|米|奶|牛|猪|羊|鱼|蛙|石材|矿泉水|电子|软件|数据|服务|养老|康养|会展|"
    r"商贸|金融|影视|动漫|文创|冰雪|光伏|风电|氢能|储能|新能源|新材料|游|鹿|蛋|禽|蜂|木耳|林果|蔬菜|"
    r"葡萄|花生|大豆|杂粮|谷子|水稻|饲料|肥|乙醇|电池|芯片|机器人|光电|卫星|航空|纺织|服装|袜|钢铁|"
    r"冶金|建材|机械|家具|造纸|塑料|橡胶|玻璃|陶瓷|水泥|石化|煤|油|气|电|热|矿|钼|铁|铜|金|餐饮|住宿|"
    r"零售|批发|电影|演艺|出版|传媒|广告|设计|咨询|外包|研发|检测|认证|体育|健康|医疗|保健)$"
)
_MAX_TERM = 12
# Words that qualify a sector without naming a company (绿色有机蔬菜, 高端装备, 特种铁合金).
_MODIFIER = re.compile(
    r"(?:绿色|有机|优质|特色|现代|新型|高端|精品|生态|无公害|高效|智能|数字|特种|精细|新|高|大|小|软|硬|"
    r"休闲|保健|功能|营养|鲜食|专用|高档|中高端|轻量化|节能|环保|清洁|可再生|新一代|先进|传统|冰雪|"
    r"森林|山地|乡村|农村|都市|城市|民俗|红色|文化|体育|康养|健康|医疗|工业|农业|林下|寒地|黑|白|红)+"
)
# Sector words that end company names (派高生物, 龙腾能源): alone they name no project's sector.
_COMPANY_WORDS = frozenset({"生物", "科技", "实业", "能源", "电子", "医药", "药业", "食品", "化工"})
_SHORT_TOPIC = 24  # a topic sentence (打造动漫产业集群。) takes the place that leads the next sentence


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    places: tuple[str, ...]  # regions named at the item's start (a list of places before the term)


def _strip_item(text: str, a: int, b: int, an: Analysis) -> tuple[int, int, list[str]]:
    """Cut an item to its sector words; returns the span and the regions of places leading it."""
    places: list[str] = []
    changed = True
    while changed and a < b:
        changed = False
        while a < b and text[a] in " \u3000“”\"'‘’《》「」—-":
            a += 1
            changed = True
        m = _LEAD_WORDS.match(text, a, b)
        if m and m.end() > a:
            a, changed = m.end(), True
        for pm in _mentions(an, a, b):
            if pm.start == a:
                places.append(pm.region)
                a = pm.end
                # 九台奶牛 / 长春新区 / 红嘴开发区: a district word after the place is part of it.
                m2 = re.match(r"(?:地区|市|县|区|州|新区|开发区|经开区|高新区|园区|境内)", text[a:b])
                if m2:
                    a += m2.end()
                changed = True
            break
    # 具有竞争力的X / 哈尔滨的南花园: only the words after the last 的 can be the sector.
    de = text.rfind("的", a, b)
    if de >= a:
        a = de + 1
    # A quantity before the product: 前郭善德30万吨生物质有机肥 → 生物质有机肥.
    last = None
    for q in _QTY.finditer(text, a, b):
        last = q
    if last is not None:
        a = last.end()
        while a < b and text[a] in " \u3000":
            a += 1
    tail = _TAIL.search(text, a, b)
    if tail and tail.start() - a >= 2:
        b = tail.start()
    while b > a and text[b - 1] in " \u3000“”\"'‘’《》「」等":
        b -= 1
    return a, b, places


def is_generic(words: str) -> bool:
    """Words that name no sector (老工业, 领头羊 …): generic words, actions and institutions."""
    return bool(_NOT_SECTOR.match(words) or _NOT_SECTOR_IN.search(words) or _ACTION_END.search(words))


def _is_product(words: str) -> bool:
    """Short words that read as a product, for items whose context says so (a quantity, a list of
    sectors): 鹅绒, 变速器, 聚酯; not a generic word, an action or an institution."""
    return 2 <= len(words) <= 5 and bool(re.fullmatch(rf"[{_CJK}]+", words)) and not is_generic(words)


def _names_zone(an: Analysis, a: int, b: int) -> bool:
    """``text[a:b]`` names a development zone or a town (中新食品区), not an administrative place."""
    places = an.gazetteer.places
    return any(
        m.surface in places and places[m.surface].kind in ("zone", "town") for m in an.mentions_in(a, b)
    )


def _mentions(an: Analysis, a: int, b: int):
    """Places named in ``text[a:b]``; 我省/全省 (…我省重要的汽车基地) is the speaker's province."""
    return [m for m in an.mentions_in(a, b) if m.surface not in ("我省", "全省", "本省")]


def _sector_span(text: str, a: int, b: int, taxonomy, head: str) -> tuple[int, int] | None:
    """The sector words of an item, or None when the words are not a sector."""
    if b - a < 1 or (b - a == 1 and taxonomy.match(text[a:b]) is None):
        return None
    words = text[a:b]
    if not re.fullmatch(rf"[{_CJK}A-Za-z0-9Ａ-Ｚａ-ｚ（）()·]+", words) or _NOT_SECTOR_IN.search(words):
        return None
    if not re.search(rf"[{_CJK}]", words) or re.match(r"[0-9]", words):
        return None
    if taxonomy.match(words) is not None:
        return (a, b) if len(words) <= _MAX_TERM else None
    # A product inside a project or company name: the longest known sector word that ends the item.
    alias = taxonomy.known_suffix(words)
    if alias is not None:
        lead = words[: -len(alias)]
        if head in ("项目", "工业园"):  # 龙腾能源项目: the company's name is not the sector
            if alias in _COMPANY_WORDS:  # 派高生物, 龙腾能源: a company, no sector named
                return None
            return b - len(alias), b
        if _MODIFIER.fullmatch(lead):  # 绿色有机蔬菜, 高端汽车涂料: a modifier keeps the whole
            return a, b
        return b - len(alias), b  # 盼盼食品, 建龙钢铁: a company's name before the sector
    if len(words) < 2 or len(words) > 8 or _NOT_SECTOR.match(words) or _ACTION_END.search(words):
        return None
    if not _SECTOR_END.search(words) or (
        len(words) == 2 and _SECTOR_END.search(words).end() - _SECTOR_END.search(words).start() == 1
    ):
        return None  # 恒大一期项目, 研学基地, 结果: not a sector the taxonomy or its endings know
    if head == "项目" and len(words) >= 4 and re.search(r"(?:药业|医药|科技|实业|生物|电子|能源)$", words):
        return None  # 迈灵药业项目: a company's name
    return a, b


def _items(text: str, a: int, b: int, an: Analysis | None = None) -> list[tuple[int, int]]:
    """Items of a list; 和/及/与 that begin a place name (和龙风电) do not split it."""
    out = []
    pos = a
    starts = {m.start for m in an.mentions_in(a, b)} if an is not None else set()
    for m in _SPLIT.finditer(text, a, b):
        if m.start() in starts:
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(x, y) for x, y in out if y > x]


@lru_cache(maxsize=8)
def _seg_marks(text: str) -> list[int]:
    """Offsets of the characters that end a segment (found once per text, then bisected)."""
    return [m.start() for m in re.finditer(f"[{re.escape(_SEG_END)}]", text)]


def _segment_start(text: str, pos: int, floor: int) -> int:
    marks = _seg_marks(text)
    i = bisect.bisect_left(marks, pos)
    return max(floor, marks[i - 1] + 1 if i else 0)


def _segment_end(text: str, pos: int, ceiling: int) -> int:
    marks = _seg_marks(text)
    i = bisect.bisect_left(marks, pos)
    return min(ceiling, marks[i] if i < len(marks) else len(text))


# A segment led by a place or body the gazetteer does not know (本溪市重点发展…, 长白山管委会…, 净月区…):
# its lists belong to that place, so they are given to no region.
_UNKNOWN_LEAD = re.compile(
    rf"(?:[（(][一二三四五六七八九十0-9０-９]{{1,3}}[)）])?[{_CJK}]{{1,10}}?(?:管理委员会|管委会|市|县|州|区)"
    r"(?=重点|要|将|着力|加快|大力|积极|以|发展|打造|培育|布局|围绕)"
)


def _unknown_lead(an: Analysis, seg: int, end: int) -> bool:
    m = _UNKNOWN_LEAD.match(an.text, seg, end)
    if not m:
        return False
    known = [pm for pm in an.mentions_in(seg, m.end()) if pm.end >= m.end() - 1]
    return not known and not re.search(r"全市|全省|全州|我市|各县|本市", m.group())


_SUBJECT_AFTER = re.compile(
    r"(?:市|县|区|州|新区|开发区|经开区|高新区)?[\s，]*(?:要|将|应|重点|着力|加快|大力|积极|全力|以|依托|围绕|坚持|"
    r"发展|打造|培育|推进|建设|布局)"
)


def _sentence_lead(an: Analysis, a: int, b: int) -> str | None:
    """The place a sentence is about: named at its start and followed by what it does (长春市要…)."""
    for pm in _mentions(an, a, b):
        if pm.start <= a + 1 and _SUBJECT_AFTER.match(an.text, pm.end):
            return pm.region
        break
    return None


def _lead_place(an: Analysis, a: int, b: int) -> str | None:
    """A place that leads ``text[a:b]`` (at its start, or after 支持/推动/依托 …)."""
    text = an.text
    m = _LEAD_WORDS.match(text, a, b)
    at = m.end() if m else a
    for pm in _mentions(an, a, b):
        if pm.start <= at + 1:
            return pm.region
        break
    return None


# A segment about curbing or regulating a sector (超低排放改造, 落后产能, 安全整治) designates nothing.
_CURBING = re.compile(
    r"排放|落后产能|淘汰|去产能|化解过剩|安全生产|安全隐患|整治|污染|减排|关停|压减|违法|违规|监管|执法|"
    r"事故|股权|改制|国企改革|脱钩|上市|禁止|限制|危化品|隐患|风险"
)


class _Emitter:
    def __init__(self, an: Analysis, taxonomy, refused):
        self.an, self.taxonomy, self.refused = an, taxonomy, refused
        self.out: dict[tuple, Designation] = {}
        self.warnings: list[str] = []

    def emit(self, regions, a: int, b: int, kind: str) -> None:
        doc = self.an.doc
        # The same cut as every other rule: no 等, a generic tail only where the words need it (数字产业).
        a, b = industry_words(doc.text, self.taxonomy, a, b)
        if b <= a or self.refused.overlaps(a, b):
            return
        sent = self.an.sentence_at(a)
        seg_a = _segment_start(doc.text, a, sent.start)
        seg_b = _segment_end(doc.text, a, sent.end)
        if _CURBING.search(doc.text, seg_a, seg_b):
            return
        if b - a < 2 and self.taxonomy.match(doc.text[a:b]) is None:  # 钼 is a sector; 新 is not
            return
        term = doc.text[a:b]
        industry = self.taxonomy.match(term)
        # Two aliases run together (石化汽车) name two industries: one designation each.
        industries = (industry,) if industry else self.taxonomy.split_compound(term) or (None,)
        clause = doc.clause_at(a)
        plan = self.an.sentence_at(a).plan
        for region in regions:
            for ind in industries:
                key = (region, ind.id if ind else term, clause.id)
                if key in self.out:
                    continue
                if ind is None:
                    label = clause.label.strip() or clause.id
                    self.warnings.append(message("unclassified_term", term=term, doc=doc.id, label=label))
                prov = Provenance(doc.id, clause.id, a, b)
                self.out[key] = Designation(region, ind.id if ind else None, term, kind, prov, plan)


def _list_regions(an: Analysis, seg: int, sent, list_start: int) -> list[str] | None:
    """The regions of a list's items that name no place of their own; None when the list belongs to a
    place the gazetteer does not know (本溪市重点发展…)."""
    if _unknown_lead(an, seg, list_start) or _unknown_lead(an, sent.start, list_start):
        return None
    place = _lead_place(an, seg, list_start) or _sentence_lead(an, sent.start, list_start)
    if place is None:  # the last place named in the segment before the list (not inside its items)
        before = _mentions(an, seg, list_start)
        place = before[-1].region if before else None
    if place is None and sent.end - sent.start <= _SHORT_TOPIC:
        i = an.sentence_index(sent.start)
        if i + 1 < len(an.sentences) and an.sentences[i + 1].para == sent.para:
            nxt = an.sentences[i + 1]
            place = _lead_place(an, nxt.start, nxt.end)
    if place is None:
        return [an.subject] if an.subject else []
    return [place]


def _regions_for(item: _Item, lead_places, default: list[str] | None) -> list[str]:
    """The regions of one item: its own places (after shared ones), the shared places, else ``default``."""
    if default is None:
        return []
    if item.places:
        return [*lead_places, *item.places] if lead_places else list(item.places)
    if lead_places:
        return list(lead_places)
    return [r for r in default if r]


def _assign(an: Analysis, parsed, seg: int, sent, list_start: int, joined: bool):
    """(span, regions) of a list's sector items; ``parsed`` holds (span or None, places, bare) per item.

    Bare places before an item (白城、松原、九台奶牛) are shared by the items after them. A place before the
    first item leads them all when no other item names its own (梅河口市医药食品、果仁加工;
    延吉IT和服务外包); when several do (前郭绿色水稻、长岭绿色谷子), each item keeps its own.
    """
    own = [n for n, (span, places, bare) in enumerate(parsed) if places and not bare]
    first_term = next((n for n, (_, _, bare) in enumerate(parsed) if not bare), None)
    leading: list[str] = []
    if len(own) == 1 and own[0] == first_term:
        leading = list(parsed[own[0]][1])
    out = []
    shared: list[str] = []
    default = _list_regions(an, seg, sent, list_start)
    for span, places, bare in parsed:
        if bare:
            # Only administrative places are shared (白城、松原、九台奶牛); a zone alone in a list of
            # parks (中新食品区、化工园区) is one park of the list, not the place of the others.
            shared.extend(places)
            continue
        if span is None:
            continue
        item = _Item(span[0], span[1], tuple(places) or tuple(leading))
        regions = _regions_for(item, shared, default)
        if regions:
            out.append((span, regions))
    return out


def _read_list(em: _Emitter, a: int, b: int, head: str, kind: str) -> None:
    """Items of ``text[a:b]`` (a list before a head or after a verb), each emitted with its region."""
    an, text = em.an, em.an.text
    sent = an.sentence_at(a)
    seg = _segment_start(text, a, sent.start)
    joined = "、" not in text[a:b] and re.search("和|及|与", text[a:b]) is not None
    parsed = []
    for x, y in _items(text, a, b, an):
        p, q, places = _strip_item(text, x, y, an)
        span = _sector_span(text, p, q, em.taxonomy, head) if p < q else None
        parsed.append((span, places, p >= q and not _names_zone(an, x, y)))
    for span, regions in _assign(an, parsed, seg, sent, a, joined):
        em.emit(regions, span[0], span[1], kind)


def _head_lists(em: _Emitter) -> None:
    an, text = em.an, em.an.text
    for m in _HEAD.finditer(text):
        head = m.group()
        sent = an.sentence_at(m.start())
        seg = _segment_start(text, m.start(), sent.start)
        if m.start() - seg < 2:
            continue
        before = text[seg : m.start()]
        # The list starts after the last designating verb of the segment (打造…, 建设…).
        verbs = list(_TRIGGER.finditer(before))
        start = seg + verbs[-1].end() if verbs else seg
        if not verbs and not _TRIGGER.search(text, m.end(), sent.end) and head not in ("产业集群", "基地"):
            continue
        part = text[start : m.start()]
        count = _COUNT.search(part)
        end = m.start()
        if (
            count
            and count.start() > 0
            and re.search(r"[0-9０-９一二三四五六七八九十两百千万亿]", count.group())
        ):
            end = start + count.start()
        etc = text.rfind("等", start, end)
        kind = _HEAD_KIND.get(head, "产业集群" if "集群" in head else "基地" if "基地" in head else "发展")
        if etc >= start:
            places_part = text[start:etc]
            only_places = all(
                not t.strip() or _is_place_item(an, start + i, start + i + len(t))
                for i, t in _offsets(places_part)
            )
            if only_places and end - etc > 2:
                # 辽源、白山、梅河口、敦化等医药特色产业基地: the places get the sector after 等.
                places = [pm.region for pm in _mentions(an, start, etc)]
                p, q, _ = _strip_item(text, etc + 1, end, an)
                span = _sector_span(text, p, q, em.taxonomy, head)
                if span and places:
                    em.emit(places, span[0], span[1], kind)
                continue
            p, q, _ = _strip_item(text, etc + 1, end, an)
            sector = _sector_span(text, p, q, em.taxonomy, head)
            if head == "项目" and sector and em.taxonomy.match(text[sector[0] : sector[1]]):
                # 安图恒大一期、农心二期等矿泉水项目: the projects are named, the sector comes after 等.
                leads = [pm.region for x, y in _items(text, start, etc, an) for pm in _mentions(an, x, y)[:1]]
                item = _Item(sector[0], sector[1], tuple(dict.fromkeys(leads)))
                regions = _regions_for(item, [], _list_regions(an, seg, sent, start))
                if regions:
                    em.emit(regions, sector[0], sector[1], kind)
                continue
            end = etc
        _read_list(em, start, end, head, kind)


def _offsets(part: str):
    pos = 0
    for t in _SPLIT.split(part):
        yield pos, t
        pos += len(t) + 1


def _is_place_item(an: Analysis, a: int, b: int) -> bool:
    words = an.text[a:b].strip()
    if not words:
        return True
    ms = _mentions(an, a, b)
    return bool(ms) and ms[0].start <= a + 1 and ms[-1].end >= b - 1


_VERB_LIST = re.compile(
    r"(?:加快|大力|积极|着力|重点|全力|优先|培育|稳步|支持|鼓励|引导|促进)?"
    r"(?:发展|培育|壮大|做大做强|做强做大|做强|做大|做优|振兴|提升|主攻|培植|促进|扶持|推进|推动|加快|加速|"
    r"打造|布局|聚焦|突出|延伸|拓展|开发|引进|瞄准|围绕|支持|鼓励|引导)"
)


def _verb_lists(em: _Emitter) -> None:
    """``大力发展农产品精深加工和现代食品加工业``: items must read as sectors without a head."""
    an, text = em.an, em.an.text
    for m in _VERB_LIST.finditer(text):
        sent = an.sentence_at(m.start())
        # 县域发展取得新成果: 发展 after a noun is a noun; a verb follows an adverb, a stop or a place.
        prev = text[m.start() - 1] if m.start() > sent.start else "，"
        bare_verbs = ("发展", "推进", "推动", "加快", "提升", "打造", "布局", "开发", "引进", "支持", "围绕")
        after_place = any(pm.end == m.start() for pm in an.mentions_in(max(0, m.start() - 12), m.start()))
        verb_like = prev in _SEG_END + "、要将并和及大力积极着力重点" or after_place
        if m.group() in bare_verbs and not verb_like:
            continue
        end = _segment_end(text, m.end(), sent.end)
        a, b = m.end(), end
        tail = re.search(
            r"(?:等)?(?:产业|行业)?(?:健康|快速|加快|高质量|持续|集聚|集群)?(?:发展|建设)?$", text[a:b]
        )
        if tail:
            b = a + tail.start()
        etc = text.rfind("等", a, b)  # 风电、光伏等新能源: what follows 等 names the kind, not an item
        if etc > a:
            b = etc
        if b - a < 2 or b - a > 60:
            continue
        _read_sectors(em, a, b)


def _verb_object_span(em: _Emitter, p: int, q: int) -> tuple[int, int] | None:
    """A verb's object item is a sector when the taxonomy knows it or it ends like one (马铃薯加工)."""
    words = em.an.text[p:q]
    if not words or len(words) > _MAX_TERM or not re.fullmatch(rf"[{_CJK}A-Za-z0-9]+", words):
        return None
    if words[0].isdigit() or _NOT_SECTOR_IN.search(words):
        return None
    if em.taxonomy.match(words) is not None:
        return p, q
    end = _SECTOR_END.search(words)
    if 2 <= len(words) <= 8 and end and not _NOT_SECTOR.match(words):
        if len(words) == 2 and end.end() - end.start() == 1:
            return None  # 结果, 电气: a two-character word ending like a product is rarely one
        return None if _ACTION_END.search(words) else (p, q)
    return None


def _read_sectors(em: _Emitter, a: int, b: int) -> None:
    an, text = em.an, em.an.text
    sent = an.sentence_at(a)
    seg = _segment_start(text, a, sent.start)
    joined = "、" not in text[a:b] and re.search("和|及|与", text[a:b]) is not None
    parsed = []
    for x, y in _items(text, a, b, an):
        p, q, places = _strip_item(text, x, y, an)
        parsed.append(
            (_verb_object_span(em, p, q) if p < q else None, places, p >= q and not _names_zone(an, x, y))
        )
    for span, regions in _assign(an, parsed, seg, sent, a, joined):
        em.emit(regions, span[0], span[1], "发展")


def _project_products(em: _Emitter) -> None:
    """``推进中化5万吨纤维素乙醇`` (no head): the product after a project's quantity."""
    an, text = em.an, em.an.text
    for q in _QTY.finditer(text):
        sent = an.sentence_at(q.start())
        seg = _segment_start(text, q.start(), sent.start)
        if not _TRIGGER.search(text, seg, q.start()):
            continue
        a = q.end()
        b = a
        while b < sent.end and text[b] not in _SEG_END and text[b] not in "、等" and b - a < 12:
            b += 1
        if _HEAD.match(text, b) or text.startswith("等", b):
            continue  # the head-list reading takes it
        p, r, _ = _strip_item(text, a, b, an)
        span = _sector_span(text, p, r, em.taxonomy, "项目")
        if span is None:
            continue
        item = _Item(span[0], span[1], ())
        regions = _regions_for(item, [], _list_regions(an, seg, sent, span[0]))
        if regions:
            em.emit(regions, span[0], span[1], "项目")


# After 等 (and a short modifier): the kind of things listed, when they are sectors or their products.
_ETC_KIND = re.compile(
    r"品牌|农产品|特产|产品|工业|产业|行业|服务业|服务贸易|项目|业态|基地|园区|产业园|集群|专用车|"
    r"能源|材料|装备|食品|药品|旅游|生产线"
)


def _etc_lists(em: _Emitter) -> None:
    """``整合包装林蛙、人参、黑牛等长白山特色品牌``, ``推进高精度电机、LED显示屏…等一批重点项目``."""
    an, text = em.an, em.an.text
    for m in re.finditer("等", text):
        sent = an.sentence_at(m.start())
        seg = _segment_start(text, m.start(), sent.start)
        after_end = m.end()
        while after_end < sent.end and text[after_end] not in _SEG_END and after_end - m.end() < 18:
            after_end += 1
        kind_m = _ETC_KIND.search(text, m.end(), after_end)
        if kind_m is None or _HEAD.match(text, m.end()):
            continue  # 等产业集群 right after 等: the head-list reading takes it
        before = text[seg : m.start()]
        if "、" not in before and "和" not in before and "及" not in before:
            continue
        verbs = list(_TRIGGER.finditer(before))
        start = seg + verbs[-1].end() if verbs else seg
        head = "项目" if kind_m.group() in ("项目", "生产线") else "等"
        parsed = []
        items_at = _items(text, start, m.start(), an)
        for x, y in items_at:
            p, q, places = _strip_item(text, x, y, an)
            span = _sector_span(text, p, q, em.taxonomy, head) if p < q else None
            parsed.append((span, places, p >= q and not _names_zone(an, x, y)))
        spans = [sp for sp, _, _ in parsed if sp]
        known = sum(1 for a, b in spans if em.taxonomy.match(text[a:b]))
        if not known:
            continue  # at least one item the taxonomy knows: the list is a list of sectors
        terms = [n for n, (_, _, bare) in enumerate(parsed) if not bare]
        if known * 2 >= len(terms):
            # Mostly known sectors (大米、肉牛、黑木耳、林蛙、鹅绒、榛子等): the other short items are too.
            for n in terms:
                span, places, bare = parsed[n]
                if span is None:
                    x, y = items_at[n]
                    p, q, _ = _strip_item(text, x, y, an)
                    if _is_product(text[p:q]):
                        parsed[n] = ((p, q), places, bare)
        joined = "、" not in text[start : m.start()]
        kind = "产业集群" if "集群" in kind_m.group() else "发展"
        for span, regions in _assign(an, parsed, seg, sent, start, joined):
            em.emit(regions, span[0], span[1], kind)


# 农产品加工业重点加快…, 旅游业要…: a sector that leads its sentence or segment is what it is about.
_SECTOR_LED = re.compile(rf"(?P<x>[{_CJK}]{{2,10}}?)(?:产业|业)(?:要|重点|着力|加快|以|围绕|突出|坚持|方面)")


def _sector_led(em: _Emitter) -> None:
    an, text = em.an, em.an.text
    for sent in an.sentences:
        a = sent.start
        while a < sent.end and text[a] in " \u3000":
            a += 1
        label = re.match(
            r"[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|[一二三四五六七八九十]是",
            text[a : sent.end],
        )
        if label:
            a += label.end()
        m = _SECTOR_LED.match(text, a, sent.end)
        if not m:
            continue
        p, q, places = _strip_item(text, m.start("x"), m.end("x"), an)
        words = text[p:q]
        if q - p < 2 or em.taxonomy.match(words) is None:
            continue
        item = _Item(p, q, tuple(places))
        regions = _regions_for(item, [], _list_regions(an, sent.start, sent, p))
        if regions:
            em.emit(regions, p, q, "发展")


def statement_designations(
    an: Analysis, taxonomy, refused=None
) -> tuple[tuple[Designation, ...], tuple[str, ...]]:
    """Designations read from sector slots of running text (see the module docstring).

    Parameters
    ----------
    an : Analysis
        The document's reading (``policy.extract.analysis.analyse``).
    taxonomy : policy.taxonomy.Taxonomy
    refused : SpanSet, optional
        Text read as a list led by a place the gazetteer does not know (本溪市重点发展…): never given to
        another region.

    Returns
    -------
    designations : tuple of Designation
        One per (region, industry or term, clause), in text order; ``plan`` is False in a review of past
        work.
    warnings : tuple of str
        One per unclassified term.
    """
    em = _Emitter(an, taxonomy, refused if refused is not None else SpanSet())
    _head_lists(em)
    _etc_lists(em)
    _verb_lists(em)
    _sector_led(em)
    _project_products(em)
    found = tuple(sorted(em.out.values(), key=lambda d: (d.prov.start, d.prov.end, d.region)))
    return found, tuple(em.warnings)
