"""Region lookup by adcode or name, and the 公主岭 history by a document's date."""

import datetime as dt

import pytest

from geo.history import parent_on, region_on
from geo.regions import all_regions, find_region
from policy.places.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("query", "adcode"),
    [
        ("220100", "220100"),
        ("长春市", "220100"),
        ("长春", "220100"),
        (" 延边州 ", "222400"),
        ("延边朝鲜族自治州", "222400"),
        ("梅河", "220581"),
        ("通化", "220500"),  # the prefecture, not 通化县
        ("通化县", "220521"),
        ("吉林市", "220200"),
        ("吉林省", "220000"),
        ("吉西南", "zone:jixinan"),
        ("四辽吉松", "zone:silijisong"),
        ("zone:logistics-west", "zone:logistics-west"),
        ("220381", "220184"),  # 公主岭's code before 2020
    ],
)
def test_find_region(query, adcode):
    assert find_region(query).id == adcode


def test_bare_jilin_is_ambiguous_and_says_between_what():
    with pytest.raises(ValueError, match="吉林省.*吉林市"):
        find_region("吉林")


def test_names_mean_what_they_mean_to_the_policy_gazetteer():
    gaz = load_gazetteer()
    for r in gaz.regions:
        for name in {r.name, r.short, *r.aliases} - {"吉林"}:  # bare 吉林: geo asks, see above
            assert find_region(name).id == gaz.lookup(name).id, name


def test_every_prefecture_has_a_label_point_inside_jilin():
    prefectures = [r for r in all_regions() if r.level == "prefecture"]
    assert len(prefectures) == 9
    for r in prefectures:
        assert 121 < r.label_lon < 132 and 40 < r.label_lat < 47, r.name


def test_unknown_name_suggests_close_names():
    with pytest.raises(ValueError, match="长春"):
        find_region("长春县")


@pytest.mark.parametrize("bad", [None, 220100, b"220100"])
def test_find_region_rejects_non_strings(bad):
    with pytest.raises(TypeError):
        find_region(bad)


def test_find_region_rejects_empty():
    with pytest.raises(ValueError, match="empty"):
        find_region("  ")


def test_gongzhuling_was_under_siping_before_2020():
    then = region_on("公主岭", "2009-12-22")
    assert (then.adcode, then.parent, then.certain) == ("220381", "220300", True)
    assert then.id == "220184"  # the map draws today's unit
    assert parent_on("公主岭市", dt.date(2019, 12, 31)) == "220300"
    assert parent_on("220184", 2006) == "220300"


def test_gongzhuling_is_under_changchun_since_2020():
    now = region_on("220381", "2023-09-04")
    assert (now.adcode, now.parent, now.certain) == ("220184", "220100", True)
    assert parent_on("公主岭", 2021) == "220100"


def test_early_2020_is_flagged_uncertain():
    answer = region_on("公主岭", "2020-03-01")
    assert not answer.certain and "2020-06-30" in answer.note
    assert not region_on("公主岭", 2020).certain


def test_unchanged_regions_keep_todays_parent():
    assert parent_on("德惠", "2006-10-17") == "220100"
    assert parent_on("梨树", 2023) == "220300"


@pytest.mark.parametrize(("bad", "exc"), [("2009/12/22", ValueError), (3.5, TypeError), (True, TypeError)])
def test_region_on_rejects_bad_dates(bad, exc):
    with pytest.raises(exc):
        region_on("公主岭", bad)
