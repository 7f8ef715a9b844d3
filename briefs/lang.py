"""The brief's language: Chinese as written, or English when the interface is English.

Source strings are the Chinese ones of the brief; :func:`t` gives the English for ``lang="en"``. Proper
names (regions, parks, documents, quoted clauses) stay as the documents write them; industries use the
taxonomy's English names.
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "t"]

LANGUAGES = ("zh", "en")

EN = {
    # page frame and cover
    "吉林产业政策地图 · 区域产业政策简报": "Jilin Industrial Policy Atlas · Regional policy brief",
    "第 {page} 页": "Page {page}",
    " / 共 {total} 页": " of {total}",
    "生成日期：{date}　数据：政策原文（见资料来源）": "Generated {date}   Data: the policy texts (see Sources)",
    # head and summary
    "上级：{name}": "Part of: {name}",
    "生成日期：{date}": "Generated {date}",
    "区域概况": "At a glance",
    "涉及文件": "Documents",
    "{n} 份": "{n}",
    "指定产业": "Designated industries",
    "{n} 项（{m} 份文件）": "{n} ({m} documents)",
    "园区": "Parks",
    "{n} 个": "{n}",
    "量化目标": "Quantified targets",
    "{n} 项": "{n}",
    "成员地区": "Member regions",
    "所属复合区域": "Composite zones",
    "最近文件": "Latest document",
    "最近的规划": "Latest plan",
    "地图：橙色为本区域；紫色圆点为园区（位置近似），空心方框为只知所在地区的园区。": (
        "Map: the region in orange; purple dots are parks (approximate position), hollow squares parks"
        " known only by their region."
    ),
    "省级行政区": "Province",
    "地级行政区": "Prefecture-level region",
    "县级行政区": "County-level region",
    "复合区域（由成员地区组成）": "Composite zone (made of member regions)",
    # designations
    "本区域的指定产业": "Industries designated to the zone",
    "（最近的规划）": " (latest plan)",
    "知识库中没有直接指定给本区域的产业。": "No industry is designated to this region in the knowledge base.",
    "部署：": "Planned: ",
    "指定：": "Designated: ",
    "新增：": "New: ",
    "保留：": "Kept: ",
    "未再提及：": "No longer named: ",
    "无": "none",
    "{n} 项（见时间线）": "{n} (see the timeline)",
    " 等 {n} 项": " and more ({n} in all)",
    "（上一份文件：{names}）": " (previous document: {names})",
    "（未归类）": " (unclassified)",
    "产业时间线（{first}–{last}）": "Industries over the years ({first}–{last})",
    "另有 {n} 项产业未列出；": "{n} more industries not shown; ",
    "实心方块：当年文件部署该产业（规划）；空心方块：仅见于工作回顾。{more}按提及的文件数排列，括号中为下属县（市）。": (
        "Filled square: planned by a document of that year; hollow: only in a review of past work. {more}"
        "Ordered by the number of documents; a county in brackets."
    ),
    "近年文件的变化": "Changes in recent documents",
    "各文件的指定产业": "Industries by document",
    "另有 {n} 份更早的文件，见上方时间线。": "{n} earlier documents: see the timeline above.",
    "“新增”“保留”“未再提及”均相对于同一系列的上一份文件（政府工作报告与其上一年的报告相比），各地区与自身相比；“未再提及”不等于政策撤销。": (
        "New, kept and no longer named are relative to the previous document of the same series (a work"
        " report against the previous report), each region against itself; no longer named does not mean"
        " the policy was withdrawn."
    ),
    "成员地区在本区域文件中的指定产业": "Members' industries in the zone's document",
    "各文件指定产业数": "Industries designated per document",
    "其中新增（相对上一份文件）": "of which new since the previous document",
    "成员地区及其依据": "Member regions and the clauses naming them",
    "所属复合区域及其依据": "Composite zones and the clauses naming the region",
    # parks
    "所在地": "Where",
    "产业": "Industries",
    "位置": "Position",
    "精确": "exact",
    "近似（县市驻地）": "approximate (county seat)",
    "仅知所在地区": "region only",
    "可信度：": "Confidence: ",
    "另有 {n} 个园区未列出（软件的地区详情中可查看全部）。": (
        "{n} more parks not listed (all are in the app's region detail)."
    ),
    "文件中没有提到本区域的园区。": "The documents name no park of this region.",
    "高": "high",
    "中高": "medium-high",
    "中": "medium",
    "低": "low",
    "未核实": "unverified",
    # targets
    "指标": "Indicator",
    "基数": "Baseline",
    "目标值": "Target",
    "目标年份": "Year",
    "地区": "Region",
    "未写明": "not stated",
    "每年": "yearly",
    "{year}起": "from {year}",
    "（报告年度）": " (report year)",
    "（规划期末）": " (plan's end)",
    "另有 {n} 项目标见 {m} 份更早的文件（软件的“目标”标签中可查看全部）。": (
        "{n} more targets in {m} earlier documents (all are in the app's Targets tab)."
    ),
    "只列规划目标（工作回顾中的完成数不是目标），同一文件重复的目标只列一次，新文件在前；目标值前后的“不超过”“以上”等照录原文；“2024起”指自该年起每年的数额；“报告年度”指原文未写年份、按政府工作报告所部署的当年。": (
        "Only planned targets (figures achieved in a review are not targets), each once per document, newest"
        " documents first; bounds such as 不超过 or 以上 are as the text writes them; 'from 2024' is a yearly"
        " amount from that year; 'report year' is the year a work report plans for when the text gives none."
    ),
    "文件中没有本区域的量化目标。": "The documents set this region no quantified target.",
    # quotes and sources
    "重点条款原文": "Key clauses",
    "条款": "clause",
    "文号不详": "no 文号",
    "（原文此处文字顺序错乱，按原样引用）": " (the characters here are out of order in the source; quoted as they are)",
    "黄色底纹为被引用的原文字句；过长的条款以“…”节选；{geta} 表示原文中无法显示的字符。": (
        "Highlighted: the words cited; long clauses are cut with …; {geta} stands for a character that"
        " cannot be shown."
    ),
    "除本简报其他部分所引条款外，没有直接指定本区域产业或目标的条款。": (
        "Beyond the clauses quoted elsewhere in this brief, no clause designates this region's industries"
        " or targets."
    ),
    "没有可引用的条款。": "No clause to quote.",
    "相关文件 / 参照执行": "Related documents",
    "资料来源": "Sources",
    "以下为本简报引用的文件；另有 {n} 份文件也涉及本区域，其内容已计入时间线。": (
        "The documents this brief cites; {n} more documents name the region, and are counted in the timeline."
    ),
    "{field}不详": "{field} unknown",
    "解析提示 {n} 条（见软件中的文件详情）": "{n} parsing notes (see the document in the app)",
    "　库内编号 {id}": "  id {id}",
    "边界数据：": "Boundaries: ",
    "园区位置：": "Park positions: ",
    "本简报由程序从政策原文自动抽取生成，每项内容均可在所注文件和条款中核对。": (
        "This brief was extracted from the policy texts by a program; every item can be checked against"
        " the document and clause it cites."
    ),
    "标题": "Title",
    "文号": "文号 (document number)",
    "发文机关": "Issuer",
    "成文日期": "Date",
    "年份": "Year",
    "文件类型": "Kind",
    "所涉地区": "About",
    "来源": "Source",
    "原文未写明": "not stated in the text",
    "种子文件（随程序提供）": "seed document (bundled)",
    "用户文库": "your library",
    "本次运行给出的文件": "file given for this run",
    "核心": "core",
    "成员": "member",
    "责任单位": "responsible",
    # The atlas (briefs/atlas.py).
    "吉林省产业政策图集": "Jilin Province Industrial Policy Atlas",
    "目录": "Contents",
    "共 {n} 份简报": "{n} briefs",
    "序号": "No.",
    "级别": "Level",
    "页码": "Page",
    "{level}产业指定、园区、目标与原文依据": (
        "{level}: designated industries, parks, targets and the clauses behind them"
    ),
    "共 {n} 份区域简报 · {pages} 页": "{n} regional briefs · {pages} pages",
    "吉林产业政策地图（jilin-atlas）据政策原文自动生成；每项内容均注明文件与条款，资料来源见各简报末页。": (
        "Generated by the Jilin Industrial Policy Atlas (jilin-atlas) from the policy texts; every item cites "
        "its document and clause, and each brief ends with its sources."
    ),
}


def t(text: str, lang: str = "zh", **values) -> str:
    """``text`` in ``lang`` (the Chinese source for ``"zh"``), with ``values`` formatted in."""
    out = EN.get(text, text) if lang == "en" else text
    return out.format(**values) if values else out
