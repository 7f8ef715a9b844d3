"""A zone or works inside a city's districts places a sector at the city, not at the district.

The annotation guide places 长春经开区, 长春高新区 and 吉林高新区 at their city although each lies in its
districts, and 延吉高新区 at 延吉市: a zone of the city proper is the city's, a zone of a county is the
county's. Readers read 红嘴开发区 and 红开区 as 四平's, 通钢 as 通化's. A district named by its own name
(宽城区, 铁西) keeps what the sentence gives it, and so does a town or a landmark (松花湖): the guide
places a town at its county, and the annotators place a landmark at its district.

Likewise, in a city's own report 全省 ranks what the city does (打造全省…产业集聚区) and places it at the
city, not at the province. A designation moved either way is dropped where the new region already has the
same words.
"""

from __future__ import annotations

from dataclasses import replace

from policy.extract.analysis import Analysis

_OF_THE_CITY = ("zone", "works")
PROVINCE = "220000"


def _is_district(region) -> bool:
    # 市辖区 have codes below 81 in their prefecture (220302 铁西区); 81– are county-level cities.
    return region.level == "county" and region.name.endswith("区") and region.id[4:6] < "81"


def _moved(designations, new_region) -> tuple:
    """``designations`` with each moved to ``new_region(d)`` where that is not None; a moved one is dropped
    where its new region already has the same words (one designation, not two)."""
    have = {(d.region, d.industry or d.term, d.prov.start, d.prov.end) for d in designations}
    out = []
    for d in designations:
        region = new_region(d)
        if region is not None:
            key = (region, d.industry or d.term, d.prov.start, d.prov.end)
            if key in have:
                continue
            have.add(key)
            d = replace(d, region=region)
        out.append(d)
    return tuple(out)


def province_words_at_subject(designations, an: Analysis) -> tuple:
    """In a report of a prefecture or county, what only 全省 places at the province is the subject's:
    打造全省化学原料药产业集聚区 is a cluster the city builds, the first of the province (我省 and 吉林省
    still name the province)."""
    subject = an.subject
    if subject is None or subject == PROVINCE:
        return tuple(designations)

    def only_quan_sheng(d) -> str | None:
        if d.region != PROVINCE:
            return None
        s = an.sentence_at(d.prov.start)
        named = {m.surface for m in an.mentions_in(s.start, s.end) if m.region == PROVINCE}
        return subject if named == {"全省"} else None

    return _moved(designations, only_quan_sheng)


def at_city_proper(designations, an: Analysis) -> tuple:
    """``designations`` with those that only a zone or works places in a district moved to the city."""
    gazetteer, places = an.gazetteer, an.gazetteer.places

    def city_of_zone(d) -> str | None:
        region = gazetteer.get(d.region) if d.region in gazetteer else None
        if region is None or not _is_district(region):
            return None
        s = an.sentence_at(d.prov.start)
        named = [m for m in an.mentions_in(s.start, s.end) if m.region == d.region]
        of_city = named and all(m.surface in places and places[m.surface].kind in _OF_THE_CITY for m in named)
        return gazetteer.prefecture_of(d.region) if of_city else None

    return _moved(designations, city_of_zone)
