"""Targets are readable at the default width: cards that wrap, no column spent on the region's name."""

from __future__ import annotations

from PySide6.QtCore import QUrl


def test_targets_are_cards_that_fit_the_pane_at_1024_px(qtbot, seed_kb):
    from gui.app import create_window

    window = create_window(seed_kb, language="zh", size=(1024, 700))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.state.select(("220200",))
    detail = window.detail
    detail.setCurrentIndex(detail.TARGETS)
    browser = detail.targets
    text = browser.toPlainText()
    targets = seed_kb.targets_for("220200")
    for t in targets:  # every cited figure on screen, not in a tooltip
        assert seed_kb.cited_text(t.prov) in text
        assert t.metric in text
    qtbot.waitUntil(
        lambda: browser.horizontalScrollBar().maximum() == 0, timeout=2000
    )  # nothing off the right
    county = [t for t in targets if t.region != "220200"]
    assert county and f"（{seed_kb.region(county[0].region).short}）" in text
    with qtbot.waitSignal(window.state.clauseChanged):
        browser.anchorClicked.emit(QUrl("target:0"))
    assert window.state.clause == (targets[0].prov.doc_id, targets[0].prov.clause_id)
