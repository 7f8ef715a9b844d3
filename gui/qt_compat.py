"""Workaround for a reference-count bug of PySide6 6.12 on Python < 3.12.

There, every call of a Qt method that returns ``void`` drops one reference to ``None`` that it never took
(measured: 1000 calls of ``QGraphicsItem.setPos`` lower ``sys.getrefcount(None)`` by 1000). After some
thousands of calls ``None``'s count reaches zero and CPython aborts with "none_dealloc: deallocating None".
Python 3.12 made ``None`` immortal, so the bug is harmless there. On older Pythons we detect the leak and
give ``None`` a huge reference count once, which has the same effect as immortality.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_applied = False


def void_call_leaks_none() -> bool:
    """Whether a void Qt call lowers None's reference count in this interpreter."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 10


def guard_none_refcount() -> bool:
    """Make None effectively immortal if the PySide6 leak is present; True if the guard was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return _applied
    if void_call_leaks_none():
        # ob_refcnt is the first field of every PyObject in release builds of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
        _applied = True
    return _applied
