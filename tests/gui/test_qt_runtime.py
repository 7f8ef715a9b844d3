"""The Qt binding must not leak references to None/True (PySide6 6.12 on Python 3.11 does, then aborts)."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_and_signals_keep_none_and_true_alive():
    probe = QObject()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        probe.setObjectName("probe")
        probe.objectNameChanged.emit("probe")
    assert sys.getrefcount(None) > none_before - 100
    assert sys.getrefcount(True) > true_before - 100
