"""The time control under the map: a year range, step buttons and play.

It only calls :meth:`gui.state.AtlasState.set_years`; the map, the detail pane, the comparison and the
search follow the documents in view through the state. Undated documents are shown only with all years;
the label says how many documents the range holds and how many have no year.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QSpinBox, QToolButton, QWidget

from gui.i18n import tr

PLAY_INTERVAL_MS = 900  # one year per step while playing


class TimeBar(QWidget):
    """Year range (from, to), a slider for the last year, ◀ ▶ steps, play, and 全部年份 (all years)."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self._filling = False
        self.first = QSpinBox()
        self.last = QSpinBox()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(40)
        self.back, self.forward = QToolButton(), QToolButton()
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.all_years = QToolButton()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # The label gives way first: the bar must fit under the map of a 1024 px window.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(40)
        self.from_label, self.to_label = QLabel(), QLabel()
        for b in (self.play, self.all_years):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        for w in (self.from_label, self.first, self.to_label, self.last):
            row.addWidget(w)
        row.addWidget(self.slider, 1)
        for w in (self.back, self.forward, self.play, self.all_years):
            row.addWidget(w)
        row.addWidget(self.label, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.first.valueChanged.connect(self._edited)
        self.last.valueChanged.connect(self._edited)
        self.slider.valueChanged.connect(self._slid)
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.play.toggled.connect(self._play)
        self.all_years.clicked.connect(lambda: self.state.set_years(None))
        state.yearsChanged.connect(self._sync)
        state.viewChanged.connect(lambda _v: self._sync(state.years))
        state.documentsChanged.connect(lambda _d: self._update_label())
        self.retranslate()
        self._sync(state.years)

    # -- user actions ---------------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Move the range by ``delta`` years, keeping its width (all years: start at the first or last)."""
        span = self.state.year_span
        if span is None:
            return
        if self.state.years is None:
            y = span[0] if delta > 0 else span[1]
            self.state.set_years((y, y))
            return
        lo, hi = self.state.years
        width = hi - lo
        lo = min(max(lo + delta, span[0]), span[1] - width)
        self.state.set_years((lo, lo + width))

    def _play(self, on: bool) -> None:
        if on:
            span = self.state.year_span
            if span is not None and (self.state.years is None or self.state.years[1] >= span[1]):
                self.state.set_years((span[0], span[0]))  # play from the first year
            self.timer.start()
        else:
            self.timer.stop()
        self.play.setText(tr("暂停") if on else tr("播放"))

    def _tick(self) -> None:
        span = self.state.year_span
        if span is None or self.state.years is None or self.state.years[1] >= span[1]:
            self.play.setChecked(False)  # the last year reached: stop there
            return
        self.step(1)

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.state.set_years((self.first.value(), self.last.value()))

    def _slid(self, value: int) -> None:
        if self._filling:
            return
        lo = self.state.years[0] if self.state.years else self.first.minimum()
        self.state.set_years((min(lo, value), value))

    # -- from the state -------------------------------------------------------------------------------
    def _sync(self, years) -> None:
        span = self.state.year_span
        self._filling = True
        enabled = span is not None
        for w in (self.first, self.last, self.slider, self.back, self.forward, self.play, self.all_years):
            w.setEnabled(enabled)
        if span is not None:
            lo, hi = years or span
            for box in (self.first, self.last):
                box.setRange(*span)
            self.slider.setRange(*span)
            self.first.setValue(lo)
            self.last.setValue(hi)
            self.slider.setValue(hi)
        self.all_years.setEnabled(enabled and years is not None)
        self._filling = False
        self._update_label()

    def _update_label(self) -> None:
        shown = len(self.state.documents)
        if self.state.years is None:
            text = tr("全部年份：{n} 份文件").format(n=shown)
        else:
            undated = len(self.state.all_documents - self.state.documents_in(self.state.year_span))
            text = tr("{n} 份文件在所选年份内").format(n=shown)
            if undated:
                text += tr("（{m} 份年份不详的文件不在其中）").format(m=undated)
        self.label.setText(text)

    def retranslate(self) -> None:
        self.from_label.setText(tr("年份"))
        self.to_label.setText(tr("至"))
        self.play.setText(tr("暂停") if self.play.isChecked() else tr("播放"))
        self.play.setToolTip(tr("逐年播放：地图按所选年份的文件着色"))
        self.back.setToolTip(tr("前一年"))
        self.forward.setToolTip(tr("后一年"))
        self.all_years.setText(tr("全部年份"))
        self.all_years.setToolTip(tr("显示全部文件，包括年份不详的"))
        self._update_label()
