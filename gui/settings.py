"""Persistent window layout and last selection (QSettings).

With ``JILIN_ATLAS_DATA_DIR`` set (tests, portable installs) the settings live in an ini file inside that
folder, so tests never read or write the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "JilinAtlas"
APPLICATION = "jilin-atlas"


def open_settings() -> QSettings:
    """The application's settings store."""
    folder = os.environ.get("JILIN_ATLAS_DATA_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def read_list(settings: QSettings, key: str) -> list[str]:
    """A list of strings stored under ``key`` (QSettings returns a bare str for one-element lists)."""
    value = settings.value(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]
