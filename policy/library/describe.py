"""What the command line prints of a file read for import (plain text, one line per field)."""

from __future__ import annotations

from policy.library.importing import ImportOutcome, ImportPreview
from policy.places.gazetteer import load_gazetteer

__all__ = ["describe"]


def describe(preview: ImportPreview, outcome: ImportOutcome | None = None) -> str:
    """What was found in a file, as plain-text lines for the command line."""
    if not preview.ok:
        return f"{preview.file_name}: {preview.error}"
    doc = preview.document
    if outcome is None:
        head = f"already present as {preview.same_as}" if preview.same_as else "new"
    elif outcome.status == "added":
        head = f"imported as {outcome.doc_id}"
    else:
        head = f"already present as {outcome.doc_id}; not imported again"
    lines = [f"{preview.file_name}: {head}"]
    fields = (
        ("title", "title"),
        ("date", "date"),
        ("文号", "doc_number"),
        ("issuer", "issuer"),
        ("kind", "doc_kind"),
        ("subject", "subject"),
    )
    for label, name in fields:
        value = getattr(doc, name)
        if name == "subject" and value is not None:
            value = f"{load_gazetteer().get(value).name} ({value}), read from: {doc.subject_words or 'given'}"
        elif name == "date" and value is not None and doc.date_basis:
            value = f"{value} (from the {doc.date_basis}{' line' if doc.date_basis != 'given' else ''})"
        shown = value if value is not None else f"unknown — {doc.unknown_reason(name) or 'not in the text'}"
        lines.append(f"  {label}: {shown}")
    lines.append(f"  read as: {preview.encoding} ({preview.kind})")
    lines.append(f"  clauses: {preview.clause_count}")
    lines.append(f"  regions: {'、'.join(preview.regions) or 'none found'}")
    lines.append(f"  industries: {'、'.join(preview.industries) or 'none found'}")
    if preview.unclassified:
        lines.append(f"  unclassified industry terms: {'、'.join(preview.unclassified)}")
    lines += [f"  note: {n}" for n in preview.notes[1:]]
    lines += [f"  warning: {w}" for w in preview.warnings]
    return "\n".join(lines)
