"""No internal id reaches the user: documents by their name, zones by theirs; the remove dialog too."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QInputDialog

from tests.gui.test_import_wiring import import_from_menu, library_ids

DOC_ID = re.compile(r"\d{3}_[0-9a-f]{16}")


def test_warnings_name_documents_not_ids(window, seed_kb):
    texts = [window.warnings.list.item(i).text() for i in range(window.warnings.list.count())]
    assert texts and not [t for t in texts if DOC_ID.search(t)]
    assert not DOC_ID.search(window.warnings.list.item(0).toolTip())
    assert any("吉政发〔2014〕23号" in t for t in texts)


def test_zones_are_named_not_coded(window):
    entries = window.finder.completer_model.stringList()
    assert not [e for e in entries if "zone:" in e]
    assert any("吉西南" in e and "复合区域" in e for e in entries)
    window.state.select(("zone:jixinan",))
    assert "zone:" not in window.detail.overview.toPlainText()
    assert any("(220100)" in e for e in entries)  # adcodes stay: users type them


def test_import_preview_names_the_document_already_there(
    window, data_dir, accept_dialog, messages, tmp_path, monkeypatch
):
    seed = next(d for d in window.view.kb.documents if d.doc_number == "吉政发〔2014〕23号")
    from policy.corpus import SEEDS

    copy = tmp_path / "again.txt"
    copy.write_bytes((SEEDS / f"{seed.id}.txt").read_bytes())
    import_from_menu(window, monkeypatch, [copy])
    dialog = accept_dialog.dialogs[0]
    status = dialog.table.item(0, 1).text()
    assert "吉政发〔2014〕23号" in status and seed.id not in status


def test_remove_dialog_names_the_title_and_starts_at_the_selected_document(
    window, data_dir, accept_dialog, messages, policy_file, tmp_path, monkeypatch
):
    other = tmp_path / "second.md"
    body = "---\ntitle: 关于白山矿泉水的通知\n---\n一、发展重点\n白山市重点发展矿泉水。\n"
    other.write_text(body, encoding="utf-8")
    import_from_menu(window, monkeypatch, [policy_file, other])
    ids = library_ids(window)
    assert len(ids) == 2
    docs = window.documents
    want = ids[1]
    row = next(i for i in range(docs.count()) if docs.item(i).data(0x0100) == want)
    docs.setCurrentRow(row)
    asked = {}

    def get_item(_parent, _title, _label, items, current, _editable):
        asked.update(items=items, current=current)
        return items[current], True

    confirmed = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    from gui import library_actions

    real = library_actions.message_box

    def box(parent, title, text, **kw):
        confirmed.append(text)
        return real(parent, title, text, **kw)

    monkeypatch.setattr(library_actions, "message_box", box)
    assert window.documents.selected_document().id == want
    window.remove_action.trigger()
    doc = next(d for d in window.view.kb.documents if d.id == want) if want in library_ids(window) else None
    assert doc is None  # the selected document is the one removed
    label = asked["items"][asked["current"]]
    assert label.endswith("关于白山矿泉水的通知") and want not in label
    for item in asked["items"]:
        parts = item.split(" · ")
        assert len(parts) == len(set(parts))  # no title twice
    assert confirmed and "关于白山矿泉水的通知" in confirmed[0] and want not in confirmed[0]
