"""The PDF's text layer says what the page shows: every glyph maps back to its text, nothing hidden."""

from __future__ import annotations

import re

import pytest

from tests.briefs.conftest import REGIONS, pdftotext

pypdf = pytest.importorskip("pypdf")

_FONT = re.compile(rb"/(F\d+) [\d.]+ Tf")
_SHOW = re.compile(rb"<([0-9A-Fa-f]+)> Tj")
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _tounicode_codes(font) -> set[int]:
    """Glyph codes a font's ToUnicode map covers (bfrange and bfchar entries)."""
    data = font["/ToUnicode"].get_object().get_data()
    codes: set[int] = set()
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in block.strip().splitlines():
            lo, hi = (int(h, 16) for h in _HEX.findall(line)[:2])
            codes.update(range(lo, hi + 1))
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for line in block.strip().splitlines():
            codes.add(int(_HEX.findall(line)[0], 16))
    return codes


def unmapped_glyphs(path) -> list[tuple[int, str, int]]:
    """(page, font, code) of every glyph shown on a page that its font's ToUnicode map does not cover."""
    reader = pypdf.PdfReader(path)
    missing = []
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"]["/Font"]
        covered = {name.lstrip("/"): _tounicode_codes(ref.get_object()) for name, ref in fonts.items()}
        content = page.get_contents().get_data()
        # Qt writes "/Fn size Tf" then one "<hex> Tj" per glyph run; walk them in order.
        events = sorted(
            [(m.start(), "font", m.group(1).decode()) for m in _FONT.finditer(content)]
            + [(m.start(), "show", m.group(1).decode()) for m in _SHOW.finditer(content)]
        )
        font = None
        for _, kind, value in events:
            if kind == "font":
                font = value
                continue
            for i in range(0, len(value), 4):
                code = int(value[i : i + 4], 16)
                if code not in covered.get(font, set()):
                    missing.append((number, font, code))
    return missing


def render_paragraphs(html: str, path) -> None:
    """One page of rich text laid out and painted the way brief pages are, fixed up, written to ``path``."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPainter

    from briefs import qt
    from briefs.pdffix import fix_tounicode
    from briefs.render import make_document, paint_document_page, pdf_writer, prepare_device

    qt.ensure_app()
    doc, _handler = make_document(html, {})
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, "text layer")
    scale = prepare_device(writer)
    painter = QPainter(writer)
    painter.scale(scale, scale)
    paint_document_page(painter, doc, 0)
    painter.end()
    del writer
    path.write_bytes(fix_tounicode(bytes(buffer.data())))


# Sequences Noto Sans CJK substitutes with glyphs that have no (or another) code point of their own.
TRICKY = [
    "so it was issued in 2019 or later",  # Latin 'locl' digits
    "文件 000_41fbe6a18b6839d4",
    "GCJ-02-like, commit dc3a1d7, data as of 2022-10-31",
    "official file affluent",  # fi / ffl ligatures
    "发展——其他",  # ccmp: —— becomes one glyph
    "x――y",  # ccmp: ―― becomes a glyph in no cmap
    "and so on… 等…",  # Latin 'locl' ellipsis
]


def test_tricky_latin_and_dash_sequences_come_back_from_the_text_layer(tmp_path):
    path = tmp_path / "tricky.pdf"
    render_paragraphs("".join(f"<p>{t}</p>" for t in TRICKY) + f"<p><b>{TRICKY[0]}</b></p>", path)
    lines = [" ".join(line.split()) for line in pdftotext(path).splitlines() if line.strip()]
    for text in TRICKY:
        assert text in lines
    assert unmapped_glyphs(path) == []


@pytest.mark.parametrize("name", REGIONS)
def test_every_glyph_shown_has_a_text_mapping(briefs, name):
    assert unmapped_glyphs(briefs[name]) == []


def test_digits_in_latin_runs_survive_in_changchuns_brief(briefs):
    text = " ".join(pdftotext(briefs["长春"]).split())
    assert "2019 or later" in text
    assert "000_41fbe6a18b6839d4" in text


def test_atlas_glyphs_all_have_a_text_mapping(atlas):
    assert unmapped_glyphs(atlas) == []
