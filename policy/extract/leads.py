"""The lead of a list: the place (or places) a "X重点发展A、B" list belongs to, read from the words before it.

Generic helpers over normalised text and a gazetteer's region mentions; they know clause labels, place
suffixes and the way coordinated places are written (长春、吉林两市), nothing about particular documents.
"""

from __future__ import annotations

import re

from policy.model import Document

# A sub-area written right after a region name belongs to the place, not to the words after it:
# 长春新区新能源汽车 → place 长春新区, industry 新能源汽车.
_PLACE_TAIL = re.compile(
    "高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|保税区|工业园区|产业园区|新区"
)
# What may follow coordinated place names: 两市, 三个市州, 等地.
_COUNT_TAIL = re.compile(r"(?:[两二三四五六七八九十0-9０-９]+个?(?:市州|市|州|县|地区|地)?|等地|等)?")
# An item number at a line start that the clause parser did not take as a clause (a lone （三）).
_LABEL = re.compile(
    r"(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[.．、]"
    r"|第[一二三四五六七八九十百]{1,4}条)[ \u3000]*"
)
_AND = ("以及", "、", "和", "及", "与")
# A lead that names a place or an administrative body (本溪市, 净月区, 长白山管委会) rather than a topic.
_PLACE_LIKE = re.compile(r"[^\s，。；、]{1,12}?(?:管理委员会|管委会|地区|市|县|州|旗|盟|镇|乡|区|园)")


def skip_label(doc: Document, pos: int) -> int:
    """``pos`` moved past a clause label printed there (（三）本溪市 → 本溪市), or past an item number that
    starts a line.

    Parameters
    ----------
    doc : Document
    pos : int
        An offset into ``doc.text``.

    Returns
    -------
    int
        ``pos`` itself when no clause starts there with its label.
    """
    try:
        label = doc.clause_at(pos).label
    except ValueError:
        label = ""
    if label and doc.clause_at(pos).start == pos and doc.text.startswith(label, pos):
        return pos + len(label)
    if pos == 0 or doc.text[pos - 1] == "\n":
        m = _LABEL.match(doc.text, pos)
        return m.end() if m else pos
    return pos


def place_end(text: str, end: int) -> int:
    """The end of a place whose region name ends at ``end``: past 地区 or a sub-area word (新区, 开发区 …).

    Parameters
    ----------
    text : str
    end : int
        Offset right after a region name.

    Returns
    -------
    int
    """
    if text.startswith("地区", end):
        return end + 2
    m = _PLACE_TAIL.match(text, end)
    return m.end() if m else end


def coordinated_regions(mentions, text: str, a: int, b: int) -> list[str]:
    """Regions of a lead that is only coordinated place names: 长春、吉林两市 / 四平和辽源.

    Parameters
    ----------
    mentions : sequence of RegionMatch
        Region mentions inside ``text[a:b]``, in text order.
    text : str
    a, b : int
        The lead.

    Returns
    -------
    list of str
        Two or more region ids, or an empty list when the lead is anything else.
    """
    regions, pos = [], a
    for r in mentions:
        if r.start != pos:
            break
        regions.append(r.region)
        pos = place_end(text, r.end)
        sep = next((s for s in _AND if text.startswith(s, pos)), None)
        if sep is None:
            break
        pos += len(sep)
    tail = _COUNT_TAIL.match(text, pos, b)
    if len(regions) < 2 or tail is None or tail.end() != b:
        return []
    return list(dict.fromkeys(regions))


def is_place_like(lead: str) -> bool:
    """Whether a lead reads as a place or an administrative body (so an unresolved one must be reported)."""
    return bool(lead) and _PLACE_LIKE.fullmatch(lead) is not None
