"""GIS interchange: regions with designation counts per industry, zones and parks, read by geopandas."""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest

from geo.gis_export import output_paths, write_gis


@pytest.fixture(scope="module")
def kb():
    from policy.corpus import load_knowledge_base

    return load_knowledge_base()


def test_geopackage_has_three_layers_with_adcodes_names_and_counts(kb, tmp_path):
    path = tmp_path / "atlas.gpkg"
    assert write_gis(kb, path) == (path,)
    layers = dict(pyogrio.list_layers(path))
    assert set(layers) == {"regions", "zones", "parks"}
    regions = gpd.read_file(path, layer="regions", engine="pyogrio")
    assert regions.crs.to_epsg() == 4326
    columns = {"adcode", "name", "level", "designations", "n_automotive", "n_petrochemicals"}
    assert columns <= set(regions.columns)
    row = regions.set_index("adcode").loc["220200"]
    assert row["name"] == "吉林市"
    within = kb.region_ids_within("220200")
    facts = [d for d in kb.designations if d.region in within]
    assert row["designations"] == len(facts)
    auto = kb.industry_ids_within("automotive")
    assert row["n_automotive"] == sum(1 for d in facts if d.industry in auto)
    assert len(regions[regions.level == "prefecture"]) == 9
    bounds = regions.total_bounds  # lon / lat of Jilin
    assert 121 < bounds[0] < bounds[2] < 132 and 40 < bounds[1] < bounds[3] < 47
    zones = gpd.read_file(path, layer="zones", engine="pyogrio")
    jx = zones.set_index("zone_id").loc["zone:jixinan"]
    assert jx["name"] == "吉西南承接产业转移示范区" and "220300" in jx["members"].split(",")
    parks = gpd.read_file(path, layer="parks", engine="pyogrio")
    assert set(parks.location) <= {"exact", "approximate", "region"} and len(parks) > 0
    assert {"park_id", "name", "region", "confidence", "mentions"} <= set(parks.columns)
    assert (parks.geometry.geom_type == "Point").all()


def test_geojson_is_one_file_a_layer(kb, tmp_path):
    path = tmp_path / "atlas.geojson"
    written = write_gis(kb, path)
    assert written == tuple(output_paths(path).values())
    names = ["atlas-regions.geojson", "atlas-zones.geojson", "atlas-parks.geojson"]
    assert [p.name for p in written] == names
    regions = gpd.read_file(written[0], engine="pyogrio")
    assert "220100" in set(regions.adcode)
    assert not path.exists() and not list(tmp_path.glob(".*"))  # no temporary files left


def test_other_suffixes_are_refused(kb, tmp_path):
    with pytest.raises(ValueError, match=r"\.gpkg"):
        write_gis(kb, tmp_path / "atlas.shp")
