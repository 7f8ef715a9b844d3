"""Reading document files of every supported kind, and refusing bad ones with one clear message."""

import io

import pytest

from policy.text.readers import MAX_TEXT_CHARS, check_length, read_bytes, read_document
from policy.text.sources import InputError
from tests.pdfbytes import pdf_file

NOTICE = [
    "吉林省人民政府关于加快发展的通知",
    "吉政发〔2014〕23号",
    "一、总体要求",
    "加快长春市汽车产业集群发展。",
]


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` as its text layer (CID font with a ToUnicode map, no glyphs)."""
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    pairs = "\n".join(f"<{cid[c]:04X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{pairs}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    ops = ["BT", "/F1 12 Tf", "14 TL", "40 800 Td"]
    ops += ["<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj T*" for line in lines]
    content = "\n".join([*ops, "ET"]).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /CJK /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /CJK /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return pdf_file(objs)


def _rewrite_pdf(data: bytes, **encrypt) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    if encrypt:
        writer.encrypt(algorithm="AES-128", **encrypt)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = "Microsoft Word - template.doc"
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        d.add_paragraph("二、保障措施")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def refused(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(path)
    message = str(info.value)
    assert str(path) in message, "the message says which file"
    assert "\n" not in message, "one line"
    return message


# -- text and markdown --------------------
@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8 (with BOM)")],
)
def test_text_in_each_encoding_reads_the_same_words_and_says_which_encoding(tmp_path, encoding, reported):
    text = "\n".join(NOTICE)
    path = tmp_path / "notice.txt"
    path.write_bytes(text.encode(encoding))
    read = read_document(path)
    assert read.source.text == text
    assert read.source.encoding == reported
    assert read.data == path.read_bytes(), "the original bytes are kept as they were"
    assert read.kind == "text"


def test_markdown_front_matter_is_metadata_and_bold_markers_are_not_text(tmp_path):
    path = tmp_path / "plan.md"
    md = "---\ntitle: 示例通知\ndate: 2020-05-01\n---\n# 一、总体要求\n**加快**发展汽车产业。\n"
    path.write_text(md, "utf-8")
    read = read_document(path)
    assert read.kind == "markdown"
    assert read.source.meta == {"title": "示例通知", "date": "2020-05-01"}
    assert "**" not in read.source.text and "#" not in read.source.text
    assert "加快发展汽车产业" in read.source.text
    assert "title:" not in read.source.text


def test_markup_in_text_is_kept_as_text(tmp_path):
    body = '一、总体要求\n<script>alert("x")</script><img src=file:///etc/passwd>加快发展。'
    path = tmp_path / "markup.txt"
    path.write_text(body, "utf-8")
    assert read_document(path).source.text == body


# -- .docx --------------------
def test_docx_paragraphs_and_tables_are_read_in_order(tmp_path):
    path = tmp_path / "notice.docx"
    path.write_bytes(make_docx(NOTICE, table=[["地区", "产业"], ["长春市", "汽车"]]))
    read = read_document(path)
    text = read.source.text
    assert read.kind == "docx"
    for line in NOTICE:
        assert line in text
    assert "长春市\t汽车" in text
    assert text.index("加快长春市") < text.index("长春市\t汽车") < text.index("二、保障措施")
    assert read.source.meta == {}, "the template's title property is not taken as the document's title"


def test_docx_that_is_not_a_zip_is_refused(tmp_path):
    message = refused(tmp_path, "fake.docx", "一、这其实是纯文本".encode())
    assert ".docx" in message and "zip" in message


def test_docx_zip_without_a_document_is_refused(tmp_path):
    buf = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    assert "docx" in refused(tmp_path, "empty.docx", buf.getvalue())


def test_old_word_doc_is_refused_with_what_to_do(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    assert "save it as .docx" in refused(tmp_path, "old.doc", ole)


# -- PDF --------------------
def test_pdf_text_layer_is_read(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(NOTICE))
    read = read_document(path)
    assert read.kind == "pdf"
    assert [line for line in read.source.text.splitlines() if line] == NOTICE


def test_pdf_radical_lookalikes_become_the_ideographs_they_show(tmp_path):
    # Embedded CJK fonts often map 一/长/车 to radical code points ⼀/⻓/⻋; names would then never match.
    path = tmp_path / "radicals.pdf"
    path.write_bytes(make_pdf(["⼀、加快⻓春市汽⻋产业发展，吉林省人⺠政府。"] * 2))
    read = read_document(path)
    assert "一、加快长春市汽车产业发展，吉林省人民政府。" in read.source.text
    assert any("radical" in n for n in read.source.notes), "the user is told characters were mapped"


def test_encrypted_pdf_is_refused(tmp_path):
    message = refused(tmp_path, "secret.pdf", _rewrite_pdf(make_pdf(NOTICE), user_password="pw"))
    assert "encrypted" in message


def test_pdf_protected_only_against_editing_is_read(tmp_path):
    path = tmp_path / "owner.pdf"
    path.write_bytes(_rewrite_pdf(make_pdf(NOTICE), user_password="", owner_password="owner"))
    assert "加快长春市汽车产业集群发展" in read_document(path).source.text


def test_scanned_pdf_without_text_is_refused_suggesting_ocr(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buf = io.BytesIO()
    writer.write(buf)
    assert "OCR" in refused(tmp_path, "scan.pdf", buf.getvalue())


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + bytes(range(256)) * 8, make_pdf(NOTICE)[:400], b"%PDF-1.4\n%%EOF\n"],
    ids=["garbage", "truncated", "no-objects"],
)
def test_broken_pdf_is_refused(tmp_path, data):
    assert "PDF" in refused(tmp_path, "broken.pdf", data)


def test_pdf_suffix_on_a_non_pdf_is_refused(tmp_path):
    assert "not a PDF" in refused(tmp_path, "notice.pdf", "\n".join(NOTICE).encode())


# -- other bad input --------------------
def test_missing_path_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t ", "empty"),
        ("image.txt", bytes(range(256)) * 20, "binary"),
        ("truncated.txt", "一、加快发展".encode()[:-1], "truncated"),
        ("only-front-matter.md", b"---\ntitle: x\n---\n", "no text"),
    ],
)
def test_bad_text_files_are_refused(tmp_path, name, data, words):
    assert words in refused(tmp_path, name, data)


def test_read_bytes_checks_its_arguments():
    with pytest.raises(TypeError):
        read_bytes("text", "a.txt")
    with pytest.raises(TypeError):
        read_document(42)


def test_a_50_mb_text_is_read_and_then_refused_as_too_long_for_a_document(tmp_path):
    line = "一、加快长春市汽车产业集群发展，推进吉林市化工产业转型升级。\n".encode()
    path = tmp_path / "huge.txt"
    path.write_bytes(line * (50 * 2**20 // len(line)))
    read = read_document(path)  # reading is fine …
    assert len(read.data) > 49 * 2**20
    with pytest.raises(InputError, match="split it"):  # … but it is no single policy document
        check_length(read.source.text, str(path))
    check_length("一" * MAX_TEXT_CHARS, "ok.txt")
