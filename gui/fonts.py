"""The embedded CJK font: every widget renders Chinese with Noto Sans CJK SC on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

#: Ask for the face by name: the .ttc collection's first face is the Japanese one.
FAMILY = "Noto Sans CJK SC"
_registered: bool | None = None


def register_fonts() -> bool:
    """Register the bundled Noto Sans CJK collection once; False if it is missing (Qt falls back)."""
    global _registered
    if _registered is None:
        try:
            import noto_cjk_sans_otc
        except ImportError:
            _registered = False
        else:
            _registered = QFontDatabase.addApplicationFont(str(noto_cjk_sans_otc.FONT_PATH)) >= 0
    return _registered


def ui_font(point_size: float = 9.5, *, bold: bool = False) -> QFont:
    """The UI font (Noto Sans CJK SC) at a size."""
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def apply_application_font(app: QApplication) -> None:
    """Register the font and make it the application's default."""
    register_fonts()
    app.setFont(ui_font())
