"""The industry taxonomy: canonical industries in a two-level tree, and matching surface terms to them.

Loaded from ``assets/industries.json``. Every alias belongs to exactly one industry.
:meth:`Taxonomy.match` maps a term as written in a policy text (汽车及零部件, 袜业+现代纺织,
绿色精细化工产业 …) to an industry, or to ``None`` when it does not know the term — it never guesses.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from policy.model import Industry

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"

# Generic words around an industry name that do not change which industry it is. They are only stripped
# when what remains is itself a known alias, so stripping can never turn an unknown term into a guess.
_SUFFIXES = ("产业集群", "产业链", "产业", "工业", "行业", "集群", "制造业", "业", "等")
_PREFIXES = ("特色", "新兴", "先进", "高性能", "优势", "绿色", "高端", "新型", "传统", "现代")
_PROCESSING = ("精深加工", "深加工", "加工", "制品", "制造")
# Tails that may follow a compound of two aliases (医药食品产业) without changing what it names.
_GENERIC_TAILS = ("产业集群", "产业链", "产业", "行业", "集群", "等")
# Industry names that take the word before them as a modifier: 石化装备 is equipment for petrochemicals
# and 医药物流 logistics of medicines, not two industries; such a term stays unclassified.
_HEAD_NOUNS = ("装备", "装备制造", "设备", "物流", "仓储")
_PUNCT = " \u3000\t\n“”\"'‘’「」『』《》"


class Taxonomy:
    """Canonical industries and a matcher for industry terms.

    Parameters
    ----------
    industries : sequence of Industry
        Top-level industries have ``parent=None``; children name an existing top-level parent.

    Raises
    ------
    ValueError
        If ids repeat, a parent is unknown or not top-level, or an alias belongs to two industries.
    """

    def __init__(self, industries):
        self.industries: tuple[Industry, ...] = tuple(industries)
        self._by_id: dict[str, Industry] = {}
        for ind in self.industries:
            if not isinstance(ind, Industry):
                raise TypeError(f"taxonomy entries must be Industry records, not {type(ind).__name__}")
            if ind.id in self._by_id:
                raise ValueError(f"industry id {ind.id!r} is used twice")
            self._by_id[ind.id] = ind
        for ind in self.industries:
            if ind.parent is None:
                continue
            parent = self._by_id.get(ind.parent)
            if parent is None:
                raise ValueError(f"industry {ind.id!r} names an unknown parent {ind.parent!r}")
            if parent.parent is not None:
                raise ValueError(f"industry {ind.id!r}: only two levels, and {parent.id!r} is a child")
        self._alias: dict[str, str] = {}
        for ind in self.industries:
            for alias in (ind.name, *ind.aliases):
                owner = self._alias.setdefault(alias, ind.id)
                if owner != ind.id:
                    raise ValueError(f"alias {alias!r} belongs to both {owner!r} and {ind.id!r}")
        self._order = {ind.id: n for n, ind in enumerate(self.industries)}
        self._cache: dict[str, Industry | None] = {}
        self._sorted_aliases: tuple[str, ...] | None = None

    # -- tree ---------------------------------------------------------------------------------------
    def get(self, industry_id: str) -> Industry:
        """The industry with this id; KeyError naming the id if there is none."""
        try:
            return self._by_id[industry_id]
        except KeyError:
            raise KeyError(f"no industry with id {industry_id!r} in the taxonomy") from None

    def __contains__(self, industry_id: object) -> bool:
        return industry_id in self._by_id

    @property
    def roots(self) -> tuple[Industry, ...]:
        """The top-level industries, in file order."""
        return tuple(i for i in self.industries if i.parent is None)

    def children(self, industry_id: str) -> tuple[Industry, ...]:
        """The children of a top-level industry (empty for a child or a leaf); KeyError for an unknown id."""
        self.get(industry_id)
        return tuple(i for i in self.industries if i.parent == industry_id)

    # -- matching -----------------------------------------------------------------------------------
    @property
    def aliases(self) -> tuple[str, ...]:
        """Every surface term the taxonomy knows (names and aliases), longest first."""
        if self._sorted_aliases is None:
            self._sorted_aliases = tuple(sorted(self._alias, key=lambda a: (-len(a), a)))
        return self._sorted_aliases

    def known_suffix(self, words: str) -> str | None:
        """The longest alias that ends ``words`` and is shorter than it (生物质有机肥 → 有机肥), or None."""
        for i in range(1, len(words) - 1):
            if words[i:] in self._alias:
                return words[i:]
        return None

    def match(self, term: str) -> Industry | None:
        """The industry a surface term names, or None if the term is not known.

        Exact aliases first; then the term with generic affixes removed (产业, 产业集群, 等, 特色, 绿色,
        加工 …), accepting only a result that is itself an alias. Fewer removals win; on a tie a child
        (the more specific industry) wins over a top-level industry.

        Parameters
        ----------
        term : str
            An industry term as written, e.g. ``"汽车及零部件"`` or ``"绿色精细化工产业"``.

        Returns
        -------
        Industry or None
        """
        if not isinstance(term, str):
            raise TypeError(f"industry term must be a str, not {type(term).__name__}")
        try:
            return self._cache[term]
        except KeyError:
            pass
        found = self._match(term.strip(_PUNCT))
        self._cache[term] = found
        return found

    def split_compound(self, term: str) -> tuple[Industry, Industry] | None:
        """The two industries of a term written as two aliases run together (医药食品 = 医药 + 食品).

        Only for a term that is not itself known (:meth:`match` is None) and that splits at exactly one
        point into two exact aliases of different industries (a generic tail such as 产业 may follow the
        pair); anything else (a conjunction, other affixes, several possible splits, a head noun such as
        装备 or 物流 that makes the first word a modifier) is None, so a compound is never guessed.

        Parameters
        ----------
        term : str

        Returns
        -------
        tuple of (Industry, Industry) or None
            In the order the parts are written.
        """
        if not isinstance(term, str):
            raise TypeError(f"industry term must be a str, not {type(term).__name__}")
        term = term.strip(_PUNCT)
        if self.match(term) is not None:
            return None
        tail = next((t for t in _GENERIC_TAILS if term.endswith(t) and len(term) > len(t)), "")
        term = term[: len(term) - len(tail)]
        splits = [
            (self._alias[term[:n]], self._alias[term[n:]])
            for n in range(1, len(term))
            if term[:n] in self._alias and term[n:] in self._alias
        ]
        if len(splits) != 1 or splits[0][0] == splits[0][1] or term.endswith(_HEAD_NOUNS):
            return None
        return self._by_id[splits[0][0]], self._by_id[splits[0][1]]

    def _match(self, term: str) -> Industry | None:
        if not term:
            return None
        frontier = {term}
        seen = set(frontier)
        for _depth in range(4):
            hits = [self._by_id[self._alias[t]] for t in frontier if t in self._alias]
            if hits:
                # Deterministic: children before parents, then by file order.
                return min(hits, key=lambda i: (i.parent is None, self._order[i.id]))
            nxt = set()
            for t in frontier:
                for variant in _variants(t):
                    if variant not in seen:
                        seen.add(variant)
                        nxt.add(variant)
            if not nxt:
                return None
            frontier = nxt
        return None


def _variants(term: str):
    """Terms one generic affix shorter than ``term``."""
    for s in _SUFFIXES + _PROCESSING:
        if term.endswith(s) and len(term) > len(s):
            yield term[: -len(s)]
    for p in _PREFIXES:
        if term.startswith(p) and len(term) > len(p):
            yield term[len(p) :]


def _industry(entry: dict, where: str) -> Industry:
    try:
        return Industry(
            id=str(entry["id"]),
            name=str(entry["name"]),
            name_en=str(entry["name_en"]),
            parent=entry.get("parent"),
            gb4754=tuple(str(c) for c in entry.get("gb4754", ())),
            aliases=tuple(str(a) for a in entry.get("aliases", ())),
            sei2018=tuple(str(c) for c in entry.get("sei2018", ())),
        )
    except KeyError as e:
        raise ValueError(f"{where}: industry entry {entry!r} lacks the field {e.args[0]!r}") from None


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled industry taxonomy (``assets/industries.json``)."""
    path = ASSETS / "industries.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"asset {path} is missing; reinstall or restore the assets") from None
    return Taxonomy(_industry(e, str(path)) for e in data["industries"])
