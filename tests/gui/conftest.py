"""GUI test fixtures: the seed knowledge base, a tiny hand-built one, and a window for either."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from policy.industries.taxonomy import load_taxonomy
from policy.kb import KnowledgeBase
from policy.model import Clause, Designation, Document, Provenance, RegionMention
from policy.places.gazetteer import load_gazetteer

XSS = '<img src="http://example.invalid/x.png" onerror="alert(1)">'


@pytest.fixture(scope="session")
def seed_kb():
    from policy.corpus import load_knowledge_base

    return load_knowledge_base()


def tiny_document() -> Document:
    """Two clauses; the second cites 长春 and carries markup in its text."""
    first = "一、总体要求\n全省推进产业集群发展。\n"
    second = f"二、长春市重点发展汽车产业{XSS}。\n"
    text = first + second
    c1 = Clause("1", None, "一、", 1, 1, "总体要求", 0, len(first))
    c2 = Clause("2", None, "二、", 2, 1, None, len(first), len(text), quality="garbled")
    return Document(id="tiny", text=text, clauses=(c1, c2), title="测试文件<b>粗体</b>", year=2020)


def build_tiny_kb() -> KnowledgeBase:
    doc = tiny_document()
    gaz, tax = load_gazetteer(), load_taxonomy()
    at = doc.text.index("长春市")
    car = doc.text.index("汽车")
    designation = Designation(
        "220100", "automotive", "汽车", "重点发展", Provenance("tiny", "2", car, car + 2)
    )
    mention = RegionMention("220100", "长春市", Provenance("tiny", "2", at, at + 3))
    return KnowledgeBase(
        documents=(doc,),
        regions=gaz.regions,
        industries=tax.industries,
        zones=(),
        designations=(designation,),
        parks=(),
        targets=(),
        xrefs=(),
        mentions=(mention,),
        gazetteer=gaz,
        taxonomy=tax,
    )


@pytest.fixture
def tiny_kb():
    return build_tiny_kb()


def _window(qtbot, kb):
    from gui.app import create_window

    window = create_window(kb, language="zh", size=(1280, 820))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, seed_kb):
    w = _window(qtbot, seed_kb)
    yield w
    from gui import i18n

    i18n.set_language("zh")


@pytest.fixture
def tiny_window(qtbot, tiny_kb):
    return _window(qtbot, tiny_kb)


# -- the user's library: imports through the window (also used by tests/gui/test_no_internal_ids.py) ---
TEXT = "一、发展重点\n白城市重点发展换热器等。\n"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A library of this test's own (the session's temp folder is shared by every test)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def accept_dialog(monkeypatch):
    """The preview dialog, accepted as it opens (all new files checked, no edits)."""

    class Shown(list):
        dialogs: list

    shown = Shown()

    def ask(cls, previews, parent=None, **kwargs):
        shown.append(previews)
        dialogs.append(cls(previews, parent, **kwargs))
        return dialogs[-1].decision()

    dialogs = []
    shown.dialogs = dialogs

    from gui.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))
    return shown


@pytest.fixture
def messages(monkeypatch):
    """Warnings shown to the user (instead of blocking message boxes); removal is confirmed."""
    shown = []

    def fake_exec(box):
        if box.icon() == QMessageBox.Icon.Question:
            return int(QMessageBox.StandardButton.Yes)
        assert box.textFormat() == Qt.TextFormat.PlainText  # paths and ids are shown as they are
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def policy_file(tmp_path):
    path = tmp_path / "白城换热器通知.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path
