"""Run by tests/gui/test_real_window.py under Xvfb: the real window (xcb, not offscreen), one
click → filter → print path; prints one JSON line of what happened."""

from __future__ import annotations

import json
import sys

from PySide6 import QtPrintSupport
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

OUT = sys.argv[1]


class PrintToFile(QtPrintSupport.QPrintPreviewDialog):
    """The preview dialog, "printed" at once to a PDF file instead of waiting for the user."""

    def exec(self):  # noqa: A003 - Qt name
        printer = self.printer()
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(OUT)
        self.paintRequested.emit(printer)
        return 1


QtPrintSupport.QPrintPreviewDialog = PrintToFile

from gui.app import application, create_window  # noqa: E402

app = application()
window = create_window(language="zh", size=(1024, 700))
window.show()
QTest.qWaitForWindowExposed(window)
platform = app.platformName()
m = window.map
label = m.items_by_region["220200"].label_point
QTest.mouseClick(
    m.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, m.mapFromScene(QPointF(label))
)
QTest.qWait(50)
model = window.industries.model
for iid in ("petrochemicals", "pharmaceuticals"):
    model.setData(model.index_of(iid), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
QTest.qWait(50)
window.print_action.trigger()
print(
    json.dumps(
        {
            "platform": platform,
            "selected": window.state.selected,
            "filter": list(window.state.industry_filter),
            "legend": m.legend.title,
            "coloured": sorted(m.coloured_regions("prefecture")),
        },
        ensure_ascii=False,
    )
)
window.close()
