"""The floor a whole-process figure is measured against: the least a Qt program printing Chinese does.

Imports PySide6.QtGui, creates a QGuiApplication, registers the embedded CJK font and writes a one-page PDF
with a line of Chinese text. ``python bench/pdf_floor.py OUT.pdf``; timed by :mod:`bench.process_bench`.
"""

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainter, QPdfWriter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
app = QGuiApplication(["pdf-floor"])
import noto_cjk_sans_otc  # noqa: E402 - after Qt, as a Qt program would load its font

QFontDatabase.addApplicationFont(str(noto_cjk_sans_otc.FONT_PATH))
writer = QPdfWriter(sys.argv[1])
painter = QPainter(writer)
painter.setFont(QFont("Noto Sans CJK SC", 12))
painter.drawText(100, 100, "吉林省产业政策图集：长春市重点发展汽车产业")
painter.end()
