"""Parks: the named parks, zones and brand places a document mentions, and the industries it assigns them.

Reference parks (``assets/parks.json``) are found by their spellings, longest first; short generic spellings
(化工园区, 经开区, 高新南区 …) count only in a document about the park's prefecture. A park-like proper name
that is not in the reference (四平红嘴经济开发区) is still a park, placed at the region its name or the
document gives, unverified, with a warning. Industries come from clauses such as "高新北区重点发展电子信息
及电力电子产业" and "重点以经开区、化工园区为载体" (the industry the sentence or the clause is about).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from policy.extract.homezones import home_zones
from policy.extract.parknames import named_parks
from policy.extract.parkplaces import coordinated, joined_before, shared_park_word, unlisted_parks
from policy.extract.subject import document_subject
from policy.messages import message
from policy.model import Document, Park, Provenance
from policy.places.parks_ref import ParkRef

_SENTENCE_END = "。；;\n"
_PHRASE_END = "，,。；;\n"
_ASSIGN_VERBS = ("重点发展", "主要发展", "着力发展", "发展")
_TERM_VERBS = re.compile("发展|壮大|做强|做大|培育|打造")
_TERM_SUFFIXES = ("产业集群", "产业基地", "生产基地", "基地", "产业园区", "产业", "集群", "行业")


class _Matcher:
    """Finds reference park spellings in text, longest first."""

    def __init__(self, reference: tuple[ParkRef, ...]):
        self.by_surface: dict[str, ParkRef] = {}
        self.contextual: set[str] = set()
        for ref in reference:
            for s in (ref.name, *ref.aliases):
                self.by_surface.setdefault(s, ref)
            for s in ref.context_aliases:
                self.by_surface.setdefault(s, ref)
                self.contextual.add(s)
        alternatives = sorted(self.by_surface, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(a) for a in alternatives)) if alternatives else None


@lru_cache(maxsize=8)
def _matcher(reference: tuple[ParkRef, ...]) -> _Matcher:
    return _Matcher(reference)


def _clause_id(doc: Document, offset: int) -> str:
    try:
        return doc.clause_at(offset).id
    except ValueError:
        return "preamble"


def _bounds(text: str, offset: int, stops: str) -> tuple[int, int]:
    """Start and end of the sentence (or phrase) around ``offset``."""
    start = max(text.rfind(ch, 0, offset) for ch in stops) + 1
    ends = [i for i in (text.find(ch, offset) for ch in stops) if i >= 0]
    return start, min(ends) if ends else len(text)


def _subject_prefecture(doc: Document, gazetteer) -> str | None:
    """The prefecture a document is about: its subject (from the title), else the dominant one in the text."""
    subject = document_subject(doc, gazetteer)
    if subject is None:
        counts = Counter(gazetteer.prefecture_of(m.region) for m in gazetteer.find(doc.text))
        counts.pop(None, None)
        total = sum(counts.values())
        if total:
            top, n = counts.most_common(1)[0]
            subject = top if n >= 3 and n * 2 > total else None
    return gazetteer.prefecture_of(subject) if subject and subject in gazetteer else None


def _match_term(taxonomy, term: str) -> list[str]:
    """Industry ids for a term: whole, then its parts (A及B), then the longest known substring of each."""
    if taxonomy is None or not term:
        return []

    def one(t: str) -> str | None:
        for cand in (t, *(t[: -len(s)] for s in _TERM_SUFFIXES if t.endswith(s) and len(t) > len(s) + 1)):
            ind = taxonomy.match(cand)
            if ind is not None:
                return ind.id
        return None

    found = one(term)
    if found:
        return [found]
    out: list[str] = []
    for piece in re.split("[、及和与]", term):
        piece = piece.strip("等")
        if len(piece) < 2:
            continue
        hit = one(piece)
        if hit is None:
            # Longest known substring: 碳纤维原丝 → 碳纤维, 千亿级国家级石化 → 石化.
            for size in range(len(piece) - 1, 1, -1):
                hit = next((h for i in range(len(piece) - size + 1) if (h := one(piece[i : i + size]))), None)
                if hit:
                    break
        if hit and hit not in out:
            out.append(hit)
    return out


def _clean_term(raw: str) -> str:
    """The industry words of a phrase: after the last 的 (发展以…为龙头的汽车及配件产业集群 → 汽车及配件)."""
    term = raw.rsplit("的", 1)[-1].strip(" 等")
    for s in _TERM_SUFFIXES:
        if term.endswith(s) and len(term) > len(s) + 1:
            return term[: -len(s)]
    return term


def _sentence_term(text: str, s0: int, s1: int, anchor: int) -> str | None:
    """The industry a sentence is about: the "发展X / 壮大X" phrase nearest ``anchor``."""
    best: tuple[int, str] | None = None
    for m in _TERM_VERBS.finditer(text, s0, s1):
        p0, p1 = m.end(), _bounds(text, m.end(), _PHRASE_END)[1]
        stop = text.find("要", p0, p1)
        raw = text[p0 : stop if stop >= 0 else p1]
        if raw.startswith("以") and "为" not in raw or len(raw) < 2:
            continue
        dist = abs(m.start() - anchor)
        if best is None or dist < best[0]:
            best = (dist, _clean_term(raw))
    return best[1] if best else None


def _group(mentions: list[tuple[int, int, ParkRef]], text: str, p0: int) -> list[tuple[int, int, ParkRef]]:
    """The list of parks that opens a phrase (经开区、化工园区 …), if a park opens it."""
    if not mentions or mentions[0][0] - p0 > 4:
        return []
    group = [mentions[0]]
    for m in mentions[1:]:
        if text[group[-1][1] : m[0]] in ("、", "和", "及", "与"):
            group.append(m)
        else:
            break
    return group


def _assignments(doc: Document, mentions, taxonomy) -> dict[str, list[str]]:
    """Industry ids per park id, from the clauses that assign them."""
    text = doc.text
    out: dict[str, list[str]] = {}

    def assign(refs, ids):
        for ref in refs:
            bucket = out.setdefault(ref.id, [])
            bucket.extend(i for i in ids if i not in bucket)

    done_phrases: set[int] = set()
    for start, _end, _ref in mentions:
        p0, p1 = _bounds(text, start, _PHRASE_END)
        if p0 in done_phrases:
            continue
        done_phrases.add(p0)
        in_phrase = [m for m in mentions if p0 <= m[0] < p1]
        group = _group(in_phrase, text, p0)
        if group:
            rest = text[group[-1][1] : p1]
            verb = next((v for v in _ASSIGN_VERBS if v in rest), None)
            if verb and "以" not in rest[: rest.find(verb)] or verb and "为重点" in rest:
                assign([g[2] for g in group], _match_term(taxonomy, _clean_term(rest.split(verb, 1)[1])))
    # 以A、B为（主要）载体: the industry of the sentence (or of the clause heading).
    for m in re.finditer(r"以([^，。；]{2,40}?)为(?:主要)?载体", text):
        carriers = [x[2] for x in mentions if m.start(1) <= x[0] < m.end(1)]
        if not carriers:
            continue
        s0, s1 = _bounds(text, m.start(), _SENTENCE_END)
        term = _sentence_term(text, s0, s1, m.start())
        ids = _match_term(taxonomy, term) if term else []
        if not ids:
            heading = _heading(doc, m.start())
            ids = _match_term(taxonomy, _clean_term(heading)) if heading else []
        assign(carriers, ids)
    # X建成…产业园区: what a park is to become (示范园区建成千亿级国家级石化产业园区).
    for _start, end, ref in mentions:
        built = re.match("建成([^，。；、]{2,16}?)(产业园区|产业基地|基地)", text[end : end + 24])
        if built:
            assign([ref], _match_term(taxonomy, _clean_term(built.group(1))))
    # 设立X园: a park set up inside a clause about an industry takes that industry.
    for start, _end, ref in mentions:
        if text[max(0, start - 2) : start] == "设立":
            heading = _heading(doc, start)
            assign([ref], _match_term(taxonomy, _clean_term(heading)) if heading else [])
    return out


# A zone's kind in short and in full (珲春边合区 is 珲春边境经济合作区).
_FULL_KIND = (
    ("边境合作区", "边境经济合作区"),
    ("边合区", "边境经济合作区"),
    ("综保区", "综合保税区"),
    ("经开区", "经济开发区"),
    ("高新区", "高新技术产业开发区"),
)


def _other_names(name: str) -> tuple[str, ...]:
    """The name without its level (延吉国家级跨境电商综试区 → 延吉跨境电商综试区) and with its full kind."""
    bare = re.sub("国家级|省级", "", name)
    full = next((bare[: -len(s)] + f for s, f in _FULL_KIND if bare.endswith(s)), bare)
    return bare, full


def _heading(doc: Document, offset: int) -> str | None:
    try:
        return doc.clause_at(offset).heading
    except ValueError:
        return None


def extract_parks(
    doc: Document, gazetteer, taxonomy, reference, analysis=None
) -> tuple[tuple[Park, ...], tuple[str, ...]]:
    """The parks a document mentions, with every mention and the industries its clauses assign.

    Parameters
    ----------
    doc : Document
        A parsed document.
    gazetteer : policy.places.gazetteer.Gazetteer
        Regions, to place parks that are not in the reference and to decide a document's prefecture.
    taxonomy : policy.industries.taxonomy.Taxonomy or None
        ``match(term) -> Industry | None``; without it parks get no industries.
    reference : sequence of ParkRef
        The park reference (``load_park_reference()``).
    analysis : policy.extract.analysis.Analysis, optional
        The document's reading; with it, park names of running text (东宝生物科技产业园) are found too.

    Returns
    -------
    parks : tuple of Park
        One per park, in order of first mention; ``mentions`` are spans whose text is the spelling found.
    warnings : tuple of str
        One per park-like name that is not in the reference.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"extract_parks() needs a Document, not {type(doc).__name__}")
    reference = tuple(reference)
    if not all(isinstance(r, ParkRef) for r in reference):
        raise TypeError("extract_parks() needs a sequence of ParkRef as reference")
    text = doc.text
    matcher = _matcher(reference)
    subject_pref = _subject_prefecture(doc, gazetteer)
    mentions: list[tuple[int, int, ParkRef]] = []
    if matcher.pattern is not None:
        for m in matcher.pattern.finditer(text):
            ref = matcher.by_surface[m.group()]
            if m.group() in matcher.contextual:
                s0, s1 = _bounds(text, m.start(), _SENTENCE_END)
                pref = gazetteer.prefecture_of(ref.region) or ref.region
                named = {
                    gazetteer.prefecture_of(x.region) for x in (analysis or gazetteer).find(text, s0, s1)
                }
                if pref != subject_pref and pref not in named:
                    continue
            mentions.append((m.start(), m.end(), ref))
    # 珲春、和龙边境经济合作区: a place joined before a reference park's place shares the rest of its name.
    joined = [
        (pm, name, end)
        for start, end, _ref in list(mentions)
        for pm, name in joined_before(text, start, end, analysis or gazetteer, subject_pref)
    ]
    mentions += [
        (pm.start, end, matcher.by_surface[name]) for pm, name, end in joined if name in matcher.by_surface
    ]
    # A city's own zone by its bare or short name (经开区, 红开区) is the reference zone when there is one.
    homes = list(home_zones(doc, gazetteer, [(s, e) for s, e, _ in mentions], subject_pref))
    mentions += [
        (a, b, matcher.by_surface[name]) for a, b, _r, _p, name in homes if name in matcher.by_surface
    ]
    mentions.sort(key=lambda x: x[0])
    industries = _assignments(doc, mentions, taxonomy)
    if taxonomy is not None:
        # A brand place (中国汽车城) names its industry; the mention that names the brand is the provenance.
        for _start, _end, ref in mentions:
            if ref.kind != "brand":
                continue
            named = [i for i in ref.industries if i in taxonomy]
            bucket = industries.setdefault(ref.id, [])
            bucket.extend(i for i in named if i not in bucket)

    parks: dict[str, Park] = {}
    for start, end, ref in mentions:
        prov = Provenance(doc.id, _clause_id(doc, start), start, end)
        if ref.id in parks:
            p = parks[ref.id]
            parks[ref.id] = Park(**{**p.__dict__, "mentions": p.mentions + (prov,)})
            continue
        parks[ref.id] = Park(
            id=ref.id,
            name=ref.name,
            region=ref.region,
            lon=ref.lon,
            lat=ref.lat,
            location=ref.location,
            confidence=ref.confidence,
            industries=tuple(industries.get(ref.id, ())),
            mentions=(prov,),
            aliases=ref.surfaces,
            note=ref.note,
        )
    warnings: list[str] = []
    taken = [(s, e) for s, e, _ in mentions]
    # Lists of places sharing one park word first: 梨树、伊通、双辽3个万头肉牛养殖园区 is three parks.
    counted = list(shared_park_word(text, taken, analysis or gazetteer, subject_pref, counted=True))
    found = list(unlisted_parks(doc, gazetteer, taken, subject_pref, analysis, taxonomy))
    if analysis is not None:
        found += named_parks(analysis, taken, taxonomy)
    found = [x for f in found for x in coordinated(text, f, analysis or gazetteer, subject_pref)]
    found += [
        (pm.start, end, pm.region, "", name) for pm, name, end in joined if name not in matcher.by_surface
    ]
    found += [
        h
        for h in homes
        if h[4] not in matcher.by_surface and not any(s < h[1] and h[0] < e for s, e in taken)
    ]
    found += counted + list(shared_park_word(text, taken, analysis or gazetteer, subject_pref))
    for start, end, region, place, *named in found:
        name = named[0] if named else text[start:end]
        # The region keeps two parks of one name apart (生物医药产业园 of 延吉市 and 敦化市), in one document
        # and across documents (松原's and 吉林's 精细化工产业园 are two parks).
        pid = f"unlisted:{region}:{place}{name}"
        prov = Provenance(doc.id, _clause_id(doc, start), start, end)
        if pid in parks:
            p = parks[pid]
            # 延吉市生物医药产业园 after 延吉市建设生物医药产业园: one park, the longer spelling an alias.
            aliases = p.aliases + (name,) * (name not in p.aliases)
            parks[pid] = Park(**{**p.__dict__, "mentions": p.mentions + (prov,), "aliases": aliases})
            continue
        parks[pid] = Park(
            id=pid,
            name=name,
            region=region,
            lon=None,
            lat=None,
            location="region",
            confidence="unverified",
            mentions=(prov,),
            aliases=tuple(dict.fromkeys((name, text[start:end], *_other_names(name)))),
            note=(
                f"not in the park gazetteer; placed at {place}, the place the sentence names"
                if place
                else "not in the park gazetteer; placed at the region its name gives"
            ),
        )
        where = {"place": place} if place else {}
        code = "park_not_listed_at" if place else "park_not_listed"
        warnings.append(message(code, name=name, **where, doc=doc.id, clause=prov.clause_id))
    return tuple(parks.values()), tuple(warnings)
