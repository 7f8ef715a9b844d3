"""Rich text for the region detail pane and search results. Every piece of document text is escaped here.

Document text is data, never markup: each function escapes what it takes from the knowledge base with
:func:`html.escape` before wrapping it in tags, so a clause containing ``<img src=…>`` shows those characters.
"""

from __future__ import annotations

from html import escape

from gui.i18n import language, tr
from gui.text import join_names
from gui.timeline_html import timeline_html
from gui.viewmodel import AtlasView, ClauseRef, document_label
from policy.history import UNCLASSIFIED_PREFIX, DocumentStep
from policy.labels import document_label as document_label_in
from policy.printable import printable, unprintable_codes

MARK = '<span style="background-color:#ffd966; color:#000000;">{}</span>'
CONTEXT_CHARS = 70
WHOLE_CLAUSE_CHARS = 320
STYLE = """<style>
h2 { font-size: 13pt; margin: 0 0 2px 0; }
h3 { font-size: 10.5pt; margin: 10px 0 3px 0; color: #1f3b57; }
p, li { margin: 1px 0; }
.muted { color: #6b6b6b; }
.warn { color: #a94400; }
.tag { background-color: #e8f1f8; }
.added { color: #1a7f37; }
.dropped { color: #b42318; }
a { color: #1f5f99; text-decoration: none; }
</style>"""


def industry_name(view: AtlasView, industry_id: str) -> str:
    """An industry's name in the interface language."""
    ind = view.kb.industry(industry_id)
    return ind.name_en if language() == "en" and ind.name_en else ind.name


def entry_name(view: AtlasView, key: str) -> str:
    """An industry id's name, or an unclassified term (``term:<term>``) labelled as unclassified."""
    if key.startswith(UNCLASSIFIED_PREFIX):
        return key[len(UNCLASSIFIED_PREFIX) :] + tr("（未归类）")
    return industry_name(view, key)


def place_suffix(view: AtlasView, units, region_id: str | None = None) -> str:
    """``（蛟河）`` naming the units a fact belongs to ("" if none); ``region_id`` itself by its full name."""
    units = tuple(units)
    if not units:
        return ""
    left, right = ("(", ")") if language() == "en" else ("（", "）")
    return left + join_names(view.name(u) if u == region_id else view.short(u) for u in units) + right


def highlighted(text: str, spans, offset: int = 0) -> str:
    """``text`` escaped, with the (start, end) spans (relative to ``offset``) marked; characters no
    font can show drawn as 〓 (see :mod:`policy.printable`)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start, end = max(start - offset, pos), min(end - offset, len(text))
        if start >= end:
            continue
        out.append(escape(printable(text[pos:start])))
        out.append(MARK.format(escape(printable(text[start:end]))))
        pos = end
    out.append(escape(printable(text[pos:])))
    return "".join(out)


def unprintable_note(text: str) -> str:
    """A note (escaped HTML, "" if none is needed) saying what 〓 stands for in ``text``'s display."""
    codes = unprintable_codes(text)
    if not codes:
        return ""
    note = tr("〓：原文在此处有无法显示的字符（{codes}，私用区或控制字符），原文件未作改动。").format(
        codes=", ".join(codes)
    )
    return f'<p class="muted">{escape(note)}</p>'


def excerpt(text: str, lo: int, hi: int, spans) -> str:
    """The clause ``text[lo:hi]`` with spans marked; long clauses cut to windows around the spans."""
    if hi - lo <= WHOLE_CLAUSE_CHARS or not spans:
        return highlighted(text[lo:hi], spans, lo)
    windows: list[list[int]] = []
    for start, end in sorted(spans):
        a, b = max(lo, start - CONTEXT_CHARS), min(hi, end + CONTEXT_CHARS)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    parts = []
    for a, b in windows:
        inside = [(s, e) for s, e in spans if s < b and e > a]
        parts.append(("…" if a > lo else "") + highlighted(text[a:b], inside, a) + ("…" if b < hi else ""))
    return " ".join(parts)


def clause_title(view: AtlasView, doc_id: str, clause_id: str) -> str:
    """``2014 · 吉政发〔2014〕23号 · （三）heading`` escaped."""
    doc = view.kb.document(doc_id)
    clause = doc.clause(clause_id)
    label = clause.label or {"preamble": tr("序言"), "signature": tr("落款")}.get(clause.id, clause.id)
    heading = f" {clause.heading}" if clause.heading else ""
    return escape(f"{document_label(doc, unknown_year=tr('年份不详'))} · {label}{heading}")


def clause_card(view: AtlasView, ref: ClauseRef) -> str:
    """One clause card: document, 文号, clause label, the text with the cited words highlighted."""
    doc = view.kb.document(ref.doc_id)
    clause = doc.clause(ref.clause_id)
    title = escape(doc.title or tr("（标题不详）"))
    warn = ""
    if clause.quality == "garbled":
        warn = f'<p class="warn">⚠ {escape(tr("此条文本顺序混乱（原文如此），请对照原件"))}</p>'
    body = excerpt(doc.text, clause.start, clause.end, ref.spans)
    warn += unprintable_note(doc.text[clause.start : clause.end])
    target = f"{escape(ref.doc_id)}:{escape(ref.clause_id)}"
    link = (
        f'<a href="clause:{target}">{escape(tr("在阅读器中打开"))}</a>　'
        f'<a href="cite:{target}">{escape(tr("复制引文"))}</a>'
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" style="border: 1px solid #d0d7de; '
        f'margin-bottom: 6px; background-color: #fbfbfb;"><tr><td>'
        f"<p><b>{clause_title(view, ref.doc_id, ref.clause_id)}</b></p>"
        f'<p class="muted">{title}</p>{warn}<p>{body}</p><p>{link}</p></td></tr></table>'
    )


def clauses_html(view: AtlasView, refs) -> str:
    refs = list(refs)
    if not refs:
        return STYLE + f'<p class="muted">{escape(tr("没有条款提到该地区。"))}</p>'
    return STYLE + "".join(clause_card(view, r) for r in refs)


def _doc_heading(doc) -> str:
    label = document_label_in(doc, "heading", unknown_year=tr("年份不详"), unknown_number=tr("文号不详"))
    title = doc.title or tr("（标题不详）")
    return f"<h3>{escape(label)}</h3><p class='muted'>{escape(title)}</p>"


def _named_then(view: AtlasView, region_id: str, doc_id: str) -> list[str]:
    """Former names by which a document names the region or its units (九台市（1988–2013）)."""
    kb = view.kb
    places = kb.gazetteer.places if kb.gazetteer is not None else {}
    notes = []
    for m in kb.mentions_of(region_id):
        if m.prov.doc_id != doc_id:
            continue
        place = places.get(m.surface)
        if place is not None and place.kind == "former" and place.note not in notes:
            notes.append(place.note)
    return notes


def overview_html(view: AtlasView, region_id: str, docs: frozenset[str]) -> str:
    """Header, zone membership, industries by document with changes, and parks of one region."""
    kb = view.kb
    region = kb.region(region_id)
    levels = {"province": tr("省"), "prefecture": tr("地级"), "county": tr("县级"), "zone": tr("复合区")}
    parent = f" · {escape(view.name(region.parent))}" if region.parent else ""
    code = f" · {escape(region.id)}" if region.id.isdigit() else ""  # an adcode, never an internal zone id
    out = [STYLE, f"<h2>{escape(region.name)}</h2>"]
    out.append(f'<p class="muted">{escape(levels.get(region.level, region.level))}{parent}{code}</p>')
    zones = kb.zones_of(region_id)
    if zones:
        names = join_names(f'<a href="region:{escape(z.id)}">{escape(z.name)}</a>' for z in zones)
        out.append(f"<p>{escape(tr('所属复合区域：'))}{names}</p>")
    if region.level == "zone":
        out.append(_zone_members(view, region_id))
    out.append(
        timeline_html(
            view,
            region_id,
            docs,
            lambda u, k: entry_name(view, k) + place_suffix(view, () if u == region_id else (u,)),
        )
    )
    out.append(f"<h3>{escape(tr('指定产业（按文件）'))}</h3>")
    steps = view.history(region_id, docs)
    if not steps:
        out.append(f'<p class="muted">{escape(tr("所选文件中没有该地区的产业指定。"))}</p>')
    elif any(d.region != region_id for s in steps for d in s.designations):
        note = tr("括号中的地名：该产业是指定给下属县（市）的，而非本级。")
        out.append(f'<p class="muted">{escape(note)}</p>')
    for step in steps:
        out.append(_doc_heading(step.document))
        then = _named_then(view, region_id, step.document.id)
        if then:
            out.append(f'<p class="muted">{escape(tr("文中称：") + join_names(then))}</p>')
        items = []
        left, right = ("(", ")") if language() == "en" else ("（", "）")
        # Plans first; what a report only says of past work is marked 回顾 (the export's plan flag).
        entries = sorted(step.entries, key=lambda e: not any(d.plan for d in e.designations))
        for e in entries:
            if e.industry is None:
                continue
            name = industry_name(view, e.industry)
            place = place_suffix(view, view.units_of(region_id, e.designations), region_id)
            shown = sorted({t for t in e.terms if t != name})
            extra = f' <span class="muted">{left}{escape(join_names(shown))}{right}</span>' if shown else ""
            past = (
                ""
                if any(d.plan for d in e.designations)
                else f' <span class="muted">{escape(tr("回顾"))}</span>'
            )
            items.append(f"<span class='tag'>{escape(name)}{escape(place)}</span>{extra}{past}")
        if items:
            out.append("<p>" + join_names(items, semicolon=True) + "</p>")
        unclassified = [e for e in step.entries if e.industry is None]
        if unclassified:
            terms = join_names(
                e.terms[0] + place_suffix(view, view.units_of(region_id, e.designations), region_id)
                for e in unclassified
            )
            out.append(f'<p class="warn">{escape(tr("未归类的用语："))}{escape(terms)}</p>')
        if step.previous is not None:
            out.append(_changes(view, region_id, step))
    out.append(_parks(view, region_id, docs))
    return "".join(out)


def _changes(view: AtlasView, region_id: str, step: DocumentStep) -> str:
    """What is new in this document and what the previous one of its series named but this one no longer does.

    Each unit is compared with itself (see :meth:`AtlasView.unit_changes`); a county's facts carry its
    name in brackets, so 蛟河's 石材 never reads as the prefecture's.
    """

    def names(pairs):
        shown = [
            (entry_name(view, key), place_suffix(view, () if unit == region_id else (unit,)))
            for unit, key in pairs
        ]
        return join_names(name + place for name, place in sorted(shown, key=lambda p: (p[1] != "", p)))

    added, dropped = view.unit_changes(step)
    change = []
    if added:
        change.append(f'<span class="added">+ {escape(tr("新增："))}{escape(names(added))}</span>')
    if dropped:
        change.append(f'<span class="dropped">− {escape(tr("未再提及："))}{escape(names(dropped))}</span>')
    return "<p>" + "<br>".join(change) + "</p>" if change else ""


def _zone_members(view: AtlasView, zone_id: str) -> str:
    kb = view.kb
    roles = {"core": tr("核心"), "member": tr("成员"), "responsible": tr("责任单位")}
    try:
        zone = kb.zone(zone_id)
    except KeyError:
        return ""
    rows = [f"<h3>{escape(tr('成员地区'))}</h3>"]
    for m in zone.members:
        doc = kb.document(m.prov.doc_id)
        clause = doc.clause(m.prov.clause_id)
        body = excerpt(doc.text, clause.start, clause.end, [(m.prov.start, m.prov.end)])
        link = f'<a href="clause:{escape(m.prov.doc_id)}:{escape(m.prov.clause_id)}">'
        rows.append(
            f'<p><a href="region:{escape(m.region)}"><b>{escape(view.name(m.region))}</b></a> '
            f'<span class="muted">({escape(roles.get(m.role, m.role))}) — '
            f"{link}{clause_title(view, m.prov.doc_id, m.prov.clause_id)}</a></span></p>"
            f'<p style="margin-left: 12px;">{body}</p>'
        )
    missing = set(kb.region(zone_id).members) - {m.region for m in zone.members}
    for rid in sorted(missing):
        rows.append(f'<p class="warn">{escape(view.name(rid))} — {escape(tr("未找到引用条款"))}</p>')
    return "".join(rows)


def _parks(view: AtlasView, region_id: str, docs=None) -> str:
    """The region's parks named by the documents in view (all of them when every document is)."""
    parks = [
        p for p in view.kb.parks_in(region_id) if docs is None or any(m.doc_id in docs for m in p.mentions)
    ]
    out = [f"<h3>{escape(tr('园区（{n}）').format(n=len(parks)))}</h3>"]
    if not parks:
        out.append(f'<p class="muted">{escape(tr("所选文件中没有提到该地区的园区。"))}</p>')
    where = {"exact": tr("位置确切"), "approximate": tr("位置近似"), "region": tr("仅知所在地区")}
    for p in parks:
        inds = join_names(industry_name(view, i) for i in p.industries if _known(view, i))
        inds = f" — {escape(inds)}" if inds else ""
        out.append(
            f"<p>• {escape(p.name)}{inds} <span class='muted'>({escape(where.get(p.location, p.location))}, "
            f"{escape(view.name(p.region) if p.region else tr('地区不详'))})</span></p>"
        )
    return "".join(out)


def _known(view: AtlasView, industry_id: str) -> bool:
    try:
        view.kb.industry(industry_id)
    except KeyError:
        return False
    return True


def search_results_html(view: AtlasView, hits, query: str, *, shown: int = 200) -> str:
    """Search hits as a list of links ``hit:N`` with the match highlighted in context."""
    hits = list(hits)
    if not query.strip():
        return ""
    if not hits:
        return STYLE + f'<p class="muted">{escape(tr("没有找到“{q}”。").format(q=query))}</p>'
    out = [STYLE, f'<p class="muted">{escape(tr("共 {n} 处").format(n=len(hits)))}</p>']
    for i, h in enumerate(hits[:shown]):
        text = view.kb.document(h.doc_id).text
        a, b = max(0, h.start - 24), min(len(text), h.end + 24)
        snippet = highlighted(text[a:b].replace("\n", " "), [(h.start, h.end)], a)
        title = clause_title(view, h.doc_id, h.clause_id)
        before, after = "…" if a else "", "…" if b < len(text) else ""
        out.append(
            f'<p style="margin-bottom: 5px;"><a href="hit:{i}">{title}</a><br>'
            f'<a href="hit:{i}" style="color: #222222;">{before}{snippet}{after}</a></p>'
        )
    if len(hits) > shown:
        more = tr("另有 {n} 处未列出，请缩小查询。").format(n=len(hits) - shown)
        out.append(f'<p class="muted">{escape(more)}</p>')
    return "".join(out)
