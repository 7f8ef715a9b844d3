"""Click a region, filter by an industry: what the user sees on the map and in the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from geo.fastpath import load_layers
from gui.palette import NO_DATA


def _click(qtbot, window, adcode, modifier=Qt.KeyboardModifier.NoModifier):
    label = load_layers("province").region(adcode).label
    pos = window.map.mapFromScene(QPointF(label[0], -label[1]))
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def test_click_at_label_point_selects_region_and_fills_detail(qtbot, window, seed_kb):
    _click(qtbot, window, "220100")
    assert window.state.selection == ("220100",)
    assert ("220100", "selected") in window.map.mark_items  # outlined as selected
    assert window.map.mark_items[("220100", "selected")].isVisible()

    overview = window.detail.overview.toPlainText()
    assert "长春市" in overview
    for d in seed_kb.designations_for("220100"):
        if d.industry is not None:
            assert seed_kb.industry(d.industry).name in overview
        else:
            assert d.term in overview  # unclassified terms are shown too

    window.detail.setCurrentIndex(window.detail.CLAUSES)
    clauses = window.detail.clauses.toPlainText()
    first = seed_kb.designations_for("220100")[0]
    assert seed_kb.cited_text(first.prov) in clauses
    doc = seed_kb.document(first.prov.doc_id)
    assert (doc.doc_number or "文号不详") in clauses or str(doc.year) in clauses


def test_clicking_outside_the_province_clears_the_selection(qtbot, window):
    _click(qtbot, window, "220200")
    assert window.state.selected == "220200"
    corner = window.map.viewport().rect().topLeft() + QPoint(6, 6)  # outside Jilin
    assert window.map.region_at(corner) is None
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert window.state.selection == ()


def _prefectures_with(kb, industry):
    gaz = kb.gazetteer
    out = set()
    for region in kb.regions_with_industry(industry):
        if kb.region(region).level in ("prefecture", "county"):
            out.add(gaz.prefecture_of(region))
    return out


def test_filter_by_automotive_colours_exactly_the_designated_regions(qtbot, window, seed_kb):
    model = window.industries.model
    index = model.index_of("automotive")
    assert model.data(index) == "汽车"
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.state.industry == "automotive"
    expected = _prefectures_with(seed_kb, "automotive")
    assert expected  # the seeds do designate the automotive industry
    assert window.map.coloured_regions("prefecture") == expected
    for rid in {s.id for s in load_layers().prefectures} - expected:
        assert window.map.fill_of(rid).name() == NO_DATA
    assert "汽车" in window.map.legend.title

    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.state.industry is None


def test_unchecking_a_document_hides_its_designations(qtbot, window, seed_kb):
    window.state.set_industry("automotive")
    only = {d for docs in seed_kb.regions_with_industry("automotive").values() for d in docs}
    doc = sorted(only)[0]
    row = next(
        i
        for i in range(window.documents.count())
        if window.documents.item(i).data(Qt.ItemDataRole.UserRole) == doc
    )
    window.documents.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert doc not in window.state.documents
    remaining = window.state.documents
    gaz = seed_kb.gazetteer
    expected = {
        gaz.prefecture_of(r)
        for r, docs in seed_kb.regions_with_industry("automotive", docs=remaining).items()
        if seed_kb.region(r).level in ("prefecture", "county")
    }
    assert window.map.coloured_regions("prefecture") == expected


def test_counties_layer_and_zone_selection(qtbot, window, seed_kb):
    window.counties_action.setChecked(True)
    assert window.map.items_by_region["220581"].isVisible()
    _click(qtbot, window, "220581")
    assert window.state.selected == "220581"  # 梅河口, a county
    window.state.select(("zone:jixinan",))
    members = set(seed_kb.region("zone:jixinan").members)
    marked = {r for r, item in window.map.items_by_region.items() if item.mark == "selected"}
    assert marked == members
    text = window.detail.overview.toPlainText()
    for m in seed_kb.zone("zone:jixinan").members:
        assert seed_kb.region(m.region).name in text


def test_escape_clears_and_region_finder_selects(qtbot, window):
    window.finder.setFocus()
    window.finder.setText("延边州")  # QTest cannot type CJK characters; the box gets them as from an IME
    qtbot.keyClick(window.finder, Qt.Key.Key_Return)
    assert window.state.selected == "222400"
    window.clear_action.trigger()
    assert window.state.selection == ()
