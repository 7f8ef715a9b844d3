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
_PATH_PX = 200  # pixel size outlines are built at before scaling (text_path)
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


def font(point_size: float):
    """Noto Sans CJK SC at ``point_size`` (points), after making sure the font is registered.

    Never bold: the collection has only the Regular weight, and Qt's synthetic bold prints the text twice in
    a PDF (every bold run is read twice). Emphasise with colour, or with :func:`draw_heavy_text`.
    """
    from PySide6.QtGui import QFont

    register_font()
    f = QFont(FAMILY)
    f.setPointSizeF(point_size)
    for tag in NO_FEATURES:
        f.setFeature(QFont.Tag(tag), 0)
    # Design metrics: the same layout on a 72-dpi PDF, a 1200-dpi printer and the print preview.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def painter_font(painter, point_size: float):
    """A font that draws ``point_size`` layout points tall on ``painter`` (whose units are points).

    QPainter resolves point sizes against its device's dpi and then applies the world transform; the
    briefs' painters are already scaled from points to device units, so the size is divided back here.
    """
    dpi = painter.device().logicalDpiY() or 72
    return font(point_size * 72.0 / dpi)


def text_path(painter, origin, text: str, font):
    """The outline of ``text`` as ``painter.drawText(origin, text)`` with ``font`` would place it.

    ``QPainterPath.addText`` sizes the font for the screen, not for the painter's device, so the outline is
    built at a large pixel size and scaled to the em the device gives the font.
    """
    from PySide6.QtGui import QFont, QPainterPath, QTransform

    em = font.pointSizeF() * painter.device().logicalDpiY() / 72.0
    big = QFont(font)
    big.setPixelSize(_PATH_PX)
    path = QPainterPath()
    path.addText(0, 0, big, text)
    k = em / _PATH_PX
    return QTransform(k, 0, 0, k, origin.x(), origin.y()).map(path)


def draw_heavy_text(painter, origin, text: str, font, color, *, weight: float = 0.05) -> None:
    """Draw ``text`` once, as text, thickened by a stroke of its outline (a path, not text).

    A bolder look that keeps the PDF's text layer single: ``weight`` is the stroke width in ems.
    ``origin`` is the baseline start (QPointF) in the painter's units.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPen

    em = font.pointSizeF() * painter.device().logicalDpiY() / 72.0
    pen = QPen(QColor(color), weight * em)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.strokePath(text_path(painter, origin, text, font), pen)
    painter.setPen(QColor(color))
    painter.setFont(font)
    painter.drawText(origin, text)
    painter.restore()
