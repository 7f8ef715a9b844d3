"""Clause tree of a normalised policy text: numbered sections, sub-sections and items.

Numbering schemes seen in Chinese policy documents (``一、`` / ``（一）`` / ``１.`` / ``１引导…`` /
``（１）`` / ``第X条`` …) are recognised only at the start of a paragraph, and only when the number is the
one the sequence expects: the next number at an open level, ``1`` (or the continuation of an earlier list
of the same scheme) at a new level. So ``２０１７年…`` or ``００亿元…`` never become items.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from policy.messages import message
from policy.model import Clause

__all__ = ["parse_clauses", "cn_number"]

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS.update({"七": 7, "八": 8, "九": 9})
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_CN = "一二三四五六七八九十百"
_DIG = "0-9０-９"
# Each pattern matches a label at the start of a paragraph; group "n" is the number, "lab" the label.
_LABELS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("第篇", False, re.compile(rf"(?P<lab>第(?P<n>[{_CN}零〇两{_DIG}]+)篇)")),
    ("第章", False, re.compile(rf"(?P<lab>第(?P<n>[{_CN}零〇两{_DIG}]+)章)")),
    ("第节", False, re.compile(rf"(?P<lab>第(?P<n>[{_CN}零〇两{_DIG}]+)节)")),
    ("第条", False, re.compile(rf"(?P<lab>第(?P<n>[{_CN}零〇两{_DIG}]+)条)")),
    ("cn", False, re.compile(rf"(?P<lab>(?P<n>[{_CN}]+)[、．])")),
    ("pcn", False, re.compile(rf"(?P<lab>[（(](?P<n>[{_CN}]+)[）)])")),
    ("pnum", False, re.compile(rf"(?P<lab>[（(](?P<n>[{_DIG}]{{1,3}})[）)])")),
    # A private-use glyph after the number is how some PDFs encode the item dot: not part of the label.
    (
        "num",
        False,
        re.compile(rf"(?P<lab>(?P<n>[{_DIG}]{{1,3}})(?:[.．、]|(?=[\ue000-\uf8ff])))(?![{_DIG}])"),
    ),
    ("num)", False, re.compile(rf"(?P<lab>(?P<n>[{_DIG}]{{1,3}})[)）])")),
    ("circ", False, re.compile(r"(?P<lab>(?P<n>[①-⑳]))")),
    # 一是…二是…: enumerated paragraphs of work reports.
    ("cn是", False, re.compile(rf"(?P<lab>(?P<n>[{_CN}]+)是)(?=[\u4e00-\u9fff“])")),
    # A bare number straight before a heading (１引导…); never before a unit (年, 万, 亿元, ％ …).
    (
        "num",
        True,
        re.compile(
            rf"(?P<lab>(?P<n>[{_DIG}]{{1,3}}))(?=[\u4e00-\u9fff])"
            r"(?![年月日号时万亿千百元个户家项名人次吨米倍条款章节余多])"
        ),
    ),
)
_SEP_AFTER_LABEL = re.compile(r"[\ue000-\uf8ff\s]*")
_HEADING_END = re.compile(r"[。：:；;]")
_NOT_HEADING = re.compile(r"[，,]")
_DATE = re.compile(
    r"^[（(]?[0-9０-９〇○零Ｏ一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月"
    r"[0-9０-９一二三四五六七八九十]{1,3}日[）)]?$"
)
_ORG_LINE = re.compile(
    r"^[^，。；：,;:]{2,30}(人民政府|政府|办公厅|办公室|委员会|管委会|局|厅|委|办|部|署|中心|公司)$"
)
_PUBLISH_NOTE = re.compile(r"^[（(]此件[^（()）]{1,10}[）)]$")
_PUNCT_ONLY = re.compile(r"^[\W\d_０-９]*$")


def cn_number(s: str) -> int | None:
    """Value of a Chinese or Arabic (half/full-width) numeral: ``三十三`` → 33, ``１２`` → 12."""
    t = s.translate(_FW_DIGITS)
    if t.isdigit():
        return int(t)
    total, cur = 0, 0
    digits_only = all(c in _CN_DIGITS for c in s)
    if digits_only:  # 二○○九 style: digit by digit
        return int("".join(str(_CN_DIGITS[c]) for c in s)) if s else None
    for c in s:
        if c in _CN_DIGITS:
            cur = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            total += (cur or 1) * _CN_UNITS[c]
            cur = 0
        else:
            return None
    return total + cur


@dataclass
class _Label:
    scheme: str
    bare: bool
    label: str
    number: int
    end: int  # offset in the paragraph where the label ends


@dataclass
class _Node:
    id: str = ""
    parent: str | None = None
    label: str = ""
    number: int | None = None
    level: int = 0
    heading: str | None = None
    start: int = 0
    end: int = 0
    quality: str = "ok"
    scheme: str = ""
    path: tuple[int, ...] = ()
    out_of_order_after: int | None = None
    children: list[_Node] = field(default_factory=list)


# A paragraph led by a dash (——这是…的五年。) is an unnumbered list item; the opening
# ——2016年1月26日在…会议上 line of a report is not.
_DASH_ITEM = re.compile(r"——(?![\s—]*[0-9０-９〇○零一二三四五六七八九]{4}年)(?=\S)")
# Labels past the expected number are accepted (with a warning) only this far: an abridged text.
_MAX_JUMP = 3


def _match_label(para: str) -> _Label | None:
    if para.startswith("——"):
        m = _DASH_ITEM.match(para)
        return _Label("dash", False, "——", 0, m.end()) if m and m.end() < len(para) else None
    if not para or not (para[0] in "第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" or para[0] in _CN or para[0].isdigit()):
        return None
    for scheme, bare, rx in _LABELS:
        m = rx.match(para)
        if not m:
            continue
        n_text = m.group("n")
        n = (ord(n_text) - ord("①") + 1) if scheme == "circ" else cn_number(n_text)
        if n is None or n <= 0:
            return None
        end = m.end("lab")
        end += _SEP_AFTER_LABEL.match(para, end).end() - end
        if end >= len(para):  # a label with nothing after it is not a clause
            return None
        return _Label(scheme, bare, m.group("lab"), n, end)
    return None


def _heading(para: str, start: int) -> str | None:
    """The short title after the label: ``总体思路`` in ``（一）总体思路。深入…``, or a whole heading line."""
    rest = para[start:].strip()
    if not rest:
        return None
    m = _HEADING_END.search(rest)
    if m:
        head = rest[: m.start()].strip()
        if 0 < len(head) <= 30 and not _NOT_HEADING.search(head):
            return head
        return None
    if len(rest) <= 40 and not any(c in rest for c in "。；;"):
        return rest
    return None


def _leads_like_heading(para: str, start: int) -> bool:
    """The paragraph opens with a short sentence or line, as a numbered section's heading does."""
    rest = para[start:]
    m = _HEADING_END.search(rest)
    return 0 < (m.start() if m else len(rest)) <= 40


def _fragment_share(paras: list[str]) -> float:
    """Share of paragraphs that are fragments: a few characters or punctuation only."""
    if not paras:
        return 0.0
    frag = sum(1 for p in paras if len(p) <= 3 or _PUNCT_ONLY.match(p))
    return frag / len(paras)


def parse_clauses(text: str) -> tuple[tuple[Clause, ...], tuple[str, ...]]:
    """Split normalised text into a clause tree.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`policy.text.normalise.normalise`): one paragraph per line.

    Returns
    -------
    clauses : tuple of Clause
        In document order: ``preamble`` (if any), the numbered clauses (parents before children) and
        ``signature`` (if any). Together they cover every character of ``text``.
    warnings : tuple of str
        Numbering anomalies and scrambled passages, in words a reader can act on.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_clauses() needs the normalised text as str, not {type(text).__name__}")
    if not text:
        return (), ()
    paras: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        paras.append((pos, line))
        pos += len(line) + 1

    warnings: list[str] = []
    stack: list[tuple[_Node, int]] = []  # (node, next expected number)
    last_seen: dict[str, int] = {}  # scheme -> last number accepted anywhere (lists continue across parents)
    # scheme -> {missing number: (label before the gap, label after it)}
    skipped: dict[str, dict[int, tuple[str, str]]] = {}
    last_label: dict[str, str] = {}
    nodes: list[_Node] = []

    for start, para in paras:
        lab = _match_label(para)
        if lab is None:
            continue
        idx = next((i for i, (nd, _) in enumerate(stack) if nd.scheme == lab.scheme), -1)
        if lab.scheme == "dash":  # unnumbered: the next item of an open dash list, else the first
            lab.number = stack[idx][1] if idx >= 0 else 1
        n = lab.number
        ooo_after: int | None = None
        # A number past the expected one is a gap in an abridged text when the paragraph reads as a
        # heading (（三）坚持增强发展动力，…。); the gap is warned about.
        headed = not lab.bare and _leads_like_heading(para, lab.end)
        if idx >= 0:
            expected = stack[idx][1]
            if n == expected:
                pass
            elif not lab.bare and (n == expected + 1 or (headed and expected < n <= expected + _MAX_JUMP)):
                for gap in range(expected, n):
                    skipped.setdefault(lab.scheme, {})[gap] = (stack[idx][0].label, lab.label)
            elif n in skipped.get(lab.scheme, ()):
                ooo_after = expected - 1
            else:
                continue
            del stack[idx:]
        else:
            prev = last_seen.get(lab.scheme, 0)
            if n == 1 or n == prev + 1:
                pass
            elif not lab.bare and prev and n == prev + 2:
                skipped.setdefault(lab.scheme, {})[prev + 1] = (last_label.get(lab.scheme, ""), lab.label)
            elif headed and prev < n <= prev + 1 + _MAX_JUMP and lab.scheme not in ("num", "num)"):
                for gap in range(prev + 1, n):
                    skipped.setdefault(lab.scheme, {})[gap] = (last_label.get(lab.scheme, "—"), lab.label)
            elif n in skipped.get(lab.scheme, ()):
                ooo_after = prev
            else:
                continue
        parent = stack[-1][0] if stack else None
        node = _Node(
            label=lab.label,
            number=n,
            level=len(stack) + 1,
            heading=_heading(para, lab.end),
            start=start,
            scheme=lab.scheme,
            path=(parent.path if parent else ()) + (n,),
            parent=None,
            out_of_order_after=ooo_after,
        )
        if ooo_after is not None:
            skipped[lab.scheme].pop(n, None)
        if parent:
            parent.children.append(node)
        nodes.append(node)
        nxt = n + 1 if ooo_after is None else max(n, ooo_after) + 1
        stack.append((node, nxt))
        if ooo_after is None:
            last_seen[lab.scheme] = n
            last_label[lab.scheme] = lab.label

    for missing in skipped.values():
        for m, (before, after) in sorted(missing.items()):
            warnings.append(message("numbering_jump", before=before, after=after, missing=m))

    total = len(text)
    if not nodes:
        return (
            (Clause("1", None, "", None, 1, None, 0, total),),
            (message("no_numbering"),),
        )

    # Signature: trailing date / issuer lines after the last clause's first paragraph.
    # The block counts only if it has a date line, so a short closing phrase is never taken for one.
    sig_start = total
    last_start = nodes[-1].start
    has_date = False
    for start, para in reversed(paras):
        if start <= last_start:
            break
        dated = bool(_DATE.match(para))
        if para and (dated or _ORG_LINE.match(para) or _PUBLISH_NOTE.match(para)):
            sig_start = start
            has_date = has_date or dated
        else:
            break
    if not has_date:
        sig_start = total

    # Ends: a clause ends where the next clause at the same or a higher level starts.
    for i, nd in enumerate(nodes):
        end = sig_start
        for later in nodes[i + 1 :]:
            if later.level <= nd.level:
                end = later.start
                break
        nd.end = end

    # Ids: dotted printed numbers of the path; a repeated id gets a "~2" suffix.
    used: dict[str, int] = {}
    for nd in nodes:
        base = ".".join(str(x) for x in nd.path)
        used[base] = used.get(base, 0) + 1
        nd.id = base if used[base] == 1 else f"{base}~{used[base]}"
        for ch in nd.children:
            ch.parent = nd.id

    # Scrambled text: many fragment paragraphs in a clause's own text (before its first child).
    para_starts = [s for s, _ in paras]
    for nd in nodes:
        own_end = nd.children[0].start if nd.children else nd.end
        lo, hi = bisect_left(para_starts, nd.start), bisect_left(para_starts, own_end)
        own = [p for _, p in paras[lo:hi] if p]
        share = _fragment_share(own)
        scrambled = len(own) >= 6 and share >= 0.3
        kind, what = ("item", {"number": nd.number}) if nd.level > 1 else ("section", {"label": nd.label})
        if nd.out_of_order_after is not None:
            if scrambled:
                nd.quality = "garbled"
                warnings.append(
                    message(f"{kind}_out_of_order_scrambled", **what, after=nd.out_of_order_after)
                )
            else:
                warnings.append(message(f"{kind}_out_of_order", **what, after=nd.out_of_order_after))
        elif scrambled and len(own) >= 8:
            nd.quality = "garbled"
            warnings.append(message(f"{kind}_scrambled", **{**what, "label": nd.label}))

    out: list[Clause] = []
    first = nodes[0].start
    if first > 0:
        out.append(Clause("preamble", None, "", None, 0, None, 0, first))
    for nd in nodes:
        out.append(
            Clause(nd.id, nd.parent, nd.label, nd.number, nd.level, nd.heading, nd.start, nd.end, nd.quality)
        )
    if sig_start < total:
        out.append(Clause("signature", None, "", None, 0, None, sig_start, total))
    return tuple(out), tuple(warnings)
