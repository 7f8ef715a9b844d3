"""The region a document is about (its subject), read from its title."""

from __future__ import annotations

import re

from policy.model import Document
from policy.places.gazetteer import PROVINCE

# Without a title, the head of the preamble stands in for it: up to the addressees' colon.
_HEAD_END = re.compile(r"[：:]")
_HEAD_MAX = 160


def _title_text(doc: Document) -> str:
    if doc.title:
        return doc.title
    preamble = next((c for c in doc.clauses if c.id == "preamble"), None)
    if preamble is None:
        return ""
    head = doc.text[preamble.start : min(preamble.end, preamble.start + _HEAD_MAX)]
    m = _HEAD_END.search(head)
    return head[: m.start()] if m else head


def document_subject(doc: Document, gazetteer) -> str | None:
    """The one region (prefecture, county or zone) a document is about, or None for a provincial document.

    The subject is read from the title (or, when the title is unknown, the head of the preamble): it is
    the single region other than the province named there. 001 (在吉林市开展全省产业创新示范区试点…) is
    about 吉林市; 002 is about the 吉西南 zone; 000 and 003 name no region and are provincial.

    Parameters
    ----------
    doc : Document
    gazetteer : policy.places.gazetteer.Gazetteer

    Returns
    -------
    str or None
        A region id, or None when the title names no region or several different ones.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"document_subject() needs a Document, not {type(doc).__name__}")
    if doc.subject is not None:  # read by the parser (title, congress line, 我代表…; policy.text.origin)
        return None if doc.subject == PROVINCE else doc.subject
    if doc.outside is not None:
        return None
    title = _title_text(doc)
    # Inside a title, bare 吉林 is the issuer's province (吉林省人民政府…), never a guess at the city.
    regions = {m.region for m in gazetteer.find(title, subject=PROVINCE) if m.region != PROVINCE}
    return regions.pop() if len(regions) == 1 else None
