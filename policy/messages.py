"""One catalogue of the messages policy/ writes for people: warnings, unknown-metadata reasons, import notes.

Each kind of message has a code, an English template and a Chinese template with the same named fields.
Policy code writes :func:`message` (the English text, which the export and the CLI keep); the interface and
the briefs show :func:`localise`, which reads the fields back out of the English text with a pattern made
from the English template (so the template is the only source of truth) and fills in the Chinese one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from string import Formatter

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Template:
    """One kind of message: ``en`` and ``zh`` are ``str.format`` templates with the same named fields."""

    code: str
    en: str
    zh: str


_T = Template
CATALOGUE: tuple[Template, ...] = (
    # Parser: clause numbering (policy/text/clauses.py).
    _T(
        "numbering_jump",
        "numbering jumps from {before} to {after}: no clause is numbered {missing}",
        "编号从{before}跳到{after}：没有编号为{missing}的条款",
    ),
    _T(
        "no_numbering",
        "no clause numbering found; the text is one clause",
        "未找到条款编号；全文作为一条",
    ),
    _T(
        "item_out_of_order_scrambled",
        "item {number} appears out of order after item {after} and its text is scrambled; shown as found",
        "第{number}项排在第{after}项之后，顺序错乱，文字也错乱；按原样显示",
    ),
    _T(
        "section_out_of_order_scrambled",
        "section {label} appears out of order after item {after} and its text is scrambled; shown as found",
        "“{label}”部分排在第{after}项之后，顺序错乱，文字也错乱；按原样显示",
    ),
    _T(
        "item_out_of_order",
        "item {number} appears out of order after item {after}",
        "第{number}项排在第{after}项之后，顺序错乱",
    ),
    _T(
        "section_out_of_order",
        "section {label} appears out of order after item {after}",
        "“{label}”部分排在第{after}项之后，顺序错乱",
    ),
    _T(
        "item_scrambled",
        "item {number} ({label}) looks scrambled (many fragment lines); shown as found",
        "第{number}项（{label}）文字错乱（多处断行残片）；按原样显示",
    ),
    _T(
        "section_scrambled",
        "section {label} ({label}) looks scrambled (many fragment lines); shown as found",
        "“{label}”部分文字错乱（多处断行残片）；按原样显示",
    ),
    # Given metadata against the text (policy/text/document.py); {field} is a field name, shown translated.
    _T(
        "given_unusable",
        "the given {field} {value} is not usable and was ignored",
        "所给的{field} {value} 无法使用，已忽略",
    ),
    _T(
        "given_differs",
        "the given {field} is {given} but the text says {found}; using the text",
        "所给的{field}为 {given}，但文本中为 {found}；以文本为准",
    ),
    # Unknown metadata read from the text (policy/text/metadata.py).
    _T("title_empty", "the text is empty", "文本为空"),
    _T(
        "title_mid_document", "the text starts mid-document; no title lines", "文本从文件中间开始，没有标题行"
    ),
    _T("title_none", "no title lines at the top of the text", "文本开头没有标题行"),
    _T("doc_number_none", "no 文号 line in the text", "文本中没有文号行"),
    _T(
        "doc_number_none_cites",
        "no 文号 line in the text (文号s in it, such as {cited}, cite other documents)",
        "文本中没有文号行（文中的文号，如{cited}，是所引用的其他文件）",
    ),
    _T(
        "date_none",
        "no date stated in the text (no signing line, meeting line or dated title)",
        "文本中未写明日期（没有成文日期行、会议日期行或带日期的标题）",
    ),
    _T(
        "issuer_none",
        "the text names no issuing body in a title or signature",
        "标题和落款中均未写明发文机关",
    ),
    _T("year_none", "no date or 文号 of its own in the text", "文本中没有本文件的日期或文号"),
    _T(
        "dates_differ",
        "the date {used} is read from the {basis} line; the {where} states {other}",
        "日期{used}取自{basis}；{where}写的是{other}",
    ),
    _T("doc_kind_none", "the title names no kind of document", "标题未写明文件类型"),
    _T("doc_kind_no_title", "no title, so no kind of document", "没有标题，无法判断文件类型"),
    _T(
        "subject_none",
        "the text names no issuer or region it is about",
        "文本未写明发文机关或所涉地区",
    ),
    _T(
        "subject_outside",
        "the document is about {place}, outside Jilin",
        "该文件涉及{place}，不属于吉林省",
    ),
    _T(
        "about_outside",
        "the document is about {place}, not Jilin: only places in Jilin it names get designations",
        "该文件涉及{place}而非吉林省：只有文中明确提到的吉林地区才记为指定",
    ),
    _T(
        "year_none_cites",
        "no date or 文号 of its own in the text; it cites documents of {year}, so it is from {year} or later",
        "文本中没有本文件的日期或文号；文中引用了{year}年的文件，因此是{year}年或之后的文件",
    ),
    # Researched reasons in seeds/manifest.json.
    _T(
        "seed_title_mid_address",
        "the title lines are missing from the text; it starts mid-address",
        "文本缺少标题行，从主送机关名单中途开始",
    ),
    _T(
        "seed_doc_number_no_header",
        "the 文号 is not in the text (the header is missing)",
        "文本中没有文号（缺少文头）",
    ),
    _T(
        "seed_issuer_no_header",
        "the issuing body is not named in the text (the header is missing)",
        "文本中未写明发文机关（缺少文头）",
    ),
    _T("seed_doc_number", "the 文号 is not in the text", "文本中没有文号"),
    _T("seed_issuer", "the issuing body is not named in the text", "文本中未写明发文机关"),
    _T(
        "seed_date_cites",
        "the date is not in the text; it cites {number}, so it was issued in {year} or later",
        "文本中没有日期；文中引用了{number}，因此印发于{year}年或之后",
    ),
    _T(
        "seed_year_cites",
        "the year is not in the text; it cites {number}, so it is from {year} or later",
        "文本中没有年份；文中引用了{number}，因此是{year}年或之后的文件",
    ),
    # Extractors (policy/extract/).
    _T(
        "unclassified_term",
        "unclassified industry term '{term}' in {doc} clause {label}",
        "未归类的产业用语“{term}”（{doc}，条款 {label}）",
    ),
    _T(
        "term_too_long",
        "item too long for an industry term '{term}' in {doc} clause {label}",
        "条目太长，不作产业用语：“{term}”（{doc}，条款 {label}）",
    ),
    _T(
        "term_not_words",
        "words '{term}' in {doc} clause {label} are not an industry's name (a number, verb or list inside); "
        "not read as a designation",
        "“{term}”不是产业名称（内含数字、动词或并列），未作为产业指定（{doc}，条款 {label}）",
    ),
    _T(
        "growth_not_extracted",
        "{count} growth-rate phrase(s) in {doc} (such as '{example}') are not extracted as targets",
        "{doc} 中有 {count} 处增长率表述（如“{example}”）未作为目标提取",
    ),
    _T(
        "value_not_target",
        "value '{value}' with a target verb in {doc} clause {clause} was not read as a target: '…{context}…'",
        "带目标动词的数值“{value}”未读作目标（{doc}，条款 {clause}）：“…{context}…”",
    ),
    _T(
        "xref_reassembled",
        "cross-reference {number} in {doc} reassembled from the scrambled text of clause {label} ({clause}); "
        "the cited characters are out of order: '{cited}'",
        "{doc} 中引用的 {number} 是从条款 {label}（{clause}）错乱的文字中拼合出来的；"
        "所引字符顺序错乱：“{cited}”",
    ),
    _T(
        "park_not_listed_at",
        "park '{name}' in {place} is not in the park gazetteer (document {doc}, clause {clause})",
        "园区“{name}”（{place}）不在园区名录中（{doc}，条款 {clause}）",
    ),
    _T(
        "park_not_listed",
        "park '{name}' is not in the park gazetteer (document {doc}, clause {clause})",
        "园区“{name}”不在园区名录中（{doc}，条款 {clause}）",
    ),
    _T(
        "park_list_no_region",
        "park-level list after '{lead}' in {doc} clause {label} has no region; not assigned",
        "“{lead}”之后的园区名单没有所属地区，未归入地区（{doc}，条款 {label}）",
    ),
    _T(
        "unresolved_place",
        "unresolved place name '{place}' in {doc} clause {label}; its list is not assigned to a region",
        "无法识别的地名“{place}”（{doc}，条款 {label}）；其后的名单未归入地区",
    ),
    _T(
        "list_not_industries",
        "list after '{lead}' in {doc} clause {label} not read as industries: '{items}'",
        "“{lead}”之后的名单未读作产业（{doc}，条款 {label}）：“{items}”",
    ),
    # Knowledge base (policy/kb.py).
    _T(
        "zone_member_not_found",
        "zone {zone}: the clause naming member {region} ('{anchor}') was not found in document {doc}; "
        "the member is shown without a citation",
        "{zone}：在文件 {doc} 中找不到写明成员{region}的条款（“{anchor}”）；该成员不附出处显示",
    ),
    # Import notes (policy/text/sources.py, policy/text/readers.py).
    _T("read_as", "read as {encoding}", "按 {encoding} 编码读取"),
    _T("read_docx", "read from a Word .docx file", "读自 Word 文档（docx）"),
    _T("read_pdf_pages", "read the text layer of {pages} PDF page(s)", "读取了 PDF 共 {pages} 页的文字层"),
    _T(
        "radicals_folded",
        "{count} radical look-alike character(s) from the PDF's fonts read as ideographs",
        "PDF 字体中有 {count} 个形似部首的字符，已按汉字读取",
    ),
)

_BY_CODE = {t.code: t for t in CATALOGUE}
# Field values that are themselves English words are translated when shown in Chinese.
_FIELD_VALUES_ZH = {
    "field": {"title": "标题", "doc_number": "文号", "issuer": "发文机关", "date": "成文日期", "year": "年份"}
}
_PREFIX = re.compile(r"^(\S+?): (.+)$", re.S)


def fields_of(template: str) -> frozenset[str]:
    """The named fields of a ``str.format`` template."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def message(code: str, **fields: object) -> str:
    """The English text of message ``code`` with its fields filled in.

    Parameters
    ----------
    code : str
        A code of :data:`CATALOGUE`.
    **fields
        Exactly the template's named fields (values are shown with ``str``).

    Raises
    ------
    ValueError
        If the code is unknown or the fields are not exactly the template's fields.
    """
    template = _BY_CODE.get(code)
    if template is None:
        raise ValueError(f"unknown message code {code!r}; see policy.messages.CATALOGUE")
    want = fields_of(template.en)
    if set(fields) != want:
        raise ValueError(f"message {code!r} needs the fields {sorted(want)}, got {sorted(fields)}")
    return template.en.format(**fields)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Template], ...]:
    """One pattern per template; the ones with the most fixed text are tried first (the most specific)."""
    out = []
    for t in CATALOGUE:
        parts, seen, fixed = [], set(), 0
        for literal, name, _, _ in Formatter().parse(t.en):
            parts.append(re.escape(literal))
            fixed += len(literal)
            if name is not None:
                parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
                seen.add(name)
        out.append((fixed, re.compile("".join(parts), re.S), t))
    out.sort(key=lambda x: -x[0])
    return tuple((p, t) for _, p, t in out)


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """The code and field values of a catalogue message, or None if ``text`` is none of them."""
    if not isinstance(text, str):
        raise TypeError(f"parse() needs a str, not {type(text).__name__}")
    for pattern, template in _patterns():
        m = pattern.fullmatch(text)
        if m:
            return template.code, m.groupdict()
    return None


def localise(text: str, lang: str) -> str:
    """``text`` in language ``lang``: a catalogue message in Chinese for ``"zh"``; anything else unchanged.

    A knowledge-base warning's ``"<document id>: "`` prefix is kept (with a Chinese colon).

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    ValueError
        If ``lang`` is not ``"zh"`` or ``"en"``.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    if not isinstance(text, str):
        raise TypeError(f"localise() needs a str, not {type(text).__name__}")
    if lang == "en":
        return text
    found = parse(text)
    if found is not None:
        code, values = found
        values = {k: _FIELD_VALUES_ZH.get(k, {}).get(v, v) for k, v in values.items()}
        return _BY_CODE[code].zh.format(**values)
    m = _PREFIX.match(text)
    if m:
        rest = localise(m.group(2), lang)
        if rest != m.group(2):
            return f"{m.group(1)}：{rest}"
    return text
