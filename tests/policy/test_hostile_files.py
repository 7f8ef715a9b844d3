"""Hostile and unlucky input files: refused quickly with one message, never read as nonsense, never a hang."""

import io
import os
import resource
import socket
import threading
import time
import zipfile

import pytest

from policy.corpus import load_paths
from policy.library.importing import preview_file
from policy.text.files import document_id
from policy.text.readers import read_bytes, read_document
from policy.text.sources import InputError, decode_bytes, split_front_matter
from tests.pdfbytes import pdf_file

SIMPLIFIED = "吉林省人民政府关于促进汽车产业发展的若干意见\n一、总体要求\n长春市重点发展汽车等产业。\n"
TRADITIONAL = "吉林省人民政府關於促進汽車產業發展的若干意見\n一、總體要求\n長春市重點發展汽車等產業。\n"


def one_line_message(err: pytest.ExceptionInfo, where: str) -> str:
    text = str(err.value)
    assert text.startswith(f"{where}: ") and "\n" not in text.replace(where, "")
    return text


# -- 1. encodings ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_big5_is_read_as_big5_not_gb18030_mojibake(encoding):
    text, used = decode_bytes(TRADITIONAL.encode(encoding), "tw.txt")
    assert text == TRADITIONAL
    assert used.startswith("big5")
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in text)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (TRADITIONAL.encode("utf-16"), "utf-16"),
        (TRADITIONAL.encode("utf-8"), "utf-8"),
    ],
)
def test_the_encodings_a_chinese_user_meets(data, encoding):
    text, used = decode_bytes(data, "x.txt")
    assert text.lstrip("\ufeff") in (SIMPLIFIED, TRADITIONAL)
    assert used == encoding


def test_bytes_that_are_neither_gb18030_nor_big5_text_are_refused_not_stored():
    # Valid GB18030 byte pairs, but characters no document is written in (user-defined and rare areas).
    noise = bytes(b for _ in range(200) for b in (0xAA, 0xA1, 0x81, 0x40, 0xFE, 0x50))
    with pytest.raises(InputError) as err:
        decode_bytes(noise, "odd.txt")
    assert "UTF-8" in one_line_message(err, "odd.txt")


# -- 2. only regular files -------------------------------------------------------------------------------
def _in_thread(func, timeout=10.0):
    """Run ``func`` in a daemon thread; fail (instead of hanging the suite) if it does not return in time."""
    box = {}

    def target():
        try:
            box["value"] = func()
        except BaseException as err:  # noqa: BLE001 - handed back to the test
            box["error"] = err

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading the file hung"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def test_a_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as err:
        _in_thread(lambda: read_document(fifo))
    assert "named pipe" in one_line_message(err, str(fifo))
    preview = _in_thread(lambda: preview_file(fifo))
    assert not preview.ok and "named pipe" in preview.error
    with pytest.raises(InputError):
        _in_thread(lambda: load_paths([fifo]))


def test_a_socket_and_a_device_are_refused(tmp_path):
    sock_path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        with pytest.raises(InputError) as err:
            _in_thread(lambda: read_document(sock_path))
        assert "socket" in one_line_message(err, str(sock_path))
    finally:
        server.close()
    with pytest.raises(InputError) as err:  # reading only: /dev/zero would stream without end
        _in_thread(lambda: read_document("/dev/zero"))
    assert "device" in one_line_message(err, "/dev/zero")


def test_a_symlink_loop_is_named_as_such(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError) as err:
        read_document(loop)
    assert "loops" in one_line_message(err, str(loop))
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError) as err:
        read_document(dangling)
    assert "does not exist" in one_line_message(err, str(dangling))


# -- 3. front matter is data ------------------------------------------------------------------------------
def _alias_bomb(levels=9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append(f"title: *a{levels - 1}")
    return "---\n" + "\n".join(lines) + "\n---\n正文。\n"


def test_a_yaml_alias_bomb_is_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        split_front_matter(_alias_bomb(), "bomb.md")
    assert "aliases" in one_line_message(err, "bomb.md")
    assert time.perf_counter() - started < 1.0


def test_front_matter_fields_are_single_bounded_values():
    with pytest.raises(InputError) as err:
        split_front_matter("---\ntitle: [a, b]\n---\n正文", "a.md")
    assert "single value" in one_line_message(err, "a.md")
    with pytest.raises(InputError) as err:
        split_front_matter("---\ntitle: " + "长" * 600 + "\n---\n正文", "a.md")
    assert "shorten" in one_line_message(err, "a.md")
    with pytest.raises(InputError) as err:
        split_front_matter("---\nnotes: " + "x" * 20_000 + "\n---\n正文", "a.md")
    assert "front matter" in one_line_message(err, "a.md")
    # Fields we do not use are never turned into text, whatever they hold.
    meta, body = split_front_matter("---\ntitle: 通知\ntags: [a, {b: c}]\n7: x\n---\n正文", "a.md")
    assert meta == {"title": "通知"} and body == "正文"


# -- 4. zip and PDF bombs ---------------------------------------------------------------------------------
def _docx_bomb(inflated=300 * 2**20) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>')
            block = b" " * 2**20
            for _ in range(inflated // len(block)):
                part.write(block)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def _lying_sizes(data: bytes, declared: int) -> bytes:
    """The same package with every declared inflated size (local header and central directory) made small."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        out[at + 24 : at + 28] = declared.to_bytes(4, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


@pytest.fixture(scope="module")
def docx_bomb():
    return _docx_bomb()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_docx_bomb_is_refused_quickly_and_small(docx_bomb):
    before = _peak_rss_mb()
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        read_bytes(docx_bomb, "bomb.docx")
    assert time.perf_counter() - started < 2.0
    assert "zip bomb" in one_line_message(err, "bomb.docx")
    assert _peak_rss_mb() - before < 200


def test_a_docx_bomb_that_lies_about_its_size_is_refused_too(docx_bomb):
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        read_bytes(_lying_sizes(docx_bomb, 1000), "liar.docx")
    assert time.perf_counter() - started < 2.0
    one_line_message(err, "liar.docx")


def _pdf_bomb(inflated=100 * 2**20) -> bytes:
    import zlib

    stream = zlib.compress(b"0" * inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_file(objects, version=b"1.4")


def test_a_pdf_stream_bomb_is_refused_quickly():
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        read_bytes(_pdf_bomb(), "bomb.pdf")
    assert time.perf_counter() - started < 3.0
    one_line_message(err, "bomb.pdf")


# -- smaller ----------------------------------------------------------------------------------------------
def test_a_whitespace_only_file_says_it_has_no_text(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes("\ufeff  \u3000\n\t\n".encode())
    with pytest.raises(InputError) as err:
        read_document(p)
    text = one_line_message(err, str(p))
    assert "front matter" not in text and "white space" in text


def test_a_newline_in_a_file_name_is_not_in_the_document_id(tmp_path):
    assert document_id(tmp_path / "plan\n2024\r.txt") == "plan 2024"
    assert document_id(tmp_path / "\n.txt") == "document"
    p = tmp_path / "长春\n规划.txt"
    p.write_text(SIMPLIFIED, encoding="utf-8")
    (doc,) = load_paths([p])
    assert doc.id == "长春 规划"


def test_big5_text_is_found_by_a_simplified_query(tmp_path):
    from policy.kb import build_kb

    p = tmp_path / "tw.txt"
    p.write_bytes(TRADITIONAL.encode("big5"))
    (doc,) = load_paths([p])
    assert "長春市" in doc.text  # kept as written
    kb = build_kb([doc])
    hits = [h for h in kb.search("长春市重点发展") if h.doc_id == doc.id]
    assert len(hits) == 1
    assert doc.text[hits[0].start : hits[0].end] == "長春市重點發展"
    assert [h.doc_id for h in kb.search("長春市重點")] == [doc.id]
