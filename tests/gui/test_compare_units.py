"""The comparison keeps a compared county's facts out of its prefecture and compares unclassified terms."""

from __future__ import annotations

import csv

from gui.compare import build_comparison
from gui.viewmodel import AtlasView
from policy.model import Designation, Provenance

SIPING, LIAOYUAN, TONGHUA, MEIHEKOU = "220300", "220400", "220500", "220581"
SONGYUAN, BAICHENG = "220700", "220800"


def test_county_in_the_comparison_is_not_counted_for_its_prefecture(window, seed_kb):
    window.state.set_comparison((SIPING, LIAOYUAN, TONGHUA, MEIHEKOU))
    c = window.compare.comparison
    for key in c.industries:
        tonghua_own = [
            d for d in seed_kb.designations_for(TONGHUA) if d.region != MEIHEKOU and (d.industry or "") == key
        ]
        assert bool(c.docs(key, TONGHUA)) == bool(tonghua_own), key
    nuts = "nut-processing"
    if any(d.industry == nuts and d.region == MEIHEKOU for d in seed_kb.designations):
        # 梅河口's 果仁加工 stays 梅河口's: 通化 shares it only if 通化 itself is designated it
        tonghua_nuts = any(
            d.industry == nuts and d.region == TONGHUA for d in seed_kb.designations_for(TONGHUA)
        )
        assert (nuts in c.shared) == (tonghua_nuts or any(c.docs(nuts, r) for r in (SIPING, LIAOYUAN)))


def test_without_the_county_its_facts_stay_with_the_prefecture(seed_kb):
    view = AtlasView(seed_kb)
    c = build_comparison(view, (SIPING, TONGHUA))
    county = {d.industry for d in seed_kb.designations if d.region == MEIHEKOU and d.industry}
    assert county and all(c.docs(i, TONGHUA) for i in county)


def _with_unclassified(kb, term):
    doc = kb.documents[0]
    extra = tuple(
        Designation(rid, None, term, "重点发展", Provenance(doc.id, doc.clauses[0].id, 0, 2))
        for rid in (SONGYUAN, BAICHENG)
    )
    from dataclasses import replace

    return replace(kb, designations=kb.designations + extra)


def test_unclassified_terms_are_compared_as_their_own_rows(seed_kb, tmp_path):
    kb = _with_unclassified(seed_kb, "风电装备X")
    view = AtlasView(kb)
    c = build_comparison(view, (SONGYUAN, BAICHENG))
    key = "term:风电装备X"
    assert key in c.shared
    from gui.compare import comparison_csv

    rows = list(csv.DictReader(comparison_csv(view, c).splitlines()))
    row = next(r for r in rows if r["industry"].startswith("风电装备X"))
    assert row["industry_id"] == "" and "未归类" in row["industry"] and row["shared"] == "是"
    assert row[kb.region(SONGYUAN).name] and row[kb.region(BAICHENG).name]


def test_table_shows_unclassified_rows_and_keeps_room(qtbot, window):
    window.resize(1440, 900)
    window.state.set_comparison(("220100", "220200"))
    window.compare_dock.raise_()
    qtbot.wait(10)
    table = window.compare.table
    headers = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    kb = window.view.kb
    terms = {d.term for r in ("220100", "220200") for d in kb.designations_for(r) if not d.industry}
    assert {f"{t}（未归类）" for t in terms} <= set(headers)
    row_h = table.verticalHeader().defaultSectionSize()
    assert table.height() >= 4 * row_h
    assert table.height() > window.compare.summary.height()
