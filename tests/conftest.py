"""Test-wide set-up: headless Qt and a throw-away user data folder, before anything imports Qt."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app reads its library location from this variable; tests never touch the real user folder.
os.environ["JILIN_ATLAS_DATA_DIR"] = tempfile.mkdtemp(prefix="jilin-atlas-test-")
os.environ.setdefault("HYPOTHESIS_PROFILE", "ci")

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", max_examples=60, deadline=None)
settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def qt_application():
    """One QApplication for the whole session, made before anything (briefs) can make a bare QGuiApplication.

    Widgets need a QApplication; if a headless QGuiApplication came first, creating a widget would abort.
    """
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["jilin-atlas-tests"])
