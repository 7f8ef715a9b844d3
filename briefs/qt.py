"""Headless Qt for briefs: a QGuiApplication when none exists, and the embedded CJK font.

No QtWidgets here: briefs render with QtGui only, so they work with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import os

#: Always ask for the Simplified Chinese face by name: the .ttc collection's first face is Japanese.
FAMILY = "Noto Sans CJK SC"
#: OpenType features switched off for every brief font. Qt's PDF writer maps each glyph back to text through
#: the font's cmap only, so a glyph a feature substitutes in is lost or wrong in the text layer: Noto Sans
#: CJK's Latin 'locl' swaps digits and … for glyphs in no cmap ("issued in  or later"), 'liga' turns "fi"
#: into ﬁ, and 'ccmp' turns —— into ⸺ and ―― into a glyph in no cmap.
NO_FEATURES = ("locl", "liga", "ccmp")
_app = None
_font_ok: bool | None = None


def ensure_app():
    """Return the running QGuiApplication (or QApplication), creating a headless one if there is none."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # A command-line run has no display: the offscreen platform is enough for fonts and PDF output.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _app = QGuiApplication(["jilin-atlas-briefs"])
    return app


def register_font() -> bool:
    """Register Noto Sans CJK (noto_cjk_sans_otc.FONT_PATH) with Qt once; False if it cannot be loaded."""
    global _font_ok
    if _font_ok is None:
        ensure_app()
        from PySide6.QtGui import QFontDatabase

        try:
            import noto_cjk_sans_otc
        except ImportError:
            _font_ok = False
        else:
            _font_ok = QFontDatabase.addApplicationFont(str(noto_cjk_sans_otc.FONT_PATH)) >= 0
    return _font_ok


def font(point_size: float, *, bold: bool = False):
    """Noto Sans CJK SC at ``point_size`` (points), after making sure the font is registered."""
    from PySide6.QtGui import QFont

    register_font()
    f = QFont(FAMILY)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    for tag in NO_FEATURES:
        f.setFeature(QFont.Tag(tag), 0)
    # Design metrics: the same layout on a 72-dpi PDF, a 1200-dpi printer and the print preview.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def painter_font(painter, point_size: float, *, bold: bool = False):
    """A font that draws ``point_size`` layout points tall on ``painter`` (whose units are points).

    QPainter resolves point sizes against its device's dpi and then applies the world transform; the
    briefs' painters are already scaled from points to device units, so the size is divided back here.
    """
    dpi = painter.device().logicalDpiY() or 72
    return font(point_size * 72.0 / dpi, bold=bold)
