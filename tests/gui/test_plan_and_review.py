"""A report mixes a review of past work with plans: the detail lists plans first and marks the review."""

from __future__ import annotations

import re

from gui.detail_html import overview_html
from gui.viewmodel import AtlasView
from policy.kb import build_kb
from policy.text.document import parse

REPORT = (
    "——2021年1月12日在辽源市第八届人民代表大会第六次会议上\n"
    "一、2020年工作回顾\n辽源市着力发展梅花鹿产业，建成东北袜业园。\n"
    "二、2021年工作安排\n打造袜业产业集群，培育新能源汽车零部件产业。\n"
)


def test_plans_come_first_and_past_work_is_marked(qapp):
    kb = build_kb([parse(REPORT, "liaoyuan2021", source="path")])
    plans = {d.term: d.plan for d in kb.designations}
    assert plans.get("梅花鹿") is False and plans.get("袜业") is True
    text = re.sub(r"<[^>]+>", " ", overview_html(AtlasView(kb), "220400", frozenset({"liaoyuan2021"})))
    timeline = text[text.index("产业时间线") : text.index("指定产业（按文件）")]
    assert "■" in timeline and "□" in timeline, "the timeline tells plans from past work"
    text = text[text.index("指定产业（按文件）") :]  # the documents' lists
    deer = text.index("鹿")
    assert text.index("袜") < deer, "plans first"
    assert "回顾" in text[deer : deer + 30], "the review-only industry is marked"
