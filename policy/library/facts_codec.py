"""Store the facts extracted from a document, so a big library does not have to be extracted at every start.

Extraction is the slow part of building the knowledge base (about 5 ms per seed-sized document). The library
keeps each document's :class:`~policy.model.Facts` as JSON with :func:`extractor_fingerprint`, which changes
whenever the extraction code, the gazetteer, the taxonomy or the park reference changes; stale facts are
extracted again.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from policy.model import (
    Baseline,
    CrossReference,
    Designation,
    Document,
    Facts,
    Park,
    Provenance,
    RegionMention,
    Target,
)

__all__ = ["encode_facts", "decode_facts", "extractor_fingerprint", "extract_facts", "extract_facts_all"]

_HERE = Path(__file__).resolve().parent.parent  # policy/
_EXTRACTOR_SOURCES = (
    "model.py",
    "places/gazetteer.py",
    "industries/taxonomy.py",
    "places/parks_ref.py",
    "library/facts_codec.py",
)
_EXTRACTOR_ASSETS = ("regions.json", "zones.json", "industries.json", "parks.json", "places.json")


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A short hash of the extraction code and the assets it reads."""
    h = hashlib.sha256()
    files = [_HERE / n for n in _EXTRACTOR_SOURCES] + sorted((_HERE / "extract").glob("*.py"))
    files += [_HERE.parent / "assets" / n for n in _EXTRACTOR_ASSETS]
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _assets():
    from policy.industries.taxonomy import load_taxonomy
    from policy.places.gazetteer import load_gazetteer
    from policy.places.parks_ref import load_park_reference

    return load_gazetteer(), load_taxonomy(), load_park_reference()


def extract_facts(doc: Document) -> Facts:
    """The facts of one document, with the bundled gazetteer, taxonomy and park reference."""
    from policy.extract import extract

    gazetteer, taxonomy, parks = _assets()
    return extract(doc, gazetteer, taxonomy, parks)


def extract_facts_all(docs) -> list[Facts]:
    """The facts of each document, as :func:`extract_facts`; a big batch on every core."""
    from policy.extract.batch import extract_all

    return extract_all(docs, *_assets())


# Each record is stored as a row of plain values; a provenance as four trailing columns. Written out per
# type (not by reflection) because decoding hundreds of documents' facts is on the app's start-up path.
def _prov(p: Provenance) -> list:
    return [p.doc_id, p.clause_id, p.start, p.end]


def encode_facts(facts: Facts) -> str:
    """Facts as compact JSON: one array of rows per kind of fact."""
    if not isinstance(facts, Facts):
        raise TypeError(f"encode_facts() needs Facts, not {type(facts).__name__}")
    data = {
        "designations": [
            [d.region, d.industry, d.term, d.kind, *_prov(d.prov), d.plan] for d in facts.designations
        ],
        "parks": [
            [
                p.id,
                p.name,
                p.region,
                p.lon,
                p.lat,
                p.location,
                p.confidence,
                list(p.industries),
                [_prov(m) for m in p.mentions],
                list(p.aliases),
                p.note,
            ]
            for p in facts.parks
        ],
        "targets": [
            [
                t.region,
                t.metric,
                t.value,
                t.unit,
                t.year,
                None if t.baseline is None else [t.baseline.value, t.baseline.year],
                t.qualifier,
                t.plan,
                *_prov(t.prov),
            ]
            for t in facts.targets
        ],
        "xrefs": [[x.doc_id, x.cited_number, x.cited_title, x.resolved, *_prov(x.prov)] for x in facts.xrefs],
        "mentions": [[m.region, m.surface, *_prov(m.prov)] for m in facts.mentions],
        "warnings": list(facts.warnings),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _park(row) -> Park:
    pid, name, region, lon, lat, location, confidence, industries, mentions, aliases, note = row
    return Park(
        pid,
        name,
        region,
        lon,
        lat,
        location,
        confidence,
        tuple(industries),
        tuple(Provenance(*m) for m in mentions),
        tuple(aliases),
        note,
    )


def _target(row) -> Target:
    region, metric, value, unit, year, baseline, qualifier, plan, *prov = row
    base = None if baseline is None else Baseline(float(baseline[0]), baseline[1])
    return Target(region, metric, float(value), unit, year, base, Provenance(*prov), qualifier, bool(plan))


def decode_facts(payload: str) -> Facts:
    """Rebuild :class:`Facts` from :func:`encode_facts` output.

    Raises
    ------
    ValueError
        If the payload does not fit the current records (the caller extracts again).
    """
    try:
        data = json.loads(payload)
        return Facts(
            designations=tuple(
                Designation(r, i, t, k, Provenance(d, c, s, e), bool(plan))
                for r, i, t, k, d, c, s, e, plan in data["designations"]
            ),
            parks=tuple(_park(row) for row in data["parks"]),
            targets=tuple(_target(row) for row in data["targets"]),
            xrefs=tuple(
                CrossReference(doc, n, t, r, Provenance(d, c, s, e))
                for doc, n, t, r, d, c, s, e in data["xrefs"]
            ),
            mentions=tuple(
                RegionMention(r, sf, Provenance(d, c, s, e)) for r, sf, d, c, s, e in data["mentions"]
            ),
            warnings=tuple(str(w) for w in data["warnings"]),
        )
    except (TypeError, KeyError, ValueError, json.JSONDecodeError) as err:
        raise ValueError(f"not stored facts ({type(err).__name__}: {err})") from None
