"""Read any document file a user may hand us: text, markdown, .docx and text-layer PDF.

Each reader turns the file's bytes into a :class:`~policy.text.sources.SourceText` (body text, how
it was read, metadata) or refuses with an :class:`~policy.text.sources.InputError` whose message
says what, where and what to do. Readers are pure functions of the bytes; only
:func:`read_document` touches the file system.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from policy.messages import message
from policy.text.sources import (
    MAX_BYTES,
    InputError,
    SourceText,
    read_path_bytes,
    text_from_bytes,
)

__all__ = ["ReadFile", "read_document", "read_bytes", "check_length", "MAX_TEXT_CHARS", "SUPPORTED_SUFFIXES"]

# The longest seed has ~10,000 characters and a five-year plan outline ~200,000. Extraction time grows faster
# than the text, and every stored document is extracted at each start, so a text this long is refused with a
# message rather than making the app unusable (a 50 MB file is a corpus dump or a mistake, not a policy).
MAX_TEXT_CHARS = 1_000_000
# A Word file's document.xml is a few MB even for a long plan; a bigger part is a zip bomb, refused before
# python-docx (which inflates every part into memory) sees it. pypdf stops inflating a PDF stream at 75 MB.
MAX_DOCX_PART = 32 * 1024 * 1024
MAX_DOCX_TOTAL = 160 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".docx", ".pdf")
_MARKDOWN = (".md", ".markdown")
# A scanned page yields no text or only stray marks; a page with words has at least a sentence.
_MIN_CHARS_PER_PAGE = 20
_WORDISH = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# PDF fonts often map common ideographs to look-alike radical code points (⼀ for 一, ⻓ for 长), so the
# extracted text would not match any name. Kangxi radicals fold by NFKC; the supplement needs a table.
_KANGXI = re.compile("[\u2f00-\u2fd5]")
_RADICALS = str.maketrans(
    "⺟⺠⺬⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "母民示西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
)


@dataclass(frozen=True)
class ReadFile:
    """A document file as read: its original bytes and the decoded text with metadata."""

    path: str
    data: bytes
    source: SourceText
    kind: str  # "text" | "markdown" | "docx" | "pdf"


def read_document(path: str | Path) -> ReadFile:
    """Read a document file of any supported kind.

    Parameters
    ----------
    path : str or Path
        A .txt/.md (UTF-8, GB18030 or UTF-16; markdown may have YAML front matter), .docx or PDF file.

    Returns
    -------
    ReadFile

    Raises
    ------
    TypeError
        If ``path`` is not a str or Path.
    InputError
        A missing path, a folder, or an empty, binary, oversized, undecodable, encrypted, damaged or
        scanned file.
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(f"read_document() needs a path (str or Path), not {type(path).__name__}")
    where, data = read_path_bytes(path)
    return read_bytes(data, where)


def read_bytes(data: bytes, where: str) -> ReadFile:
    """Read a document from its bytes; ``where`` is the file name used in messages and to pick the reader.

    The kind is decided by the content where it is unmistakable (``%PDF``, a zip), else by the suffix.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"read_bytes() needs bytes, not {type(data).__name__}")
    data = bytes(data)
    suffix = Path(where).suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{where}: {len(data) // 2**20} MB is too large for a policy document (limit 64 MB)")
    if suffix == ".doc":
        raise InputError(
            f"{where}: old Word .doc files cannot be read; open it in Word or LibreOffice and save it "
            "as .docx or plain text"
        )
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return ReadFile(where, data, _read_pdf(data, where), "pdf")
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return ReadFile(where, data, _read_docx(data, where), "docx")
    kind = "markdown" if suffix in _MARKDOWN else "text"
    return ReadFile(where, data, text_from_bytes(data, where, suffix), kind)


def check_length(text: str, where: str) -> None:
    """Refuse a text longer than :data:`MAX_TEXT_CHARS` with a message saying what to do."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{where}: the text has {len(text):,} characters, far more than a policy document (the limit is "
            f"{MAX_TEXT_CHARS:,}); split it into its separate documents and import those"
        )


def _read_docx(data: bytes, where: str) -> SourceText:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(
            f"{where}: not a valid .docx file (it is not a zip package; password-protected and old .doc "
            "files are not either); save it from Word or LibreOffice as .docx or plain text"
        )
    _check_docx_sizes(data, where)
    import docx  # python-docx; only needed for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise InputError(
            f"{where}: the .docx package is damaged ({type(err).__name__}); open and save it again in "
            "Word or LibreOffice"
        ) from None
    except Exception as err:  # lxml errors and the like from a damaged package
        raise InputError(
            f"{where}: the .docx file cannot be read ({type(err).__name__}); open and save it again in "
            "Word or LibreOffice"
        ) from None
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"{where}: the .docx file contains no text; check that it is the right document")
    # File properties (title, author) are often left over from a template, so they are not taken as facts.
    return SourceText(where, text, "docx (UTF-8 XML)", {}, (message("read_docx"),))


def _check_docx_sizes(data: bytes, where: str) -> None:
    """Refuse a zip bomb before python-docx inflates it: the declared sizes of all parts, then the actual
    inflated size of each XML part, read in chunks and stopped as soon as it passes the limit."""
    refuse = InputError(
        f"{where}: the .docx file inflates to far more than a document holds (a 'zip bomb'; limit "
        f"{MAX_DOCX_PART // 2**20} MB of XML per part, {MAX_DOCX_TOTAL // 2**20} MB in all); it was not "
        "read — save the document again from Word or LibreOffice"
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > 10_000 or sum(i.file_size for i in infos) > MAX_DOCX_TOTAL:
                raise refuse
            for info in infos:
                if info.file_size > (MAX_DOCX_PART if _is_xml(info.filename) else MAX_DOCX_TOTAL):
                    raise refuse
                if not _is_xml(info.filename):
                    continue
                inflated = 0
                with package.open(info) as part:
                    while chunk := part.read(1 << 20):
                        inflated += len(chunk)
                        if inflated > MAX_DOCX_PART:
                            raise refuse
    except InputError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as err:
        raise InputError(
            f"{where}: the .docx package is damaged ({type(err).__name__}); open and save it again in "
            "Word or LibreOffice"
        ) from None


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _docx_lines(document):
    """Paragraphs and table rows in the order they appear in the body (tables are part of the text)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    # Merged cells repeat; keep each cell's text once per row.
                    if not cells or cells[-1] != cell.text:
                        cells.append(cell.text)
                yield "\t".join(cells)


def _read_pdf(data: bytes, where: str) -> SourceText:
    if not data.startswith(b"%PDF"):
        raise InputError(f"{where}: not a PDF file (it does not start with %PDF); check the file")
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

    # pypdf logs every repaired defect; the user gets one message from us instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    encrypted_msg = (
        f"{where}: the PDF is encrypted (password-protected); remove the protection or export its text, "
        "then import again"
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # Many PDFs are encrypted only against editing and open with an empty password.
                if not reader.decrypt(""):
                    raise InputError(encrypted_msg)
            except (DependencyError, FileNotDecryptedError, NotImplementedError):
                raise InputError(encrypted_msg) from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise InputError(encrypted_msg) from None
    except LimitReachedError:  # pypdf stops inflating a stream at its limit (75 MB): a PDF bomb
        raise InputError(
            f"{where}: a stream in the PDF inflates to far more than a document holds (a 'zip bomb'); it was "
            "not read — export or print the document to PDF again"
        ) from None
    except (PdfReadError, Exception) as err:  # pypdf raises many kinds on damaged files
        raise InputError(
            f"{where}: the PDF is damaged and cannot be read ({type(err).__name__}); download or export it "
            "again"
        ) from None
    if not pages:
        raise InputError(f"{where}: the PDF has no pages; check that it is the right file")
    words = sum(len(_WORDISH.findall(p)) for p in pages)
    if words < _MIN_CHARS_PER_PAGE * len(pages) / 2:
        raise InputError(
            f"{where}: the PDF has no text layer (it looks scanned: {len(pages)} page(s), {words} characters "
            "found); run it through OCR elsewhere and import the resulting text or PDF"
        )
    text, folded = _fold_radicals("\n\n".join(pages))
    notes = [message("read_pdf_pages", pages=len(pages))]
    if folded:
        notes.append(message("radicals_folded", count=folded))
    # The PDF's info dictionary (title, author) is often a leftover file name, so it is not taken as fact.
    return SourceText(where, text, "pdf text layer", {}, tuple(notes))


def _fold_radicals(text: str) -> tuple[str, int]:
    """Map radical look-alikes to ideographs; returns the text and how many characters changed."""
    import unicodedata

    out = _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text).translate(_RADICALS)
    return out, sum(a != b for a, b in zip(text, out, strict=True)) if out != text else 0
