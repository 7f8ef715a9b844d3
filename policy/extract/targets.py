"""Targets: quantified goals with metric, value, unit, year and baseline (由３２５５亿元增长到５０００亿元 …).

Three forms are read, sentence by sentence:

* chains — "X分别由A、B增长到C和D" / "X由A提高到２０１７年的B": each value a target,
  the 由-values its baseline;
* reached values — "２０２０年分别达到E和F", "实现产值５０亿元", "控制在…万吨", "占到…的７０％以上";
  a phrase without its own metric continues the sentence's previous metric and baseline;
* money — "增加安排…资金1亿元", "每年安排不超过3亿元，专项用于X", "给予单户最高1000万元奖励".

The span of a target covers the value as printed, with its qualifier (不超过, 最高, 突破 before it; 以上,
以内 after it), so the cited words show a bound; the qualifier itself is ``Target.qualifier`` (None when the
value is stated exactly). Money granted every year of a period names the period in the metric
("（2024—2028年每年）") and takes the period's first year as its year.

A region named in the metric phrase (吉林市由…增长到…, 全省工业总产值达到…) is the target's region and is not
part of the metric; neither are the clause label or the year (（四）力争2025年辽源市袜业产值突破… → 袜业产值).
Two more forms:

* growth rates — "工业增加值年均增长12%", or a bare "年均增长１１％和１２％"
  continuing the sentence's previous metrics: a target with unit ％ whose metric
  ends in the verb as written ("规模以上工业总产值年均增长"), the year of the sentence,
  no baseline; a rate with no metric to attach is counted in one warning;
* counts to create — "培育50个特色产业集聚区、30个…" / "新建3个…": unit as printed
  (个, 家 …), the metric the counted noun without a 的-modifier. A range (1-2个) or
  a noun after 的 (培育的50个…推荐上报) is no target.

A sentence with a value and a target verb that yields no target is reported, so nothing is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.extract.targettext import (
    DIGITS,
    NUM,
    POST_QUALIFIERS,
    PRE,
    USE,
    VALUE,
    VLIST,
    YEAR,
    abbreviated_zones,
    base_year,
    clause_id,
    clean_metric,
    parse_number,
    parse_year,
    phrase_region,
    phrase_start_past_label,
    qualified_span,
    resolve_its,
    sentence_spans,
    split_metrics,
    target_region,
    unread,
)
from policy.model import Baseline, Document, Provenance, Target

_CHAIN = re.compile(
    rf"由(?P<base>{VLIST})(?:分别)?(?:增长|提高|提升|增加|降低|下降|减少)(?:到|至)(?:{PRE})?(?P<tgt>{VLIST})"
)
_REACH = re.compile(
    rf"(?P<verb>达到|实现产值|实现|控制在|占到|突破|形成)"
    rf"(?P<mid>[^，。；,;\d０-９]{{0,12}}?的|年产)?(?:{PRE})?(?P<tgt>{VLIST})"
)
_MONEY = re.compile(
    rf"(?P<verb>增加安排|安排|给予)(?P<mid>[^，。；,;\d０-９]{{0,20}}?)"
    rf"(?P<qual>不超过|最高|不低于)?[ \u3000]?"
    rf"(?P<n>{NUM})[ \u3000]?(?P<u>亿元|万元)(?P<tail>奖励|补助|奖补|资金)?"
)
_GROWTH_RATE = re.compile(
    rf"(?P<verb>年均增长|年平均增长|年均递增|每年增长)(?:保持在|达到|为|在)?(?:{PRE})?(?P<tgt>{VLIST})"
)
# A count to create: 培育50个特色产业集聚区、30个… (a range such as 1-2个 is left to the warnings).
_COUNT_UNIT = "个|家|户|项|座|条|所"
_COUNT = re.compile(
    rf"(?P<verb>培育建立|培育|建设|打造|建立|新建|新增|创建|认定)(?P<qual>[^，。；,;的\d０-９\-—～~]{{0,10}}?)"
    rf"(?<![0-9０-９\-—～~])(?P<n>{NUM})[ \u3000]?(?P<u>{_COUNT_UNIT})"
)
_COUNT_NEXT = re.compile(rf"[、和及][ \u3000]?(?P<n>{NUM})[ \u3000]?(?P<u>{_COUNT_UNIT})")
_NOUN_END = re.compile("[，。；,;（()）]")
_BOUND_AFTER = re.compile("(?:以上|以下|以内|左右|多|余)?")
_NOUN_COUNT_NEXT = re.compile(
    rf"[、和及][ \u3000]?(?P<noun>[^、，。；,;的\d０-９]{{1,20}}?)[ \u3000]?"
    rf"(?P<n>{NUM})[ \u3000]?(?P<u>{_COUNT_UNIT})"
)
_PERIOD = re.compile(rf"从(?P<y>{YEAR})年起连续(?P<n>{DIGITS}+)年")
_YEAR_MARK = re.compile(rf"(?P<y>{YEAR})年(?:末|底)?")
_FIVE_YEAR = re.compile("“?(十一五|十二五|十三五|十四五|十五)”?(?:末期|末|期间|时期)")
_FIVE_YEAR_END = {"十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}


def _count_items(text: str, m: re.Match, s1: int) -> list[tuple[re.Match, str]]:
    """The counts of a _COUNT match and what each counts: 50个…集聚区、50个…乡镇和30个…示范区.

    A count's noun runs to the next count or the end of the phrase; a modifier ending in 的 is dropped
    (各具特色的中小企业产业集聚区 → 中小企业产业集聚区).
    """
    stop = _NOUN_END.search(text, m.end(), s1)
    stop = stop.start() if stop else s1
    qual = m.group("qual").strip(" \u3000")
    after = _BOUND_AFTER.match(text, m.end(), stop).end()  # 60户以上、…: the bound belongs to the count
    if qual and (after == stop or text[after] in "、和及"):
        # 新增限上商贸企业20户、网络电商100家: the noun before each count, not after it.
        out = [(m, qual)]
        pos = after
        while (nxt := _NOUN_COUNT_NEXT.match(text, pos, stop)) is not None:
            out.append((nxt, nxt.group("noun").strip(" \u3000")))
            pos = _BOUND_AFTER.match(text, nxt.end(), stop).end()
        return out
    out, cur = [], m
    while cur is not None:
        nxt = _COUNT_NEXT.search(text, cur.end(), stop)
        noun_end = nxt.start() if nxt else stop
        noun = text[cur.end() : noun_end].strip(" \u3000")
        noun = next((noun[len(q) :] for q in POST_QUALIFIERS if noun.startswith(q)), noun)  # 5个以上中心
        noun = noun[noun.rfind("的") + 1 :]
        if noun:
            out.append((cur, noun))
        cur = nxt
    return out


@dataclass
class _Event:
    metrics: list[str]
    baselines: list[tuple[float, int | None]]


def extract_targets(doc: Document, gazetteer, subject: str | None) -> tuple[Target, ...]:
    """Quantified targets stated in a document (``target_facts`` without its warnings)."""
    return target_facts(doc, gazetteer, subject)[0]


def target_facts(
    doc: Document, gazetteer, subject: str | None, analysis=None
) -> tuple[tuple[Target, ...], tuple[str, ...]]:
    """Quantified targets stated in a document, and warnings for target-like text not read.

    Parameters
    ----------
    doc : Document
        A parsed document.
    gazetteer : policy.places.gazetteer.Gazetteer
        To find the region a sentence names.
    subject : str or None
        The region the document is about (``document_subject``); the default region of a target.
    analysis : policy.extract.analysis.Analysis, optional
        The document's reading; its place mentions are used instead of searching the text again.

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
    abbrev = abbreviated_zones(doc, gazetteer)
    places = analysis if analysis is not None else gazetteer  # both find(text, start, end, subject=…)
    out: list[Target] = []
    for s0, s1 in sentence_spans(text):
        sentence = text[s0:s1]
        if not re.search(DIGITS, sentence):
            continue
        period = _PERIOD.search(sentence)
        marks = [
            (m.start() + s0, parse_year(m.group("y")))
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
            region = named or target_region(doc, places, subject, abbrev, s0, s1, prefix_end)
            # 不超过3亿元, 突破100亿元, 150个以上: the bound is kept, and the cited words show it.
            qualifier, start, end = qualified_span(text, start, end)
            out.append(
                Target(
                    region,
                    metric,
                    parse_number(vm.group("n")),
                    vm.group("u").replace("%", "％"),
                    year,
                    baseline,
                    Provenance(doc.id, clause_id(doc, start), start, end),
                    qualifier,
                    analysis.sentence_at(start).plan if analysis is not None else True,
                )
            )

        def year_before(pos, marks=marks, period=period):
            ys = [y for p, y in marks if p < pos]
            return ys[-1] if ys else (parse_year(period.group("y")) if period else None)

        events = sorted(
            [("chain", m) for m in _CHAIN.finditer(text, s0, s1)]
            + [("reach", m) for m in _REACH.finditer(text, s0, s1)]
            + [("growth", m) for m in _GROWTH_RATE.finditer(text, s0, s1)],
            key=lambda e: e[1].start(),
        )
        for kind, m in events:
            if any(a <= m.start() < b for a, b in claimed):
                continue
            claimed.append((m.start(), m.end()))
            targets = list(VALUE.finditer(text, m.start("tgt"), m.end("tgt")))
            p0 = phrase_start_past_label(doc, s0, m.start())
            named, raw = phrase_region(text, places, subject, p0, m.start())
            prefix = clean_metric(raw)
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
            prefix = resolve_its(text, clause_start, m.start(), prefix)
            if kind == "growth":  # 工业增加值年均增长12%; a bare rate continues the previous metrics
                rates = [v for v in targets if v.group("u") in "％%"]
                metrics = split_metrics(prefix, len(rates)) if prefix else (last.metrics if last else [])
                for metric, vm in zip(
                    (metrics * len(rates))[: len(rates)] if metrics else [], rates, strict=False
                ):
                    year = year_before(vm.start())
                    emit(metric + m.group("verb"), vm, year, None, vm.start("n"), vm.end(), m.start(), named)
                continue
            if kind == "chain":
                bases = list(VALUE.finditer(text, m.start("base"), m.end("base")))
                stated = base_year(doc, m.start())
                baselines = [
                    (parse_number(b.group("n")), parse_year(b.group("y")) if b.group("y") else stated)
                    for b in bases
                ]
            else:
                baselines = last.baselines if (last and not prefix) else []
            if prefix:
                metrics = split_metrics(prefix, len(targets))
            elif last is not None:
                metrics = last.metrics
            else:
                continue  # a bare value with nothing to say what it measures
            if len(metrics) != len(targets):
                metrics = (metrics * len(targets))[: len(targets)]
            for i, vm in enumerate(targets):
                year = parse_year(vm.group("y")) if vm.group("y") else year_before(vm.start())
                base = baselines[i] if i < len(baselines) else None
                baseline = Baseline(*base) if base else None
                start = vm.start("n")
                emit(metrics[i], vm, year, baseline, start, vm.end(), m.start(), named)
            last = _Event(metrics, baselines)
        for m in _COUNT.finditer(text, s0, s1):
            if any(a <= m.start("n") < b for a, b in claimed):
                continue
            p0 = phrase_start_past_label(doc, s0, m.start())
            named, _ = phrase_region(text, places, subject, p0, m.start())
            for vm, noun in _count_items(text, m, s1):
                claimed.append((vm.start("n"), vm.end()))
                emit(noun, vm, year_before(vm.start()), None, vm.start("n"), vm.end(), m.start(), named)
        for m in _MONEY.finditer(text, s0, s1):
            if any(a <= m.start("n") < b for a, b in claimed):
                continue
            mid, tail = m.group("mid").strip(), m.group("tail") or ""
            per_year = bool(period) or "每年" in text[max(s0, m.start() - 4) : m.start("n")]
            if mid and not tail and mid not in ("单户",):
                metric = mid + ("增加额" if m.group("verb").startswith("增加") else "")
            else:
                use = re.match(USE, text[m.end() : s1] + "。")
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
                    first, n = parse_year(period.group("y")), parse_year(period.group("n"))
                    metric += f"（{first}—{first + n - 1}年每年）"
                else:
                    metric += "（每年）"
            year = parse_year(period.group("y")) if period else year_before(m.start())
            start = m.start("qual") if m.group("qual") else m.start("n")
            claimed.append((start, m.end("u")))
            emit(metric, m, year, None, m.start("n"), m.end("u"), m.start())
    targets = tuple(sorted(out, key=lambda t: t.prov.start))
    return targets, tuple(unread(doc, targets))
