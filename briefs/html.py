"""A brief as Qt rich text (the HTML subset QTextDocument lays out and paginates).

Every piece of document text goes through :func:`esc` (``html.escape``): policy text is data, never markup.
Drawings (the map inset, the chart) are ``<img>`` placeholders that :mod:`briefs.render` paints as vectors.
"""

from __future__ import annotations

from html import escape

from briefs.content import Brief, DocGroup, Quote, RelatedDocument
from briefs.lang import t
from briefs.notes import boundary_note, confidence_label, parks_note
from policy.printable import GETA, printable

NUMERALS = "一二三四五六七八九十"
ACCENT = "#9e1b1b"  # the red of official document headers, used sparingly
INK = "#1a1a1a"
MUTED = "#5f6368"
MARK = "#ffe08a"
MAX_KEPT_LISTED = 12
_CHECKABLE = "本简报由程序从政策原文自动抽取生成，每项内容均可在所注文件和条款中核对。"
MAX_CHANGES_LISTED = 24
COMPACT_SOURCES = 6
ZEBRA = "#f4f6f8"
#: Headings and labels: the collection has no bold face and Qt fakes bold by printing text twice (the
#: PDF then reads every bold run twice), so emphasis is colour and size, never font-weight.
HEAD = "#1f3b57"

STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 21pt; font-weight: normal; color: {HEAD}; margin: 0 0 2px 0; }}
h2 {{ font-size: 12.5pt; font-weight: normal; color: {ACCENT}; margin: 14px 0 5px 0; }}
h3 {{ font-size: 10.5pt; font-weight: normal; color: {HEAD}; margin: 8px 0 2px 0; }}
p {{ margin: 2px 0 2px 0; }}
.sub {{ color: {MUTED}; font-size: 9.5pt; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.added {{ color: #1a7f37; }}
.dropped {{ color: #b42318; }}
.kept {{ color: {HEAD}; }}
.warn {{ color: #a94400; }}
th {{ background-color: #e9edf1; font-weight: normal; color: {HEAD}; text-align: left; }}
.em {{ color: {HEAD}; }}
.cite {{ background-color: {MARK}; }}
"""


def esc(text: object) -> str:
    """Escape any text for rich text (quotes included).

    Private-use, unassigned and control characters (the seeds contain U+E010) have no glyph and would print
    as boxes; they are shown as 〓, the typesetter's mark for a character that cannot be set.
    """
    return escape(printable(str(text)), quote=True)


def _sep(lang: str) -> str:
    """The list separator: 、 in Chinese, a comma in English."""
    return ", " if lang == "en" else "、"


def _section(n: int, title: str, lang: str = "zh") -> str:
    if lang == "en":
        return f"<h2>{n + 1}. {esc(title)}</h2>"
    return f"<h2>{NUMERALS[n] if n < len(NUMERALS) else n + 1}、{esc(title)}</h2>"


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> str:
    """A ruled table; cells are already-escaped HTML. ``widths`` are percentages."""
    head = "".join(f'<th width="{w}%">{esc(h)}</th>' for h, w in zip(headers, widths, strict=True))
    # Zebra rows: QTextDocument draws no reliable per-cell rules, a light band guides the eye instead.
    body = "".join(
        (f'<tr bgcolor="{ZEBRA}">' if i % 2 else "<tr>") + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
        for i, r in enumerate(rows)
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" style="font-size: 8.5pt;">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def quote_html(q: Quote, lang: str = "zh") -> str:
    """A quoted clause: source line, then the excerpt with the cited words highlighted."""
    if q.doc_title:
        source = f"《{esc(q.doc_title)}》 " + (
            esc(q.doc_number) if q.doc_number else esc(t("文号不详", lang))
        )
    else:  # the name says what is unknown, the 文号 included
        source = esc(q.doc_name or "文件（标题不详）")
    text = "".join(f'<span class="cite">{esc(w)}</span>' if cited else esc(w) for w, cited in q.pieces)
    warn = (
        f'<br><span class="warn">{esc(t("（原文此处文字顺序错乱，按原样引用）", lang))}</span>'
        if q.garbled
        else ""
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" border="0" '
        'style="background-color: #f5f6f8; margin-top: 4px; margin-bottom: 4px;">'
        f'<tr><td><span class="small muted">{source} · {esc(t("条款", lang))} {esc(q.clause_label)}</span>'
        f"<br>“{text}”{warn}</td></tr></table>"
    )


def related_html(r: RelatedDocument, lang: str = "zh") -> str:
    """A document cited by a clause naming the region: its 文号 and title, whether the library has it."""
    title = f"《{esc(r.cited_title)}》" if r.cited_title else "（引用处未写标题）"
    if r.resolved:
        where = f"即本库中的{esc(r.resolved)}。"
    elif r.candidate:
        where = f"可能即本库中的{esc(r.candidate)}（文号不详，未能确认）。"
    else:
        where = "本库未收入此文件。"
    return (
        # The heading comes straight before the quote box: pagination keeps a heading with its box.
        f"<h3>{title} {esc(r.cited_number)}</h3>{quote_html(r.quote, lang)}"
        f'<p class="small"><span class="muted">条款提及：</span>{esc("、".join(r.regions))}　'
        f'<span class="muted">{where}</span></p>'
    )


def _industry_list(entries, status: str | None = None, lang: str = "zh") -> str:
    items = []
    for e in entries:
        if status is not None and e.status != status:
            continue
        places = [p for p in e.places if p]
        where = f"（{esc('、'.join(places))}）" if places else ""
        if e.continues:  # kept through the taxonomy: say what the previous document named
            names = "、".join(e.continues)
            where += f'<span class="muted">{esc(t("（上一份文件：{names}）", lang, names=names))}</span>'
        items.append(esc(e.label) + where)
    return _sep(lang).join(items)


def group_html(g: DocGroup, titles: dict[str, str], lang: str = "zh") -> str:
    """One document's designations with what changed since the previous document."""
    title = titles.get(g.doc_id, "")
    out = [f"<h3>{esc(g.heading)}</h3>"]
    if title:
        out.append(f'<p class="small muted">《{esc(title)}》</p>')
    none = esc(t("无", lang))
    if g.previous is None:
        out.append(
            f'<p><span class="kept">{t("指定：", lang)}</span>{_industry_list(g.entries, lang=lang)}</p>'
        )
    else:
        added = _industry_list(g.entries, "added", lang)
        kept = _industry_list(g.entries, "kept", lang)
        n_kept = sum(1 for e in g.entries if e.status == "kept")
        out.append(f'<p><span class="added">{t("新增：", lang)}</span>{added or none}</p>')
        if n_kept > MAX_KEPT_LISTED:  # a long list of what stays says less than its size
            kept = esc(t("{n} 项（见时间线）", lang, n=n_kept))
        out.append(f'<p><span class="kept">{t("保留：", lang)}</span>{kept or none}</p>')
        dropped = _sep(lang).join(esc(x) for x in g.dropped[:MAX_CHANGES_LISTED])
        if len(g.dropped) > MAX_CHANGES_LISTED:
            dropped += esc(t(" 等 {n} 项", lang, n=len(g.dropped)))
        out.append(f'<p><span class="dropped">{t("未再提及：", lang)}</span>{dropped or none}</p>')
    return "".join(out)


def _designations_html(b: Brief, parts, n, titles, chart_size, timeline_size) -> int:
    """The most recent plan, the timeline figure, the recent documents' changes (and the chart for few)."""
    lang = b.lang
    title = t("本区域的指定产业" if b.members else "指定产业", lang)
    parts.append(_section(n, title + (t("（最近的规划）", lang) if b.latest_plan is not None else ""), lang))
    n += 1
    if not b.groups:
        parts.append(f'<p class="muted">{esc(t("知识库中没有直接指定给本区域的产业。", lang))}</p>')
    elif b.latest_plan is not None:
        g = b.latest_plan
        parts.append(f"<h3>{esc(g.heading)}</h3>")
        if titles.get(g.doc_id):
            parts.append(f'<p class="small muted">《{esc(titles[g.doc_id])}》</p>')
        # Names and places only: what continues what is for the changes below.
        names = _sep(lang).join(
            esc(e.label) + (f"（{esc('、'.join(p for p in e.places if p))}）" if any(e.places) else "")
            for e in g.entries
            if e.plan
        )
        parts.append(f'<p><span class="kept">{t("部署：", lang)}</span>{names}</p>')
    if timeline_size is not None:
        tw, th = timeline_size
        first, last = b.timeline_years
        parts.append(_section(n, t("产业时间线（{first}–{last}）", lang, first=first, last=last), lang))
        n += 1
        parts.append(f'<p><img src="timeline" width="{tw:.0f}" height="{th:.0f}"></p>')
        more = t("另有 {n} 项产业未列出；", lang, n=b.more_timeline) if b.more_timeline else ""
        note = t(
            "实心方块：当年文件部署该产业（规划）；空心方块：仅见于工作回顾。{more}按提及的文件数排列，括号中为下属县（市）。",
            lang,
            more=more,
        )
        parts.append(f'<p class="small muted">{esc(note)}</p>')
    if b.shown_groups:
        recent = len(b.shown_groups) < len(b.groups)
        parts.append(_section(n, t("近年文件的变化" if recent else "各文件的指定产业", lang), lang))
        n += 1
        parts.extend(group_html(g, titles, lang) for g in b.shown_groups)
        older = len(b.groups) - len(b.shown_groups)
        if older:
            parts.append(
                f'<p class="small muted">{esc(t("另有 {n} 份更早的文件，见上方时间线。", lang, n=older))}</p>'
            )
        note = t(
            "“新增”“保留”“未再提及”均相对于同一系列的上一份文件（政府工作报告与其上一年的报告相比），"
            "各地区与自身相比；“未再提及”不等于政策撤销。",
            lang,
        )
        parts.append(f'<p class="small muted">{esc(note)}</p>')
    if b.member_groups:
        parts.append(f"<h3>{esc(t('成员地区在本区域文件中的指定产业', lang))}</h3>")
        for name, groups in b.member_groups:
            inds = "、".join(dict.fromkeys(_industry_list(g.entries, lang=lang) for g in groups))
            parts.append(f'<p><span class="em">{esc(name)}：</span>{inds}</p>')
    if chart_size is not None:
        cw, ch = chart_size
        parts.append(_section(n, t("各文件指定产业数", lang), lang))
        n += 1
        parts.append(f'<p><img src="chart" width="{cw:.0f}" height="{ch:.0f}"></p>')
    return n


def summary_html(b: Brief) -> str:
    """Key figures next to the map."""
    lang = b.lang
    industries = {e.key for g in b.groups for e in g.entries}
    parks = len(b.parks) + b.more_parks
    rows = [
        (t("涉及文件", lang), t("{n} 份", lang, n=len(b.sources) + b.more_sources)),
        (t("指定产业", lang), t("{n} 项（{m} 份文件）", lang, n=len(industries), m=len(b.groups))),
        (t("园区", lang), t("{n} 个", lang, n=parks)),
        (t("量化目标", lang), t("{n} 项", lang, n=len(b.targets) + b.more_targets[0])),
    ]
    if b.members:
        rows.insert(0, (t("成员地区", lang), "、".join(m.name for m in b.members)))
    if b.zones:
        rows.append((t("所属复合区域", lang), "、".join(b.zones)))
    dated = [g for g in b.groups if g.year is not None] or list(b.groups)
    if dated:
        rows.append((t("最近文件", lang), dated[-1].heading))
    if b.latest_plan is not None and b.latest_plan is not dated[-1]:
        rows.append((t("最近的规划", lang), b.latest_plan.heading))
    cells = "".join(f'<tr><td width="34%" class="muted">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="3" style="font-size: 9pt;">{cells}</table>'


def brief_html(
    b: Brief,
    *,
    titles: dict[str, str],
    map_size: tuple[float, float],
    chart_size: tuple[float, float] | None,
    boundary: dict,
    parks_source: dict,
    timeline_size: tuple[float, float] | None = None,
) -> str:
    """The whole brief as rich text. ``titles`` maps document ids to titles for group headings."""
    lang = b.lang
    subtitle = [b.level_label]
    if b.parent_name:
        subtitle.append(t("上级：{name}", lang, name=b.parent_name))
    subtitle.append(t("生成日期：{date}", lang, date=b.generated))
    mw, mh = map_size
    parts = [
        f"<h1>{esc(b.name)}</h1>",
        f'<p class="sub">{esc(" ｜ ".join(subtitle))}</p>',
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 8px;"><tr>',
        f'<td width="{mw:.0f}"><img src="map" width="{mw:.0f}" height="{mh:.0f}"></td><td width="14"></td>',
        f'<td><p class="small muted">{esc(t("区域概况", lang))}</p>{summary_html(b)}'
        '<p class="small muted" style="margin-top: 6px;">'
        + esc(t("地图：橙色为本区域；紫色圆点为园区（位置近似），空心方框为只知所在地区的园区。", lang))
        + "</p></td>",
        "</tr></table>",
    ]
    n = 0
    if b.member_clauses:
        parts.append(_section(n, t("成员地区及其依据", lang), lang))
        n += 1
        for mc in b.member_clauses:  # a clause naming several members is quoted once
            parts.append(f"<h3>{esc(mc.heading)}</h3>{quote_html(mc.quote, lang)}")
    n = _designations_html(b, parts, n, titles, chart_size, timeline_size)
    if b.memberships:
        parts.append(_section(n, t("所属复合区域及其依据", lang), lang))
        n += 1
        for m in b.memberships:
            parts.append(f"<h3>{esc(m.zone_name)}（{esc(t(m.role, lang))}）</h3>{quote_html(m.quote, lang)}")
    parts.append(_section(n, t("园区", lang), lang))
    n += 1
    if b.parks:
        loc = {"exact": "精确", "approximate": "近似（县市驻地）", "region": "仅知所在地区"}
        rows = [
            [
                esc(p.name),
                esc(p.region),
                esc("、".join(p.industries) or "—"),
                esc(t(loc.get(p.location, p.location), lang))
                + (
                    f"<br>{esc(t('可信度：', lang))}{esc(t(confidence_label(p.confidence), lang))}"
                    if p.confidence
                    else ""
                ),
            ]
            for p in b.parks
        ]
        heads = [t(h, lang) for h in ("园区", "所在地", "产业", "位置")]
        parts.append(_table(heads, rows, [36, 14, 28, 22]))
        if b.more_parks:
            more = t("另有 {n} 个园区未列出（软件的地区详情中可查看全部）。", lang, n=b.more_parks)
            parts.append(f'<p class="small muted">{esc(more)}</p>')
    else:
        parts.append(f'<p class="muted">{esc(t("文件中没有提到本区域的园区。", lang))}</p>')
    parts.append(_section(n, t("量化目标", lang), lang))
    n += 1
    if b.targets:
        # Grouped by document (newest first): the document is the heading, not a column.
        for source in dict.fromkeys(t.source for t in b.targets):
            rows = [
                [esc(t.metric), esc(t.baseline), esc(t.target), esc(t.year), esc(t.region)]
                for t in b.targets
                if t.source == source
            ]
            parts.append(f"<h3>{esc(source)}</h3>")
            heads = [t(h, lang) for h in ("指标", "基数", "目标值", "目标年份", "地区")]
            parts.append(_table(heads, rows, [38, 16, 18, 17, 11]))
        more, docs = b.more_targets
        if more:
            text = t(
                "另有 {n} 项目标见 {m} 份更早的文件（软件的“目标”标签中可查看全部）。", lang, n=more, m=docs
            )
            parts.append(f'<p class="small muted">{esc(text)}</p>')
        note = t(
            "只列规划目标（工作回顾中的完成数不是目标），同一文件重复的目标只列一次，新文件在前；"
            "目标值前后的“不超过”“以上”等照录原文；“2024起”指自该年起每年的数额；"
            "“报告年度”指原文未写年份、按政府工作报告所部署的当年。",
            lang,
        )
        parts.append(f'<p class="small muted">{esc(note)}</p>')
    else:
        parts.append(f'<p class="muted">{esc(t("文件中没有本区域的量化目标。", lang))}</p>')
    parts.append(_section(n, t("重点条款原文", lang), lang))
    n += 1
    if b.quotes:
        parts.extend(quote_html(q, lang) for q in b.quotes)
        note = t(
            "黄色底纹为被引用的原文字句；过长的条款以“…”节选；{geta} 表示原文中无法显示的字符。",
            lang,
            geta=GETA,
        )
        parts.append(f'<p class="small muted">{esc(note)}</p>')
    elif b.memberships or b.member_clauses or b.related:
        note = t("除本简报其他部分所引条款外，没有直接指定本区域产业或目标的条款。", lang)
        parts.append(f'<p class="muted">{esc(note)}</p>')
    else:
        parts.append(f'<p class="muted">{esc(t("没有可引用的条款。", lang))}</p>')
    if b.related:
        parts.append(_section(n, t("相关文件 / 参照执行", lang), lang))
        n += 1
        parts.extend(related_html(r, lang) for r in b.related)
        parts.append(
            '<p class="small muted">以上文件由所引条款提及（如“参照实施”），条款中点名了本区域；'
            "文件本身不一定收入本库。</p>"
        )
    parts.append(_section(n, t("资料来源", lang), lang))
    if b.more_sources:
        note = t(
            "以下为本简报引用的文件；另有 {n} 份文件也涉及本区域，其内容已计入时间线。",
            lang,
            n=b.more_sources,
        )
        parts.append(f'<p class="small muted">{esc(note)}</p>')
    compact = len(b.sources) > COMPACT_SOURCES  # many documents: one short entry each
    for s in b.sources:
        known = "；".join(f"{esc(k)}：{esc(v)}" for k, v in s.known)
        # A Chinese label says what is unknown; the reason (localised from the catalogue) follows as a note.
        unknown = "".join(
            f'<br><span class="warn">{esc(t("{field}不详", lang, field=k))}</span>'
            f'<span class="muted">（{esc(v)}）</span>'
            for k, v in s.unknown
        )
        if compact and s.unknown:
            names = "、".join(k for k, _ in s.unknown)
            unknown = f'<br><span class="warn">{esc(t("{field}不详", lang, field=names))}</span>'
        notes = t("解析提示 {n} 条（见软件中的文件详情）", lang, n=s.warnings)
        warn = f'<br><span class="muted">{esc(notes)}</span>' if s.warnings else ""
        ref = f'<span class="small muted">{esc(t("　库内编号 {id}", lang, id=s.doc_id))}</span>'
        parts.append(
            f'<p style="margin-top: 5px;"><span class="em">{esc(s.name)}</span>{ref}'
            f"<br>{known}{unknown}{warn}</p>"
        )
    parts.append(
        f'<p style="margin-top: 8px;"><span class="em">{esc(t("边界数据：", lang))}</span>'
        f"{esc(boundary_note(boundary))}</p>"
        f'<p><span class="em">{esc(t("园区位置：", lang))}</span>{esc(parks_note(parks_source))}</p>'
        f'<p class="small muted">{esc(t(_CHECKABLE, lang))}</p>'
    )
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"
