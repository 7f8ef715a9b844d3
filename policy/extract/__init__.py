"""Extraction: pure functions from a parsed document to the facts it states, each with provenance."""

from __future__ import annotations

from dataclasses import replace

from policy.extract.analysis import Analysis, analyse
from policy.extract.cityzones import at_city_proper, province_words_at_subject
from policy.extract.designations import extract_designations
from policy.extract.parks import extract_parks
from policy.extract.parksectors import outside_zone_lists, park_designations
from policy.extract.subject import document_subject
from policy.extract.targets import target_facts
from policy.extract.worksnames import works_designations
from policy.extract.xrefs import xref_facts
from policy.model import Document, Facts, Provenance, RegionMention
from policy.text.scripts import fold_traditional, has_traditional


def extract_mentions(
    doc: Document, gazetteer, subject: str | None, analysis: Analysis | None = None
) -> tuple[RegionMention, ...]:
    """Every region named in the document body (preamble and signature included), with its clause."""
    out = []
    found = (
        gazetteer.find(doc.text, subject=subject)
        if analysis is None
        else [m for m in analysis.mentions if m.surface not in ("我省", "全省", "本省")]
    )
    for m in found:
        clause = doc.clause_at(m.start)
        out.append(RegionMention(m.region, m.surface, Provenance(doc.id, clause.id, m.start, m.end)))
    return tuple(out)


def _names_region(an: Analysis, region: str, offset: int) -> bool:
    """The sentence at ``offset`` names ``region`` explicitly."""
    s = an.sentence_at(offset)
    return any(m.region == region for m in an.mentions_in(s.start, s.end))


def extract(doc: Document, gazetteer, taxonomy, park_reference) -> Facts:
    """All facts of one document.

    Parameters
    ----------
    doc : Document
        A parsed document (``policy.text.document.parse``).
    gazetteer : policy.places.gazetteer.Gazetteer
    taxonomy : policy.industries.taxonomy.Taxonomy
    park_reference : sequence of policy.places.parks_ref.ParkRef

    Returns
    -------
    Facts
    """
    if not isinstance(doc, Document):
        raise TypeError(f"extract() needs a Document, not {type(doc).__name__}")
    if has_traditional(doc.text):
        # Big5 text (長春市重點發展汽車): read through its simplified folding, one character for one, so every
        # span still indexes the text as written; terms come out in simplified characters.
        doc = replace(doc, text=fold_traditional(doc.text))
    subject = document_subject(doc, gazetteer)
    an = analyse(doc, gazetteer)  # one reading of the document, shared by the extractors
    designations, d_warnings = extract_designations(doc, gazetteer, taxonomy, an)
    parks, p_warnings = extract_parks(doc, gazetteer, taxonomy, park_reference, an)
    if not an.outside:
        designations = outside_zone_lists(doc, parks, designations)
        named_for = park_designations(doc, parks, designations, taxonomy, an)
        named_for += works_designations(doc, designations, taxonomy, an)
        designations = tuple(
            sorted(
                province_words_at_subject(at_city_proper(designations + named_for, an), an),
                key=lambda d: (d.prov.start, d.prov.end, d.region),
            )
        )
    targets, t_warnings = target_facts(doc, gazetteer, subject, an)
    if an.outside:  # a document about another place sets Jilin no target unless it names the place
        targets = tuple(t for t in targets if _names_region(an, t.region, t.prov.start))
        t_warnings = ()
    xrefs, x_warnings = xref_facts(doc)
    return Facts(
        designations=designations,
        parks=parks,
        targets=targets,
        xrefs=xrefs,
        mentions=extract_mentions(doc, gazetteer, subject, an),
        warnings=tuple(d_warnings) + tuple(p_warnings) + t_warnings + x_warnings,
    )
