"""``screenshot --industry``: near misses get the near names; nonsense gets the list to choose from."""

from __future__ import annotations

import pytest

from gui.screenshot import resolve_industry
from policy.text.sources import InputError


def test_a_near_miss_lists_only_related_names(seed_kb):
    with pytest.raises(InputError) as err:
        resolve_industry(seed_kb, "汽车人")
    listed = str(err.value).split("Closest names: ")[1].rstrip(".").split(", ")
    assert "汽车" in listed
    assert all("汽" in name or "车" in name for name in listed)  # nothing unrelated pads the list


def test_no_close_match_points_to_the_industry_list(seed_kb):
    with pytest.raises(InputError) as err:
        resolve_industry(seed_kb, "飞船")
    message = str(err.value)
    assert "Closest" not in message and "飞船" in message
    roots = [i.name for i in seed_kb.industries if i.parent is None]
    assert all(name in message for name in roots)
    assert "python main.py export" in message


def test_english_names_still_resolve(seed_kb):
    automotive = next(i for i in seed_kb.industries if i.id == "automotive")
    assert resolve_industry(seed_kb, automotive.name_en.upper()) == "automotive"
