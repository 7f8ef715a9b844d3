"""Document labels: 文号 first, the year or date says when, unknowns in the caller's words."""

from __future__ import annotations

import dataclasses

import pytest

from policy.corpus import load_knowledge_base
from policy.labels import STYLES, document_label, document_name


@pytest.fixture(scope="module")
def docs():
    return load_knowledge_base().documents


def test_every_style_leads_with_the_year_and_number_when_the_text_gives_them(docs):
    numbered = [d for d in docs if d.doc_number and d.year]
    assert numbered
    for d in numbered:
        for style in STYLES:
            label = document_label(d, style)
            assert str(d.year) in label and d.doc_number in label, (style, label)


def test_unknowns_use_the_words_the_caller_passes(docs):
    bare = dataclasses.replace(docs[0], title=None, doc_number=None, date=None, year=None)
    words = {"unknown_year": "year?", "unknown_number": "no number"}
    assert document_label(bare, "heading", **words) == "year? · no number"
    assert document_label(bare, "citation", **words) == "year? no number"
    titled = dataclasses.replace(bare, title="某某意见")
    assert document_label(titled, "citation", **words).endswith("（某某意见）"), "the title tells two apart"
    # no style ever shows the internal id to a reader
    assert document_label(bare, "brief") == document_name(bare)
    assert document_label(bare, "list", **words) == "year? · no number"
    assert all(bare.id not in document_label(bare, style, **words) for style in STYLES)


def test_a_dated_document_without_number_is_cited_by_its_date(docs):
    dated = next(d for d in docs if d.date and not d.doc_number)
    assert document_label(dated, "citation") == dated.date


def test_bad_arguments_are_refused(docs):
    with pytest.raises(ValueError, match="style"):
        document_label(docs[0], "poster")
    with pytest.raises(TypeError, match="Document"):
        document_label("003")
