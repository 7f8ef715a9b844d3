"""Places given a title that names a sector: ``东昌区、集安市获评省5A级景区城``,
``柳河县入选全国电子商务进农村综合示范县`` — a review's statement of what a place is known for.

A sector slot of :mod:`policy.extract.statements`. The places open the segment (joined by 、/和); the title
follows a verb of honour within the segment, and its last known sector word, followed by a title's noun or
nothing, is the sector.
"""

from __future__ import annotations

import re

from policy.extract.listplaces import places_only
from policy.extract.sectorwords import after_lead, alias_pattern, seg_start
from policy.extract.slotemit import SlotEmitter

__all__ = ["titled_places"]

_HONOUR = re.compile(
    r"(?:成功)?(?:获评|入选|入围|荣获|被评为|被命名为|被确定为|被认定为|列入|晋升为|获批|争创|申创|创建|"
    r"被[^，。；]{1,10}?(?:批准|认定|命名|确定|评)为)"
)
# What may follow the sector word at a title's end (…景区城, …示范县, …名单, 试点城市).
_TITLE_END = re.compile(
    r"(?:[”\"])?(?:[\u4e00-\u9fff]{0,8}?(?:县|市|区|镇|村|城|城市|基地|园区|集聚区|目的地|名单|目录|品牌|"
    r"品牌榜|计划|试点|称号|示范区|强县|名县|名镇|名村|之乡|之都|地标))?[”\"]?$"
)
# Titles of government, not of a sector (国家农产品质量安全县, 农村金融综合改革试验区, 乡村治理体系试点).
_GOVERNANCE = re.compile("安全|改革|治理|文明|法治|平安|卫生|信用")


def titled_places(em: SlotEmitter) -> None:
    an, text = em.an, em.an.text
    aliases = alias_pattern(em.taxonomy)
    for m in _HONOUR.finditer(text):
        sent = an.sentence_at(m.start())
        seg = seg_start(text, m.start(), sent.start)
        regions = places_only(an, after_lead(an, text, seg, m.start()), m.start())
        if not regions:
            continue
        # The title runs to the next comma, quotes included (入选新华网“…文化旅游优选城市”).
        end = min([x for x in (text.find(c, m.end(), sent.end) for c in "，,；;。") if x >= 0] or [sent.end])
        last = None
        for hit in aliases.finditer(text, m.end(), end):
            if not text.startswith("化", hit.end()):  # 全程机械化示范县: a word ending in 化 is no sector
                last = hit
        if (
            last is None
            or not _TITLE_END.fullmatch(text, last.end(), end)
            or _GOVERNANCE.search(text, m.end(), end)
        ):
            continue
        em.emit(regions, last.start(), last.end(), "称号")
