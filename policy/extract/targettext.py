"""Shared text helpers of target extraction: value and year patterns, sentences, metric phrases, regions.

Split from ``policy.extract.targets`` so each module stays small; pure functions over normalised text.
"""

from __future__ import annotations

import bisect
import re

from policy.extract.leads import place_end, skip_label
from policy.messages import message
from policy.model import Document, Target

PROVINCE = "220000"
TRANS = str.maketrans("０１２３４５６７８９．", "0123456789.")
DIGITS = "[0-9０-９]"
NUM = rf"{DIGITS}+(?:[.．]{DIGITS}+)?"
UNIT = "万亿元|万亿|亿元|万元|万吨|万辆|万千瓦|万平方米|万人|个|户|家|项|名|％|%"
YEAR = rf"(?:19|20|１９|２０){DIGITS}{{2}}"
# Words that bound a value instead of stating it exactly: before it (不超过3亿元, 突破100亿元) or after it
# (150个以上). Longest first, so 不超过 wins over 超过.
PRE_QUALIFIERS = ("不超过", "不低于", "不少于", "不高于", "最高", "最低", "最多", "至少", "超过", "突破")
POST_QUALIFIERS = ("以上", "以下", "以内", "左右")
_POST = "|".join(POST_QUALIFIERS)
PRE = "|".join(PRE_QUALIFIERS)
VAL = rf"[ \u3000]?(?:{YEAR}年的)?{NUM}[ \u3000]?(?:{UNIT})(?:{_POST})?"
VLIST = rf"{VAL}(?:[、和及]{VAL})*"
VALUE = re.compile(rf"[ \u3000]?(?:(?P<y>{YEAR})年的)?(?P<n>{NUM})[ \u3000]?(?P<u>{UNIT})(?P<more>{_POST})?")
_BASE_YEAR = re.compile(rf"与(?P<y>{YEAR})年相比|比(?P<z>{YEAR})年")
_LEAD = re.compile(
    rf"^(?:(?:到|至)?{YEAR}年(?:末|底)?[，,]?|(?:到|至)?“?十[一二三四]?五”?(?:末期|末|期间)[，,]?|这些|使|力争|其中)+"
)
_TRAIL = ("要", "将", "分别", "均", "的", "逐步", "尽快", "加快", "力争")
_LEAD_VERBS = re.compile("^(?:支持|扶持|鼓励|推进|推动|加快|大力|逐步)+")
_PROVINCE_WORDS = re.compile("全省|我省|本省")
_PLACE_SUFFIX = "省市州县区旗盟"
USE = re.compile(r"(?:[，,]专项用于|用于|支持)([\u4e00-\u9fff]{2,20}?)(?:，|,|。|$)")
_GROWTH = re.compile(rf"(?:年均|年平均|每年|年)(?:增长|递增|增速)[^，。；,;]{{0,4}}?{NUM}[ \u3000]?[％%]")
_TARGET_VERB = re.compile(
    "达到|突破|实现|控制在|占到|形成|增长到|增长至|提高到|提高至|提升到|提升至|增加到|力争"
)


def qualified_span(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The bound a text puts on the value at ``text[start:end]``, and the span that shows it.

    A qualifier written right before the value (不超过, 最高, 突破 …, spaces allowed) moves ``start`` onto
    it; one right after (以上, 以内 …) moves ``end`` past it unless ``end`` already includes it. None
    when the value is stated exactly.

    Parameters
    ----------
    text : str
    start, end : int
        The value as printed: its number to its unit (or to a trailing 以上 already read with it).

    Returns
    -------
    qualifier : str or None
    start, end : int
        ``text[start:end]`` contains the value and the qualifier words.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"value span {start}:{end} is not inside a text of {len(text)} characters")
    qualifier = None
    post = next((q for q in POST_QUALIFIERS if text.endswith(q, start, end)), None)
    if post is None:
        post = next((q for q in POST_QUALIFIERS if text.startswith(q, end)), None)
        end += len(post) if post else 0
    before = start
    while before > 0 and text[before - 1] in " \u3000":
        before -= 1
    pre = next((q for q in PRE_QUALIFIERS if text.endswith(q, 0, before)), None)
    if pre:
        start, qualifier = before - len(pre), pre
    return qualifier or post, start, end


def parse_number(s: str) -> float:
    return float(s.translate(TRANS).replace(" ", ""))


def parse_year(s: str) -> int:
    return int(s.translate(TRANS))


def clause_id(doc: Document, offset: int) -> str:
    try:
        return doc.clause_at(offset).id
    except ValueError:
        return "preamble"


def sentence_spans(text: str):
    start = 0
    for m in re.finditer("[。；;\n]", text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _phrase_start(text: str, s0: int, pos: int) -> int:
    return max(s0, max(text.rfind(c, s0, pos) for c in "，,") + 1)


def clean_metric(raw: str) -> str:
    m = _LEAD.match(raw)
    metric = raw[m.end() :] if m else raw
    changed = True
    while changed:
        changed = False
        for t in _TRAIL:
            if metric.endswith(t):
                metric, changed = metric[: -len(t)], True
    return _LEAD_VERBS.sub("", metric).strip(" “”")


def split_metrics(prefix: str, n: int) -> list[str]:
    """规模以上工业总产值、工业增加值 with two values → two metrics; a shared tail stays on each."""
    if n <= 1:
        return [prefix]
    parts = prefix.split("、")
    if len(parts) != n:
        return [prefix] * n
    last = parts[-1]
    tail = re.search("[一二三四五六七八九十两]+[项类个]", last)
    if tail:
        shared = last[tail.end() :]
        parts[-1] = last[: tail.start()]
        return [f"{p}（{shared}）" for p in parts]
    return parts


def resolve_its(text: str, clause_start: int, pos: int, metric: str) -> str:
    """其增加值 → 10大产业集群增加值: 其 refers to the last "N大…" group named before it in the clause."""
    if not metric.startswith("其"):
        return metric
    groups = list(
        re.finditer(
            rf"{DIGITS}+[ \u3000]?大[\u4e00-\u9fff]{{1,6}}?(?:产业集群|集群|产业)", text[clause_start:pos]
        )
    )
    if not groups:
        return metric
    return groups[-1].group().replace(" ", "").replace("\u3000", "") + metric[1:]


def base_year(doc: Document, offset: int) -> int | None:
    """A comparison year stated for the clause (与２０１３年相比) in it or in the head of an ancestor."""
    try:
        clause = doc.clause_at(offset)
    except ValueError:
        return None
    by_id = {c.id: c for c in doc.clauses}
    while clause is not None:
        first_child = min((c.start for c in doc.clauses if c.parent == clause.id), default=clause.end)
        m = _BASE_YEAR.search(
            doc.text, clause.start, first_child if first_child > clause.start else clause.end
        )
        if m:
            return parse_year(m.group("y") or m.group("z"))
        clause = by_id.get(clause.parent) if clause.parent else None
    return None


def abbreviated_zones(doc: Document, gazetteer) -> dict[str, str]:
    """Short names a document defines for a zone: 吉西南承接产业转移示范区（以下简称示范区）."""
    out = {}
    for m in re.finditer("([\u4e00-\u9fff]{2,30})[（(]以下简称([\u4e00-\u9fff]{2,8})[）)]", doc.text):
        zones = [x.region for x in gazetteer.find(m.group(1)) if x.region.startswith("zone:")]
        if zones:
            out[m.group(2)] = zones[-1]
    return out


def phrase_region(text: str, places, subject, a: int, b: int) -> tuple[str | None, str]:
    """The region a metric phrase opens with, and the phrase without its name (全省工业总产值 → 工业总产值).

    Only a name that is the phrase's subject counts: at its start (after 到２０２５年, 力争, 其中 …) and
    written as a place (吉林市, 全省, 延边地区) or standing alone (长春达到…); 吉林大地化工公司 and
    占全省的比重 keep their words.
    """
    lead = _LEAD.match(text[a:b])  # anchored at the phrase start (^ ignores a pos argument)
    at = a + lead.end() if lead else a
    words = _PROVINCE_WORDS.match(text, at, b)
    if words:
        return PROVINCE, text[a:at] + text[words.end() : b]
    for x in places.find(text, at, b, subject=subject):
        end = min(b, place_end(text, x.end))
        if x.start == at and (end > x.end or end == b or x.surface[-1] in _PLACE_SUFFIX):
            return x.region, text[a:at] + text[end:b]
        break
    return None, text[a:b]


def phrase_start_past_label(doc: Document, s0: int, pos: int) -> int:
    p0 = _phrase_start(doc.text, s0, pos)
    return skip_label(doc, p0) if p0 == 0 or doc.text[p0 - 1] == "\n" else p0


def target_region(doc, places, subject, abbrev, s0, s1, prefix_end) -> str:
    """The region of a target: named in the phrase's prefix, else alone in the sentence, else a zone the
    document abbreviates, else the subject. ``places`` finds place names (a gazetteer or an analysis)."""
    found = list(places.find(doc.text, s0, s1, subject=subject))
    found += [
        type("M", (), {"region": rid, "start": m.start()})()
        for short, rid in abbrev.items()
        for m in re.finditer(re.escape(short), doc.text[s0:s1])
    ]
    in_prefix = {x.region for x in found if x.start < prefix_end}
    if len(in_prefix) == 1:
        return in_prefix.pop()
    regions = {x.region for x in found}
    if len(regions) == 1:
        return regions.pop()
    if abbrev:
        return next(iter(abbrev.values()))
    return subject or PROVINCE


def _any_in(sorted_offsets: list[int], a: int, b: int) -> bool:
    """Some offset lies in ``[a, b)``."""
    i = bisect.bisect_left(sorted_offsets, a)
    return i < len(sorted_offsets) and sorted_offsets[i] < b


def unread(doc: Document, targets: tuple[Target, ...]) -> list[str]:
    """Warnings for what the target rules leave out: growth rates (counted) and target-like sentences."""
    text = doc.text
    read = sorted(t.prov.start for t in targets)
    growth = [g for g in _GROWTH.finditer(text) if not _any_in(read, g.start(), g.end())]
    warnings = []
    if growth:
        warnings.append(
            message("growth_not_extracted", count=len(growth), doc=doc.id, example=growth[0].group())
        )
    for s0, s1 in sentence_spans(text):
        if _any_in(read, s0, s1) or not _TARGET_VERB.search(text, s0, s1):
            continue
        values = [
            v
            for v in VALUE.finditer(text, s0, s1)
            if not any(g.start() <= v.start() < g.end() for g in growth)
        ]
        if values:
            v = values[0]
            a, b = max(s0, v.start() - 20), min(s1, v.end() + 4)
            warnings.append(
                message(
                    "value_not_target",
                    value=text[v.start("n") : v.end()],
                    doc=doc.id,
                    clause=clause_id(doc, v.start()),
                    context=text[a:b],
                )
            )
    return warnings
