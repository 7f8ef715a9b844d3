"""The window's actions, menus and toolbar: built once, their texts set in the interface language.

Functions of a :class:`gui.main_window.MainWindow` (passed as ``self``), kept apart so the window stays small.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from gui import i18n
from gui.i18n import tr


def _about():
    """The About box and the guide, imported when first asked for (importlib.metadata is slow to load)."""
    from gui import about

    return about


def _exports():
    """File → Export's dialogs, imported when first used: their file dialogs are not needed to start."""
    from gui import exports

    return exports


def _export_atlas(self) -> None:
    from gui.brief_print import export_atlas_pdf  # the PDF dialogs, likewise

    export_atlas_pdf(self, self.view.kb, "all")


def build(self) -> None:
    """Create the window's actions, menus and map toolbar (texts are set by :func:`retranslate`)."""
    self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+O"), triggered=self.library.import_dialog)
    self.import_folder_action = QAction(self, triggered=self.library.import_folder_dialog)
    self.remove_action = QAction(self, triggered=self.library.remove_dialog)
    self.print_action = QAction(self, shortcut=QKeySequence("Ctrl+P"), triggered=self.print_brief)
    self.export_action = QAction(self, triggered=self.compare.export_dialog)
    self.brief_pdf_action = QAction(self, triggered=self.export_brief)
    self.atlas_action = QAction(self, triggered=lambda: _export_atlas(self))
    self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"), triggered=self.close)
    self.counties_action = QAction(self, checkable=True, toggled=self.map.set_counties)
    self.zones_action = QAction(self, checkable=True, checked=True, toggled=self.map.set_zones)
    self.parks_action = QAction(self, checkable=True, checked=True, toggled=self.map.set_parks)
    self.reset_action = QAction(self, shortcut=QKeySequence("Ctrl+0"), triggered=self.map.reset_view)
    self.search_action = QAction(self, shortcut=QKeySequence("Ctrl+F"), triggered=self.focus_search)
    self.clear_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Escape), triggered=self.state.clear)
    self.clear_filter_action = QAction(self, triggered=lambda: self.state.set_industries(()))
    self.lang_group = QActionGroup(self)
    self.zh_action = QAction("中文", self, checkable=True, triggered=lambda: self.set_language("zh"))
    self.en_action = QAction("English", self, checkable=True, triggered=lambda: self.set_language("en"))
    for a in (self.zh_action, self.en_action):
        self.lang_group.addAction(a)
    (self.en_action if i18n.language() == "en" else self.zh_action).setChecked(True)
    self.map_image_action = QAction(self, triggered=lambda: _exports().export_map_dialog(self))
    self.gis_action = QAction(self, triggered=lambda: _exports().export_gis_dialog(self))
    self.history_action = QAction(self, triggered=lambda: _exports().export_history_dialog(self))
    self.compare_pdf_action = QAction(self, triggered=self.compare.pdf_dialog)
    self.undo_remove_action = QAction(
        self, shortcut=QKeySequence.StandardKey.Undo, triggered=self.library.undo_remove, enabled=False
    )
    self.guide_action = QAction(
        self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=lambda: _about().show_guide(self)
    )
    self.about_action = QAction(self, triggered=lambda: _about().show_about(self))
    self.warnings_action = QAction(self, triggered=self.show_warnings)
    bar = self.menuBar()
    self.file_menu = bar.addMenu("")
    self.file_menu.addActions([self.import_action, self.import_folder_action, self.remove_action])
    self.file_menu.addSeparator()
    self.file_menu.addActions([self.print_action, self.brief_pdf_action, self.atlas_action])
    self.file_menu.addSeparator()
    self.file_menu.addActions([self.export_action, self.compare_pdf_action])
    self.file_menu.addActions([self.map_image_action, self.gis_action, self.history_action])
    self.file_menu.addSeparator()
    self.file_menu.addAction(self.undo_remove_action)
    self.file_menu.addSeparator()
    self.file_menu.addAction(self.quit_action)
    self.view_menu = bar.addMenu("")
    self.view_menu.addActions([self.counties_action, self.zones_action, self.parks_action])
    self.view_menu.addSeparator()
    self.view_menu.addActions(
        [self.reset_action, self.search_action, self.clear_action, self.clear_filter_action]
    )
    self.view_menu.addSeparator()
    self.lang_menu = self.view_menu.addMenu("")
    self.lang_menu.addActions([self.zh_action, self.en_action])
    self.help_menu = bar.addMenu("")
    self.help_menu.addActions([self.guide_action, self.warnings_action, self.about_action])
    self.toolbar = self.addToolBar("")
    self.toolbar.setObjectName("toolbar-map")
    self.toolbar.addActions([self.counties_action, self.zones_action, self.parks_action, self.reset_action])
    self.toolbar.addSeparator()
    self.toolbar.addAction(self.clear_filter_action)


def retranslate(self) -> None:
    """Set every action's and menu's text in the interface language."""
    self.warnings_action.setText(tr("提示列表"))
    self.file_menu.setTitle(tr("文件(&F)"))
    self.view_menu.setTitle(tr("视图(&V)"))
    self.help_menu.setTitle(tr("帮助(&H)"))
    self.lang_menu.setTitle(tr("语言"))
    self.print_action.setText(tr("打印简报…"))
    self.print_action.setToolTip(tr("打印所选地区的简报"))
    self.brief_pdf_action.setText(tr("导出简报为 PDF…"))
    self.atlas_action.setText(tr("导出地图集…"))
    self.atlas_action.setToolTip(tr("封面、目录，每个地级市和复合区域一份简报"))
    self.export_action.setText(tr("导出对比表 CSV…"))
    self.import_action.setText(tr("导入文档…"))
    self.import_action.setToolTip(tr("导入 .txt、.md、.docx 或 PDF 文件（也可拖放到窗口上）"))
    self.import_folder_action.setText(tr("导入文件夹…"))
    self.import_folder_action.setToolTip(tr("导入文件夹及其子文件夹中的全部文档"))
    self.remove_action.setText(tr("移除文档…"))
    self.quit_action.setText(tr("退出"))
    self.counties_action.setText(tr("县级图层"))
    self.counties_action.setToolTip(tr("显示县级行政区（放大时自动显示）"))
    self.zones_action.setText(tr("复合区域"))
    self.parks_action.setText(tr("园区"))
    self.reset_action.setText(tr("重置视图"))
    self.search_action.setText(tr("搜索条款"))
    self.clear_action.setText(tr("清除选择"))
    self.clear_filter_action.setText(tr("清除产业筛选"))
    self.about_action.setText(tr("关于与数据来源"))
    self.guide_action.setText(tr("使用指南"))
    self.map_image_action.setText(tr("导出地图图像（PNG / SVG）…"))
    self.map_image_action.setToolTip(tr("把地图当前的视图存为 PNG 或 SVG"))
    self.gis_action.setText(tr("导出 GIS 图层…"))
    self.history_action.setText(tr("导出地区历史 CSV…"))
    self.history_action.setToolTip(tr("所选地区每份文件指定的产业，及其新增、保留、未再提及"))
    self.gis_action.setToolTip(
        tr("地区（各产业指定数）、复合区域、园区，存为 GeoPackage 或 GeoJSON，可用 QGIS 打开")
    )
    self.compare_pdf_action.setText(tr("导出对比表 PDF…"))
    self.undo_remove_action.setText(tr("撤销移除文档"))
