"""Parse a policy document: normalise the text, build the clause tree and find its metadata."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping

from policy.messages import message
from policy.model import Document
from policy.places.gazetteer import load_gazetteer
from policy.text.clauses import parse_clauses
from policy.text.metadata import find_metadata, normalise_doc_number
from policy.text.normalise import normalise
from policy.text.origin import doc_kind, find_origin
from policy.text.scripts import fold_traditional, has_traditional

__all__ = ["parse", "SOURCES"]

SOURCES = ("seed", "library", "path")
_FIELDS = ("title", "doc_number", "issuer", "date", "doc_kind", "subject")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# 我代表市政府，向大会报告工作: the government's report to the congress, whatever the title says.
_REPORT_SPEECH = re.compile(
    r"我代表[^，。]{0,16}政府[^。]{0,6}向[^。]{0,6}大会[^。]{0,6}(?:报告|作)[^。]{0,6}工作"
)


def _speech_kind(paras: list[str]) -> str | None:
    return "政府工作报告" if any(_REPORT_SPEECH.search(p) for p in paras[:12]) else None


def _known_value(name: str, value: object) -> str | None:
    """A known (manifest / front matter) value as the string the Document holds, or None if unusable."""
    if value is None:
        return None
    if name == "date":
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return value.isoformat()
        s = str(value).strip()
        if not _ISO.match(s):
            return None
        try:
            _dt.date.fromisoformat(s)
        except ValueError:
            return None
        return s
    s = str(value).strip()
    if not s:
        return None
    return normalise_doc_number(s) if name == "doc_number" else s


def parse(
    raw: str,
    doc_id: str,
    *,
    known: Mapping[str, object] | None = None,
    source: str = "seed",
) -> Document:
    """Parse raw document text into a :class:`~policy.model.Document`.

    Parameters
    ----------
    raw : str
        The document's text as read (decoded, front matter removed).
    doc_id : str
        Document id (the file stem for seeds).
    known : mapping, optional
        What is known from outside the text (manifest or YAML front matter): ``title``, ``doc_number``,
        ``issuer``, ``date`` (ISO string or ``datetime.date``), and optionally ``unknown`` (field → reason).
        A value found in the text wins; a known value fills a field the text does not state. Disagreements
        are recorded in the document's warnings.
    source : {"seed", "library", "path"}
        Where the document came from.

    Returns
    -------
    Document
        Normalised text, clauses covering all of it, metadata with reasons for what is unknown, warnings.

    Raises
    ------
    TypeError
        If ``raw`` or ``doc_id`` is not a ``str`` or ``known`` is not a mapping.
    ValueError
        If ``doc_id`` is empty or ``source`` is not one of :data:`SOURCES`.
    """
    if not isinstance(raw, str):
        raise TypeError(f"parse() needs the document text as str, not {type(raw).__name__}")
    if not isinstance(doc_id, str):
        raise TypeError(f"parse() needs doc_id as str, not {type(doc_id).__name__}")
    if not doc_id:
        raise ValueError("parse() needs a non-empty doc_id (the file stem)")
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
    if known is not None and not isinstance(known, Mapping):
        raise TypeError(f"known must be a mapping of field → value, not {type(known).__name__}")

    text = normalise(raw)
    clauses, clause_warnings = parse_clauses(text)
    known = known or {}
    given_title = _known_value("title", known.get("title"))
    # Traditional characters (吉林省人民政府關於…) are read through their one-for-one simplified folding;
    # what is found is then cited as written.
    reading = fold_traditional(text) if has_traditional(text) else text
    found = find_metadata(reading, given_title)
    warnings = list(clause_warnings)
    gazetteer = load_gazetteer()
    paras = [p.strip() for p in reading.split("\n") if p.strip()]
    origin = find_origin(paras, found.title or given_title, gazetteer)

    def as_written(value):
        at = reading.find(value) if value and reading is not text else -1
        return text[at : at + len(value)] if at >= 0 else value

    values: dict[str, object] = {
        "title": as_written(found.title),
        "doc_number": as_written(found.doc_number),
        "issuer": as_written(found.issuer or origin.issuer),
        "date": found.date,
        "year": found.year,
        "doc_kind": doc_kind(found.title or given_title) or _speech_kind(paras),
        "subject": origin.subject,
    }
    reasons = dict(found.unknown)
    if values["issuer"] is not None:
        reasons.pop("issuer", None)
    if values["doc_kind"] is None:
        reasons["doc_kind"] = message("doc_kind_none" if found.title or given_title else "doc_kind_no_title")
    if values["subject"] is None:
        reasons["subject"] = (
            message("subject_outside", place=origin.outside) if origin.outside else message("subject_none")
        )
    date_basis, date_words = found.date_basis, found.date_words
    for other, basis, _ in found.other_dates:
        if other != found.date:
            warnings.append(
                message("dates_differ", used=found.date, basis=found.date_basis, other=other, where=basis)
            )
    known_reasons = known.get("unknown")
    known_reasons = dict(known_reasons) if isinstance(known_reasons, Mapping) else {}
    # Corrections the user made before importing win over the parse; other given values fill gaps.
    corrected = set(known.get("corrected", ()) or ())
    for name in _FIELDS:
        if name not in known:
            continue
        kv = _known_value(name, known[name])
        if known[name] is not None and kv is None:
            warnings.append(message("given_unusable", field=name, value=repr(known[name])))
            continue
        tv = values[name]
        if kv is None:
            continue
        if name == "subject":  # an adcode, zone id or name of a Jilin region
            region = gazetteer.lookup(kv)
            if region is None:
                warnings.append(message("given_unusable", field=name, value=repr(known[name])))
                continue
            kv = region.id
        if tv is None or name in corrected:
            if name == "date":
                date_basis, date_words = "given", None
            values[name] = kv
            reasons.pop(name, None)
        elif tv != kv:
            warnings.append(message("given_differs", field=name, given=repr(kv), found=repr(tv)))
    if values["date"]:  # a stated or corrected date gives the year
        values["year"] = int(str(values["date"])[:4])
        reasons.pop("year", None)
    # Reasons given with the known metadata are curated; prefer them for fields still unknown.
    for name, why in known_reasons.items():
        if name in reasons and values.get(name) is None and why:
            reasons[name] = str(why)
    unknown = tuple((name, reasons[name]) for name in (*_FIELDS, "year") if values[name] is None)
    if origin.outside:
        warnings.append(message("about_outside", place=origin.outside))

    return Document(
        id=doc_id,
        text=text,
        clauses=clauses,
        title=values["title"],  # type: ignore[arg-type]
        doc_number=values["doc_number"],  # type: ignore[arg-type]
        issuer=values["issuer"],  # type: ignore[arg-type]
        date=values["date"],  # type: ignore[arg-type]
        year=values["year"],  # type: ignore[arg-type]
        source=source,
        warnings=tuple(warnings),
        unknown=unknown,
        doc_kind=values["doc_kind"],  # type: ignore[arg-type]
        subject=values["subject"],  # type: ignore[arg-type]
        subject_words=origin.subject_words if values["subject"] == origin.subject else None,
        outside=origin.outside if values["subject"] is None else None,
        date_basis=date_basis if values["date"] else None,
        date_words=date_words if values["date"] and date_basis != "given" else None,
    )
