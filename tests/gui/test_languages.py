"""Qt's own dialogs in the Chinese interface; English place names and counts in the English one."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui import i18n

MARKED = {"220300", "220400", "220500"}  # 吉西南's prefectures: always on the map


def _button_texts():
    box = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return sorted(b.text().replace("&", "") for b in box.buttons())


def test_qt_dialogs_are_chinese_in_the_chinese_interface(window):
    assert i18n.language() == "zh"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") != "Print Preview"
    texts = _button_texts()
    assert texts != ["No", "Yes"] and all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") != "Cancel"
    window.set_language("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert _button_texts() == ["No", "Yes"]


def test_english_interface_names_places_in_english(window, seed_kb):
    window.set_language("en")
    labels = {label.region_id: label.text for label in window.map.labels["prefecture"]}
    assert labels["220100"] == "Changchun" and labels["222400"] == "Yanbian"
    zones = [e.text for e in window.map.legend.entries if e.kind == "line" and e.dash]
    assert "Southwest Jilin zone" in zones and not [
        z for z in zones if any("\u4e00" <= c <= "\u9fff" for c in z)
    ]
    window.set_language("zh")
    labels = {label.region_id: label.text for label in window.map.labels["prefecture"]}
    assert labels["220100"] == "长春"


def test_counts_with_zones_read_as_words(window, seed_kb):
    window.set_language("en")
    model = window.industries.model
    texts = []
    for ind in seed_kb.industries:
        index = model.index_of(ind.id, 1)
        if index.isValid():
            texts.append(model.data(index, Qt.ItemDataRole.DisplayRole))
    with_zones = [t for t in texts if "zone" in t]
    assert with_zones
    assert not [t for t in with_zones if " + " in t]
    assert any(t.endswith("(+1 zone)") for t in with_zones) or any(t.endswith("zones)") for t in with_zones)


def test_the_file_dialogs_labels_are_chinese_in_the_chinese_interface(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from gui import i18n

    i18n.set_language("zh")
    try:
        dialog = QFileDialog(None, "t")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        words = [re.sub(r"\(&\w\)", "", text) for text in labels]  # 查找范围(&L)：: the shortcut mark aside
        assert labels and not any(re.search("[A-Za-z]", w) for w in words), labels
    finally:
        i18n.set_language("zh")
