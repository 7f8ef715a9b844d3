"""File → Print brief…: the print preview of the selected region's brief (briefs/ is imported lazily).

The page is painted by the briefs package; this module owns only the dialog (QtPrintSupport widgets stay in
gui/). Contract: ``briefs.render.render_brief(kb, region_id, device)`` paints the brief on a QPrinter. If the
briefs package is missing, the menu action is disabled with a tooltip saying so.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

MODULE, FUNCTION = "briefs.render", "render_brief"


def brief_available() -> bool:
    """Whether the briefs module is installed, checked without importing it (start-up stays light)."""
    try:
        return importlib.util.find_spec(MODULE) is not None
    except (ImportError, ValueError):
        return False


def brief_painter() -> Callable | None:
    """The briefs package's page painter, or None if it is not available."""
    try:
        module = importlib.import_module(MODULE)
    except ImportError:
        return None
    painter = getattr(module, FUNCTION, None)
    return painter if callable(painter) else None


def print_brief(parent, kb, region_id: str) -> bool:
    """Show the print preview (with the native print dialog) of a region's brief; False if unavailable."""
    painter = brief_painter()
    if painter is None:
        return False
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: painter(kb, region_id, p))
    dialog.exec()
    return True
