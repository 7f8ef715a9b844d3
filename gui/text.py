"""Showing text that came from documents: escaped for rich-text widgets, joined per language.

Qt guesses whether a tooltip or label is HTML (``Qt.mightBeRichText``). Document titles, park names, terms
and clause text are data, so a title like ``<img src=…>关于<b>通知</b>`` must show those characters, never
load an image: every tooltip that can carry such text goes through :func:`plain_tooltip`, and message
boxes and labels showing it are set to plain text (:func:`message_box`).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import i18n


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (line breaks kept), whatever characters it contains.

    Parameters
    ----------
    text : str
        Plain text, possibly containing ``<``, ``&`` or quotes from a document.

    Returns
    -------
    str
        ``""`` for empty text (no tooltip); otherwise escaped HTML that Qt renders as exactly ``text``.

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"plain_tooltip() needs a str, not {type(text).__name__}")
    if not text:
        return ""
    # Always HTML (even for harmless text) so Qt never has to guess; pre-wrap keeps the line breaks.
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>"


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    """Show a modal message box whose text is plain (paths, ids and titles shown literally).

    Returns
    -------
    QMessageBox.StandardButton
        The button the user pressed.
    """
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return QMessageBox.StandardButton(box.exec())


def join_names(names: Iterable[str], *, semicolon: bool = False) -> str:
    """Join names as a list in the interface language.

    Chinese uses "、" (or "；" between longer items with ``semicolon``); English ", " (or "; ").
    """
    english = i18n.language() == "en"
    if semicolon:
        return ("; " if english else "；").join(names)
    return (", " if english else "、").join(names)
