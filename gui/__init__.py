"""The desktop app (PySide6). The only package that imports QtWidgets.

Importing it applies :func:`gui.qt_compat.guard_none_refcount`, a workaround for a PySide6 bug that would
otherwise abort the process after a few thousand Qt calls on Python 3.11.
"""

from gui.qt_compat import guard_none_refcount

guard_none_refcount()
