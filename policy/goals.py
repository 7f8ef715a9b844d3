"""Which quantified figures are targets, for which year, and how to list them without repeats (pure Python).

A report states two kinds of figures: what was achieved (its review of past work: 家庭农场248个) and what
is to be achieved (its plans: 粮食产量达到880亿斤). Only the second are targets. A target's year is the one
the text states; else, in a government work report's plan for the year, the report's year; else, in a
five-year plan, the plan's last year; else it is unknown (shown as 未写明). The brief, the detail pane and
the CSV all read targets through :func:`region_targets`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policy.model import Document, Target

__all__ = ["TargetRow", "is_target", "region_targets", "target_year"]

_FIVE_YEAR = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_FIVE_YEAR_WORDS = re.compile("|".join(_FIVE_YEAR))


@dataclass(frozen=True)
class TargetRow:
    """A target as listed: its year and where the year comes from, and the repeats it stands for."""

    target: Target
    year: int | None
    year_basis: str  # "stated" | "report" (the report's own year) | "plan" (a five-year plan's end) | ""
    repeats: int = 1  # how many identical targets of the same document this row stands for


def target_year(t: Target, doc: Document | None) -> tuple[int | None, str]:
    """The year a target is for, and where it comes from (see the module docstring)."""
    if t.year is not None:
        return t.year, "stated"
    if doc is None:
        return None, ""
    title = doc.title or ""
    plan = _FIVE_YEAR_WORDS.search(title)
    if plan and (doc.doc_kind == "规划" or "规划" in title):
        return _FIVE_YEAR[plan.group()], "plan"
    if doc.doc_kind == "政府工作报告" and doc.year is not None:
        return doc.year, "report"
    return None, ""


def is_target(t: Target, doc: Document | None) -> bool:
    """A figure to be achieved: stated in a plan (not a review of past work), for no year before the
    document's own."""
    if not t.plan:
        return False
    year = doc.year if doc is not None else None
    return not (t.year is not None and year is not None and t.year < year)


def region_targets(kb, targets: Iterable[Target]) -> tuple[TargetRow, ...]:
    """The real targets among ``targets``, one row per distinct target of a document, newest documents first.

    Achievements and figures for past years are left out (:func:`is_target`); a target a document states
    twice (in its summary and its section) is one row with ``repeats`` 2.
    """
    rows: dict[tuple, TargetRow] = {}
    docs: dict[str, Document | None] = {}
    for t in targets:
        doc_id = t.prov.doc_id
        if doc_id not in docs:
            try:
                docs[doc_id] = kb.document(doc_id)
            except KeyError:
                docs[doc_id] = None
        doc = docs[doc_id]
        if not is_target(t, doc):
            continue
        year, basis = target_year(t, doc)
        key = (doc_id, t.region, t.metric, t.value, t.unit, year, t.qualifier)
        if key in rows:
            row = rows[key]
            rows[key] = TargetRow(row.target, row.year, row.year_basis, row.repeats + 1)
        else:
            rows[key] = TargetRow(t, year, basis)

    def when(row: TargetRow) -> str:
        doc = docs[row.target.prov.doc_id]
        return (doc.date or str(doc.year or "")) if doc is not None else ""

    # Text order within a document; then documents newest first (stable sorts), undated last.
    in_text = sorted(rows.values(), key=lambda r: (r.target.prov.doc_id, r.target.prov.start))
    newest = sorted(in_text, key=when, reverse=True)
    return tuple(sorted(newest, key=lambda r: when(r) == ""))
