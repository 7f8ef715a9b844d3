"""Who issued or delivered a document, the region it is about (its subject) and its kind.

Read from the words that state them: the title (``吉林市政府工作报告``,
``吉林省人民政府关于印发…的通知``), the congress line of a report
(``在长春市第十五届人民代表大会第五次会议上``, ``在第十三届全国人民代表大会…``), ``我代表X人民政府``,
the speaker's line (``国务院总理 李克强``) or a signature. A place named there that is not in Jilin
(辽宁省, 全国) makes the document one *about another place*: it is kept, and only the Jilin places it
names explicitly get facts from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.places.gazetteer import PROVINCE, Gazetteer

__all__ = ["Origin", "doc_kind", "find_origin"]

_CJK = "\u4e00-\u9fff"
_PLACE_END = "省|市|自治区|自治州|州|盟|县|区|旗"
_CONGRESS = re.compile(r"第?[一二三四五六七八九十]+届(?P<nat>全国)?(?:人民代表大会|人大)")
_REPRESENT = re.compile(rf"我代表(?P<org>[{_CJK}]{{0,20}}?(?:人民政府|政府|国务院))")
_TERM = re.compile(r"第?[一二三四五六七八九十]+届")
_TITLE_REPORT = re.compile(rf"^(?P<place>[{_CJK}]{{2,12}}?)(?:[0-9]{{4}}年)?(?:人民)?政府工作报告")
_TITLE_ORG = re.compile(
    rf"^(?P<org>[{_CJK}]{{2,24}}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅))"
    r"(?=关于|转发|印发|批转)"
)
_SPEAKER = re.compile(
    rf"^(?P<org>[{_CJK}]{{0,16}}?)(?:代)?(?:省长|市长|州长|县长|区长|总理)[\s\u3000]*[{_CJK}·\s\u3000]{{1,8}}$"
)
_NATIONAL = re.compile(r"^中华人民共和国|全国人民代表大会")
# Outside Jilin: the province-level units of China other than Jilin (names as the State Council lists them).
_PROVINCE_NAMES = (
    "北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 黑龙江省 上海市 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 云南省 西藏自治区 "
    "陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区 台湾省 香港特别行政区 澳门特别行政区"
)
_PROVINCES = frozenset(_PROVINCE_NAMES.split())
_PROVINCIAL_HEAD = re.compile(r"我省|全省|省政府各|各市[（(]州[）)]")
_HEAD_PARAS = 12

# Document kinds by the genre word that ends a title (the content's genre for 印发/转发…的通知).
_KINDS = (
    ("政府工作报告", "政府工作报告"),
    ("规划纲要", "规划"),
    ("远景目标纲要", "规划"),
    ("规划", "规划"),
    ("实施方案", "方案"),
    ("方案", "方案"),
    ("实施意见", "意见"),
    ("指导意见", "意见"),
    ("意见", "意见"),
    ("政策措施", "政策措施"),
    ("政策举措", "政策措施"),
    ("若干措施", "政策措施"),
    ("若干政策", "政策措施"),
    ("措施", "政策措施"),
    ("办法", "办法"),
    ("细则", "细则"),
    ("决定", "决定"),
    ("计划", "计划"),
    ("通知", "通知"),
    ("通告", "通告"),
    ("公告", "公告"),
    ("报告", "报告"),
)
_ISSUED = re.compile(r"(?:印发|转发|批转)(?P<inner>.+)的通知$")


@dataclass(frozen=True)
class Origin:
    """Issuer and subject with the words they were read from; ``outside`` names a place outside Jilin."""

    issuer: str | None
    issuer_words: str | None
    subject: str | None  # a Jilin region id (adcode or zone id)
    subject_words: str | None
    outside: str | None = None  # 辽宁省, 全国 …: the document is about that place, not Jilin


def doc_kind(title: str | None) -> str | None:
    """The kind of document its title names (通知, 意见, 方案, 政策措施, 规划, 政府工作报告 …), or None."""
    if not title:
        return None
    t = re.sub(r"[（(][^（）()]*[）)]\s*$", "", title.strip()).strip()  # （2014年1月10日 赵静波）
    m = _ISSUED.search(t)
    if m:
        inner = m.group("inner").rstrip('》”"')
        kind = next((k for word, k in _KINDS if inner.endswith(word)), None)
        if kind:
            return kind
    for word, kind in _KINDS:
        if t.endswith(word) or (word == "政府工作报告" and word in t):
            return kind
    return None


def _known_place(name: str, gazetteer: Gazetteer) -> bool:
    region = gazetteer.lookup(name)
    if region is not None and region.level != "zone":
        return True
    return name in _PROVINCES or name in ("全国", "国务院")


def _place_at_end(words: str, gazetteer: Gazetteer) -> str | None:
    """The place name that ends ``words`` (``吉林省`` in ``…9日吉林省``, ``长春`` in ``长春``), or None.

    The longest known name wins (a Jilin region, a province of China); a name of another place is taken
    only when 在/向/于 or a date's 日 directly precedes it (``在沈阳市``).
    """
    run = re.search(rf"[{_CJK}]{{2,16}}$", words)
    if not run:
        return None
    r = run.group()
    for i in range(len(r) - 1):
        if _known_place(r[i:], gazetteer):
            return r[i:]
    for i in range(1, len(r) - 1):
        cand = r[i:]
        if r[i - 1] in "在向于日" and re.fullmatch(rf"[{_CJK}]{{2,6}}(?:{_PLACE_END})", cand):
            return cand
    return None


def _resolve(place: str, gazetteer: Gazetteer) -> tuple[str | None, str | None, str]:
    """(Jilin region id, outside place, full name) of a place named as issuer."""
    if place in ("全国", "国务院"):
        return None, "全国", "国务院"
    if place == "中华人民共和国":  # a national plan: adopted by the congress, no government issues it
        return None, "全国", ""
    region = gazetteer.lookup(place)
    if region is None and place.endswith("州"):  # 延边州
        region = gazetteer.lookup(place[:-1])
    if region is not None and region.level != "zone":
        return region.id, None, region.name
    if place in _PROVINCES or place.rstrip("省市") + "省" in _PROVINCES:
        return None, place, place
    if region is None:
        return None, place, place
    return None, None, place


def find_origin(paras: list[str], title: str | None, gazetteer: Gazetteer) -> Origin:
    """Issuer and subject region of a document from the words that state them.

    Parameters
    ----------
    paras : list of str
        The normalised text's paragraphs, stripped.
    title : str or None
        The title (from the text or front matter).
    gazetteer : Gazetteer

    Returns
    -------
    Origin
        ``subject`` is the region the title names alone (a notice about 吉林市 or a zone), else the issuer's
        region, else the province when the head of the text speaks for it (我省, 省政府各厅委); None with
        ``outside`` set for a document about another place.
    """
    head = paras[:_HEAD_PARAS]
    places: list[tuple[str, str]] = []  # (place, words) in order of preference
    for p in head:
        for m in _CONGRESS.finditer(p):
            if m.group("nat"):
                places.append(("全国", p))
            else:
                place = _place_at_end(p[: m.start()], gazetteer)
                if place:
                    places.append((place, p))
    if title:
        m = _TITLE_REPORT.match(title)
        place = _place_at_end(m.group("place"), gazetteer) if m else None
        if place:
            places.append((place, title))
        if _NATIONAL.search(title):
            places.append(("中华人民共和国", title))
    org_words: list[tuple[str, str]] = []
    for p in head:
        m = _REPRESENT.search(p)
        if m:
            org = _TERM.sub("", m.group("org"))
            org_words.append((org, p))
        m = _SPEAKER.match(p)
        if m and m.group("org"):
            org_words.append((m.group("org"), p))
    for org, words in org_words:
        if org == "国务院":
            places.append(("全国", words))
            continue
        place = _place_at_end(re.sub(r"(?:人民政府|政府)$", "", org), gazetteer)
        if place:
            places.append((place, words))

    issuer = issuer_words = None
    if title:
        m = _TITLE_ORG.match(title)
        if m:
            issuer, issuer_words = m.group("org"), title
    region = outside = None
    words = None
    if places:
        place, words = places[0]
        region, outside, full = _resolve(place, gazetteer)
        if issuer is None and full:
            issuer = full if full == "国务院" else f"{full}人民政府"
            issuer_words = words
    elif issuer:
        place = re.match(rf"[{_CJK}]+?(?:{_PLACE_END})", issuer)
        if place:
            region, outside, _ = _resolve(place.group(), gazetteer)
            words = issuer_words

    # A notice's title naming one region (在吉林市开展…, 吉西南…) is about that region.
    if outside is None and title:
        named = {m.region for m in gazetteer.find(title, subject=PROVINCE) if m.region != PROVINCE}
        if len(named) == 1:
            return Origin(issuer, issuer_words, named.pop(), title)
    if region is None and outside is None:
        for p in head:
            m = _PROVINCIAL_HEAD.search(p)
            if m:
                region, words = PROVINCE, p[max(0, m.start() - 12) : m.end() + 12]
                break
    return Origin(issuer, issuer_words, region, words if (region or outside) else None, outside)
