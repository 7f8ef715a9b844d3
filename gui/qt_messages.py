"""Quieten one known piece of Qt noise and pass every other Qt message through unchanged.

The offscreen platform (screenshots, tests, benchmarks) prints "This plugin does not support
propagateSizeHints()" each time a window is shown; it says nothing about the atlas and hides real warnings.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

IGNORED = ("This plugin does not support propagateSizeHints()",)

_previous = None
_installed = False


def handle(msg_type, context, message: str) -> None:
    """Drop the messages in :data:`IGNORED`; hand the rest to the previous handler (or print to stderr)."""
    if message in IGNORED:
        return
    if _previous is not None:
        _previous(msg_type, context, message)
    else:
        sys.stderr.write(qFormatLogMessage(msg_type, context, message) + "\n")


def install() -> None:
    """Install :func:`handle` as Qt's message handler (once; later calls do nothing)."""
    global _previous, _installed
    if not _installed:
        _previous = qInstallMessageHandler(handle)
        _installed = True
