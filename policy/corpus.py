"""Where documents come from: the bundled seeds (with their manifest) and files given on the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from policy.model import Document
from policy.text.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@lru_cache(maxsize=1)
def seed_manifest() -> dict:
    """What is known about each seed document, keyed by document id."""
    return json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["documents"]


def known_metadata(entry: dict) -> dict:
    """The metadata a manifest entry states (title, 文号, issuer, date), for ``parse(known=...)``."""
    return {k: entry[k] for k in ("title", "doc_number", "issuer", "date") if entry.get(k)}


def _with_manifest_reasons(doc: Document, entry: dict) -> Document:
    """Prefer the manifest's researched reason for a field the text does not state."""
    reasons = dict(doc.unknown)
    for name, reason in (entry.get("unknown") or {}).items():
        if getattr(doc, name, None) is None:
            reasons[name] = reason
    return replace(doc, unknown=tuple(reasons.items()))


def _parse_seeds(files: list[tuple[str, bytes]]) -> tuple[Document, ...]:
    from policy.text.document import parse  # the parser's modules load only when nothing is cached

    manifest = seed_manifest()
    docs = []
    for name, data in files:
        if not name.endswith(".txt"):
            continue
        stem = name.removesuffix(".txt")
        entry = manifest.get(stem, {})
        doc = parse(data.decode("utf-8"), stem, known=known_metadata(entry), source="seed")
        docs.append(_with_manifest_reasons(doc, entry))
    return tuple(docs)


@lru_cache(maxsize=1)
def _seed_reading() -> tuple[tuple[Document, ...], dict]:
    """The seeds parsed and their facts: from the user's cache when it holds them for this code, else
    parsed, extracted and cached (see :mod:`policy.library.seed_cache`)."""
    from policy.library.facts_codec import extract_facts
    from policy.library.seed_cache import read_cached, seed_key, write_cached

    files = [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    files.append(("manifest.json", (SEEDS / "manifest.json").read_bytes()))
    key = seed_key(files)
    cached = read_cached(key)
    if cached is not None:
        return cached
    docs = _parse_seeds(files)
    facts = {d.id: extract_facts(d) for d in docs}
    write_cached(key, docs, facts)
    return docs, facts


def load_seeds() -> tuple[Document, ...]:
    """The five seed documents, parsed, in id order."""
    return _seed_reading()[0]


def seed_facts() -> dict:
    """The facts of the seed documents, by document id (cached with the parse)."""
    return dict(_seed_reading()[1])


def load_paths(paths, *, existing_ids=()) -> tuple[Document, ...]:
    """Parse document files given for this run only (``--docs``): text, markdown, .docx or PDF.

    Raises
    ------
    InputError
        For the first file that cannot be read, or a document id that clashes with another document.
    """
    return read_paths(paths, existing_ids=existing_ids)[0]


def read_paths(paths, *, existing_ids=()) -> tuple[tuple[Document, ...], dict]:
    """Documents of these files and their facts, from the user's cache when it holds them for these bytes
    and this code (see :mod:`policy.library.parse_cache`), else read, parsed, extracted and cached.

    Raises
    ------
    InputError
        As :func:`load_paths`.
    """
    from policy.library import parse_cache
    from policy.library.facts_codec import extract_facts_all
    from policy.text.files import document_id
    from policy.text.sources import read_path_bytes

    taken = set(existing_ids)
    docs, facts, unread = [], {}, []
    for p in paths:
        where, data = read_path_bytes(p)
        doc_id = document_id(p)
        # The name holds the id (its stem) and the suffix that picks the reader.
        key = parse_cache.entry_key([(Path(p).name, data)])
        found = parse_cache.read_document(key, doc_id)
        doc = found[0] if found is not None else _parse_document(where, data, doc_id)
        if doc_id in taken:
            raise InputError(
                f"{p}: a document with id '{doc_id}' is already loaded; rename the file (its name is its id)"
            )
        taken.add(doc_id)
        docs.append(doc)
        if found is None:
            unread.append((key, doc))
        else:
            facts[doc_id] = found[1]
    # Every file is read and parsed before any is extracted: a bad file stops the batch at once, and
    # the rest is extracted together (on every core when there are many).
    for (key, doc), found in zip(unread, extract_facts_all([d for _, d in unread]), strict=True):
        parse_cache.write_document(key, doc, found)
        facts[doc.id] = found
    return tuple(docs), facts


def _parse_document(where: str, data: bytes, doc_id: str):
    from policy.text.document import parse
    from policy.text.readers import check_length, read_bytes

    src = read_bytes(data, where).source
    check_length(src.text, where)
    return parse(src.text, doc_id, known=src.meta, source="path")


def user_library():
    """The user's library, or None when it has no file yet (a missing file is an empty library).

    Checks for the file before importing the store, which brings the parser with it: most runs of a
    command have no library, and need neither.

    Raises
    ------
    policy.library.paths.LibraryError
        As :func:`policy.library.store.open_library`.
    """
    from policy.library.paths import default_library_path

    path = default_library_path()
    if not path.exists():
        return None
    from policy.library.store import open_library

    return open_library(create=False)


def load_with_library(extra_paths=(), *, read_only: bool = True):
    """The knowledge base of the seeds, the user's library and ``extra_paths``, and warnings for the user.

    A library that cannot be used (damaged, another program's file, a newer version) is left out and left
    untouched; the warning says why. With ``read_only`` (export, brief, atlas, screenshot) the library file is
    never written nor created.

    Returns
    -------
    (KnowledgeBase, tuple of str)

    Raises
    ------
    InputError
        For a file of ``extra_paths`` that cannot be read.
    """
    from policy.library.paths import default_library_path

    path = default_library_path()
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        # No library (or an empty file): nothing to read, and no need to import the store and the parser.
        return load_knowledge_base(extra_paths), ()
    from policy.library.store import LibraryError, open_library

    try:
        library = open_library(create=False, read_only=read_only)
        return load_knowledge_base(extra_paths, library=library), ()
    except LibraryError as err:
        warning = f"{err}; continuing without the library"
    return load_knowledge_base(extra_paths), (warning,)


def load_knowledge_base(extra_paths=(), *, library_documents=(), library=None):
    """The knowledge base of the seeds, the user's library and any files given for this run.

    Pass ``library`` (a :class:`policy.library.store.Library`) to use its documents and its cached facts,
    which keeps start-up fast with hundreds of documents; ``library_documents`` is for documents alone.
    """
    from policy.kb import build_kb

    seeds = load_seeds()
    facts = seed_facts()
    if library is not None:
        library_documents = library.documents()
        facts.update(library.facts(library_documents))
    library_documents = tuple(library_documents)
    ids = [d.id for d in seeds + library_documents]
    extra = ()
    if extra_paths:
        extra, extra_facts = read_paths(extra_paths, existing_ids=ids)
        facts.update(extra_facts)
    return build_kb(seeds + library_documents + extra, facts=facts)
