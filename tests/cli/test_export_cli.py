"""`python main.py export`: the kb@1 JSON, documents given for one run, and bad input refused with exit 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


@pytest.fixture(scope="module")
def exported():
    result = run_cli("export")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_schema_and_the_five_seeds(exported):
    assert exported["schema"] == "jilin-atlas/kb@1"
    docs = {d["id"]: d for d in exported["documents"]}
    assert sorted(docs) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert all(d["source"] == "seed" for d in docs.values())
    assert docs["001_f40f637e6e6080ac"]["doc_number"] == "吉政发〔2014〕23号"
    assert docs["004_93e718e95d44278b"]["date"] is None
    unknown = docs["004_93e718e95d44278b"]["unknown"]
    assert docs["004_93e718e95d44278b"]["year"] is None
    assert "2019" in unknown["date"] and "2019" in unknown["year"]


def test_every_fact_cites_the_exact_words(exported):
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    clauses = {(d["id"], c["id"]): c for d in exported["documents"] for c in d["clauses"]}
    facts = exported["designations"] + exported["targets"]
    facts += [dict(m, term=None) for p in exported["parks"] for m in p["mentions"]]
    assert facts
    for f in facts:
        clause = clauses[(f["doc"], f["clause"])]
        assert clause["start"] <= f["start"] < f["end"] <= clause["end"]
        if f.get("term"):
            assert texts[f["doc"]][f["start"] : f["end"]] == f["term"]


def test_regions_industries_and_zones(exported):
    regions = {r["id"]: r for r in exported["regions"]}
    assert regions["222400"]["level"] == "prefecture"
    zone = regions["zone:jixinan"]
    assert zone["level"] == "zone"
    assert set(zone["members"]) == {"220300", "220400", "220500", "220581"}
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    for m in zone["member_clauses"]:
        assert regions[m["region"]]["short"] in texts[m["doc"]][m["start"] : m["end"]]
    industry_ids = {i["id"] for i in exported["industries"]}
    assert all(d["industry"] in industry_ids for d in exported["designations"] if d["industry"])


def test_unclassified_terms_are_exported_not_dropped(tmp_path):
    doc = tmp_path / "new_plan.txt"
    doc.write_text("一、发展重点\n长春市重点发展量子纠缠、汽车及零部件等。\n", encoding="utf-8")
    result = run_cli("export", "--docs", str(doc))
    assert result.returncode == 0, result.stderr
    kb = json.loads(result.stdout)
    mine = [d for d in kb["designations"] if d["doc"] == "new_plan"]
    assert {"region": "220100", "industry": None, "term": "量子纠缠"}.items() <= next(
        d for d in mine if d["term"] == "量子纠缠"
    ).items()
    assert any(d["industry"] and d["term"] == "汽车及零部件" for d in mine)
    assert any("量子纠缠" in w for w in kb["warnings"])


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_docs_in_other_encodings_and_front_matter(tmp_path, encoding):
    doc = tmp_path / "plan.md"
    body = "---\ntitle: 关于某市产业的意见\ndate: 2024-05-06\n---\n一、**重点**\n四平市重点发展换热器等。\n"
    doc.write_bytes(body.encode(encoding))
    out = tmp_path / "kb.json"
    result = run_cli("export", "-o", str(out), "--docs", str(doc))
    assert result.returncode == 0, result.stderr
    kb = json.loads(out.read_text(encoding="utf-8"))
    plan = next(d for d in kb["documents"] if d["id"] == "plan")
    assert plan["title"] == "关于某市产业的意见" and plan["date"] == "2024-05-06" and plan["source"] == "path"
    assert "title:" not in plan["text"] and "**" not in plan["text"]
    assert any(d["region"] == "220300" and d["doc"] == "plan" for d in kb["designations"])


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("blob.txt", bytes(range(256)) * 8, "binary"),
        ("cut.txt", "长春市重点发展".encode()[:-2], "truncated"),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "kb.json"
    result = run_cli("export", "-o", str(out), "--docs", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
