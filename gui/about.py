"""Help → About (every data source with its version and licence) and Help → User guide.

The data sources are read from the assets themselves (each carries ``source``, ``source_version`` and
``licence``; see assets/README.md), so the dialog never drifts from what ships. Plain text throughout:
warnings quote document text and are never markup.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout

from gui import i18n
from gui.i18n import tr

ASSETS = Path(__file__).resolve().parent.parent / "assets"
ASSET_FILES = (
    "boundaries-county.json",
    "regions.json",
    "places.json",
    "history.json",
    "neighbours.json",
    "zones.json",
    "parks.json",
    "industries.json",
    "place_names_en.json",
)


def _what(name: str) -> str:
    """What an asset is, in the interface language."""
    return {
        "boundaries-county.json": tr("行政区划边界（县级及以上）"),
        "regions.json": tr("地区名称与代码"),
        "places.json": tr("历史政区、乡镇与开发区"),
        "history.json": tr("政区变更"),
        "neighbours.json": tr("相邻关系"),
        "zones.json": tr("复合区域成员"),
        "parks.json": tr("园区位置"),
        "industries.json": tr("产业分类"),
        "place_names_en.json": tr("英文地名"),
    }.get(name, name)


#: Software whose work ships with the atlas: (distribution, licence).
SOFTWARE = (
    ("noto-cjk-sans-otc", "SIL Open Font License 1.1 (Noto Sans CJK SC)"),
    ("PySide6-Essentials", "LGPL-3.0"),
    ("geopandas", "BSD-3-Clause"),
    ("shapely", "BSD-3-Clause"),
    ("pyproj", "MIT"),
    ("pyogrio", "MIT"),
    ("matplotlib", "PSF-based (matplotlib licence)"),
    ("pypdf", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("PyYAML", "MIT"),
)


def data_sources() -> list[tuple[str, str, str | None, str]]:
    """(what, source, version or None, licence) of every asset the atlas ships, read from the files."""
    out = []
    for name in ASSET_FILES:
        try:
            data = json.loads((ASSETS / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a missing asset is reported where it is used, not here
        meta = data.get("meta", data) if isinstance(data, dict) else {}
        out.append(
            (
                _what(name),
                str(meta.get("source") or "?"),
                meta.get("source_version"),
                str(meta.get("licence") or "?"),
            )
        )
    return out


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def about_text(kb) -> str:
    """The About box's text: what the atlas holds, every data source and the software it ships with."""
    lines = [
        tr("吉林产业政策地图")
        + f"  {_version('jilin-atlas') if _version('jilin-atlas') != '?' else ''}".rstrip(),
        tr("文件 {docs} 份，产业指定 {n} 条。").format(docs=len(kb.documents), n=len(kb.designations)),
        "",
        tr("数据来源（版本、许可）："),
    ]
    for what, source, version, licence in data_sources():
        lines.append(f"• {what}：{source}" + (f"（{version}）" if version else "") + f" — {licence}")
    lines.append(tr("• 内置政策文件：吉林省政府公开发布的文件（seeds/，原文照录）"))
    lines += ["", tr("软件与字体：")]
    lines += [f"• {dist} {_version(dist)} — {licence}" for dist, licence in SOFTWARE]
    lines += ["", tr("详见 assets/README.md。本程序从不联网。")]
    return "\n".join(lines)


def show_about(self) -> None:
    """Help → About: sources and licences; the knowledge base's warnings under "details"."""
    box = QMessageBox(self)
    box.setWindowTitle(tr("关于"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text(self.view.kb))
    if self.view.kb.warnings:
        box.setDetailedText("\n".join(i18n.shown(w) for w in self.view.kb.warnings))
    box.exec()


GUIDE = """吉林产业政策地图 · 使用指南

地图
• 点击地区：右侧显示其概况、条款、目标和图表。Ctrl+点击：加入对比（下方“地区对比”）。
• 复合区域（吉西南、四辽吉松等）：点击其虚线轮廓，或 Shift+点击其成员地区（再按一次换下一个区域）。
• 滚轮缩放，拖动平移；“重置视图”（Ctrl+0）显示全省。Esc 清除选择。
• 紫红色光晕：打开的条款提到的地区。

筛选
• 左侧“产业”：勾选一个或多个产业；多个时选“任一”或“全部”。上方一行显示当前筛选，“清除”取消。
• “文件”：勾选要显示的文件；下方年份条选择年份范围，可逐年播放。

阅读与搜索
• “搜索”（Ctrl+F）：全文搜索条款；点击标题或摘录打开条款。阅读器右上的箭头跳到上一处、下一处。
• 条款卡片和阅读器中可复制引文（标题、文号、条款和所引原文）：右键“复制引文”或 Ctrl+Shift+C。
• 〓 代表原文中无法显示的字符（私用区或控制字符），原文件未作改动。

导入与导出
• 文件→导入文档或文件夹，也可拖放到窗口（地图上也可以）。移除文档后可用 Ctrl+Z 撤销。
• 简报、地图集、对比表（CSV、PDF）、地图图像（PNG、SVG）、GIS 图层（GeoPackage、GeoJSON，QGIS 可直接打开）。
  保存后可直接打开文件或其所在文件夹；保存对话框从上次的文件夹开始。
• 命令行：python main.py export-gis -o 文件.gpkg，以及 export、brief、atlas、screenshot（见 README）。
"""


GUIDE_EN = """Jilin Industrial Policy Atlas · User guide

Map
• Click a region: its overview, clauses, targets and chart appear on the right. Ctrl+click: add it to the
  comparison (Region comparison, below).
• Composite zones (Southwest Jilin, the Changchun corridor …): click their dashed outline, or Shift+click
  one of their member regions (again for the next zone).
• Wheel to zoom, drag to pan; Reset view (Ctrl+0) shows the whole province. Esc clears the selection.
• Magenta halo: the regions the open clause names.

Filters
• Industries (left): tick one or several; with several choose Any or All. The line above says what is active;
  Clear removes the filter.
• Documents: tick the documents to show; the year bar below picks a range of years and can play through them.

Reading and search
• Search (Ctrl+F): full text of every clause; click a title or a snippet to open the clause. The arrows at the
  top right of the reader go to the previous / next hit.
• Copy a citation (title, 文号, clause and the quoted words) from a clause card or the reader: right-click
  “Copy citation” or Ctrl+Shift+C.
• 〓 stands for a character of the source that no font can show (private-use or control); the file itself
  is unchanged.

Import and export
• File → Import documents or a folder, or drop them on the window (the map too). Ctrl+Z undoes a removal.
• Briefs, atlases, the comparison (CSV, PDF), the map view (PNG, SVG), GIS layers (GeoPackage, GeoJSON,
  open in QGIS as they are). After saving you can open the file or its folder; save dialogs start in the
  folder used last.
• Command line: python main.py export-gis -o FILE.gpkg, and export, brief, atlas, screenshot (see README).
"""


def show_guide(self) -> None:
    """Help → User guide (F1)."""
    dialog = QDialog(self)
    dialog.setWindowTitle(tr("使用指南"))
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlainText(GUIDE_EN if i18n.language() == "en" else GUIDE)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    dialog.exec()
