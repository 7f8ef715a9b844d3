"""Goods named by their ending (变速器, 收割机, 聚酯): items that read as products where context says so.

A quantity before them or a known sector beside them in a list makes such words a project's product;
alone they are too often other things (an area of a city, 吉林大路沿线, ends like a cable line).
"""

from __future__ import annotations

import re

from policy.extract.sectorwords import CJK, is_generic

_ALL_CJK = re.compile(rf"[{CJK}]+")
_WORD_CHARS = re.compile(rf"[{CJK}A-Za-z0-9]+")

# How the names of goods end (变速器, 收割机, 显示屏, 有机肥, 疫苗, 鹅绒, 铝镁合金 …).
PRODUCT_END = re.compile(
    r"(?:器|机|车|屏|泵|阀|管|缆|线|材|剂|品|料|肥|药|苗|酒|茶|米|油|奶|蛋|肉|菌|果|菜|参|鹿|蛙|鱼|牛|羊|猪|"
    r"鸡|鸭|鹅|绒|丝|布|纸|板|瓷|砖|钢|铝|铜|锌|镁|钼|硅|醇|酯|胺|烯|酸|碱|金|煤|组|件|轴|箱|芯片|电池|合金|"
    r"疫苗|乳|糖|酱|饮|豆|麦|稻|薯|菇|耳|蜂|蚕)$"
)


def is_product(words: str) -> bool:
    """Short words that read as a product, for items whose context says so (a quantity, a list of
    sectors): 鹅绒, 变速器, 聚酯; not a generic word, an action or an institution."""
    return 2 <= len(words) <= 5 and bool(_ALL_CJK.fullmatch(words)) and not is_generic(words)


def is_goods(words: str) -> bool:
    """A product by its ending (变速器, 传动轴, 光纤激光器, LED显示屏), for list items next to known ones."""
    return (
        2 <= len(words) <= 7
        and bool(_WORD_CHARS.fullmatch(words))
        and not words[0].isdigit()
        and bool(PRODUCT_END.search(words))
        and not is_generic(words)
        and not _AREA.search(words)
    )


# Areas of a city, not goods, though they end like them (吉林大路沿线, 汽车公园周边).
_AREA = re.compile("沿线|周边|大街|大路|街道|核心区|片区")


# The endings above, found anywhere (a cheap test that a list may name goods).
PRODUCT_WORD = re.compile(PRODUCT_END.pattern.removesuffix("$"))
