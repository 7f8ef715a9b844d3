"""Workaround for a reference-count bug of PySide6 6.12 on Python < 3.12.

There, some calls into Qt drop a reference to their return value that they never took: every call of a
``void`` method (``QGraphicsItem.setPos``, ``QLabel.setText`` …) drops one reference to ``None``, and every
``Signal.emit()`` one to ``True`` (measured: 1000 calls lower ``sys.getrefcount`` by 1000). After some
thousands of calls the count reaches zero and CPython aborts ("none_dealloc: deallocating None",
"bool_dealloc"). Python 3.12 made these singletons immortal, so the bug is harmless there. On older Pythons
we detect the leak and give ``None``, ``True`` and ``False`` a huge reference count once, which has the same
effect as immortality.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_applied = False


def singleton_leaks() -> bool:
    """Whether void Qt calls or signal emissions lower None's or True's reference count here."""
    from PySide6.QtCore import QObject

    probe = QObject()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20):
        probe.setObjectName("probe")
        probe.objectNameChanged.emit("probe")
    return sys.getrefcount(None) <= none_before - 10 or sys.getrefcount(True) <= true_before - 10


def guard_none_refcount() -> bool:
    """Make None, True and False effectively immortal if the leak is present; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return _applied
    if singleton_leaks():
        # ob_refcnt is the first field of every PyObject in release builds of CPython 3.11.
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
        _applied = True
    return _applied
