"""The knowledge base of the seeds: zones with their clauses, queries, search, cross-references."""

import pytest

from policy.corpus import load_knowledge_base, load_seeds
from policy.kb import build_kb


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def test_zones_have_members_backed_by_clauses(kb):
    corridor = kb.zone("zone:silijisong")
    roles = {m.region: m.role for m in corridor.members}
    assert roles["220100"] == "core"
    assert {"220200", "220300", "220400", "220700"} <= {r for r, role in roles.items() if role == "member"}
    assert {"220581", "220184"} <= set(roles)
    for zone in kb.zones:
        assert zone.members, zone.id
        for m in zone.members:
            doc = kb.document(m.prov.doc_id)
            clause = doc.clause(m.prov.clause_id)
            assert clause.start <= m.prov.start < m.prov.end <= clause.end
            assert kb.region(m.region).short[:2] in kb.cited_text(m.prov)


def test_logistics_regions(kb):
    members = {z.id: {m.region for m in z.members} for z in kb.zones}
    assert members["zone:logistics-central"] == {"220100", "220200"}
    assert members["zone:logistics-south"] == {"220300", "220400"}
    assert members["zone:logistics-west"] == {"220700"}


def test_county_designations_roll_up_to_their_prefecture(kb):
    county = [d for d in kb.designations if kb.region(d.region).level == "county"]
    assert county, "the seeds name counties (蛟河, 磐石, 德惠, 梅河口 …)"
    d = county[0]
    prefecture = kb.region(d.region).parent
    assert d in kb.designations_for(prefecture)
    assert d not in kb.designations_for(prefecture, include_children=False)


def test_regions_with_industry_reports_documents(kb):
    auto = next(i.id for i in kb.industries if i.name.startswith("汽车") and i.parent is None)
    found = kb.regions_with_industry(auto)
    assert "220100" in found
    expected = {
        d.prov.doc_id
        for d in kb.designations
        if d.region == "220100" and d.industry in kb.industry_ids_within(auto)
    }
    assert found["220100"] == expected
    only_000 = kb.regions_with_industry(auto, docs=frozenset({"000_41fbe6a18b6839d4"}))
    assert all(docs == {"000_41fbe6a18b6839d4"} for docs in only_000.values())


def test_search_finds_chinese_substrings_in_clauses(kb):
    hits = kb.search("换热器")
    assert hits
    for h in hits:
        doc = kb.document(h.doc_id)
        assert doc.text[h.start : h.end] == "换热器"
        clause = doc.clause(h.clause_id)
        assert clause.start <= h.start < clause.end
    assert kb.search("   ") == ()


def test_cross_reference_of_002_to_the_corridor_policy(kb):
    from_002 = [x for x in kb.xrefs if x.doc_id == "002_d04bafd8c32c756e"]
    corridor = next(x for x in from_002 if "一主六双" in x.cited_number)
    assert "〔2022〕2号" in corridor.cited_number
    # 004 has no 文号, so the citation is not resolved; its title makes 004 a candidate, not a certainty.
    assert corridor.resolved is None
    assert corridor.candidate == "004_93e718e95d44278b"
    others = [x for x in kb.xrefs if x is not corridor]
    assert all(x.candidate is None for x in others)


def test_duplicate_document_ids_are_refused():
    seeds = load_seeds()
    with pytest.raises(ValueError, match="share the id"):
        build_kb(seeds + seeds[:1])
    with pytest.raises(TypeError):
        build_kb(["not a document"])


def test_region_designations_come_in_the_same_order_every_run():
    import os
    import subprocess
    import sys

    code = (
        "from policy.corpus import load_knowledge_base; kb = load_knowledge_base(); "
        "print([(d.prov.start, d.region, d.term) for d in kb.designations_for('220200')])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(runs) == 1


def test_records_refuse_values_outside_their_vocabulary():
    from policy.model import Clause, Region

    with pytest.raises(ValueError, match="quality"):
        Clause("1", None, "一、", 1, 1, None, 0, 5, quality="fine")
    with pytest.raises(ValueError, match="span"):
        Clause("1", None, "一、", 1, 1, None, 5, 2)
    with pytest.raises(ValueError, match="level"):
        Region("220100", "长春市", "长春", "city", "220000")
