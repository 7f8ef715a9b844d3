"""Previewing and committing imports, and imported documents joining the seeds in the knowledge base."""

import shutil

import pytest

from policy.corpus import SEEDS, load_knowledge_base, load_seeds
from policy.library.describe import describe
from policy.library.importing import (
    EDITABLE_FIELDS,
    ImportPreview,
    commit_import,
    preview_files,
    validate_edit,
)
from policy.library.store import open_library

PLAN = (
    "白城市人民政府关于加快新能源产业发展的意见\n"
    "一、总体要求\n"
    "支持白城市重点发展风电装备制造产业和光伏发电产业，推进洮南市农产品加工业发展。\n"
    "二、保障措施\n"
    "（一）加强组织领导。\n"
)


@pytest.fixture
def lib(tmp_path):
    return open_library(tmp_path / "data")


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_preview_says_what_the_parser_found(tmp_path, lib):
    path = write(tmp_path, "plan.txt", PLAN, "gb18030")
    (p,) = preview_files([path], library=lib)
    assert p.ok and p.status == "new"
    assert p.encoding == "gb18030"
    assert p.document.title == "白城市人民政府关于加快新能源产业发展的意见"
    assert p.document.doc_number is None and "doc_number" in p.unstated
    assert "title" not in p.unstated and "title" in p.editable, "a stated field can still be corrected"
    assert p.clause_count >= 3
    assert "白城市" in p.regions
    assert p.industries or p.unclassified, "the designated industries are listed (classified or not)"
    assert lib.documents() == (), "previewing stores nothing"


def test_preview_of_a_seed_file_finds_its_facts_and_marks_it_present(tmp_path, lib):
    seed = load_seeds()[1]
    copy = shutil.copy(SEEDS / f"{seed.id}.txt", tmp_path / "copy.txt")
    (p,) = preview_files([copy], library=lib)
    assert p.status == "present" and p.same_as == seed.id
    found = (p.document.title, p.document.date, p.document.doc_number)
    assert found == (seed.title, seed.date, seed.doc_number)
    assert "吉林市" in p.regions
    assert p.industries


def test_preview_keeps_order_and_reports_each_bad_file(tmp_path, lib):
    good = write(tmp_path, "good.txt", PLAN)
    empty = write(tmp_path, "empty.txt", "")
    previews = preview_files([good, tmp_path / "missing.txt", empty, tmp_path], library=lib)
    assert [p.status for p in previews] == ["new", "error", "error", "error"]
    for p in previews[1:]:
        assert p.document is None and p.error and "\n" not in p.error


def test_text_without_numbering_is_one_clause_with_a_warning(tmp_path, lib):
    (p,) = preview_files([write(tmp_path, "note.txt", "这是一段没有任何编号的说明文字。")], library=lib)
    assert p.clause_count == 1
    assert any("numbering" in w for w in p.warnings)


def test_same_text_twice_in_one_import_is_stored_once(tmp_path, lib):
    a = write(tmp_path, "a.txt", PLAN)
    b = write(tmp_path, "b.txt", PLAN, "utf-16")
    previews = preview_files([a, b], library=lib)
    assert [p.status for p in previews] == ["new", "present"]
    result = commit_import(lib, previews)
    assert [o.status for o in result.outcomes] == ["added", "present"]
    assert result.outcomes[0].doc_id == result.outcomes[1].doc_id == "a"
    assert [d.id for d in lib.documents()] == ["a"]
    again = commit_import(lib, preview_files([b], library=lib))
    assert again.present == ("a",) and again.added == ()


def test_a_seed_imported_as_a_file_is_not_stored(tmp_path, lib):
    seed = load_seeds()[0]
    copy = shutil.copy(SEEDS / f"{seed.id}.txt", tmp_path / "seed.txt")
    result = commit_import(lib, preview_files([copy], library=lib))
    assert result.present == (seed.id,)
    assert lib.documents() == ()


def test_user_edits_fill_unknown_fields_and_are_kept(tmp_path, lib):
    path = write(tmp_path, "plan.txt", PLAN)
    previews = preview_files([path], library=lib)
    edits = {str(path): {"doc_number": "白政发〔2021〕5号", "date": "2021-03-01", "issuer": " "}}
    result = commit_import(lib, previews, edits)
    (doc,) = open_library(lib.path.parent).documents()
    assert doc.id == result.added[0]
    assert doc.doc_number == "白政发〔2021〕5号" and doc.date == "2021-03-01" and doc.year == 2021
    assert doc.issuer == previews[0].document.issuer, "an empty edit changes nothing"
    assert lib.entries()[0].edits == {"doc_number": "白政发〔2021〕5号", "date": "2021-03-01"}


def test_a_correction_wins_over_the_text_and_is_kept(tmp_path, lib):
    path = write(tmp_path, "plan.txt", PLAN)
    edits = {str(path): {"title": "另一个标题", "subject": "松原", "doc_kind": "方案"}}
    commit_import(lib, preview_files([path], library=lib), edits)
    (doc,) = lib.documents()
    assert (doc.title, doc.subject, doc.doc_kind) == ("另一个标题", "220700", "方案")
    assert lib.entries()[0].edits == {"title": "另一个标题", "subject": "松原", "doc_kind": "方案"}
    # Reopened, the library still holds the corrected document.
    again = open_library(lib.path.parent).documents()[0]
    assert (again.title, again.subject) == ("另一个标题", "220700")


@pytest.mark.parametrize(
    ("edits", "words"),
    [
        ({"date": "2021/03/01"}, "YYYY-MM-DD"),
        ({"date": "2021-02-30"}, "calendar"),
        ({"source": "x"}, "cannot be edited"),
    ],
)
def test_unacceptable_edits_store_nothing(tmp_path, lib, edits, words):
    path = write(tmp_path, "plan.txt", PLAN)
    with pytest.raises(ValueError, match=words):
        commit_import(lib, preview_files([path], library=lib), {str(path): edits})
    assert lib.documents() == ()


def test_commit_refuses_failed_previews_and_unknown_edit_targets(tmp_path, lib):
    good = write(tmp_path, "good.txt", PLAN)
    previews = preview_files([good, tmp_path / "missing.txt"], library=lib)
    with pytest.raises(ValueError, match="failed to read"):
        commit_import(lib, previews)
    with pytest.raises(ValueError, match="not being imported"):
        commit_import(lib, previews[:1], {"elsewhere.txt": {"title": "x"}})
    with pytest.raises(TypeError):
        commit_import(lib, ["good.txt"])
    assert lib.documents() == ()


def test_validate_edit():
    assert validate_edit("doc_number", "吉政发〔2020〕1号") is None
    assert validate_edit("date", "") is None
    assert validate_edit("date", "2020-13-01")
    assert validate_edit("title", "长" * 301)
    assert set(EDITABLE_FIELDS) == {"title", "doc_number", "issuer", "date", "doc_kind", "subject"}
    assert validate_edit("subject", "长春") is None and validate_edit("subject", "220100") is None
    assert "not a region of Jilin" in validate_edit("subject", "沈阳")


def test_imported_documents_join_the_seeds_and_can_be_removed(tmp_path, lib):
    result = commit_import(lib, preview_files([write(tmp_path, "baicheng.txt", PLAN)], library=lib))
    (doc_id,) = result.added
    kb = load_knowledge_base(library_documents=lib.documents())
    assert {d.id for d in load_seeds()} < {d.id for d in kb.documents}
    assert kb.document(doc_id).source == "library"
    own = [d for d in kb.designations if d.prov.doc_id == doc_id]
    assert own and any(d.region == "220800" for d in own), "白城市 is designated by the imported document"
    text = kb.document(doc_id).text
    for d in own:
        assert text[d.prov.start : d.prov.end] == d.term, "each designation cites the imported text"
    assert any(h.doc_id == doc_id for h in kb.search("风电装备"))

    lib.remove(doc_id)
    kb = load_knowledge_base(library_documents=lib.documents())
    assert doc_id not in {d.id for d in kb.documents}
    assert not any(h.doc_id == doc_id for h in kb.search("风电装备"))


def test_describe_names_everything_a_user_checks(tmp_path, lib):
    path = write(tmp_path, "plan.txt", PLAN, "gb18030")
    (p,) = preview_files([path], library=lib)
    (outcome,) = commit_import(lib, [p]).outcomes
    text = describe(p, outcome)
    expected = ("imported as plan", "date: unknown", "文号: unknown", "gb18030", "clauses:", "白城市")
    for words in expected:
        assert words in text
    bad = preview_files([tmp_path / "missing.txt"])[0]
    assert "no such file" in describe(bad)


def test_preview_files_needs_a_list_of_paths(tmp_path):
    with pytest.raises(TypeError):
        preview_files(str(tmp_path / "a.txt"))
    assert isinstance(preview_files([]), list)
    assert ImportPreview("x", "x", error="bad").status == "error"
