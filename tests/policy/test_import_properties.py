"""Property: mutated seeds go through import and export without raising, and every span stays in its text.

The texts of ``../shared/corpus`` (real reports) join the seeds as starting points when that folder is there.
"""

import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from policy.corpus import SEEDS
from policy.export import kb_to_dict
from policy.kb import build_kb
from policy.library.importing import commit_import, preview_files
from policy.library.store import open_library

INSERTS = [
    "<script>alert(1)</script>",
    '<img src="file:///etc/passwd">',
    "一、",
    "（三）",
    "3.",
    "第二条",
    "\n\n\n",
    "吉政办发〔2023〕22号",
    "二○○九年十二月二十二日",
    "长春市",
    "吉林",
    "汽车产业集群",
    "\ufeff",
    "\x00",
    "\r\n",
    "\u3000",
]


SHARED_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@lru_cache(maxsize=1)
def seed_texts() -> tuple[str, ...]:
    paths = sorted(SEEDS.glob("*.txt"))
    if SHARED_CORPUS.is_dir():  # absent in a plain clone: the seeds alone
        paths += sorted(p for p in SHARED_CORPUS.rglob("*.md") if p.name != "SOURCES.md")
    return tuple(p.read_text(encoding="utf-8", errors="replace") for p in paths)


@st.composite
def mutated_seed(draw) -> str:
    text = draw(st.sampled_from(seed_texts()))
    # A window keeps each example quick while still holding numbering, names and industries.
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start : start + draw(st.integers(1, 2500))]
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "text"]))
        at = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(INSERTS)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif op == "duplicate":
            text = text[:at] + text[at : at + draw(st.integers(1, 300))] * 2 + text[at:]
        else:
            noise = draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20))
            text = text[:at] + noise + text[at:]
    return text


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


def check_spans(export: dict) -> None:
    texts = {d["id"]: d["text"] for d in export["documents"]}
    for d in export["documents"]:
        for c in d["clauses"]:
            assert 0 <= c["start"] <= c["end"] <= len(d["text"])
    spans = [*export["designations"], *export["targets"], *export["mentions"], *export["cross_references"]]
    spans += [m for p in export["parks"] for m in p["mentions"]]
    spans += [m for r in export["regions"] for m in r.get("member_clauses", ())]
    for s in spans:
        assert 0 <= s["start"] <= s["end"] <= len(texts[s["doc"]]), s


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    text=mutated_seed(),
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig", "big5"]),
    suffix=st.sampled_from([".txt", ".md", ".docx", ".pdf", ""]),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=3),
)
def test_mutated_seeds_import_and_export_without_raising(text, encoding, suffix, flips):
    data = bytearray(_encode(text, encoding))
    for at, value in flips:  # damaged bytes, as from a bad download
        if data:
            data[at % len(data)] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"mutated{suffix}"
        path.write_bytes(bytes(data))
        lib = open_library(Path(tmp) / "data")
        previews = preview_files([path], library=lib)
        (p,) = previews
        event("refused" if not p.ok else "imported")
        if not p.ok:
            assert p.error and str(path) in p.error  # refused with a message, nothing stored
            assert lib.documents() == ()
            return
        for s in [*((c.start, c.end) for c in p.document.clauses)]:
            assert 0 <= s[0] <= s[1] <= len(p.document.text)
        commit_import(lib, previews)
        docs = lib.documents()
        assert len(docs) == (0 if p.same_as else 1)
        check_spans(kb_to_dict(build_kb(docs)))
