"""同质化: neighbours designated the same industries, in the documents chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy.corpus import load_knowledge_base
from policy.overlap import load_neighbours, overlaps

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base(sorted(str(p) for p in FIXTURES.glob("*.md")))


def test_neighbours_are_symmetric_and_share_a_border():
    n = load_neighbours()
    assert set(n["220100"]) == {"220200", "220300", "220700"}  # 长春: 吉林, 四平, 松原
    assert "220800" not in n["220100"]  # 白城 touches only 松原
    assert all(a in n[b] for a, bs in n.items() for b in bs)


def test_overlaps_are_neighbours_sharing_industries_of_the_documents_in_view(kb):
    neighbours = load_neighbours()
    docs = frozenset(d.id for d in kb.documents if d.year and 2019 <= d.year <= 2023)
    pairs = overlaps(kb, docs=docs)
    assert pairs
    for o in pairs:
        assert o.b in neighbours[o.a]
        ia = {d.industry for d in kb.designations_for(o.a, docs=docs) if d.industry}
        ib = {d.industry for d in kb.designations_for(o.b, docs=docs) if d.industry}
        assert set(o.shared) == ia & ib and (o.only_a, o.only_b) == (len(ia - ib), len(ib - ia))
    assert [len(o.shared) for o in pairs] == sorted((len(o.shared) for o in pairs), reverse=True)
    # Another period, other overlaps: the period is chosen by the documents.
    early = frozenset(d.id for d in kb.documents if d.year and d.year <= 2005)
    assert {(o.a, o.b, o.shared) for o in overlaps(kb, docs=early)} != {(o.a, o.b, o.shared) for o in pairs}
