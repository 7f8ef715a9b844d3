"""Zone memberships, a zone's member clauses and cross-references, as a brief's reader checks them."""

from __future__ import annotations

import pytest

from briefs.content import build_brief
from tests.briefs.conftest import GENERATED, pdftotext, squash

GONGZHULING = "220184"
MEIHEKOU = "220581"
TONGHUA = "220500"


@pytest.fixture(scope="module")
def gongzhuling_pdf(kb, tmp_path_factory):
    from briefs.render import brief_pdf

    path = tmp_path_factory.mktemp("relations") / "gongzhuling.pdf"
    path.write_bytes(brief_pdf(kb, GONGZHULING, generated=GENERATED))
    return path


def _section(text: str, title: str) -> str:
    """The squashed text of one numbered section (up to the next section heading)."""
    import re

    start = text.index("、" + title) + len(title) + 1
    heading = r"[一二三四五六七八九十]、(?=所属|成员|本区域|指定|各文件|园区|量化|重点|相关|资料)"
    nxt = re.search(heading, text[start:])
    return text[start : start + nxt.start()] if nxt else text[start:]


# -- 1. memberships --------------------------------------------------------------------------------
@pytest.mark.parametrize("region_id", [GONGZHULING, MEIHEKOU, "220100"])
def test_each_zone_membership_quotes_the_clause_naming_the_region(kb, region_id):
    brief = build_brief(kb, region_id)
    zones = kb.zones_of(region_id)
    assert zones
    assert [m.zone_id for m in brief.memberships] == [z.id for z in zones]
    for m, zone in zip(brief.memberships, zones, strict=True):
        member = next(x for x in zone.members if x.region == region_id)
        assert [t for t, cited in m.quote.pieces if cited] == [kb.cited_text(member.prov)]
        assert (m.quote.doc_id, m.quote.clause_label) == (member.prov.doc_id, m.quote.clause_label)
        assert member.prov.doc_id in {s.doc_id for s in brief.sources}


def test_gongzhuling_brief_shows_why_it_belongs_to_the_corridor(kb, gongzhuling_pdf):
    """QA: 公主岭 was said to belong to the corridor with 0 documents and no clause to cite."""
    zone = kb.zone("zone:silijisong")
    member = next(m for m in zone.members if m.region == GONGZHULING)
    assert member.role == "responsible"
    text = squash(pdftotext(gongzhuling_pdf))
    section = _section(text, "所属复合区域及其依据")
    assert f"{zone.name}（责任单位）" in section
    assert squash(kb.cited_text(member.prov)) in section
    doc = kb.document(member.prov.doc_id)
    assert squash(doc.title) in section
    assert "涉及文件1份" in text and "涉及文件0份" not in text
    assert "没有可引用的条款" not in text


# -- 3. a zone's members: a shared clause quoted once ----------------------------------------------
def test_a_clause_naming_several_members_is_quoted_once_with_all_of_them(kb, briefs):
    """QA: the 吉西南 brief quoted clause (六) four times, once per member."""
    zone = kb.zone("zone:jixinan")
    brief = build_brief(kb, zone.id)
    clauses = {(m.prov.doc_id, m.prov.clause_id) for m in zone.members}
    assert len(brief.member_clauses) == len(clauses) < len(zone.members)
    for mc in brief.member_clauses:
        cited = [t for t, c in mc.quote.pieces if c]
        named = [m for m in zone.members if kb.cited_text(m.prov) in cited]
        assert len(named) == len(mc.members) == len(cited)
    text = squash(pdftotext(briefs["吉西南"]))
    section = _section(text, "成员地区及其依据")
    label = brief.member_clauses[0].quote.clause_label
    assert section.count(f"条款{label}") == 1
    assert "、".join(kb.region(m.region).name for m in zone.members) + "（成员）" in section


def test_member_clause_heading_groups_names_by_role(kb):
    brief = build_brief(kb, "zone:silijisong")
    heading = next(mc.heading for mc in brief.member_clauses if len(mc.members) > 2)
    assert "吉林市、四平市、辽源市、松原市（成员）" in heading
    assert "梅河口市、公主岭市（责任单位）" in heading


# -- 2. cross-references naming the region ---------------------------------------------------------
def _xrefs_naming(kb, region_id):
    return [
        x
        for x in kb.xrefs
        if any(
            m.region == region_id and (m.prov.doc_id, m.prov.clause_id) == (x.prov.doc_id, x.prov.clause_id)
            for m in kb.mentions
        )
    ]


@pytest.mark.parametrize("region_id", [MEIHEKOU, TONGHUA])
def test_cross_references_of_clauses_naming_the_region_are_listed(kb, region_id):
    expected = _xrefs_naming(kb, region_id)
    assert any("〔2022〕2号" in x.cited_number for x in expected)  # 002 (五): 通化市、梅河口市参照实施…
    related = build_brief(kb, region_id).related
    assert {r.cited_number for r in related} >= {x.cited_number for x in expected}
    for r in related:
        assert kb.region(region_id).name in r.regions
        assert r.cited_number in r.quote.text
        assert kb.region(region_id).name in [t for t, cited in r.quote.pieces if cited]


def test_a_clause_not_naming_the_region_is_not_related(kb):
    for region_id in ("220100", "220200", GONGZHULING):
        numbers = {x.cited_number for x in _xrefs_naming(kb, region_id)}
        assert {r.cited_number for r in build_brief(kb, region_id).related} == numbers


def test_meihekou_brief_prints_the_cited_document_and_the_uncertain_match(kb, briefs):
    xref = next(x for x in _xrefs_naming(kb, MEIHEKOU) if x.candidate)
    assert xref.resolved is None
    text = squash(pdftotext(briefs["梅河口"]))
    section = _section(text, "相关文件/参照执行")
    assert squash(xref.cited_number) in section and squash(xref.cited_title) in section
    candidate = kb.document(xref.candidate)
    assert f"可能即本库中的《{squash(candidate.title)}》（文号不详，未能确认）" in section
    assert "参照实施" in section
    assert xref.doc_id in _section(text, "资料来源")


def test_related_document_says_whether_the_library_holds_it():
    import dataclasses

    from briefs.html import related_html
    from briefs.quotes import Quote
    from briefs.relations import RelatedDocument

    q = Quote("d", "标题", "吉政发〔2020〕1号", "一、", (("梅河口市", True), ("参照实施。", False)))
    base = RelatedDocument("吉发〔2020〕2号", "关于某事的通知", ("梅河口市",), None, None, q)
    assert "本库未收入" in related_html(base)
    resolved = related_html(dataclasses.replace(base, resolved="《某事》"))
    assert "即本库中的《某事》" in resolved and "可能" not in resolved
    unsure = related_html(RelatedDocument("吉发〔2020〕2号", None, ("梅河口市",), None, "《某事》", q))
    assert "可能即本库中的《某事》（文号不详，未能确认）" in unsure and "引用处未写标题" in unsure


@pytest.mark.parametrize("name", ["梅河口", "吉西南", "长春"])
def test_no_page_ends_with_a_section_heading(briefs, name):
    """A section heading stays with its first item (梅河口's 相关文件 heading was left at a page foot)."""
    import re

    import pypdf

    for page in range(1, len(pypdf.PdfReader(briefs[name]).pages)):
        lines = [line.strip() for line in pdftotext(briefs[name], page).splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("生成日期") and not line.startswith("第")]
        assert not re.match(r"[一二三四五六七八九十]、", body[-1]), (page, body[-1])
