"""GUI test fixtures: the seed knowledge base, a tiny hand-built one, and a window for either."""

from __future__ import annotations

import pytest

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
