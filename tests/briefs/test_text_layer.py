"""The PDF's text layer says what the page shows: every glyph maps back to its text, nothing hidden."""

from __future__ import annotations

import re
import subprocess

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
    assert "2019年或之后" in text.replace(" ", "")  # the unknown-date reason, now in Chinese
    assert "000_41fbe6a18b6839d4" in text


def test_atlas_glyphs_all_have_a_text_mapping(atlas):
    assert unmapped_glyphs(atlas) == []


# -- nothing hidden, nothing twice ----------------------------------------------------------------------
_LINE = re.compile(
    r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S
)
_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
_WORD = re.compile(r"<word [^>]*>([^<]*)</word>")


def text_lines(path) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    """Per page, each text line pdftotext finds (words joined, unescaped) with its bbox in points."""
    import html
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pages = []
    for page in _PAGE.findall(out):
        lines = []
        for m in _LINE.finditer(page):
            text = html.unescape("".join(_WORD.findall(m.group(5))))
            lines.append((text, tuple(float(v) for v in m.group(1, 2, 3, 4))))
        pages.append(lines)
    return pages


def frame_texts(header: str, right: set[str], footer: str, total: int) -> set[str]:
    """What the running header and the footer may say (whitespace removed)."""
    texts = {header, footer, *right} | {f"第{i}页/共{total}页" for i in range(1, total + 1)}
    return {"".join(t.split()) for t in texts}


def outside_printable_area(pages, allowed: set[str]) -> list[tuple[int, str, tuple]]:
    """Lines outside the content area that are not the running header or footer in their bands."""
    from briefs.render import MARGIN_B, MARGIN_L, MARGIN_R, MARGIN_T, PAGE_H, PAGE_W

    tol = 1.0
    in_header = (MARGIN_T - 40, MARGIN_T - 16)
    in_footer = (PAGE_H - MARGIN_B + 18, PAGE_H)
    bad = []
    for number, lines in enumerate(pages, start=1):
        for text, (x0, y0, x1, y1) in lines:
            inside_x = MARGIN_L - tol <= x0 and x1 <= PAGE_W - MARGIN_R + tol
            in_content = MARGIN_T - tol <= y0 and y1 <= PAGE_H - MARGIN_B + tol
            in_frame = text in allowed and any(lo <= y0 and y1 <= hi for lo, hi in (in_header, in_footer))
            if not (inside_x and (in_content or in_frame)):
                bad.append((number, text, (x0, y0, x1, y1)))
    return bad


@pytest.mark.parametrize("name", REGIONS)
def test_every_text_line_lies_in_the_printable_area_of_its_page(kb, briefs, name):
    from briefs.render import BRIEF_HEADER

    pages = text_lines(briefs[name])
    region = kb.region(REGIONS[name])
    allowed = frame_texts(
        BRIEF_HEADER, {region.name}, "生成日期：2024-05-06　数据：政策原文（见资料来源）", len(pages)
    )
    assert outside_printable_area(pages, allowed) == []


def test_atlas_pages_keep_their_text_in_the_printable_area(kb, atlas):
    from briefs.atlas import ATLAS_TITLE, LEVEL_TITLES

    pages = text_lines(atlas)
    names = {r.name for r in kb.regions} | {"目录"}
    header = f"{ATLAS_TITLE} · {LEVEL_TITLES['prefecture']}"
    allowed = frame_texts(header, names, "生成日期：2024-05-06　数据：政策原文（见资料来源）", len(pages))
    allowed |= frame_texts(ATLAS_TITLE, set(), "生成日期：2024-05-06", len(pages))
    assert outside_printable_area(pages[1:], allowed) == []  # the cover is laid out freely


def table_headings(doc) -> list[str]:
    """The text of each table's heading rows (Qt repeats them on every page the table spans)."""
    from PySide6.QtGui import QTextTable

    from tests.briefs.conftest import squash

    out = []
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            for row in range(frame.format().headerRowCount()):
                cells = (frame.cellAt(row, col) for col in range(frame.columns()))
                out.append(squash("".join(_cell_text(doc, c) for c in cells)))
    return out


def _cell_text(doc, cell) -> str:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(doc)
    cursor.setPosition(cell.firstPosition())
    cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


@pytest.mark.parametrize("name", REGIONS)
def test_no_line_is_printed_more_often_than_the_brief_says_it(kb, briefs, name):
    from briefs.chart import chart_rows
    from briefs.render import BRIEF_HEADER, layout_brief
    from tests.briefs.conftest import GENERATED, squash

    laid = layout_brief(kb, REGIONS[name], generated=GENERATED)
    # The page's text: the document, and the chart's row labels drawn beside it.
    content = squash(laid.doc.toPlainText() + "".join(row[0] for row in chart_rows(laid.brief)))
    pages = text_lines(briefs[name])
    frame = frame_texts(BRIEF_HEADER, {laid.brief.name}, "", len(pages))  # on every page, once
    headings = table_headings(laid.doc)  # repeated on purpose atop each page a table runs onto
    printed: dict[str, int] = {}
    for lines in pages:
        for text, _ in lines:
            if text not in frame and not any(text in h for h in headings):
                printed[text] = printed.get(text, 0) + 1
    # Lines the text does not hold at all (map labels, header and footer) are checked elsewhere.
    twice = {t: n for t, n in printed.items() if len(t) >= 4 and 0 < content.count(t) < n}
    assert twice == {}


@pytest.mark.parametrize("name", ["长春", "吉西南"])
def test_pypdf_reads_every_run_once_as_pdftotext_does(briefs, name):
    """Faked bold (text printed twice, the copy hidden behind an empty ActualText) reads twice in pypdf."""
    from collections import Counter

    from tests.briefs.conftest import squash

    reader = pypdf.PdfReader(briefs[name])
    by_pypdf = Counter(squash("".join(p.extract_text() for p in reader.pages)))
    by_poppler = Counter(squash(pdftotext(briefs[name])))
    # pdftotext joins words hyphenated at a line end; the hyphen is the only character allowed to differ.
    del by_pypdf["-"], by_poppler["-"]
    assert by_pypdf == by_poppler
    assert by_pypdf["详"] >= 1
