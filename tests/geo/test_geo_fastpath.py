"""The fast path: plain coordinates, no heavy imports, precise errors; the projection matches pyproj."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.fastpath import load_layers
from geo.projection import PROJ, project, unproject

FIXTURES = Path(__file__).resolve().parent / "fixtures"

HEAVY = ["geopandas", "shapely", "pyproj", "numpy", "pandas", "matplotlib", "PySide6"]


def test_fast_path_loads_everything_without_heavy_imports():
    code = (
        "import sys, json\n"
        "from geo.fastpath import load_layers\n"
        "from geo.parks import load_park_points\n"
        "from geo.regions import find_region\n"
        "from geo.history import region_on\n"
        "for lod in ('province', 'county'):\n"
        "    layers = load_layers(lod)\n"
        "find_region('长春'); region_on('公主岭', 2009)\n"
        "load_park_points(sys.argv[1])\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )

    out = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "parks_small.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == []


def test_layers_are_plain_numbers_ready_for_drawing(lod):
    layers = load_layers(lod)
    for shape in (*layers.prefectures, *layers.counties, *layers.zones):
        assert shape.rings
        for ring in shape.rings:
            assert len(ring) % 2 == 0 and len(ring) >= 6
            assert all(type(v) is int for v in ring[:8])
        minx, miny, maxx, maxy = shape.bounds
        assert minx <= shape.label[0] <= maxx and miny <= shape.label[1] <= maxy


def test_layer_lookups_fail_precisely():
    layers = load_layers("province")
    assert [s.id for s in layers.children("220000")] == [s.id for s in layers.prefectures]
    with pytest.raises(KeyError, match="999999"):
        layers.region("999999")
    with pytest.raises(KeyError, match="zone:jixinan"):
        layers.zone("zone:nowhere")
    with pytest.raises(ValueError, match="province, county"):
        load_layers("street")
    with pytest.raises(TypeError):
        load_layers(3)


@given(st.floats(118, 135), st.floats(38, 49))
def test_projection_matches_pyproj(lon, lat):
    from pyproj import Transformer

    x, y = project(lon, lat)
    ex, ey = Transformer.from_crs("EPSG:4326", PROJ, always_xy=True).transform(lon, lat)
    assert x == pytest.approx(ex, abs=1e-3) and y == pytest.approx(ey, abs=1e-3)
    back = unproject(x, y)
    assert back == pytest.approx((lon, lat), abs=1e-9)


@pytest.mark.parametrize(
    ("lon", "lat", "exc"), [("126", 43, TypeError), (126, float("nan"), ValueError), (126, 95, ValueError)]
)
def test_projection_rejects_bad_coordinates(lon, lat, exc):
    with pytest.raises(exc):
        project(lon, lat)
