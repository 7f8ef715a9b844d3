"""A citation a user can paste: title, 文号, clause and the quoted words, from a clause card or the reader.

``《关于……的通知》（吉政发〔2014〕23号，2014-06-24），（三）重点产业：“……”`` — proper names and document words
stay as written; characters no font can show are copied as 〓 (see :mod:`policy.printable`).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from gui.i18n import tr
from policy.printable import printable


def citation(kb, doc_id: str, clause_id: str | None, quoted: str | None = None) -> str:
    """The citation text of a clause (and of the words quoted from it).

    Raises
    ------
    KeyError
        If the document (or clause) is not in ``kb``.
    """
    doc = kb.document(doc_id)
    title = f"《{doc.title}》" if doc.title else tr("（标题不详）")
    when = doc.date or (str(doc.year) if doc.year else None)
    number = doc.doc_number or tr("文号不详")
    source = f"{title}（{number}" + (f"，{when}" if when else "") + "）"
    if clause_id is not None:
        clause = doc.clause(clause_id)
        label = clause.label or {"preamble": tr("序言"), "signature": tr("落款")}.get(clause.id, clause.id)
        source += "，" + label.strip() + (clause.heading or "")
    if quoted and quoted.strip():
        source += "：“" + printable(" ".join(quoted.split())) + "”"
    return source


def copy_citation(kb, doc_id: str, clause_id: str | None, quoted: str | None = None) -> str:
    """Put the citation on the clipboard; the text copied."""
    text = citation(kb, doc_id, clause_id, quoted)
    QGuiApplication.clipboard().setText(text)
    return text
