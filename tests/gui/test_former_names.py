"""A document that names a place by its former name: the map shows today's unit, the detail says what the
document called it."""

from __future__ import annotations

import re

from gui.detail_html import overview_html
from gui.viewmodel import AtlasView
from policy.kb import build_kb
from policy.text.document import parse

TEXT = (
    "吉林省人民政府关于加快长春市周边县市发展的通知\n吉政发〔2006〕99号\n一、发展重点\n"
    "（一）九台市重点发展奶牛、建材产业，扶余县重点发展石油化工。\n二〇〇六年五月一日\n"
)


def test_a_former_name_is_todays_unit_and_the_detail_says_what_it_was(qapp):
    kb = build_kb([parse(TEXT, "old2006", source="path")])
    assert {(d.region, d.term) for d in kb.designations} >= {("220113", "奶牛"), ("220781", "石油化工")}
    html = overview_html(AtlasView(kb), "220113", frozenset({"old2006"}))
    text = re.sub(r"<[^>]+>", " ", html)
    assert "九台区" in text and re.search(r"文中称：九台市（\d{4}–2013）", text)
    view = AtlasView(kb)

    def shown(region):
        return re.sub(r"<[^>]+>", " ", overview_html(view, region, frozenset({"old2006"})))

    assert "文中称：扶余县" in shown("220781")  # today's 扶余市
    assert "文中称：九台市" in shown("220100")  # the prefecture shows its unit's former name too
    assert "文中称" not in shown("222400")
