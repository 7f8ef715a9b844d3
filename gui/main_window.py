"""The main window: map in the centre, filters left, region detail right, reader and comparison below.

It only assembles the views and the menus; the views talk to each other through :class:`AtlasState`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, window_layout, window_menus
from gui.compare import ComparePane
from gui.detail import DetailPane
from gui.filters import DocumentList, IndustryPanel
from gui.i18n import tr
from gui.library_actions import LibraryActions, local_files, removable
from gui.map_view import MapView
from gui.overlap_pane import OverlapPane
from gui.reader import ReaderPane
from gui.search import RegionFinder, SearchPanel
from gui.settings import open_settings, read_list
from gui.text import join_names, message_box
from gui.timebar import TimeBar
from gui.warnings_panel import WarningsPanel


class MainWindow(QMainWindow):
    """The atlas window.

    Parameters
    ----------
    view : gui.viewmodel.AtlasView
    layers : geo.fastpath.Layers
    state : gui.state.AtlasState
    """

    def __init__(self, view, layers, state, parent=None):
        super().__init__(parent)
        self.view, self.state = view, state
        self._docks_sized = False
        self.persist = False  # save layout and selection on close (the real app, not tests or screenshots)
        self.setObjectName("AtlasMainWindow")
        self.map = MapView(view, layers, state)
        self.setCentralWidget(self.map)
        # The time control spans the window's width under everything (a toolbar: it fits at 1024 px).
        self.timebar = TimeBar(state)
        self.time_toolbar = QToolBar(self)
        self.time_toolbar.setObjectName("toolbar-time")
        self.time_toolbar.setMovable(False)
        self.time_toolbar.setContentsMargins(0, 0, 0, 0)
        self.time_toolbar.addWidget(self.timebar)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.time_toolbar)
        self.finder = RegionFinder(view, state)
        self.industries = IndustryPanel(view, state)
        self.documents = DocumentList(view, state)
        self.search = SearchPanel(view, state)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.industries, "")
        self.left_tabs.addTab(self.documents, "")
        self.left_tabs.addTab(self.search, "")
        self.warnings = WarningsPanel(view, state)
        self.left_tabs.addTab(self.warnings, "")
        left = QWidget()
        left.setMinimumWidth(240)  # the four tabs and the industry names fit at 1024 px
        ll = QVBoxLayout(left)
        ll.setContentsMargins(4, 4, 4, 4)
        self.notice = QLabel()  # a library that cannot be used: said in the window, not only in a log
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # the message names a file: data, never markup
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0b400; padding: 4px; }")
        self.notice.hide()
        ll.addWidget(self.notice)
        ll.addWidget(self.finder)
        ll.addWidget(self.left_tabs, 1)
        self.detail = DetailPane(view, state)
        self.detail.setMinimumWidth(270)
        self.reader = ReaderPane(view, state)
        self.compare = ComparePane(view, state)
        self.overlap = OverlapPane(view, state, self.map)
        self.left_dock = self._dock("filters", left, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.detail_dock = self._dock("detail", self.detail, Qt.DockWidgetArea.RightDockWidgetArea)
        self.reader_dock = self._dock("reader", self.reader, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.compare_dock = self._dock("compare", self.compare, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.overlap_dock = self._dock("overlap", self.overlap, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.overlap_dock.visibilityChanged.connect(self.overlap.set_shown)
        self.tabifyDockWidget(self.reader_dock, self.compare_dock)
        self.tabifyDockWidget(self.compare_dock, self.overlap_dock)
        # Side panes run the full height; the reader and comparison sit under the map only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.reader_dock.raise_()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # region and zone names are data
        self.statusBar().addPermanentWidget(self.status)
        self.library = LibraryActions(self)
        self._build_actions()
        self.setAcceptDrops(True)  # files dropped on the window are imported
        # The map (a QGraphicsView) would take drops for its scene and ignore them: let them reach the window.
        self.map.setAcceptDrops(False)
        self.map.viewport().setAcceptDrops(False)
        self.documents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.documents.customContextMenuRequested.connect(self._document_menu)
        state.viewChanged.connect(self._view_changed)
        self.remove_action.setEnabled(any(removable(d) for d in view.kb.documents))
        state.clauseChanged.connect(self._clause_opened)
        state.comparisonChanged.connect(self._comparison_changed)
        state.selectionChanged.connect(self._update_status)
        state.industryChanged.connect(self._update_status)
        self.retranslate(panes=False)  # each pane has just translated itself

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    # -- actions ------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window_menus.build(self)

    # -- the knowledge base -------------------------------------------------------------------------
    def set_knowledge_base(self, kb) -> None:
        """Show another knowledge base (documents imported or removed): every view redraws from it."""
        from gui.viewmodel import AtlasView

        self.state.set_view(AtlasView(kb))

    def show_library_notice(self, text: str) -> None:
        """Say in the window that the user's library is left out (damaged, not ours …) and why."""
        self.notice.setText(tr("文档库无法使用，现仅显示内置文件") + "\n" + text)
        self.notice.setToolTip(text)
        self.notice.show()

    def show_warnings(self) -> None:
        """Bring the warnings list to the front."""
        self.left_dock.show()
        self.left_tabs.setCurrentWidget(self.warnings)

    def _view_changed(self, view) -> None:
        self.view = view
        self.retranslate_warnings_tab()
        self.remove_action.setEnabled(any(removable(d) for d in view.kb.documents))
        self._update_status()

    def document_menu(self, doc) -> QMenu:
        """The context menu of a document in the list: remove it (library documents only)."""
        menu = QMenu(self)
        action = menu.addAction(tr("移除文档"))
        action.setEnabled(removable(doc))
        if not removable(doc):
            action.setToolTip(tr("内置文件不能移除"))
        action.triggered.connect(lambda: self.library.remove_document(doc.id))
        return menu

    def _document_menu(self, pos) -> None:
        doc = self.documents.document_at(pos)
        if doc is not None:
            self.document_menu(doc).exec(self.documents.viewport().mapToGlobal(pos))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            # After the drop returns: the preview dialog is modal and must not hold the drag source.
            QTimer.singleShot(0, lambda: self.library.import_paths(paths))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._docks_sized:  # first layout (or no saved layout): panes in proportion to the window
            self._docks_sized = True
            window_layout.first_layout(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._docks_sized and event.oldSize().isValid():
            window_layout.grown(self, event.oldSize().width())

    def retranslate_warnings_tab(self) -> None:
        n = len(self.view.kb.warnings)
        self.left_tabs.setTabText(
            self.left_tabs.indexOf(self.warnings), tr("提示") + (f" ({n})" if n else "")
        )

    def focus_search(self) -> None:
        self.left_tabs.setCurrentWidget(self.search)
        self.search.box.setFocus()
        self.search.box.selectAll()

    def _selected_for_brief(self, title: str) -> str | None:
        region = self.state.selected
        if region is None:
            message_box(
                self, title, tr("请先在地图或地区列表中选择一个地区。"), icon=QMessageBox.Icon.Information
            )
        return region

    def print_brief(self) -> None:
        region = self._selected_for_brief(tr("打印简报"))
        if region is not None:
            from gui.brief_print import print_brief  # the print dialogs load when first used

            print_brief(self, self.view.kb, region)

    def export_brief(self) -> None:
        region = self._selected_for_brief(tr("导出简报为 PDF"))
        if region is not None:
            from gui.brief_print import export_brief_pdf

            export_brief_pdf(self, self.view.kb, region)

    def set_language(self, language: str) -> None:
        """Switch the interface language (Qt sends LanguageChange; see :meth:`changeEvent`)."""
        i18n.set_language(language)
        (self.en_action if language == "en" else self.zh_action).setChecked(True)
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reactions ----------------------------------------------------------------------------------
    def _clause_opened(self, clause) -> None:
        if clause is not None:
            self.reader_dock.show()
            self.reader_dock.raise_()

    def _comparison_changed(self, regions) -> None:
        if regions:
            self.compare_dock.show()
            self.compare_dock.raise_()
        self._update_status()

    def _update_status(self, *_args) -> None:
        parts = []
        if self.state.selected:
            parts.append(tr("已选：{name}").format(name=self.view.name(self.state.selected)))
        if self.state.comparison:
            parts.append(
                tr("对比：{names}").format(
                    names=join_names(self.view.short(r) for r in self.state.comparison)
                )
            )
        from gui.map_colours import filter_label

        industries = filter_label(self.view, self.state)
        if industries:
            parts.append(tr("产业筛选：{industries}").format(industries=industries))
        warnings = len(self.view.kb.warnings)
        if warnings:
            parts.append(tr("提示 {n} 条（见左侧“提示”标签）").format(n=warnings))
        self.status.setText("   ".join(parts))

    def retranslate(self, *, panes: bool = True) -> None:
        self.setWindowTitle(tr("吉林产业政策地图"))
        self.left_dock.setWindowTitle(tr("筛选与搜索"))
        self.detail_dock.setWindowTitle(tr("地区详情"))
        self.reader_dock.setWindowTitle(tr("文件阅读"))
        self.compare_dock.setWindowTitle(tr("地区对比"))
        self.overlap_dock.setWindowTitle(tr("同质化"))
        for i, text in enumerate((tr("产业"), tr("文件"), tr("搜索"))):
            self.left_tabs.setTabText(i, text)
        self.retranslate_warnings_tab()
        self.toolbar.setWindowTitle(tr("地图"))
        self.time_toolbar.setWindowTitle(tr("年份"))
        window_menus.retranslate(self)
        for pane in (
            self.map,
            self.finder,
            self.industries,
            self.documents,
            self.search,
            self.warnings,
            self.detail,
            self.reader,
            self.compare,
            self.overlap,
            self.timebar,
        ):
            if panes:
                pane.retranslate()
        self._update_status()

    # -- persistence --------------------------------------------------------------------------------
    def restore(self) -> None:
        """Window layout and last selection from the settings (unknown ids are ignored)."""
        settings = open_settings()
        geometry, layout = settings.value("window/geometry"), settings.value("window/state")
        if geometry is None or not self.restoreGeometry(geometry):
            window_layout.first_size(self)  # the first start: most of the screen, not Qt's size hint
        if layout is not None and self.restoreState(layout):
            self._docks_sized = True
        known = {r.id for r in self.view.kb.regions}
        self.state.select([r for r in read_list(settings, "state/selection") if r in known])
        self.state.set_comparison([r for r in read_list(settings, "state/comparison") if r in known])
        known_industries = {i.id for i in self.view.kb.industries}
        saved = str(settings.value("state/industry") or "").split(",")
        industries = [i for i in saved if i in known_industries]
        match = "all" if settings.value("state/industry_match") == "all" else "any"
        self.state.set_industries(industries, match)
        self.counties_action.setChecked(settings.value("map/counties", "false") == "true")

    def save(self) -> None:
        settings = open_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("state/selection", list(self.state.selection))
        settings.setValue("state/comparison", list(self.state.comparison))
        settings.setValue("state/industry", ",".join(self.state.industry_filter))
        settings.setValue("state/industry_match", self.state.industry_match)
        settings.setValue("map/counties", "true" if self.counties_action.isChecked() else "false")
        settings.setValue("ui/language", i18n.language())
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.persist:
            self.save()
        super().closeEvent(event)
