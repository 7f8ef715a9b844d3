"""Quantified targets as table rows: value with its qualifier and unit, and an honest target year (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from briefs.changes import short_name
from briefs.lang import t as tr
from briefs.quotes import doc_label
from policy.model import Target

#: Qualifiers Chinese writes after the number (150个以上); the others go before it (不超过 3 亿元).
SUFFIX_QUALIFIERS = frozenset({"以上", "以下", "以内", "左右", "多", "余"})
NOT_STATED = "未写明"


@dataclass(frozen=True)
class TargetRow:
    metric: str
    baseline: str  # value with unit and its year, or —
    target: str  # value with qualifier and unit: 不超过 3 亿元, 150 个以上
    year: str  # the target year; 2024起 for a yearly amount from 2024; 未写明
    unit: str
    region: str
    source: str
    doc_id: str = ""  # the document the target is from


def number(value: float | None) -> str:
    """A value as the text gives it: 3 not 3.0, no scientific notation for small shares."""
    if value is None:
        return "—"
    return f"{value:g}" if float(value).is_integer() or abs(value) >= 1e-3 else str(value)


def _with_unit(value: str, unit: str | None) -> str:
    if not unit:
        return value
    # ％ and % attach to the number; words (亿元, 个) are set apart as in the QA's 不超过 3 亿元.
    return f"{value}{unit}" if unit in ("％", "%") else f"{value} {unit}"


def target_value(t: Target) -> str:
    """The target with its bound and unit: 不超过 3 亿元, 150 个以上, 5000 亿元 (exact)."""
    if not isinstance(t, Target):
        raise TypeError(f"expected a policy.model.Target, not {type(t).__name__}")
    text = _with_unit(number(t.value), t.unit)
    q = (t.qualifier or "").strip()
    if not q:
        return text
    return f"{text}{q}" if q in SUFFIX_QUALIFIERS else f"{q} {text}"


def target_year(t: Target, year: int | None = None, basis: str = "stated", lang: str = "zh") -> str:
    """The year the target is for; an amount per year (metric says 每年) runs from its year: 2024起.

    ``year``/``basis`` come from :func:`policy.goals.target_year`: a year the text does not state but the
    document implies is marked so (2021（报告年度）, 2025（规划期末）).
    """
    yearly = "每年" in t.metric
    if year is None:
        year, basis = t.year, "stated"
    if year is None:
        return tr("每年", lang) if yearly else tr(NOT_STATED, lang)
    shown = tr("{year}起", lang, year=year) if yearly else str(year)
    return shown + tr({"report": "（报告年度）", "plan": "（规划期末）"}.get(basis, ""), lang)


def target_rows(
    kb, targets, *, limit: int | None = None, lang: str = "zh"
) -> tuple[tuple[TargetRow, ...], int, int]:
    """Table rows of the real targets among ``targets`` (:func:`policy.goals.region_targets`): newest
    documents first, a target stated twice in a document once.

    Returns ``(rows, left_out, left_out_documents)``: with ``limit``, the rows of the newest documents
    up to about ``limit`` rows (a document's targets are kept together), and how many targets of how many
    older documents were left out.
    """
    from policy.goals import region_targets

    found = region_targets(kb, targets)
    rows, docs_shown = [], []
    for r in found:
        t = r.target
        doc_id = t.prov.doc_id
        if limit is not None and len(rows) >= limit and (doc_id not in docs_shown or len(rows) >= 2 * limit):
            break  # a document's targets stay together, up to twice the limit
        if doc_id not in docs_shown:
            docs_shown.append(doc_id)
        doc = kb.document(doc_id)
        baseline = "—"
        if t.baseline is not None:
            baseline = _with_unit(number(t.baseline.value), t.unit)
            baseline += f"（{t.baseline.year}年）" if t.baseline.year else ""
        rows.append(
            TargetRow(
                metric=t.metric,
                baseline=baseline,
                target=target_value(t),
                year=target_year(t, r.year, r.year_basis, lang),
                unit=t.unit or "—",
                region=short_name(kb, t.region),
                source=doc.doc_number or doc_label(doc),
                doc_id=doc_id,
            )
        )
    left = found[len(rows) :]
    return tuple(rows), len(left), len({r.target.prov.doc_id for r in left})
