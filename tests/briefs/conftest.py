"""Shared fixtures: the real knowledge base and each PDF rendered once per test session."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

REGIONS = {"长春": "220100", "吉林市": "220200", "梅河口": "220581", "吉西南": "zone:jixinan"}
GENERATED = dt.date(2024, 5, 6)


@pytest.fixture(scope="session")
def kb():
    from policy.corpus import load_knowledge_base

    return load_knowledge_base()


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("briefs")


@pytest.fixture(scope="session")
def briefs(kb, pdf_dir):
    """name -> path of the brief PDF of each test region."""
    from briefs.render import brief_pdf

    out = {}
    for name, region_id in REGIONS.items():
        path = pdf_dir / f"{region_id.replace(':', '_')}.pdf"
        path.write_bytes(brief_pdf(kb, region_id, generated=GENERATED))
        out[name] = path
    return out


@pytest.fixture(scope="session")
def atlas(kb, pdf_dir):
    from briefs.atlas import atlas_pdf

    path = pdf_dir / "atlas.pdf"
    path.write_bytes(atlas_pdf(kb, "prefecture", generated=GENERATED))
    return path


def pdftotext(path, *pages: int) -> str:
    """Text of the PDF (or of one page, 1-based) as poppler's pdftotext gives it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True).stdout


def squash(text: str) -> str:
    """Text without whitespace: words wrapped over two lines are found again."""
    return "".join(text.split())
