"""Sector slots led by a word the taxonomy knows: a sector-led sentence (农产品加工业重点…), a known sector
right after a verb (积极开发旅游资源), and a known sector word followed by what makes it the sector
(打造“吉林大米”品牌, 抽水蓄能电站).
"""

from __future__ import annotations

import re

from policy.extract.facilities import NOT_BUILT
from policy.extract.listplaces import list_regions, place_chain, regions_for
from policy.extract.sectorwords import (
    CJK,
    LEAD_WORDS,
    NAME_CHARS,
    TRIGGER,
    Item,
    alias_pattern,
    places_in,
    seg_end,
    seg_start,
    strip_item,
)
from policy.extract.slotemit import SlotEmitter
from policy.extract.slotread import SAVING_KIND, may_name_sector, read_sectors

__all__ = [
    "known_objects",
    "known_with_noun",
    "numbered_points",
    "sector_led",
]

# 农产品加工业重点加快…, 旅游业要…: a sector that leads its sentence or segment is what it is about.
_SECTOR_LED = re.compile(
    rf"(?P<x>[{CJK}]{{1,10}}?)(?P<ye>产业|业)(?:要|重点|着力|加快|以|围绕|突出|坚持|方面|努力|强化|积极|大力|持续|"
    rf"不断|进一步|全面|稳步|是(?=[{CJK}]{{2,8}}(?:产业|支柱)))"
)


def sector_led(em: SlotEmitter) -> None:
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
        p, q, places = strip_item(text, m.start("x"), m.end("x"), an)
        if em.taxonomy.match(text[p:q]) is None and m.group("ye") == "业" and q == m.end("x"):
            q += 1  # 林业努力推动转型发展: the sector is 林业, not 林
        if q - p < 2 or em.taxonomy.match(text[p:q]) is None:
            continue
        item = Item(p, q, tuple(places))
        regions = regions_for(item, [], list_regions(an, sent.start, sent, p))
        if regions:
            em.emit(regions, p, q, "发展")


# “五个千亿级”：一是高端装备制造业，…。三是医药、医疗服务、医疗仪器产业，…: a numbered point that opens
# with a list of sectors and nothing else before the comma.
_POINT = re.compile(r"(?:(?<=[：:，,。；;\n])|^)[一二三四五六七八九十]是", re.M)


def numbered_points(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    for m in _POINT.finditer(text):
        a = m.end()
        end = seg_end(text, a, an.sentence_at(a).end)
        if end - a >= 2 and text.endswith(("产业", "业"), a, end) and may_name_sector(em, a, end):
            read_sectors(em, a, end)


# What may follow a sector word that a verb takes as its object (发展旅游资源, 抓好粮食生产, 发展汽车、…).
_OBJECT_FOLLOW = re.compile(
    r"产业|业|生产|制造|加工|资源|升级|转型|基地|集群|园|项目|等|规模|提质|进出口|应用|平台|体系|"
    r"产能|高质量|健康发展|扩容|扩能|提档|提质|增效|勘探|的?开发|进(?:农村|乡村|社区)|(?:提升|振兴|创新升级)(?:计划|行动|工程)|知名度|影响力|美誉度|附加值|为(?:龙头|重点|主|核心|引领)|的(?:经验|做法|优势|基础|条件|机遇|潜力)|"
    r"[、，。；：和及与]|$"
)


_NOT_OBJECT = re.compile(
    "市场|企业|事业|公司|机构|管线|管网|管道|航道|线|安全|化|结构|政策|评价|便利|合作|厂|高地|标准|技术|人才|"
    "专业|学院|学校|医院|保险|补贴|去库存|惠民|便民"
)
_SERVICE_NEAR = re.compile("机构|医院|学校|老年|一致性评价")
# The verbs that take a long known word as their object whatever follows it (not 建设, 实施, 开工: works).
_GROW_VERB = re.compile(
    "发展|培育|壮大|打造|做大|做强|推动|推进|加快|引导|扶持|支持|争创|创建|活跃|振兴|聚焦|布局|主攻"
)


def _near_end(text: str, b: int) -> int:
    return min(b + 6, seg_end(text, b, len(text)))


def known_objects(em: SlotEmitter) -> None:
    """``积极开发旅游资源``, ``毫不放松地抓好粮食生产``: a known sector word right after a verb."""
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in TRIGGER.finditer(text):
        p = m.end()
        lead = LEAD_WORDS.match(text, p)
        if lead and aliases.match(text, p) is None:  # 扩大对外贸易: 对 begins the sector word here
            p = lead.end()
        # 提升长春大米知名度: a place right after the verb is the object's own
        place = next((pm for pm in an.mentions_in(p, p + 8) if pm.start == p), None)
        if place is not None and aliases.match(text, p) is None and aliases.match(text, place.end):
            p = place.end
        quoted = text.startswith(("“", "「", '"'), p)  # 推动“袜业+现代纺织”扩品种
        hit = aliases.match(text, p + quoted)
        if quoted and hit is not None and not text.startswith(("”", "」", '"'), hit.end()):
            continue  # the quote holds more than the sector word
        if quoted and hit is not None:
            p += 1
        # 推动跨境电商加海外仓模式…: a known word of three characters or more is the object whatever follows,
        # unless what follows makes it a market, a firm, a public service or a pipe (促进房地产市场平稳发展).
        long_word = (
            hit is not None
            and _GROW_VERB.fullmatch(m.group())
            and len(hit.group()) >= 3
            and not _NOT_OBJECT.match(text, hit.end())
            and not _SERVICE_NEAR.search(text, hit.end(), _near_end(text, hit.end()))
        )
        if hit is None or not (_OBJECT_FOLLOW.match(text, hit.end()) or quoted or long_word):
            continue
        sent = an.sentence_at(p)
        etc = text.find("等", hit.end(), seg_end(text, hit.end(), sent.end))
        if etc >= 0 and SAVING_KIND.match(text, etc + 1):
            continue  # 推动钢铁、化工、建材等领域节能降碳: saving energy in those sectors
        seg = seg_start(text, m.start(), sent.start)
        led = (place.region,) if place is not None and place.end == p else ()
        regions = regions_for(Item(p, hit.end(), led), [], list_regions(an, seg, sent, m.start()))
        if regions:
            em.emit(regions, p, hit.end(), "发展")


# What may follow a known sector word that stands for the sector itself (吉林大米品牌, 抽水蓄能电站, 冰雪产业
# 示范新城, 数据中心建成, 人参园区化发展).
_SECTOR_NOUN = re.compile(
    r"[”\"]?(?:(?:高质量)?发展(?=示范区|试验区|先行区))?"  # 冰雪经济高质量发展试验区, 海洋经济发展示范区
    r"(?:(?:优势|特色|主导|支柱){1,2}(?=产业))?"  # 梅花鹿优势特色产业集群
    r"(?:品牌|产业|基地|园区|小镇|新城|电站|示范区|大品种|交易市场|集聚区|综试区|物流园|产业园|园|城|旅游区|"
    r"风景区|度假区|度假地|景区|平台|区域试点|试点|试验区|先行区|示范基地|装置|装机|节点城市|示范城市|"
    r"集散中心|交易中心|物流中心|中试中心|分拨中心|结算中心|出口基地|市场试点|综合试验区|载体|"
    r"示范县|示范市|示范镇|示范村|之都|之乡|之城|产区|样本城市|工程|业态|枢纽|总部基地|全产业链|地理标志|小区|创新基地|"
    r"(?:发展)?新赛道|"  # 抢占人工智能新赛道
    r"(?:商业|通讯|组网|在轨运行|在轨组网)?卫星|"  # “吉林一号”卫星: the constellation the satellites are
    r"场(?![所景地馆次]))"
)
_HONOURED = re.compile(
    r"[”\"]?(?:入选|入围|列入|荣获|获评|被评为|被认定为|获批|成功获批|获得|斩获|被[^，。；、]{1,8}?(?:认定|评为|命名|批准)为)"
)
# 文化旅游区, 滑雪度假区: the sector word's own last characters begin the area word.
_AREA_AFTER = re.compile(
    "(?:旅游|度假)(?:区|地)|物流(?:中心|园区)|交易(?:中心|市场)|(?:服务|金融|会展)中心|食品区"
)
_MODIFIER_BEFORE = re.compile("(?:现代|绿色|特色|新型|高端|优质|精品|有机)$")


def _word_starts(text: str, a: int, places_end) -> bool:
    """A word may begin at ``a``: after a boundary, a place or a scope word (东北, 国家级 …)."""
    return (
        a == 0
        or text[a - 1] in _LEFT_OK
        or a in places_end
        or bool(_SCOPE_BEFORE.search(text, max(0, a - 3), a))
    )


def _short_name_before(text: str, a: int, places_end) -> bool:
    """Two to four characters of a name open the segment (or follow a place) right before ``a``."""
    for n in (2, 3, 4):
        if a - n >= 0 and _word_starts(text, a - n, places_end) and NAME_CHARS.fullmatch(text, a - n, a):
            return True
    return False


_COUNTED_BEFORE = re.compile(
    "[0-9０-９一二三四五六七八九十两]+[个座家项批处]$|万?元以上$"
    "|(?:[0-9０-９.]+|[一二三四五六七八九十百千两]+)万?(?:吨|辆|台|套|头|只|千瓦)(?:级|的)?$"  # 百万吨冷轧
)
# Words of scope before a sector word that leave it whole (东北林产品交易中心, 全国性商贸物流园).
_SCOPE_BEFORE = re.compile(
    "(?:东北|东北亚|中国|全国|全省|吉林省|我省|本省|国家|国家级|省级|区域性|区域|国际|首批|第[一二三四五]批)$"
)
# Sector words too broad to stand for a sector before a place word (健康城市 is a public-health campaign).
_BROAD = frozenset({"健康", "生物", "能源", "养生", "文化", "服务", "工业", "商业"})
_LEFT_OK = '、，；：。“”"（）《》和及与的等\n 　'


_FIRMS = re.compile("企业")
_EMPTY = re.compile("")
_BUILT = re.compile(
    "(?:新厂|一期|二期|三期)?(?:建成投产|建成运营|建成开业|建成使用|投入运营|投入使用|投入生产|建成|投产|竣工|开业|下线|试生产)"
    "|(?:智能化|自动化|数字化)?(?:生产线|产线)"  # 百万吨冷轧生产线智能化改造: a line of the sector's works
)
_FIRMS_GROW = re.compile("脱困|提档升级|转型升级|扩规|扩产|做大做强|发展壮大|加快发展|创新发展|技术创新")
_TROUBLE = re.compile("竞争日趋激烈|竞争加剧|下滑|萎缩|亏损|不景气|低迷|克服|困难|压力")


def known_with_noun(em: SlotEmitter) -> None:
    """A known sector word, whole, followed by a noun that makes it the sector (打造“吉林大米”品牌)."""
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    places_end = {m.end for m in an.mentions}
    for hit in aliases.finditer(text):  # each known word once, longest first
        a, b = hit.span()
        noun = _SECTOR_NOUN.match(text, b) or _AREA_AFTER.match(text, b - 2, b + 2)
        # 支持玉米加工企业脱困, 加快现有农产品加工企业提档升级: the sector's firms helped to grow
        firms = not noun and text.startswith("企业", b)
        if firms and _FIRMS_GROW.search(text, b + 2, seg_end(text, b, len(text))):
            noun = _FIRMS.match(text, b)
        if not noun and a in places_end:  # 辉南大米入选…名录, “东丰梅花鹿”荣获…: a place's sector honoured
            noun = _HONOURED.match(text, b)
        if not noun and (nxt := aliases.match(text, b)) is not None:  # 休闲农业乡村旅游示范县: both
            noun = _SECTOR_NOUN.match(text, nxt.end())
        # 金风风电建成运营, 一批商业综合体建成开业: its works are built; 文化事业与文化产业双协同: the word
        # says 产业 itself. Either stands for the sector with no noun after it.
        built = not noun and _BUILT.match(text, b) and not NOT_BUILT.search(text, seg_start(text, a, 0), a)
        if not noun and (built or hit.group().endswith("产业")):
            noun = _EMPTY.match(text, b)
        if not noun or (text[a:b] in _BROAD and noun.group().lstrip('”"') not in ("产业", "品牌")):
            continue
        modifier = _MODIFIER_BEFORE.search(text, max(0, a - 2), a)
        counted = _COUNTED_BEFORE.search(text, max(0, a - 8), a)
        left_ok = (
            _word_starts(text, a, places_end)
            or LEAD_WORDS.search(text, max(0, a - 4), a)
            or (text[a - 1] == "新" and a - 1 in places_end)  # 长春新会展中心
            or counted  # 5个抽水蓄能电站, 百万吨冷轧
            or (modifier and _word_starts(text, modifier.start(), places_end))  # 公主岭国家级现代种业产业园
            or (built and _short_name_before(text, a, places_end))  # 金风风电建成运营: its owner's name
        )
        if not left_ok:
            continue
        sent = an.sentence_at(a)
        seg = seg_start(text, a, sent.start)
        etc = text.rfind("等", max(seg, a - 12), a)
        if etc >= 0 and aliases.search(text, seg, etc):
            continue  # 风电、光伏等具有竞争力的新能源产业: after a list of sectors, 等 names their kind
        if _TROUBLE.search(text, seg, seg_end(text, b, sent.end)):
            continue  # 汽车产业的市场竞争日趋激烈, 克服汽车产业效益下滑影响: a difficulty, not a designation
        # 中国（珲春）跨境电商…, 长春新会展中心: a place right before the word (in brackets) is its place.
        close = a - 1 if text[a - 1 : a] in "）)新" else counted.start() if counted else a  # 前郭县15万头生猪
        before = an.mentions_in(max(sent.start, close - 24), close)
        led = (
            tuple(place_chain(text, before, before[-1].region)) if before and before[-1].end == close else ()
        )
        item = text.rfind("、", seg, a) + 1
        if not led and item > seg and item - 1 not in places_end:
            # …支点城市、珲春陆上边境口岸型国家物流枢纽: the place leading its item (not in a list of places,
            # 集安、辉南、通化县获…, nor after the item's own sector, 黄松甸黑木耳入选…农业)
            own = places_in(an, item, a)
            if own and own[0].start == item and aliases.search(text, own[0].end, a) is None:
                led = (own[0].region,)
        regions = regions_for(Item(a, b, led), [], list_regions(an, seg, sent, a))
        if regions:
            em.emit(regions, a, b, "发展")
