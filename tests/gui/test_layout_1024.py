"""The window from 1024 × 700 up: a map of useful size, a legend under a third of it, names not cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize


def _cut_names(panel) -> list[str]:
    tree, model = panel.tree, panel.model
    fm = tree.fontMetrics()
    cut = []
    rows = [(model.index(r, 0, QModelIndex()), 0) for r in range(model.rowCount())]
    while rows:
        index, depth = rows.pop()
        rect = tree.visualRect(index)
        text = model.data(index)
        if rect.isValid() and fm.horizontalAdvance(text) > rect.width() - 24:  # 24: the check box
            cut.append(text)
        rows += [(model.index(r, 0, index), depth + 1) for r in range(model.rowCount(index))]
    return cut


def test_at_1024_by_700_the_map_has_room_and_names_fit_once_enlarged(qtbot, seed_kb):
    from gui.app import create_window

    window = create_window(seed_kb, language="zh", size=(1024, 700))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    vp = window.map.viewport().size()
    assert vp.width() >= 460 and vp.height() >= 290, vp
    legend = window.map.legend.size()
    assert legend.width() * legend.height() <= vp.width() * vp.height() / 3
    assert legend.width() <= vp.width() / 3
    assert window.reader_dock.height() >= 150  # the reader still shows some text
    top = [window.industries.model.data(window.industries.model.index(r, 0)) for r in range(5)]
    assert not set(top) & set(_cut_names(window.industries))  # the main industries read in full
    window.resize(QSize(1600, 1000))
    qtbot.waitUntil(lambda: window.left_dock.width() >= 300, timeout=2000)  # panes grow with the window
    assert window.detail_dock.width() >= 400
    assert _cut_names(window.industries) == []
