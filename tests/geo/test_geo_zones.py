"""Zone outlines cover exactly their members: every county is either wholly in or wholly out."""

import pytest
import shapely

from geo.layers import zone_geometry


def _inside(region, members, gazetteer):
    parents = {r["id"]: r["parent"] for r in gazetteer}
    while region is not None:
        if region in members:
            return True
        region = parents[region]
    return False


def test_each_zone_covers_exactly_its_members(gazetteer, zone_specs, geoms, lod):
    g = geoms[lod]
    for spec in zone_specs:
        zone = g[spec["id"]]
        members = {m["region"] for m in spec["members"]}
        assert zone.symmetric_difference(shapely.union_all([g[m] for m in members])).area < 1.0
        for county in (r for r in gazetteer if r["level"] == "county"):
            share = g[county["id"]].intersection(zone).area / g[county["id"]].area
            expected = 1.0 if _inside(county["id"], members, gazetteer) else 0.0
            assert share == pytest.approx(expected, abs=1e-6), (spec["short"], county["name"])


def test_corridor_core_is_changchun(geoms):
    core = zone_geometry("四辽吉松", role="core")
    assert core.symmetric_difference(geoms["county"]["220100"]).area < 1.0


def test_zone_geometry_rejects_regions_and_unknown_roles():
    with pytest.raises(ValueError, match="not a zone"):
        zone_geometry("长春")
    with pytest.raises(ValueError, match="role"):
        zone_geometry("吉西南", role="core")
