"""The knowledge base as the ``jilin-atlas/kb@1`` JSON of DESIGN.md."""

from __future__ import annotations

import json

from policy.kb import KnowledgeBase
from policy.model import Provenance

SCHEMA = "jilin-atlas/kb@1"


def _span(p: Provenance) -> dict:
    return {"doc": p.doc_id, "clause": p.clause_id, "start": p.start, "end": p.end}


def kb_to_dict(kb: KnowledgeBase) -> dict:
    """A plain, JSON-ready dict of the whole knowledge base (schema ``jilin-atlas/kb@1``)."""
    zones = {z.id: z for z in kb.zones}
    regions = []
    for r in kb.regions:
        entry = {
            "id": r.id,
            "name": r.name,
            "short": r.short,
            "level": r.level,
            "parent": r.parent,
            "members": list(r.members),
            "aliases": list(r.aliases),
        }
        if r.id in zones:
            entry["members"] = [m.region for m in zones[r.id].members]
            entry["member_clauses"] = [
                {"region": m.region, "role": m.role, **_span(m.prov)} for m in zones[r.id].members
            ]
        regions.append(entry)
    return {
        "schema": SCHEMA,
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "doc_number": d.doc_number,
                "issuer": d.issuer,
                "date": d.date,
                "date_basis": d.date_basis,
                "date_words": d.date_words,
                "year": d.year,
                "subject": d.subject,
                "subject_words": d.subject_words,
                "outside": d.outside,
                "doc_kind": d.doc_kind,
                "source": d.source,
                "unknown": dict(d.unknown),
                "text": d.text,
                "warnings": list(d.warnings),
                "clauses": [
                    {
                        "id": c.id,
                        "parent": c.parent,
                        "label": c.label,
                        "number": c.number,
                        "level": c.level,
                        "heading": c.heading,
                        "start": c.start,
                        "end": c.end,
                        "quality": c.quality,
                    }
                    for c in d.clauses
                ],
            }
            for d in kb.documents
        ],
        "regions": regions,
        "industries": [
            {
                "id": i.id,
                "name": i.name,
                "name_en": i.name_en,
                "parent": i.parent,
                "gb4754": list(i.gb4754),
                "sei2018": list(i.sei2018),
                "aliases": list(i.aliases),
            }
            for i in kb.industries
        ],
        "designations": [
            {
                "region": d.region,
                "industry": d.industry,
                "term": d.term,
                **_span(d.prov),
                "kind": d.kind,
                "plan": d.plan,
            }
            for d in kb.designations
        ],
        "parks": [
            {
                "id": p.id,
                "name": p.name,
                "region": p.region,
                "lon": p.lon,
                "lat": p.lat,
                "location": p.location,
                "confidence": p.confidence,
                "industries": list(p.industries),
                "mentions": [_span(m) for m in p.mentions],
                "note": p.note,
            }
            for p in kb.parks
        ],
        "targets": [
            {
                "region": t.region,
                "metric": t.metric,
                "value": t.value,
                "unit": t.unit,
                "year": t.year,
                "baseline": None
                if t.baseline is None
                else {"value": t.baseline.value, "year": t.baseline.year},
                "qualifier": t.qualifier,
                "plan": t.plan,
                **_span(t.prov),
            }
            for t in kb.targets
        ],
        "cross_references": [
            {
                "doc": x.doc_id,
                "cites": x.cited_number,
                "title": x.cited_title,
                "resolved": x.resolved,
                "candidate": x.candidate,
                **_span(x.prov),
            }
            for x in kb.xrefs
        ],
        "mentions": [{"region": m.region, "surface": m.surface, **_span(m.prov)} for m in kb.mentions],
        "warnings": list(kb.warnings),
    }


def kb_to_json(kb: KnowledgeBase) -> str:
    return json.dumps(kb_to_dict(kb), ensure_ascii=False, indent=1)
