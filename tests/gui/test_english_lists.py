"""English lists are separated by ", " (Chinese names inside them are fine; the Chinese "、" is not)."""

from __future__ import annotations

CHANGCHUN, JILIN = "220100", "220200"


def test_english_detail_and_comparison_use_english_separators(window, seed_kb):
    window.en_action.trigger()
    window.state.select((CHANGCHUN,))
    overview = window.detail.overview.toPlainText()
    member = next(line for line in overview.splitlines() if line.startswith("Member of: "))
    zones = [z for z in seed_kb.zones if any(m.region == CHANGCHUN for m in z.members)]
    assert len(zones) >= 2  # so the line is a list
    assert "、" not in member and ", " in member
    changes = [line for line in overview.splitlines() if line.startswith(("+ added", "− no longer"))]
    assert changes and all("、" not in line for line in changes)
    assert "Parks (" in overview
    window.state.set_comparison((CHANGCHUN, JILIN))
    assert "、" not in window.compare.summary.toPlainText()
    assert "、" not in window.status.text()
    window.zh_action.trigger()
    window.state.select((CHANGCHUN,))
    assert "、" in window.detail.overview.toPlainText()  # Chinese keeps its own separator
