"""Real documents: metadata and structure over the corpus, extraction against the hand annotation.

Uses ``../shared/corpus`` when it is there (74 reports and, in ``not-jilin/``, three documents about other
places), else the copies in ``tests/fixtures/corpus``. The annotation figures come from
``bench/annotation.py``: ``dev_*`` over the documents rules were tuned on, ``dev_unseen_*`` over the ones
kept out of tuning (the honest figures).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from bench.annotation import load_annotated_kb, load_annotations, reader_agreement, score_all

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"


def corpus_paths() -> tuple[list[Path], list[Path]]:
    """(Jilin reports, documents about other places) of the corpus, or of the fixtures without it."""
    folder = SHARED if SHARED.is_dir() else FIXTURES
    jilin = sorted(p for p in folder.glob("*.md") if p.name != "SOURCES.md")
    other = sorted((folder / "not-jilin").glob("*.md"))
    return jilin, other


def _share(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def corpus_metrics() -> dict:
    from policy.corpus import load_knowledge_base
    from policy.export import kb_to_json

    jilin, other = corpus_paths()
    t0 = time.perf_counter()
    kb = load_knowledge_base([str(p) for p in jilin + other])
    kb_to_json(kb)
    elapsed = time.perf_counter() - t0
    reports = [kb.document(p.stem) for p in jilin]
    outside_ids = {p.stem for p in other}
    designations = [d for d in kb.designations if d.prov.doc_id in {p.stem for p in jilin}]
    unclassified = sum(1 for d in designations if d.industry is None)
    n = len(reports)
    return {
        "corpus_documents": {"value": n + len(other), "unit": "documents", "budget": None},
        "corpus_dated_share": {
            "value": _share(sum(bool(d.date) for d in reports), n),
            "unit": "share",
            "budget": 1,
        },
        "corpus_issuer_share": {
            "value": _share(sum(bool(d.issuer) for d in reports), n),
            "unit": "share",
            "budget": 1,
        },
        "corpus_subject_share": {
            "value": _share(sum(bool(d.subject) for d in reports), n),
            "unit": "share",
            "budget": 1,
        },
        "corpus_structured_share": {
            "value": _share(sum(len(d.clauses) >= 8 for d in reports), n),
            "unit": "share",
            "budget": 1,
        },
        "not_jilin_designations": {
            "value": sum(1 for d in kb.designations if d.prov.doc_id in outside_ids),
            "unit": "designations",
            "budget": 3,
        },
        "not_jilin_targets": {
            "value": sum(1 for t in kb.targets if t.prov.doc_id in outside_ids),
            "unit": "targets",
            "budget": None,
        },
        "corpus_designations": {"value": len(designations), "unit": "designations", "budget": None},
        "unclassified_share": {
            "value": _share(unclassified, len(designations)),
            "unit": "share",
            "budget": None,
        },
        "corpus_import_export_s": {"value": round(elapsed, 2), "unit": "s", "budget": 5},
    }


def extraction_metrics() -> dict:
    annotations = load_annotations()
    kb = load_annotated_kb(annotations)
    tuned, unseen, _ = score_all(kb, annotations)
    second, _ = reader_agreement(taxonomy=kb.taxonomy)

    def metric(value, budget):
        return {"value": round(value, 3), "unit": "share", "budget": budget}

    return {
        "dev_recall": metric(tuned.recall, None),
        "dev_precision": metric(tuned.precision, None),
        "dev_parks_recall": metric(tuned.parks_recall, None),
        "dev_parks_precision": metric(tuned.parks_precision, None),
        "dev_plan_agreement": metric(tuned.plan_agree / tuned.found if tuned.found else 0.0, None),
        "dev_unseen_recall": metric(unseen.recall, 0.8),
        "dev_unseen_precision": metric(unseen.precision, 0.9),
        "dev_unseen_parks_recall": metric(unseen.parks_recall, 0.7),
        "dev_unseen_parks_precision": metric(unseen.parks_precision, None),
        "dev_fragment_terms": {
            "value": len(tuned.fragments + unseen.fragments),
            "unit": "terms",
            "budget": 0,
        },
        "dev_annotated_documents": {"value": len(annotations), "unit": "documents", "budget": None},
        # Two readers of the same reports: the second reader scored as the engine is against the first.
        "reader_agreement_recall": metric(second.recall, None),
        "reader_agreement_precision": metric(second.precision, None),
    }


def run() -> dict:
    return {**corpus_metrics(), **extraction_metrics()}


if __name__ == "__main__":
    print(json.dumps({"metrics": run()}, ensure_ascii=False, indent=1))
