"""Importing documents into the library: preview what the parser made of each file, then commit.

Two steps, so a user sees before anything is stored::

    previews = preview_files(paths, library=lib)          # never raises for a bad file
    bad = [p for p in previews if p.error]                 # show p.error for each
    result = commit_import(lib, [p for p in previews if p.ok], edits={p.path: {"doc_number": "…"}})

:func:`preview_files` reads and parses each file (nothing is stored) and reports the title, date, 文号,
clause count, regions and industries found and every warning. :func:`commit_import` stores the chosen
previews in one library transaction, with the user's metadata edits for fields the text does not state.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from policy.library.store import Library, NewDocument
from policy.model import Document, Facts
from policy.places.gazetteer import load_gazetteer
from policy.text.doc_codec import content_hash
from policy.text.document import parse
from policy.text.files import document_id
from policy.text.readers import check_length, read_document
from policy.text.sources import InputError

__all__ = [
    "EDITABLE_FIELDS",
    "ImportPreview",
    "ImportOutcome",
    "ImportResult",
    "preview_file",
    "preview_files",
    "commit_import",
    "validate_edit",
]

# Fields the user may correct before importing; a correction is stored and wins over the parse.
EDITABLE_FIELDS = ("title", "doc_number", "issuer", "date", "doc_kind", "subject")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ImportPreview:
    """What the parser made of one file, before anything is stored.

    ``error`` is set (and ``document`` is None) when the file cannot be imported; the message says what,
    where and what to do. ``same_as`` names the document (a seed, a library document, or an earlier file of
    this import) that already has the same text; importing it again adds nothing.
    """

    path: str
    file_name: str
    error: str | None = None
    document: Document | None = None
    kind: str = ""
    encoding: str = ""
    notes: tuple[str, ...] = ()
    content_hash: str = ""
    same_as: str | None = None
    regions: tuple[str, ...] = ()  # names of the regions the text mentions, in order of first mention
    industries: tuple[str, ...] = ()  # canonical industries designated, in order of first designation
    unclassified: tuple[str, ...] = ()  # designated industry terms that match no industry
    warnings: tuple[str, ...] = ()  # parse and extraction warnings
    file_meta: dict = field(default_factory=dict, repr=False)
    raw_text: str = field(default="", repr=False)
    original: bytes = field(default=b"", repr=False)
    facts: Facts | None = field(default=None, repr=False)  # what the preview extracted, stored on import

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def status(self) -> str:
        """One of "error", "present" (same text already there) or "new"."""
        if self.error is not None:
            return "error"
        return "present" if self.same_as else "new"

    @property
    def clause_count(self) -> int:
        return len(self.document.clauses) if self.document else 0

    @property
    def editable(self) -> tuple[str, ...]:
        """Metadata fields the user may fill in or correct (all of them, for a readable file)."""
        return () if self.document is None else EDITABLE_FIELDS

    @property
    def unstated(self) -> tuple[str, ...]:
        """Metadata fields the text does not state."""
        if self.document is None:
            return ()
        return tuple(f for f in EDITABLE_FIELDS if getattr(self.document, f) is None)


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    file_name: str
    status: str  # "added" | "present"
    doc_id: str  # the new id, or the id of the document that already has this text


@dataclass(frozen=True)
class ImportResult:
    outcomes: tuple[ImportOutcome, ...]

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(o.doc_id for o in self.outcomes if o.status == "added")

    @property
    def present(self) -> tuple[str, ...]:
        return tuple(o.doc_id for o in self.outcomes if o.status == "present")


@lru_cache(maxsize=1)
def _assets():
    from policy.industries.taxonomy import load_taxonomy
    from policy.places.gazetteer import load_gazetteer
    from policy.places.parks_ref import load_park_reference

    return load_gazetteer(), load_taxonomy(), load_park_reference()


@lru_cache(maxsize=1)
def _seed_hashes() -> dict[str, str]:
    from policy.corpus import load_seeds

    return {content_hash(d.text): d.id for d in load_seeds()}


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load what reading a file needs (assets, extraction code), e.g. before worker processes fork."""
    from policy.corpus import load_seeds

    # Extracting one seed builds every lazy matcher and cache the extraction of any document uses.
    _facts(load_seeds()[0])


def _facts(doc: Document) -> Facts:
    from policy.extract import extract

    gazetteer, taxonomy, parks = _assets()
    return extract(doc, gazetteer, taxonomy, parks)


def preview_file(path: str | Path, *, known_hashes: Mapping[str, str] | None = None) -> ImportPreview:
    """Read and parse one file without storing it; a bad file gives a preview with ``error`` set.

    Parameters
    ----------
    path : str or Path
    known_hashes : mapping of content hash → document id, optional
        Documents already there (seeds and library); a file with the same text is marked ``same_as``.
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(f"preview_file() needs a path (str or Path), not {type(path).__name__}")
    where = str(path)
    name = Path(path).name
    try:
        read = read_document(path)
        check_length(read.source.text, where)
    except InputError as err:
        return ImportPreview(where, name, error=str(err))
    src = read.source
    stem = document_id(path)
    doc = parse(src.text, stem, known=src.meta, source="library")
    if not doc.text.strip():
        return ImportPreview(where, name, error=f"{where}: the file has no words after clean-up; check it")
    h = content_hash(doc.text)
    return _with_facts(
        ImportPreview(
            where,
            name,
            document=doc,
            kind=read.kind,
            encoding=src.encoding,
            notes=src.notes,
            content_hash=h,
            same_as=(known_hashes or {}).get(h),
            file_meta=dict(src.meta),
            raw_text=src.text,
            original=read.data,
        )
    )


def _with_facts(p: ImportPreview) -> ImportPreview:
    from dataclasses import replace

    doc = p.document
    facts = _facts(doc)
    gazetteer, taxonomy, _ = _assets()
    regions = dict.fromkeys(gazetteer.get(m.region).name for m in facts.mentions if m.region in gazetteer)
    industries = dict.fromkeys(
        taxonomy.get(d.industry).name for d in facts.designations if d.industry and d.industry in taxonomy
    )
    unclassified = dict.fromkeys(d.term for d in facts.designations if d.industry is None)
    return replace(
        p,
        regions=tuple(regions),
        industries=tuple(industries),
        unclassified=tuple(unclassified),
        warnings=doc.warnings + facts.warnings,
        facts=facts,
    )


def preview_files(
    paths: Sequence[str | Path],
    *,
    library: Library | None = None,
    on_progress: Callable[[int, int, str], bool | None] | None = None,
) -> list[ImportPreview]:
    """Preview several files (see :func:`preview_file`), one preview per path in the given order.

    A file whose text is already a seed, in ``library``, or an earlier file of ``paths`` is marked
    ``same_as`` that document. ``on_progress(done, total, path)`` is called after each file; when it
    returns False the batch stops with :class:`policy.library.bulk.Cancelled` (nothing was stored).
    """
    if isinstance(paths, (str, Path)):
        raise TypeError("preview_files() needs a sequence of paths; wrap a single path in a list")
    known = dict(_seed_hashes())
    if library is not None:
        known.update({h: i for h, i in library.hashes().items() if h not in known})
    from dataclasses import replace

    from policy.library.parallel import previews_in_order

    out = []
    reading = previews_in_order(paths)  # a big batch on every core, in order
    try:
        for n, (path, p) in enumerate(zip(paths, reading, strict=True), 1):
            if p.ok:
                p = replace(p, same_as=known.get(p.content_hash))
                if p.same_as is None:
                    known[p.content_hash] = f"{p.file_name} (earlier in this import)"
            out.append(p)
            if on_progress is not None and on_progress(n, len(paths), str(path)) is False:
                from policy.library.bulk import Cancelled

                raise Cancelled(f"stopped after {n} of {len(paths)} files; nothing was imported")
    finally:
        reading.close()
    return out


def validate_edit(field_name: str, value: str) -> str | None:
    """Why an edited metadata value is not acceptable, or None when it is (for the preview dialog)."""
    if field_name not in EDITABLE_FIELDS:
        return f"{field_name!r} cannot be edited; editable fields are {', '.join(EDITABLE_FIELDS)}"
    if not isinstance(value, str):
        return f"the {field_name} must be text"
    value = value.strip()
    if not value:
        return None
    if len(value) > 300:
        return f"the {field_name} is too long (at most 300 characters)"
    if field_name == "date":
        if not _ISO.match(value):
            return "the date must be written YYYY-MM-DD, e.g. 2023-09-04"
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return f"{value} is not a calendar date"
    if field_name == "subject" and load_gazetteer().lookup(value) is None:
        return f"{value} is not a region of Jilin; write its name (长春市, 延边州) or adcode"
    return None


def commit_import(
    library: Library,
    previews: Sequence[ImportPreview],
    edits: Mapping[str, Mapping[str, str]] | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Store previewed documents in the library, all in one transaction.

    Parameters
    ----------
    library : Library
    previews : sequence of ImportPreview
        Previews without errors (drop failed ones first). A preview whose text is a seed's is reported
        "present" and not stored; one already in the library likewise.
    edits : mapping of preview path → {field: value}, optional
        Metadata the user entered or corrected (:data:`EDITABLE_FIELDS`); empty values are ignored. The
        edits are stored with the document and win over the parse, now and whenever it is parsed again.
    on_progress : callable(done, total), optional

    Returns
    -------
    ImportResult
        One outcome per preview, in order.

    Raises
    ------
    ValueError
        A preview has an error, or an edit is not acceptable (:func:`validate_edit`). Nothing is stored.
    LibraryError
        The library cannot be written. Nothing is stored.
    """
    if not isinstance(library, Library):
        raise TypeError(f"commit_import() needs a Library, not {type(library).__name__}")
    previews = list(previews)
    edits = dict(edits or {})
    for p in previews:
        if not isinstance(p, ImportPreview):
            raise TypeError(f"commit_import() needs ImportPreview items, not {type(p).__name__}")
        if not p.ok:
            raise ValueError(f"cannot import a file that failed to read: {p.error}")
    unknown_paths = set(edits) - {p.path for p in previews}
    if unknown_paths:
        raise ValueError(f"edits name files that are not being imported: {', '.join(sorted(unknown_paths))}")
    seeds = _seed_hashes()
    items, slots = [], []
    for p in previews:
        if p.content_hash in seeds:
            slots.append(ImportOutcome(p.path, p.file_name, "present", seeds[p.content_hash]))
            continue
        clean = _clean_edits(p, edits.get(p.path) or {})
        doc = p.document
        if clean:  # the user's corrections win over what the parser read
            doc = parse(p.raw_text, doc.id, known=corrected_known(p.file_meta, clean), source="library")
        facts = None if clean else p.facts  # edited metadata means a new parse, so new facts
        items.append(
            NewDocument(
                doc, p.file_name, p.kind, p.encoding, p.original, p.raw_text, p.file_meta, clean, facts
            )
        )
        slots.append(None)
    stored = iter(library.add(items, on_progress=on_progress))
    outcomes = []
    for p, slot in zip(previews, slots, strict=True):
        if slot is None:
            o = next(stored)
            slot = ImportOutcome(p.path, p.file_name, o.status, o.doc_id)
        outcomes.append(slot)
    return ImportResult(tuple(outcomes))


def corrected_known(file_meta: Mapping, edits: Mapping[str, str]) -> dict:
    """What ``parse`` is told: the file's metadata, then the user's edits marked as corrections."""
    return {**file_meta, **edits, "corrected": sorted(edits)}


def _clean_edits(p: ImportPreview, given: Mapping[str, str]) -> dict[str, str]:
    clean = {}
    for name, value in given.items():
        problem = validate_edit(name, value)
        if problem:
            raise ValueError(f"{p.file_name}: {problem}")
        if value.strip():
            clean[name] = value.strip()
    return clean
