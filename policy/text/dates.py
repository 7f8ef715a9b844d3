"""A document's date from every place a real document states one, and which of them was used and why.

Policy notices are dated by a signing line (a paragraph that is only a date, before the body or at the end).
Government work reports state the day they were delivered in an opening line (``——2016年1月26日在吉林省第
十二届人民代表大会第五次会议上``), a bracket with the speaker (``（2003年1月10日洪虎）``) or their title
(``吉林市政府工作报告（2014年1月10日 赵静波）``). Dates may be written in Chinese numerals
(``二○○六年十月十七日``) or full-width digits. Nothing is guessed: no stated date, no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.text.clauses import cn_number

__all__ = ["DATE", "DateFinding", "find_date", "parse_date"]

_D = "0-9０-９"
_CN_YEAR = "〇○零Ｏ一二三四五六七八九"
_CN_MD = "一二三四五六七八九十"
DATE = re.compile(
    rf"(?P<y>[{_D}]{{4}}|[{_CN_YEAR}]{{4}})\s*年\s*(?P<m>[{_D}]{{1,2}}|[{_CN_MD}]{{1,3}})\s*月"
    rf"\s*(?P<d>[{_D}]{{1,2}}|[{_CN_MD}]{{1,3}})\s*日"
)
_DATE_PARA = re.compile(rf"^(?P<open>[（(])?{DATE.pattern}(?P<close>[）)])?$")
# ——2016年1月26日在吉林省第十二届人民代表大会第五次会议上 / 政府工作报告（2011年2月12日在…会议上 省长…）
_MEETING = re.compile(
    rf"^[—\-－\s]*(?:[^（(]{{0,12}}[（(])?{DATE.pattern}\s*(?:在|于)?[^。；]{{0,60}}?(?:会议|大会)"
)
# （2003年1月10日洪虎） / （2009年1月17日 韩长赋 ）: a date with the speaker's name, nothing else.
_DATE_SPEAKER = re.compile(
    rf"^[（(]{DATE.pattern}[\s\u3000]*[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{{1,11}}[）)]$"
)
_HEAD_PARAS = 12  # the opening lines of a report come before its first section


@dataclass(frozen=True)
class DateFinding:
    """The date used (ISO), the words it was read from and how it was chosen; other stated dates."""

    date: str | None
    basis: str | None  # signing | meeting | speaker | title | None
    words: str | None
    others: tuple[tuple[str, str, str], ...] = ()  # (date, basis, words) of other stated dates


def parse_date(s: str) -> str | None:
    """ISO date of a Chinese date (``二○○九年十二月二十二日``, ``２０１４年６月２４日``); None if invalid."""
    m = DATE.search(s)
    return _iso(m) if m else None


def _iso(m: re.Match) -> str | None:
    y, mo, d = (cn_number(m.group(k)) for k in ("y", "m", "d"))
    if y is None or mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _signing(paras: list[str], body_start: int) -> list[tuple[str, str]]:
    """Standalone date paragraphs: the first before the body, else the last after it, else a bracketed one."""
    standalone = [(i, p) for i, p in enumerate(paras) if _DATE_PARA.match(p)]
    plain = [(i, p) for i, p in standalone if p[0] not in "(（"]
    bracketed = [p for _, p in standalone if p[0] in "(（"]
    head = [p for i, p in plain if i < body_start]
    tail = [p for i, p in plain if i >= body_start]
    return [(p, "signing") for p in (head[:1] or tail[-1:] or bracketed[:1])]


def find_date(paras: list[str], body_start: int, title: str | None) -> DateFinding:
    """The document's date and the words it was read from.

    Parameters
    ----------
    paras : list of str
        The normalised text's paragraphs, stripped.
    body_start : int
        Index of the first numbered paragraph (the signing line before it is a cover letter's).
    title : str or None
        The title, from the text or from front matter.

    Returns
    -------
    DateFinding
        Order of preference: the signing line, the meeting line of a report, a date-and-speaker bracket,
        a date in the title. The others that state a date are kept so disagreements can be reported.
    """
    found: list[tuple[str, str, str]] = []
    for words, basis in _signing(paras, body_start):
        iso = parse_date(words)
        if iso:
            found.append((iso, basis, words))
    for p in paras[: min(body_start, _HEAD_PARAS) or _HEAD_PARAS]:
        for rx, basis in ((_MEETING, "meeting"), (_DATE_SPEAKER, "speaker")):
            m = rx.match(p)
            if m:
                iso = _iso(m)
                if iso and not any(f[2] == p for f in found):
                    found.append((iso, basis, p))
    if title:
        m = DATE.search(title)
        iso = _iso(m) if m else None
        if iso:
            found.append((iso, "title", title))
    if not found:
        return DateFinding(None, None, None)
    iso, basis, words = found[0]
    return DateFinding(iso, basis, words, tuple(found[1:]))
