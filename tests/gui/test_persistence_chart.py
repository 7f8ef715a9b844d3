"""Remembered state between runs, and the lazily drawn chart."""

from __future__ import annotations

from gui.app import create_window


def test_selection_and_layout_are_remembered(qtbot, seed_kb):
    first = create_window(seed_kb, language="zh", restore=True)
    qtbot.addWidget(first)
    first.show()
    first.state.select(("220200",))
    first.state.set_comparison(("220100", "220300"))
    first.state.set_industry("automotive")
    first.close()  # saves to the test's own settings file (JILIN_ATLAS_DATA_DIR)

    second = create_window(seed_kb, language="zh", restore=True)
    qtbot.addWidget(second)
    assert second.state.selection == ("220200",)
    assert second.state.comparison == ("220100", "220300")
    assert second.state.industry == "automotive"
    second.state.clear()
    second.state.set_industry(None)
    second.close()


def test_chart_shows_industries_per_document(qtbot, window, seed_kb):
    window.state.select(("220200",))
    window.detail.setCurrentIndex(window.detail.CHART)
    chart = window.detail.chart
    assert chart is not None and chart.isVisible()
    ax = chart.figure.axes[0]
    docs = {d.prov.doc_id for d in seed_kb.designations_for("220200") if d.industry}
    bars = [p for p in ax.patches if p.get_height() > 0]
    assert len(bars) == 2 * len(docs)  # total and newly designated, one pair per document
    totals = sorted(p.get_width() for p in bars[: len(docs)])
    expected = sorted(
        len({d.industry for d in seed_kb.designations_for("220200") if d.industry and d.prov.doc_id == doc})
        for doc in docs
    )
    assert totals == expected


def test_print_brief_action_is_wired_to_the_briefs_package(window):
    from gui.brief_print import brief_painter

    painter = brief_painter()
    assert painter is not None and callable(painter)
    assert window.print_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
