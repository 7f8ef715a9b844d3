"""Several industries at once in the tree (any / all), and the panel says which are active."""

from __future__ import annotations

from PySide6.QtCore import Qt

PHARMA, PETRO = "pharmaceuticals", "petrochemicals"


def _tick(model, iid, on=True):
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    model.setData(model.index_of(iid), state.value, Qt.ItemDataRole.CheckStateRole)


def _prefectures(view, docs, iid):
    return set(view.docs_with_industry([r.id for r in view.kb.regions if r.level == "prefecture"], iid, docs))


def test_ticking_two_industries_keeps_both_and_colours_any_or_all(qtbot, window, seed_kb):
    ids = {i.id for i in seed_kb.industries}
    assert PHARMA in ids and PETRO in ids
    model, state = window.industries.model, window.state
    _tick(model, PHARMA)
    _tick(model, PETRO)
    assert state.industry_filter == (PHARMA, PETRO)
    assert model.data(model.index_of(PHARMA), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index_of(PETRO), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view = window.view
    a = _prefectures(view, state.documents, PHARMA)
    b = _prefectures(view, state.documents, PETRO)
    assert a and b and (a | b) != (a & b)  # the seeds tell any from all
    assert window.map.coloured_regions("prefecture") == a | b
    # The panel, the legend and the status bar say which industries are active.
    panel = window.industries.active.text()
    assert "医药健康" in panel and "石化" in panel
    assert "医药健康" in window.map.legend.title and "石化" in window.map.legend.title
    assert "石化" in window.status.text()
    window.industries.match.setCurrentIndex(1)  # 全部
    assert state.industry_match == "all"
    assert window.map.coloured_regions("prefecture") == a & b
    _tick(model, PHARMA, on=False)
    assert state.industry_filter == (PETRO,)
    assert window.map.coloured_regions("prefecture") == b
    window.industries.clear_button.click()
    assert state.industry_filter == ()
    assert "未筛选" in window.industries.active.text()


def test_the_filter_is_restored_with_every_industry(qtbot, seed_kb):
    from tests.gui.conftest import _window

    first = _window(qtbot, seed_kb)
    first.state.set_industries((PHARMA, PETRO), "all")
    first.save()
    second = _window(qtbot, seed_kb)
    second.restore()
    assert second.state.industry_filter == (PHARMA, PETRO)
    assert second.state.industry_match == "all"
    second.state.set_industries(())
    second.save()


def test_the_filter_controls_have_their_words_when_the_window_opens(window):
    panel = window.industries
    assert panel.match.itemText(0) and panel.match.itemText(1)
    assert panel.clear_button.text()
    assert window.timebar.play.text() and window.timebar.all_years.text()
