"""Shared fixtures: shapely geometries rebuilt from the boundary assets, one set per level of detail."""

import json
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parents[2] / "assets"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer():
    return json.loads((ASSETS / "regions.json").read_text(encoding="utf-8"))["regions"]


@pytest.fixture(scope="session")
def zone_specs():
    return json.loads((ASSETS / "zones.json").read_text(encoding="utf-8"))["zones"]


@pytest.fixture(scope="session", params=["province", "county"])
def lod(request):
    return request.param


@pytest.fixture(scope="session")
def geoms():
    """{lod: {id: shapely geometry}} for every region and zone."""
    from geo.layers import load_regions, load_zones

    out = {}
    for lod in ("province", "county"):
        frames = [load_regions(lod=lod), load_zones(lod=lod)]
        out[lod] = {row.id: row.geometry for frame in frames for row in frame.itertuples()}
    return out
