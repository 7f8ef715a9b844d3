"""Targets: quantified goals with metric, value, unit, year and baseline (由３２５５亿元增长到５０００亿元 …).

Three forms are read, sentence by sentence:

* chains — "X分别由A、B增长到C和D" / "X由A提高到２０１７年的B": each value a target,
  the 由-values its baseline;
* reached values — "２０２０年分别达到E和F", "实现产值５０亿元", "控制在…万吨", "占到…的７０％以上";
  a phrase without its own metric continues the sentence's previous metric and baseline;
* money — "增加安排…资金1亿元", "每年安排不超过3亿元，专项用于X", "给予单户最高1000万元奖励".

The span of a target covers the value as printed, with its qualifier (不超过, 最高, 以上), so the cited words
show a bound. Money granted every year of a period names the period in the metric ("（2024—2028年每年）")
and takes the period's first year as its year.

A region named in the metric phrase (吉林市由…增长到…, 全省工业总产值达到…) is the target's region and is not
part of the metric; neither are the clause label or the year (（四）力争2025年辽源市袜业产值突破… → 袜业产值).
Growth rates (年均增长１１％) are deliberately not targets: one document warning counts them. A sentence
with a value and a target verb that yields no target is reported too, so nothing is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.extract.leads import place_end, skip_label
from policy.model import Baseline, Document, Provenance, Target

PROVINCE = "220000"
_TRANS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_D = "[0-9０-９]"
_NUM = rf"{_D}+(?:[.．]{_D}+)?"
_UNIT = "万亿元|万亿|亿元|万元|万吨|万辆|万千瓦|万平方米|万人|个|户|家|项|名|％|%"
_YEAR = rf"(?:19|20|１９|２０){_D}{{2}}"
_VAL = rf"[ \u3000]?(?:{_YEAR}年的)?{_NUM}[ \u3000]?(?:{_UNIT})(?:以上)?"
_VLIST = rf"{_VAL}(?:[、和及]{_VAL})*"
_VALUE = re.compile(rf"[ \u3000]?(?:(?P<y>{_YEAR})年的)?(?P<n>{_NUM})[ \u3000]?(?P<u>{_UNIT})(?P<more>以上)?")
_CHAIN = re.compile(
    rf"由(?P<base>{_VLIST})(?:分别)?(?:增长|提高|提升|增加|降低|下降|减少)(?:到|至)(?P<tgt>{_VLIST})"
)
_REACH = re.compile(
    rf"(?P<verb>达到|实现产值|实现|控制在|占到|突破|形成)"
    rf"(?P<mid>[^，。；,;\d０-９]{{0,12}}?的|年产)?(?P<tgt>{_VLIST})"
)
_MONEY = re.compile(
    rf"(?P<verb>增加安排|安排|给予)(?P<mid>[^，。；,;\d０-９]{{0,20}}?)"
    rf"(?P<qual>不超过|最高|不低于)?[ \u3000]?"
    rf"(?P<n>{_NUM})[ \u3000]?(?P<u>亿元|万元)(?P<tail>奖励|补助|奖补|资金)?"
)
_PERIOD = re.compile(rf"从(?P<y>{_YEAR})年起连续(?P<n>{_D}+)年")
_YEAR_MARK = re.compile(rf"(?P<y>{_YEAR})年(?:末|底)?")
_FIVE_YEAR = re.compile("“?(十一五|十二五|十三五|十四五|十五)”?(?:末期|末|期间|时期)")
_FIVE_YEAR_END = {"十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}
_BASE_YEAR = re.compile(rf"与(?P<y>{_YEAR})年相比|比(?P<z>{_YEAR})年")
_LEAD = re.compile(
    rf"^(?:(?:到|至)?{_YEAR}年(?:末|底)?[，,]?|(?:到|至)?“?十[一二三四]?五”?(?:末期|末|期间)[，,]?|这些|使|力争|其中)+"
)
_TRAIL = ("要", "将", "分别", "均", "的", "逐步", "尽快", "加快", "力争")
_LEAD_VERBS = re.compile("^(?:支持|扶持|鼓励|推进|推动|加快|大力|逐步)+")
_PROVINCE_WORDS = re.compile("全省|我省|本省")
_PLACE_SUFFIX = "省市州县区旗盟"
_USE = re.compile(r"(?:[，,]专项用于|用于|支持)([\u4e00-\u9fff]{2,20}?)(?:，|,|。|$)")
_GROWTH = re.compile(rf"(?:年均|年平均|每年|年)(?:增长|递增|增速)[^，。；,;]{{0,4}}?{_NUM}[ \u3000]?[％%]")
_TARGET_VERB = re.compile(
    "达到|突破|实现|控制在|占到|形成|增长到|增长至|提高到|提高至|提升到|提升至|增加到|力争"
)


@dataclass
class _Event:
    metrics: list[str]
    baselines: list[tuple[float, int | None]]


def _num(s: str) -> float:
    return float(s.translate(_TRANS).replace(" ", ""))


def _year(s: str) -> int:
    return int(s.translate(_TRANS))


def _clause_id(doc: Document, offset: int) -> str:
    try:
        return doc.clause_at(offset).id
    except ValueError:
        return "preamble"


def _sentences(text: str):
    start = 0
    for m in re.finditer("[。；;\n]", text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _phrase_start(text: str, s0: int, pos: int) -> int:
    return max(s0, max(text.rfind(c, s0, pos) for c in "，,") + 1)


def _clean_metric(raw: str) -> str:
    m = _LEAD.match(raw)
    metric = raw[m.end() :] if m else raw
    changed = True
    while changed:
        changed = False
        for t in _TRAIL:
            if metric.endswith(t):
                metric, changed = metric[: -len(t)], True
    return _LEAD_VERBS.sub("", metric).strip(" “”")


def _split_metrics(prefix: str, n: int) -> list[str]:
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


def _resolve_its(text: str, clause_start: int, pos: int, metric: str) -> str:
    """其增加值 → 10大产业集群增加值: 其 refers to the last "N大…" group named before it in the clause."""
    if not metric.startswith("其"):
        return metric
    groups = list(
        re.finditer(
            rf"{_D}+[ \u3000]?大[\u4e00-\u9fff]{{1,6}}?(?:产业集群|集群|产业)", text[clause_start:pos]
        )
    )
    if not groups:
        return metric
    return groups[-1].group().replace(" ", "").replace("\u3000", "") + metric[1:]


def _base_year(doc: Document, offset: int) -> int | None:
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
            return _year(m.group("y") or m.group("z"))
        clause = by_id.get(clause.parent) if clause.parent else None
    return None


def _abbreviated_zones(doc: Document, gazetteer) -> dict[str, str]:
    """Short names a document defines for a zone: 吉西南承接产业转移示范区（以下简称示范区）."""
    out = {}
    for m in re.finditer("([\u4e00-\u9fff]{2,30})[（(]以下简称([\u4e00-\u9fff]{2,8})[）)]", doc.text):
        zones = [x.region for x in gazetteer.find(m.group(1)) if x.region.startswith("zone:")]
        if zones:
            out[m.group(2)] = zones[-1]
    return out


def _phrase_region(text: str, gazetteer, subject, a: int, b: int) -> tuple[str | None, str]:
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
    for x in gazetteer.find(text, at, b, subject=subject):
        end = min(b, place_end(text, x.end))
        if x.start == at and (end > x.end or end == b or x.surface[-1] in _PLACE_SUFFIX):
            return x.region, text[a:at] + text[end:b]
        break
    return None, text[a:b]


def _phrase_start_past_label(doc: Document, s0: int, pos: int) -> int:
    p0 = _phrase_start(doc.text, s0, pos)
    return skip_label(doc, p0) if p0 == 0 or doc.text[p0 - 1] == "\n" else p0


def _region(doc, gazetteer, subject, abbrev, s0, s1, prefix_end) -> str:
    found = [x for x in gazetteer.find(doc.text, s0, s1, subject=subject)]
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


def extract_targets(doc: Document, gazetteer, subject: str | None) -> tuple[Target, ...]:
    """Quantified targets stated in a document (``target_facts`` without its warnings)."""
    return target_facts(doc, gazetteer, subject)[0]


def _unread(doc: Document, targets: tuple[Target, ...]) -> list[str]:
    """Warnings for what the target rules leave out: growth rates (counted) and target-like sentences."""
    text = doc.text
    growth = list(_GROWTH.finditer(text))
    warnings = []
    if growth:
        warnings.append(
            f"{len(growth)} growth-rate phrase(s) in {doc.id} (such as '{growth[0].group()}') are not "
            "extracted as targets"
        )
    starts = sorted(t.prov.start for t in targets)
    for s0, s1 in _sentences(text):
        if any(s0 <= x < s1 for x in starts) or not _TARGET_VERB.search(text, s0, s1):
            continue
        values = [
            v
            for v in _VALUE.finditer(text, s0, s1)
            if not any(g.start() <= v.start() < g.end() for g in growth)
        ]
        if values:
            v = values[0]
            a, b = max(s0, v.start() - 20), min(s1, v.end() + 4)
            warnings.append(
                f"value '{text[v.start('n') : v.end()]}' with a target verb in {doc.id} clause "
                f"{_clause_id(doc, v.start())} was not read as a target: '…{text[a:b]}…'"
            )
    return warnings


def target_facts(doc: Document, gazetteer, subject: str | None) -> tuple[tuple[Target, ...], tuple[str, ...]]:
    """Quantified targets stated in a document, and warnings for target-like text not read.

    Parameters
    ----------
    doc : Document
        A parsed document.
    gazetteer : policy.gazetteer.Gazetteer
        To find the region a sentence names.
    subject : str or None
        The region the document is about (``document_subject``); the default region of a target.

    Returns
    -------
    targets : tuple of Target
        In text order. ``region`` is the region the metric phrase opens with, else the one the sentence
        names, else a zone the document abbreviates (示范区), else ``subject``, else the province. ``year``
        None and ``baseline`` None where the text gives none.
    warnings : tuple of str
        How many growth rates were left out, and each sentence with a value and a target verb that gave
        no target.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"extract_targets() needs a Document, not {type(doc).__name__}")
    if subject is not None and not isinstance(subject, str):
        raise TypeError(f"subject must be a region id or None, not {type(subject).__name__}")
    text = doc.text
    abbrev = _abbreviated_zones(doc, gazetteer)
    out: list[Target] = []
    for s0, s1 in _sentences(text):
        sentence = text[s0:s1]
        if not re.search(_D, sentence):
            continue
        period = _PERIOD.search(sentence)
        marks = [
            (m.start() + s0, _year(m.group("y")))
            for m in _YEAR_MARK.finditer(sentence)
            if not re.match("的|相比|资金|基础|起", sentence[m.end() : m.end() + 2])
            and sentence[max(0, m.start() - 1) : m.start()] not in ("由", "与", "比", "从")
        ]
        marks += [(m.start() + s0, _FIVE_YEAR_END[m.group(1)]) for m in _FIVE_YEAR.finditer(sentence)]
        marks.sort()
        clause_start = doc.clause_at(s0).start if doc.clauses else 0
        last: _Event | None = None
        claimed: list[tuple[int, int]] = []

        def emit(metric, vm, year, baseline, start, end, prefix_end, named=None, s0=s0, s1=s1):
            region = named or _region(doc, gazetteer, subject, abbrev, s0, s1, prefix_end)
            out.append(
                Target(
                    region,
                    metric,
                    _num(vm.group("n")),
                    vm.group("u").replace("%", "％"),
                    year,
                    baseline,
                    Provenance(doc.id, _clause_id(doc, start), start, end),
                )
            )

        def year_before(pos, marks=marks, period=period):
            ys = [y for p, y in marks if p < pos]
            return ys[-1] if ys else (_year(period.group("y")) if period else None)

        events = sorted(
            [("chain", m) for m in _CHAIN.finditer(text, s0, s1)]
            + [("reach", m) for m in _REACH.finditer(text, s0, s1)],
            key=lambda e: e[1].start(),
        )
        for kind, m in events:
            if any(a <= m.start() < b for a, b in claimed):
                continue
            claimed.append((m.start(), m.end()))
            targets = list(_VALUE.finditer(text, m.start("tgt"), m.end("tgt")))
            p0 = _phrase_start_past_label(doc, s0, m.start())
            named, raw = _phrase_region(text, gazetteer, subject, p0, m.start())
            prefix = _clean_metric(raw)
            if (
                kind == "reach"
                and m.group("verb") in ("占到",)
                or (m.group("mid") if kind == "reach" else None)
            ):
                mid = (m.group("mid") or "").removesuffix("的")
                if mid and mid != "年产" and targets[0].group("u") in "％%":
                    prefix = f"{prefix}占{mid}比重" if prefix else ""
            if kind == "reach" and m.group("verb") == "实现产值" and prefix:
                prefix += "产值"
            if kind == "reach" and m.group("verb") in ("实现", "形成"):
                tail = re.match(r"的?([\u4e00-\u9fff]{2,10})", text[m.end() : s1])
                if tail:
                    prefix = (prefix + tail.group(1).replace("的", "")) if prefix or tail else prefix
            prefix = _resolve_its(text, clause_start, m.start(), prefix)
            if kind == "chain":
                bases = list(_VALUE.finditer(text, m.start("base"), m.end("base")))
                stated = _base_year(doc, m.start())
                baselines = [
                    (_num(b.group("n")), _year(b.group("y")) if b.group("y") else stated) for b in bases
                ]
            else:
                baselines = last.baselines if (last and not prefix) else []
            if prefix:
                metrics = _split_metrics(prefix, len(targets))
            elif last is not None:
                metrics = last.metrics
            else:
                continue  # a bare value with nothing to say what it measures
            if len(metrics) != len(targets):
                metrics = (metrics * len(targets))[: len(targets)]
            for i, vm in enumerate(targets):
                year = _year(vm.group("y")) if vm.group("y") else year_before(vm.start())
                base = baselines[i] if i < len(baselines) else None
                baseline = Baseline(*base) if base else None
                start = vm.start("n")
                emit(metrics[i], vm, year, baseline, start, vm.end(), m.start(), named)
            last = _Event(metrics, baselines)
        for m in _MONEY.finditer(text, s0, s1):
            if any(a <= m.start("n") < b for a, b in claimed):
                continue
            mid, tail = m.group("mid").strip(), m.group("tail") or ""
            per_year = bool(period) or "每年" in text[max(s0, m.start() - 4) : m.start("n")]
            if mid and not tail and mid not in ("单户",):
                metric = mid + ("增加额" if m.group("verb").startswith("增加") else "")
            else:
                use = re.match(_USE, text[m.end() : s1] + "。")
                heading = doc.clause_at(m.start()).heading if doc.clauses else None
                if heading and text[m.start() : m.end()] in heading:
                    heading = None  # the heading is this very sentence, not a title for it
                if use:
                    metric = use.group(1) + "资金"
                else:
                    metric = f"{heading}：{tail or '资金'}" if heading else (tail or "资金")
                if mid:
                    metric += f"（{mid}）"
            if per_year:
                if period:
                    first, n = _year(period.group("y")), _year(period.group("n"))
                    metric += f"（{first}—{first + n - 1}年每年）"
                else:
                    metric += "（每年）"
            year = _year(period.group("y")) if period else year_before(m.start())
            start = m.start("qual") if m.group("qual") else m.start("n")
            claimed.append((start, m.end("u")))
            emit(metric, m, year, None, start, m.end("u"), m.start())
    targets = tuple(sorted(out, key=lambda t: t.prov.start))
    return targets, tuple(_unread(doc, targets))
