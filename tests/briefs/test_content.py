"""What a brief says (pure data) and how document text becomes rich text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefs.content import ELLIPSIS, UnknownRegionError, build_brief, make_quote, resolve_region, trim
from briefs.html import esc, quote_html


@pytest.mark.parametrize(
    ("name", "region_id"),
    [
        ("长春", "220100"),
        ("长春市", "220100"),
        ("220100", "220100"),
        ("延边州", "222400"),
        ("梅河口", "220581"),
        ("吉西南", "zone:jixinan"),
        ("四辽吉松", "zone:silijisong"),
    ],
)
def test_resolve_region_accepts_names_adcodes_and_zones(kb, name, region_id):
    assert resolve_region(kb, name).id == region_id


def test_resolve_region_refuses_unknown_names_with_suggestions(kb):
    with pytest.raises(UnknownRegionError) as info:
        resolve_region(kb, "长春县")
    assert info.value.suggestions and "长春" in info.value.suggestions


@given(st.text(min_size=0, max_size=60), st.integers(min_value=1, max_value=40))
def test_trim_keeps_a_prefix_within_the_limit_and_never_splits_a_character(text, limit):
    out = trim(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    else:
        assert out.endswith(ELLIPSIS)
        kept = out[: -len(ELLIPSIS)]
        assert text.startswith(kept)
        assert not (len(kept) < len(text) and unicodedata.combining(text[len(kept)]) and kept)


def test_long_clause_is_trimmed_around_the_cited_words(kb):
    d = max(
        kb.designations,
        key=lambda d: (
            kb.document(d.prov.doc_id).clause(d.prov.clause_id).end
            - kb.document(d.prov.doc_id).clause(d.prov.clause_id).start
        ),
    )
    q = make_quote(kb, d.prov.doc_id, d.prov.clause_id, [(d.prov.start, d.prov.end)], limit=80)
    assert len(q.text) <= 80 + 2 * len(ELLIPSIS)
    assert [t for t, cited in q.pieces if cited] == [kb.cited_text(d.prov).replace("\n", "")]


def test_document_text_is_escaped_before_it_becomes_rich_text():
    assert esc('<b onclick="x">&') == "&lt;b onclick=&quot;x&quot;&gt;&amp;"
    from briefs.content import Quote

    q = Quote(
        "d", "<i>标题</i>", "吉政发〔2014〕23号", "一、", (("前<script>", False), ("<b>汽车</b>", True))
    )
    html = quote_html(q)
    assert "<script>" not in html and "<b>汽车" not in html and "&lt;script&gt;" in html


def test_characters_without_a_glyph_are_marked_not_boxed():
    assert esc("３\ue010支持") == "３〓支持"


@pytest.mark.parametrize("region_id", ["220100", "220200"])
def test_the_brief_and_the_detail_pane_read_one_history(kb, region_id):
    """The brief's new / kept / no-longer-named are policy.history's, unit by unit, as the GUI shows them."""
    from briefs.changes import key_label, short_name
    from policy.history import history

    brief = build_brief(kb, region_id)
    steps = history(kb, kb.designations_for(region_id))
    assert len(brief.groups) == len(steps) >= 2
    assert {e.status for e in brief.groups[0].entries} == {"first"}
    for g, step in zip(brief.groups, steps, strict=True):
        assert g.doc_id == step.document.id
        assert [(e.key, e.status) for e in g.entries] == [(e.key, e.status) for e in step.entries]

        def label(unit, key):
            return key_label(kb, key) + ("" if unit == region_id else f"（{short_name(kb, unit)}）")

        assert list(g.dropped) == [label(u, k) for u, k in step.dropped]


def test_a_parent_designated_later_keeps_the_child_named_before(kb):
    """长春: 2006 names 汽车零部件, 2009 汽车及零部件 (汽车, its parent) — continued, not dropped."""
    assert kb.industry("auto-parts").parent == "automotive"
    groups = build_brief(kb, "220100").groups
    first = next(g for g in groups if any(e.industry == "auto-parts" for e in g.entries))
    later = next(
        g for g in groups[groups.index(first) + 1 :] if any(e.industry == "automotive" for e in g.entries)
    )
    car = next(e for e in later.entries if e.industry == "automotive")
    assert car.status == "kept" and "汽车零部件" in car.continues
    assert "汽车零部件" not in later.dropped


def test_render_brief_paints_on_a_printer_as_the_print_preview_does(kb, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from briefs.render import render_brief

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = render_brief(kb, "220581", printer)
    del printer
    import pypdf

    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages >= 1


def test_render_brief_refuses_a_device_that_is_not_paged(kb):
    from PySide6.QtGui import QImage

    from briefs.render import render_brief

    with pytest.raises(TypeError, match="QPagedPaintDevice"):
        render_brief(kb, "220100", QImage(10, 10, QImage.Format.Format_RGB32))


def test_documents_are_named_by_title_or_date_and_number_never_by_id(kb):
    import dataclasses

    from briefs.quotes import doc_label, doc_name

    doc = kb.document("000_41fbe6a18b6839d4")  # no title, no 文号, dated 2009-12-22 at its end
    assert doc.title is None and doc.doc_number is None and doc.date == "2009-12-22"
    assert doc_name(doc) == "2009年12月22日文件（标题、文号不详）"
    numbered = dataclasses.replace(doc, doc_number="吉政发〔2009〕1号")
    assert "吉政发〔2009〕1号" in doc_name(numbered) and "标题不详" in doc_name(numbered)
    titled = dataclasses.replace(doc, title="关于进一步推进特色工业园区发展的意见")
    assert doc_name(titled) == "《关于进一步推进特色工业园区发展的意见》"
    undated = dataclasses.replace(doc, date=None, year=None)
    assert "日期不详" in doc_name(undated)
    for d in (doc, numbered, titled, undated, *kb.documents):
        assert d.id not in doc_name(d) and d.id.split("_")[0] not in doc_label(d)


def test_chart_labels_each_document_and_count_as_text(kb, briefs):
    from briefs.chart import chart_rows
    from tests.briefs.conftest import pdftotext, squash

    brief = build_brief(kb, "220100")
    rows = chart_rows(brief)
    assert [r[0] for r in rows] == [g.heading for g in brief.groups]
    text = squash(pdftotext(briefs["长春"]))
    chart = text[text.index("各文件指定产业数") :]
    assert "其中新增（相对上一份文件）" in chart
    for label, total, _new in rows:
        assert squash(label) in chart and str(total) in chart


def test_chart_shows_the_numbers_it_did_with_matplotlib(kb):
    """Each document's count of industries and of new ones, bars to the matplotlib chart's scale."""
    from briefs.chart import chart_geometry, chart_height, chart_rows

    brief = build_brief(kb, "220100")
    rows = chart_rows(brief)
    assert len(rows) >= 2 and any(new < total for _, total, new in rows)
    for (_, total, new), group in zip(rows, brief.groups, strict=True):
        assert total == len(group.entries)
        assert new == sum(e.status in ("first", "added") for e in group.entries)
    size = (483.0, chart_height(rows))
    geo = chart_geometry(rows, size, label_width=150.0)
    x_max = max(r[1] for r in rows) * 1.12 + 1  # matplotlib's x range: 1.12 × the longest bar + 1
    for bar, (_, total, new) in zip(geo.bars, rows, strict=True):
        assert bar.total_w == pytest.approx(total / x_max * (0.97 * size[0] - geo.axis_x))
        assert bar.new_w == pytest.approx(new / x_max * (0.97 * size[0] - geo.axis_x))
    ys = [b.y for b in geo.bars]
    assert ys == sorted(ys) and geo.axis_top < ys[0] and ys[-1] < geo.axis_bottom  # in date order, inside


def test_a_brief_process_never_imports_matplotlib(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, main; rc = main.main(['brief', '长春', '-o', sys.argv[1]]);"
        "print('matplotlib' in sys.modules, 'geopandas' in sys.modules); sys.exit(rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "b.pdf")],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["False", "False"]
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


PUNCTUATION = "。；;！？!?\n，,：:、"


def _excerpt_bounds(kb, q, doc_id, clause_id):
    """(start, end) of the quoted excerpt in the document text, found from its first and last words."""
    doc = kb.document(doc_id)
    clause = doc.clause(clause_id)
    body = "".join(t for t, _ in q.pieces if t != ELLIPSIS)
    head, tail = body[:12], body[-12:]
    start = doc.text.find(head, clause.start, clause.end)
    end = doc.text.find(tail, start, clause.end) + len(tail)
    assert start >= 0 and end > start, (head, tail)
    return start, end


def test_trimmed_quotes_start_and_end_at_punctuation_never_inside_a_word(kb):
    """QA: a quote began "…具集群特征" — the 初 of 初具 was cut off."""
    checked = 0
    for d in kb.designations:
        doc = kb.document(d.prov.doc_id)
        clause = doc.clause(d.prov.clause_id)
        if "\n" in doc.text[clause.start : clause.end].strip():
            continue  # multi-line clauses are flattened: the text search below would not find them
        q = make_quote(kb, d.prov.doc_id, d.prov.clause_id, [(d.prov.start, d.prov.end)], limit=60)
        pieces = [t for t, _ in q.pieces]
        if ELLIPSIS not in (pieces[0], pieces[-1]):
            continue
        start, end = _excerpt_bounds(kb, q, d.prov.doc_id, d.prov.clause_id)
        if pieces[0] == ELLIPSIS:
            assert doc.text[start - 1] in PUNCTUATION or start == d.prov.start, q.text
        if pieces[-1] == ELLIPSIS:
            assert doc.text[end] in PUNCTUATION or end == d.prov.end, q.text
        assert kb.cited_text(d.prov) in q.text
        checked += 1
    assert checked >= 5


def test_the_quote_of_meihekou_in_2006_keeps_chuju_whole(kb):
    doc = next(d for d in kb.documents if d.doc_number and "〔2006〕32" in d.doc_number)
    i = doc.text.index("梅河果仁加工")
    clause = next(
        c
        for c in doc.clauses
        if c.start <= i < c.end and not any(k.parent == c.id and k.start <= i < k.end for k in doc.clauses)
    )
    q = make_quote(kb, doc.id, clause.id, [(i, i + 2)])
    assert q.pieces[0] == (ELLIPSIS, False)
    assert "初具集群特征" in q.text and "…具" not in q.text
