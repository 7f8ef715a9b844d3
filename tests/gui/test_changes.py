"""What changed between documents follows the industry hierarchy: 汽车 keeps 汽车零部件's focus."""

from __future__ import annotations

import pytest

from gui.viewmodel import AtlasView

CHANGCHUN = "220100"


@pytest.fixture(scope="module")
def view(seed_kb):
    return AtlasView(seed_kb)


def test_parent_and_child_cover_each_other(view, seed_kb):
    assert seed_kb.industry("auto-parts").parent == "automotive"
    # a dropped child whose parent is still designated is kept, and the other way round
    assert view.industry_changes({"auto-parts", "food"}, {"automotive"}) == ((), ("food",))
    assert view.industry_changes({"automotive"}, {"auto-parts"}) == ((), ())
    # unrelated industries still change; a sibling under another parent is not covered
    assert view.industry_changes({"auto-parts"}, {"food"}) == (("food",), ("auto-parts",))
    assert view.industry_changes({"automotive"}, {"auto-logistics"}) == (("auto-logistics",), ("automotive",))


def _section(text: str, year: int) -> str:
    """The lines of the overview under the heading of the ``year`` document."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(f"{year} · "))
    end = next((n for n in range(start + 1, len(lines)) if " · " in lines[n][:8]), len(lines))
    return "\n".join(lines[start:end])


def test_changchun_2009_does_not_report_auto_parts_as_dropped(window, seed_kb):
    window.state.select((CHANGCHUN,))
    text = window.detail.overview.toPlainText()
    section = _section(text, 2009)
    dropped = next(line for line in section.splitlines() if "未再提及" in line)
    assert seed_kb.industry("auto-parts").name not in dropped
    assert seed_kb.industry("food").name in dropped  # 2006's 食品 is not in 2009: still reported
