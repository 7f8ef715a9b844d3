"""County designations are shown as the county's, and compared with the county's own next time."""

from __future__ import annotations

import re

JILIN, CHANGCHUN, JIAOHE, PANSHI = "220200", "220100", "220281", "220284"


def _section(text: str, year: int) -> str:
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(f"{year} · "))
    end = next(
        (n for n in range(start + 1, len(lines)) if re.match(r"^(\d{4}|年份不详) · ", lines[n])), len(lines)
    )
    return "\n".join(lines[start:end])


def _county_terms(kb, region, county, doc_year):
    return {
        kb.industry(d.industry).name
        for d in kb.designations_for(region)
        if d.region == county and d.industry and kb.document(d.prov.doc_id).year == doc_year
    }


def test_county_industries_carry_the_county_name(window, seed_kb):
    window.state.select((JILIN,))
    section = _section(window.detail.overview.toPlainText(), 2006)
    jiaohe = _county_terms(seed_kb, JILIN, JIAOHE, 2006)
    assert jiaohe, "the seeds designate 蛟河 an industry in 2006"
    for name in jiaohe:
        assert f"{name}（蛟河）" in section
        # never listed bare, as if it were 吉林市's own
        assert not re.search(rf"(^|；){re.escape(name)}(；|$| )", section.splitlines()[2])


def test_dropped_county_industry_is_named_with_its_county(window, seed_kb):
    window.state.select((JILIN,))
    section = _section(window.detail.overview.toPlainText(), 2009)
    dropped = next(line for line in section.splitlines() if "未再提及" in line)
    for name in _county_terms(seed_kb, JILIN, JIAOHE, 2006):
        assert f"{name}（蛟河）" in dropped
        assert f"、{name}、" not in f"、{dropped.split('：', 1)[1]}、"  # not as the prefecture's own


def test_prefecture_industry_new_at_its_own_level_is_added(window, seed_kb):
    # 2006 named 食品 for 德惠 only; 2009's 长春 list is compared with 长春's own 2006 list.
    window.state.select((CHANGCHUN,))
    text = window.detail.overview.toPlainText()
    assert f"{seed_kb.industry('food').name}（德惠）" in _section(text, 2006)
