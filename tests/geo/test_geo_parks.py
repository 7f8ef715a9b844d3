"""The park layer: every park inside the region it is assigned to; bad files give one precise message."""

import json
from pathlib import Path

import pytest
import shapely

from geo.fastpath import ASSETS
from geo.layers import load_parks
from geo.parks import load_park_points

FIXTURES = Path(__file__).resolve().parent / "fixtures"

SOURCES = [FIXTURES / "parks_small.json"]
if (ASSETS / "parks.json").exists():
    SOURCES.append(ASSETS / "parks.json")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_each_park_lies_inside_its_region(path, geoms, lod):
    parks = load_park_points(path)
    assert parks
    for p in parks:
        assert geoms[lod][p.region].contains(shapely.Point(p.x, p.y)), (p.name, p.region)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_region_level_parks_sit_at_the_region_label(path, gazetteer):
    raw = {p["id"]: p for p in json.loads(path.read_text(encoding="utf-8"))["parks"]}
    labels = {r["id"]: (r["label_lon"], r["label_lat"]) for r in gazetteer}
    for p in load_park_points(path):
        if raw[p.id]["lon"] is None:
            assert p.placed_at_label and (p.lon, p.lat) == labels[p.region]
        else:
            assert not p.placed_at_label and (p.lon, p.lat) == (raw[p.id]["lon"], raw[p.id]["lat"])


def test_unverified_parks_stay_in_the_layer_with_their_flag():
    frame = load_parks(FIXTURES / "parks_small.json")
    row = frame.set_index("id").loc["tonghua-tcm"]
    assert (row.confidence, row.location, row.region) == ("unverified", "region", "220500")
    assert len(frame) == len(json.loads((FIXTURES / "parks_small.json").read_text("utf-8"))["parks"])


def _write(tmp_path, parks):
    path = tmp_path / "parks.json"
    path.write_text(json.dumps({"source": "test", "licence": "MIT", "parks": parks}), encoding="utf-8")
    return path


GOOD = {
    "id": "a",
    "name": "甲园",
    "region": "220203",
    "lon": 126.56,
    "lat": 43.91,
    "location": "approximate",
    "confidence": "high",
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lat": None}, "both lon and lat"),
        ({"region": "220171"}, "220171"),
        ({"location": "somewhere"}, "location"),
        ({"confidence": "UNVERIFIED"}, "confidence"),
        ({"lon": "126"}, "lon"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_park_records_are_named_precisely(tmp_path, change, message):
    with pytest.raises(ValueError, match=message) as info:
        load_park_points(_write(tmp_path, [{**GOOD, **change}]))
    assert "'a'" in str(info.value)


def test_duplicate_ids_and_non_json_are_rejected(tmp_path):
    with pytest.raises(ValueError, match="twice"):
        load_park_points(_write(tmp_path, [GOOD, GOOD]))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not UTF-8 JSON"):
        load_park_points(bad)
    with pytest.raises(FileNotFoundError):
        load_park_points(tmp_path / "missing.json")
