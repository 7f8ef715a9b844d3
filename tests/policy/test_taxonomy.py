"""The industry taxonomy: a valid two-level tree whose aliases lead back to their industries."""

from __future__ import annotations

import json
import re

import pytest

from policy.industries.taxonomy import ASSETS, Taxonomy, load_taxonomy
from policy.model import Industry


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def test_asset_records_source_and_licence():
    data = json.loads((ASSETS / "industries.json").read_text(encoding="utf-8"))
    assert data["source"] and data["licence"]
    assert "GB/T 4754-2017" in data["source"]


def test_ids_are_unique_ascii_slugs(tax):
    ids = [i.id for i in tax.industries]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)


def test_two_level_tree(tax):
    assert 15 <= len(tax.roots) <= 25
    for ind in tax.industries:
        if ind.parent is not None:
            parent = tax.get(ind.parent)
            assert parent.parent is None, f"{ind.id} hangs under a child"
            assert ind in tax.children(parent.id)


def test_names_in_both_languages_and_plausible_codes(tax):
    for ind in tax.industries:
        assert re.search(r"[\u4e00-\u9fff]", ind.name), ind.id
        assert ind.name_en and ind.name_en.isascii(), ind.id
        for code in ind.gb4754:
            assert re.fullmatch(r"\d{2,4}", code), (ind.id, code)


def test_every_alias_and_name_maps_back_to_its_industry(tax):
    for ind in tax.industries:
        for alias in (ind.name, *ind.aliases):
            found = tax.match(alias)
            assert found is not None and found.id == ind.id, (alias, ind.id, found)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("汽车及零部件", "automotive"),
        ("新能源汽车零部件", "auto-parts"),  # the child, not the parent automotive
        ("袜业+现代纺织", "textiles"),
        ("袜业", "hosiery"),
        ("绿色精细化工产业", "fine-chemicals"),  # generic prefix and suffix removed
        ("汽车零部件产业集群", "auto-parts"),
        ("农副产品加工业", "agrifood"),
        ("高性能医疗器械", "medical-devices"),
        ("石油钻采机械", "petroleum-machinery"),
        ("君子兰", "clivia"),
        ("轨道客车", "rail-transit"),
    ],
)
def test_seed_terms_match(tax, term, expected):
    assert tax.match(term).id == expected


@pytest.mark.parametrize("term", ["量子纠缠", "", "   ", "产业", "特色", "医药食品", "新车型"])
def test_unknown_terms_are_none_not_guesses(tax, term):
    assert tax.match(term) is None


def test_lookup_errors_name_the_problem(tax):
    with pytest.raises(KeyError, match="no-such-industry"):
        tax.get("no-such-industry")
    with pytest.raises(TypeError):
        tax.match(None)
    assert tax.children("auto-parts") == ()


def test_children_of_automotive(tax):
    assert {c.id for c in tax.children("automotive")} >= {"auto-parts", "new-energy-vehicles"}


def test_logistics_branch(tax):
    kids = {c.id for c in tax.children("logistics")}
    for term in ("汽车物流", "保税物流", "轻工纺织物流", "农畜产品物流", "绿色物流"):
        assert tax.match(term).id in kids


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([Industry("a", "甲", "A", None), Industry("a", "乙", "B", None)], "used twice"),
        ([Industry("a", "甲", "A", "zzz")], "unknown parent"),
        (
            [Industry("a", "甲", "A", None), Industry("b", "乙", "B", "a"), Industry("c", "丙", "C", "b")],
            "two",
        ),
        (
            [
                Industry("a", "甲", "A", None, aliases=("丙",)),
                Industry("b", "乙", "B", None, aliases=("丙",)),
            ],
            "丙",
        ),
    ],
)
def test_invalid_taxonomies_are_rejected(records, message):
    with pytest.raises(ValueError, match=message):
        Taxonomy(records)
