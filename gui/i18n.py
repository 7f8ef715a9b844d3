"""Interface language: every string goes through :func:`tr`; English comes from assets/i18n/.

Source strings are Chinese. ``assets/i18n/atlas_en.ts`` (Qt Linguist format, context ``atlas``) holds the
English translation and is compiled to ``atlas_en.qm`` with ``pyside6-lrelease``; if the .qm is missing the
.ts is read directly, so the translation never silently disappears.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CONTEXT = "atlas"
LANGUAGES = ("zh", "en")
I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"

_installed: QTranslator | None = None
_qt_installed: QTranslator | None = None  # Qt's own strings (file dialogs, print preview, Yes / No)
_language = "zh"
#: Qt's own catalogue for each interface language; English is Qt's source language (nothing to load).
QT_CATALOGUES = {"zh": "qtbase_zh_CN"}


def tr(text: str) -> str:
    """Translate a Chinese source string into the current interface language."""
    return QCoreApplication.translate(CONTEXT, text)


class DictTranslator(QTranslator):
    """A translator built from a mapping (used when no compiled .qm file is available)."""

    def __init__(self, messages: dict[str, str], parent=None):
        super().__init__(parent)
        self._messages = dict(messages)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        if context != CONTEXT:
            return None
        return self._messages.get(source) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._messages


def read_ts(path: Path) -> dict[str, str]:
    """Source → translation pairs of a Qt .ts file (unfinished or empty translations left out)."""
    import xml.etree.ElementTree as ET  # only when the compiled .qm is missing

    root = ET.parse(path).getroot()
    out = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete") or not node.text:
            continue
        out[source] = node.text
    return out


def _translator(language: str) -> QTranslator | None:
    if language == "zh":
        return None
    qm = I18N_DIR / f"atlas_{language}.qm"
    translator = QTranslator()
    if qm.exists() and translator.load(str(qm)):
        return translator
    ts = I18N_DIR / f"atlas_{language}.ts"
    if not ts.exists():
        raise FileNotFoundError(f"translation {ts} is missing; reinstall the application")
    return DictTranslator(read_ts(ts))


# Strings of Qt's own dialogs that its Chinese catalogue lacks in this Qt version (the file dialog's form
# writes them with their shortcut marks, the catalogue has them without).
QT_GAPS = {
    "zh": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    }
}


class QtGapTranslator(QTranslator):
    """Qt's own strings that its catalogue does not translate, keyed by (context, source)."""

    def __init__(self, messages: dict[tuple[str, str], str], parent=None):
        super().__init__(parent)
        self._messages = dict(messages)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return self._messages.get((context, source)) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._messages


_qt_gaps: QTranslator | None = None


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own translations (qtbase: QFileDialog, QPrintPreviewDialog, standard buttons) for a language,
    from PySide6's translations folder; None for English or when the catalogue is not installed."""
    name = QT_CATALOGUES.get(language)
    if name is None:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(name, folder) else None


def set_language(language: str) -> None:
    """Switch the interface language; Qt then sends every widget a LanguageChange event.

    Raises
    ------
    ValueError
        If ``language`` is not one of :data:`LANGUAGES`.
    """
    global _installed, _qt_installed, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language() needs a running QApplication")
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if _qt_installed is not None:
        app.removeTranslator(_qt_installed)
        _qt_installed = None
    translator = _translator(language)
    if translator is not None:
        translator.setParent(app)
        app.installTranslator(translator)
        _installed = translator
    qt = qt_translator(language)
    if qt is not None:
        qt.setParent(app)
        app.installTranslator(qt)
        _qt_installed = qt
    global _qt_gaps
    if _qt_gaps is not None:
        app.removeTranslator(_qt_gaps)
        _qt_gaps = None
    if language in QT_GAPS:
        _qt_gaps = QtGapTranslator(QT_GAPS[language], app)
        app.installTranslator(_qt_gaps)
    # Dialogs Qt builds itself (dates, number formats, the print dialog's page sizes) follow too.
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    _language = language


def language() -> str:
    """The current interface language ("zh" or "en")."""
    return _language


def shown(text: str) -> str:
    """A policy warning, unknown-metadata reason or import note in the interface language.

    The English text stays the data (export, CLI, warning targets); only what is displayed is localised.
    """
    from policy.messages import localise

    return localise(text, _language)
