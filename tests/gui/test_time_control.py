"""The time control: a year range recolours the map and the detail, comparison and search follow."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
JILIN_CITY = "220200"


@pytest.fixture(scope="module")
def reports_kb():
    from policy.corpus import load_knowledge_base

    return load_knowledge_base(sorted(str(p) for p in FIXTURES.glob("*.md")))


@pytest.fixture
def reports_window(qtbot, reports_kb):
    from tests.gui.conftest import _window

    return _window(qtbot, reports_kb)


def _years(kb, ids):
    return {kb.document(d).year for d in ids}


def test_a_year_range_shows_only_that_range_and_all_years_brings_back_everything(reports_window):
    w = reports_window
    kb, state = w.view.kb, w.state
    span = state.year_span
    assert span is not None and span[0] <= 2003 and span[1] >= 2022
    everything = state.documents
    state.set_years((2014, 2016))
    assert state.documents and _years(kb, state.documents) <= {2014, 2015, 2016}
    assert w.timebar.first.value() == 2014 and w.timebar.last.value() == 2016
    w.timebar.all_years.click()
    assert state.years is None and state.documents == everything
    # The document list follows: only the range's documents stay ticked.
    state.set_years((2022, 2022))
    ticked = [w.documents.item(i) for i in range(w.documents.count())]
    shown = {i.data(256) for i in ticked if i.checkState().value == 2}
    assert shown == set(state.documents)


def test_moving_the_time_control_recolours_the_map_and_the_detail_follows(reports_window, qtbot):
    w = reports_window
    state = w.state
    state.set_industry("petrochemicals")
    state.select([JILIN_CITY])
    colours = {}
    details = {}
    for years in [(2003, 2003), (2014, 2014), (2022, 2022)]:
        state.set_years(years)
        colours[years] = w.map.coloured_regions()  # at once
        qtbot.waitUntil(lambda: not w.detail._settle.isActive(), timeout=2000)  # once the control rests
        details[years] = w.detail.overview.toPlainText()
    assert len({frozenset(c) for c in colours.values()}) > 1, "the map changes with the years"
    assert "2014" in details[(2014, 2014)] and "2022年" not in details[(2014, 2014)]
    assert "2022" in details[(2022, 2022)]


def test_step_and_play_move_through_the_years(reports_window, qtbot):
    w = reports_window
    state = w.state
    span = state.year_span
    w.timebar.step(1)
    assert state.years == (span[0], span[0])
    w.timebar.forward.click()
    assert state.years == (span[0] + 1, span[0] + 1)
    w.timebar.back.click()
    w.timebar.back.click()
    assert state.years == (span[0], span[0]), "never before the first year"
    state.set_years((span[1] - 1, span[1] - 1))
    w.timebar.timer.setInterval(10)
    w.timebar.play.setChecked(True)
    qtbot.waitUntil(lambda: not w.timebar.play.isChecked(), timeout=3000)
    assert state.years == (span[1], span[1]), "play stops at the last year"


def test_the_overlap_pane_follows_the_years_and_draws_lines_on_the_map(reports_window, qtbot):
    w = reports_window
    assert w.overlap.lines == [], "no lines while the pane's tab is behind another"
    w.overlap_dock.show()
    w.overlap_dock.raise_()
    qtbot.waitUntil(lambda: w.overlap.shown, timeout=2000)
    w.state.set_years((2019, 2023))
    rows = w.overlap.table.rowCount()
    assert rows == len(w.overlap.pairs) > 0
    assert len(w.overlap.lines) == rows, "one line per overlapping pair on the map"
    first = w.overlap.pairs[0]
    assert w.overlap.table.item(0, 1).text() == str(len(first.shared))
    w.overlap.table.cellClicked.emit(0, 0)
    assert set(w.state.comparison) == {first.a, first.b}
    w.state.set_years((2003, 2004))
    assert w.overlap.table.rowCount() == len(w.overlap.pairs)
    w.reader_dock.raise_()  # another tab to the front
    qtbot.waitUntil(lambda: not w.overlap.shown, timeout=2000)
    assert w.overlap.lines == [], "the lines leave the map with the pane"


def test_the_history_csv_is_the_history_the_detail_pane_and_the_brief_show(
    reports_window, tmp_path, monkeypatch
):
    import csv

    from briefs.content import build_brief
    from gui import exports
    from policy.history import HISTORY_COLUMNS

    w = reports_window
    w.state.select([JILIN_CITY])
    target = tmp_path / "history.csv"
    monkeypatch.setattr(exports, "ask_save_path", lambda *_a, **_k: str(target))
    monkeypatch.setattr(exports, "show_saved", lambda *_a, **_k: "")
    w.history_action.trigger()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert tuple(rows[0]) == HISTORY_COLUMNS
    status = HISTORY_COLUMNS.index("status")
    brief = build_brief(w.view.kb, JILIN_CITY)
    new_in_brief = sum(1 for g in brief.groups for e in g.entries if e.status in ("first", "added"))
    assert sum(1 for r in rows[1:] if r[status] in ("first", "added")) == new_in_brief
    assert sum(1 for r in rows[1:] if r[status] == "dropped") == sum(len(g.dropped) for g in brief.groups)


def test_the_detail_parks_follow_the_years(reports_window, qtbot):
    import re

    w = reports_window
    w.state.select([JILIN_CITY])

    def parks_shown():
        qtbot.waitUntil(lambda: not w.detail._settle.isActive(), timeout=2000)
        text = w.detail.overview.toPlainText()
        return int(re.search(r"园区（(\d+)）", text).group(1))

    w.state.set_years(None)
    everything = parks_shown()
    w.state.set_years((2014, 2014))
    assert 0 < parks_shown() < everything


def test_search_follows_the_years(reports_window):
    w = reports_window
    w.state.set_years(None)
    w.state.set_search("产业集群")
    everything = {h.doc_id for h in w.search.hits}
    w.state.set_years((2014, 2016))
    narrowed = {h.doc_id for h in w.search.hits}
    assert narrowed and narrowed < everything
    assert all(w.view.kb.document(d).year in (2014, 2015, 2016) for d in narrowed)
    assert "之外" in w.search.results.toPlainText()
    assert {h.doc_id for h in w.reader.hits} == narrowed, "the reader steps through the same matches"
