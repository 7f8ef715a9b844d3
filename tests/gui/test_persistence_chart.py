"""Remembered state between runs, and the lazily drawn chart."""

from __future__ import annotations

import tempfile
from pathlib import Path

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
    """The chart tab counts what the brief's chart counts: one history (policy.history) for both."""
    from briefs.chart import chart_rows
    from briefs.content import build_brief

    window.state.select(("220200",))
    window.detail.setCurrentIndex(window.detail.CHART)
    chart = window.detail.chart
    assert chart is not None and chart.isVisible()
    ax = chart.figure.axes[0]
    rows = chart_rows(build_brief(seed_kb, "220200"))
    bars = [p for p in ax.patches if p.get_height() > 0]
    totals = [p.get_width() for p in bars[: len(rows)]]
    new = [p.get_width() for p in bars[len(rows) :]]
    assert totals == [total for _, total, _ in rows]
    assert [n for n in new if n] == [n for _, _, n in rows if n]


def test_print_brief_action_paints_the_selected_regions_brief(window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    pages = []

    def fake_exec(dialog):
        # What the preview would do: ask for the pages to be painted on its printer.
        printer = dialog.printer()
        printer.setOutputFileName(str(Path(tempfile.mkdtemp()) / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        pages.append(printer.outputFileName())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.state.select(("220100",))
    window.print_action.trigger()
    assert pages and Path(pages[0]).stat().st_size > 10_000
