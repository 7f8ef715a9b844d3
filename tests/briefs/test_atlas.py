"""The prefecture atlas: cover, contents with true page numbers, a brief per prefecture in adcode order."""

from __future__ import annotations

import re

import pytest

from tests.briefs.conftest import GENERATED, pdftotext, squash

pypdf = pytest.importorskip("pypdf")


def prefectures(kb):
    return sorted((r for r in kb.regions if r.level == "prefecture"), key=lambda r: r.id)


def test_contents_lists_every_prefecture_in_adcode_order_with_its_first_page(kb, atlas):
    total = len(pypdf.PdfReader(atlas).pages)
    contents = pdftotext(atlas, 2)
    assert "目录" in contents
    names = [r.name for r in prefectures(kb)]
    assert len(names) == 9
    positions = [contents.find(n) for n in names]
    assert -1 not in positions and positions == sorted(positions)
    starts = []
    for name in names:
        m = re.search(re.escape(name) + r"\s+地级行政区\s+(\d+)", contents)
        assert m, name
        starts.append(int(m.group(1)))
    assert starts == sorted(starts) and starts[0] == 3 and starts[-1] <= total
    for name, start in zip(names, starts, strict=True):
        page = squash(pdftotext(atlas, start))
        assert f"{name}地级行政区｜上级：吉林省" in page  # the brief's title block starts there


def test_every_page_after_the_cover_has_the_running_header_and_its_number(atlas):
    total = len(pypdf.PdfReader(atlas).pages)
    cover = squash(pdftotext(atlas, 1))
    assert "吉林省产业政策图集" in cover and f"{total}页" in cover
    assert str(GENERATED) in cover
    for i in range(2, total + 1):
        page = squash(pdftotext(atlas, i))
        assert page.startswith("吉林省产业政策图集"), i
        assert f"第{i}页/共{total}页" in page


def test_cancelling_paints_nothing_and_progress_counts_up(kb):
    from briefs.atlas import atlas_pdf

    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 2

    assert atlas_pdf(kb, "zone", progress=progress) is None
    assert calls == [(1, calls[0][1]), (2, calls[0][1])]
    assert calls[0][1] == len([z for z in kb.zones]) + 1


def test_unknown_level_is_refused(kb):
    from briefs.atlas import atlas_regions

    with pytest.raises(ValueError, match="prefecture"):
        atlas_regions(kb, "county")


def test_zone_level_lists_zones_after_prefectures_for_all(kb):
    from briefs.atlas import atlas_regions

    every = atlas_regions(kb, "all")
    assert [r.id for r in every[:9]] == [r.id for r in prefectures(kb)]
    assert {r.id for r in every[9:]} == {z.id for z in kb.zones}


def test_an_english_atlas_is_english_around_the_names(kb, tmp_path):
    from briefs.atlas import atlas_pdf

    path = tmp_path / "atlas-en.pdf"
    path.write_bytes(atlas_pdf(kb, "prefecture", generated=GENERATED, lang="en"))
    total = len(pypdf.PdfReader(path).pages)
    cover, contents = pdftotext(path, 1), pdftotext(path, 2)
    assert "Jilin Province Industrial Policy Atlas" in cover and f"{total} pages" in cover
    assert "Contents" in contents and "长春市" in contents  # names stay as written
    assert not re.search("目录|序号|页码|地级行政区|生成日期", cover + contents)
    assert f"Page 3 of {total}" in pdftotext(path, 3)
