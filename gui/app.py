"""Start the desktop app: QApplication, font, language, knowledge base, fast-path geometry, main window.

Nothing heavy is imported here: geometry comes from ``geo.fastpath`` (standard library only), matplotlib
only when a chart is first shown. ``JILIN_ATLAS_EXIT_AFTER_PAINT=1`` quits right after the map's first paint
and prints ``first-paint <unix time>`` to stdout (the smoke test and the start-up benchmark use it);
``=library`` quits once the user's library has joined the view (``library-ready <unix time>``).
"""

from __future__ import annotations

import os
import sys
import time

EXIT_AFTER_PAINT = "JILIN_ATLAS_EXIT_AFTER_PAINT"


def application(argv=None):
    """The running QApplication, created (with the embedded font) if there is none."""
    from PySide6.QtWidgets import QApplication

    from gui import qt_messages
    from gui.fonts import apply_application_font

    app = QApplication.instance()
    if app is None:
        qt_messages.install()
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
        app.setOrganizationName("JilinAtlas")
        app.setApplicationName("jilin-atlas")
        apply_application_font(app)
    return app


def create_window(
    kb=None, *, language: str | None = None, restore: bool = False, size=(1440, 900), notices=()
):
    """Build the main window for a knowledge base (default: the seeds and the user's library).

    Parameters
    ----------
    kb : KnowledgeBase, optional
        Tests hand in a small one.
    language : {"zh", "en"}, optional
        Interface language; default the saved choice, else Chinese.
    restore : bool
        Restore the saved window layout and last selection.
    size : (int, int)
        Window size in pixels when no saved layout is restored.
    notices : sequence of str
        Why the user's library is left out, shown in the window (with ``kb``; otherwise found here).
    """
    from geo.fastpath import load_layers
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.settings import open_settings
    from gui.state import AtlasState
    from gui.viewmodel import AtlasView
    from policy.history import document_year

    application()
    notes = list(notices)
    if kb is None:
        kb, notes = load_default_kb()
    if language is None:
        saved = open_settings().value("ui/language", "zh")
        language = saved if saved in i18n.LANGUAGES else "zh"
    i18n.set_language(language)
    view = AtlasView(kb)
    state = AtlasState(
        view.doc_ids,
        industries=(i.id for i in kb.industries),
        years={d.id: document_year(d) for d in kb.documents},
    )
    window = MainWindow(view, load_layers("province"), state)
    for note in notes:
        window.statusBar().showMessage(note)
        window.show_library_notice(note)
    if restore:
        window.restore()
        window.persist = True
    else:
        window.resize(*size)
    return window


def load_default_kb(*, read_only: bool = False):
    """The seeds plus the documents in the user's library; an unusable library is reported, not fatal.

    Parameters
    ----------
    read_only : bool
        Never write the library file (the screenshot command); the app itself caches facts in it.

    Returns
    -------
    (KnowledgeBase, list of str)
        The knowledge base and warnings for the user (e.g. the library file is damaged).
    """
    from policy.corpus import load_with_library

    # The library's cached facts keep the start fast with hundreds of documents.
    kb, warnings = load_with_library(read_only=read_only)
    return kb, list(warnings)


def _has_library() -> bool:
    from policy.library.store import LibraryError, open_library

    try:
        return bool(open_library(create=False, read_only=True).entries())
    except LibraryError:  # reported when the library is loaded
        return True


def load_library_after_first_paint(window) -> None:
    """Show the seeds at once and bring the user's library in right after the map's first paint.

    Decoding hundreds of stored documents takes a few tenths of a second; the map should not wait for it.
    """
    from PySide6.QtCore import QTimer

    from gui.i18n import tr

    def load():
        kb, notes = load_default_kb()
        window.set_knowledge_base(kb)
        window.statusBar().showMessage(notes[0] if notes else tr("文档库已载入"), 5000)
        for note in notes:
            window.show_library_notice(note)

    def first_paint():
        window.map.painted.disconnect(first_paint)
        window.statusBar().showMessage(tr("正在载入文档库…"))
        QTimer.singleShot(0, load)

    window.map.painted.connect(first_paint)


def run_app(args) -> int:
    """``python main.py``: open the window; returns the exit status."""
    app = application()
    if _has_library():
        from policy.corpus import load_knowledge_base

        window = create_window(load_knowledge_base(), language=getattr(args, "lang", None), restore=True)
        load_library_after_first_paint(window)
    else:
        window = create_window(language=getattr(args, "lang", None), restore=True)
    exit_after = os.environ.get(EXIT_AFTER_PAINT)
    if exit_after == "1":

        def first_paint():
            window.map.painted.disconnect(first_paint)
            print(f"first-paint {time.time():.6f}", flush=True)
            app.quit()

        window.map.painted.connect(first_paint)
    elif exit_after == "library":  # the benchmark of a big library: quit once its documents are in view

        def library_ready(*_):
            print(f"library-ready {time.time():.6f}", flush=True)
            app.quit()

        window.state.viewChanged.connect(library_ready)
    window.show()
    status = app.exec()
    return int(status)
