"""With a library, the window paints the seeds at once and the library's documents join right after."""

from gui.app import create_window, load_library_after_first_paint
from policy.corpus import load_knowledge_base
from policy.library.importing import commit_import, preview_files
from policy.library.store import open_library


def test_library_documents_join_after_the_first_paint(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("JILIN_ATLAS_DATA_DIR", str(tmp_path / "data"))
    doc = tmp_path / "baicheng.txt"
    doc.write_text("一、发展重点\n白城市重点发展换热器等。\n", encoding="utf-8")
    library = open_library(create=True)
    result = commit_import(library, preview_files([doc], library=library), {})
    assert result.added

    window = create_window(load_knowledge_base(), language="zh")
    qtbot.addWidget(window)
    assert "baicheng" not in {d.id for d in window.view.kb.documents}
    load_library_after_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: "baicheng" in {d.id for d in window.view.kb.documents}, timeout=5000)
    assert "baicheng" in {d.prov.doc_id for d in window.view.kb.designations if d.region == "220800"}
