"""Store the facts extracted from a document, so a big library does not have to be extracted at every start.

Extraction is the slow part of building the knowledge base (about 5 ms per seed-sized document). The library
keeps each document's :class:`~policy.model.Facts` as JSON with :func:`extractor_fingerprint`, which changes
whenever the extraction code, the gazetteer, the taxonomy or the park reference changes; stale facts are
extracted again.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path

from policy.model import Document, Facts

__all__ = ["encode_facts", "decode_facts", "extractor_fingerprint", "extract_facts"]

_HERE = Path(__file__).resolve().parent
_EXTRACTOR_SOURCES = ("model.py", "gazetteer.py", "taxonomy.py", "parks_ref.py", "facts_codec.py")
_EXTRACTOR_ASSETS = ("regions.json", "zones.json", "industries.json", "parks.json")


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
    from policy.gazetteer import load_gazetteer
    from policy.parks_ref import load_park_reference
    from policy.taxonomy import load_taxonomy

    return load_gazetteer(), load_taxonomy(), load_park_reference()


def extract_facts(doc: Document) -> Facts:
    """The facts of one document, with the bundled gazetteer, taxonomy and park reference."""
    from policy.extract import extract

    gazetteer, taxonomy, parks = _assets()
    return extract(doc, gazetteer, taxonomy, parks)


def _encode(value):
    if is_dataclass(value):
        return [_encode(getattr(value, f.name)) for f in fields(value)]
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _identity(value):
    return value


def _as_float(value):
    return None if value is None else float(value)


@cache
def _decoder(hint):
    """A function turning stored JSON back into ``hint`` (built once per type, so decoding stays fast)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(inner) != 1:
            return _identity
        decode = _decoder(inner[0])
        return lambda v: None if v is None else decode(v)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            if item is _identity:
                return tuple
            return lambda v: tuple(item(x) for x in v)
        parts = tuple(_decoder(a) for a in args)
        return lambda v: tuple(d(x) for d, x in zip(parts, v, strict=True))
    if isinstance(hint, type) and is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        parts = tuple(_decoder(hints[f.name]) for f in fields(hint))

        def record(v, cls=hint, parts=parts):
            if len(v) != len(parts):
                raise ValueError(f"{cls.__name__}: {len(v)} values for {len(parts)} fields")
            return cls(*[d(x) for d, x in zip(parts, v, strict=True)])

        return record
    if hint is float:
        return _as_float
    return _identity


def encode_facts(facts: Facts) -> str:
    """Facts as compact JSON (records as arrays in field order)."""
    if not isinstance(facts, Facts):
        raise TypeError(f"encode_facts() needs Facts, not {type(facts).__name__}")
    return json.dumps(_encode(facts), ensure_ascii=False, separators=(",", ":"))


def decode_facts(payload: str) -> Facts:
    """Rebuild :class:`Facts` from :func:`encode_facts` output.

    Raises
    ------
    ValueError
        If the payload does not fit the current records (the caller extracts again).
    """
    try:
        return _decoder(Facts)(json.loads(payload))
    except (TypeError, KeyError, json.JSONDecodeError) as err:
        raise ValueError(f"not stored facts ({type(err).__name__}: {err})") from None
