"""The committed synthetic corpus: ground truth is valid, complete and reproducible."""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402
from corpusgen import lint  # noqa: E402
from corpusgen.content import FAULT_KINDS  # noqa: E402

PLANS = ROOT / "corpus" / "plans"
SAMPLES = ROOT / "corpus" / "samples"
KEYS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
GRADES = {"outstanding", "good", "requires_improvement", "inadequate"}


def _load(folder: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]


TRUTH = _load(PLANS)
SAMPLE_TRUTH = _load(SAMPLES)


def _docx_blocks(path: Path) -> list[str]:
    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]


@pytest.mark.parametrize("folder", [PLANS, SAMPLES], ids=["plans", "samples"])
def test_every_plan_file_has_valid_ground_truth(folder):
    files = sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".pdf"))
    truths = {g["file"]: g for g in _load(folder)}
    assert files and sorted(truths) == [f.name for f in files]
    for g in truths.values():
        assert set(g) == {"id", "file", "format", "layout", "synthetic", "seed", "meta", "intended_grade",
                          "sections", "missing", "faults"}
        assert g["synthetic"] is True and g["file"] == f"{g['id']}.{g['format']}"
        assert set(g["meta"]) == {"name", "dob", "plan_date", "status", "age", "year_group", "pronouns"}
        assert g["meta"]["status"] in ("draft", "final") and g["intended_grade"] in GRADES
        keys = [s["key"] for s in g["sections"]]
        assert sorted(keys + g["missing"], key=KEYS.index) == KEYS, g["id"]
        for s in g["sections"]:
            assert s["status"] in ("content", "nil", "empty") and s["title"] and s["first"] and s["last"]
            if s.get("merged"):
                assert s["key"] in ("H1", "H2")
        for f in g["faults"]:
            assert set(f) == {"kind", "section", "text"} and f["kind"] in FAULT_KINDS
            assert f["section"] in KEYS
        if g["intended_grade"] in ("outstanding", "good"):
            assert g["faults"] == [] and g["missing"] == []


def test_corpus_coverage():
    assert len(TRUTH) >= 60
    layouts = collections.Counter(g["layout"] for g in TRUTH)
    assert len(layouts) >= 6
    assert {(lay, fmt) for g in TRUTH for lay, fmt in [(g["layout"], g["format"])]} >= {
        (lay, fmt) for lay in layouts for fmt in ("docx", "pdf")}
    ages = [g["meta"]["age"] for g in TRUTH]
    assert min(ages) <= 3 and max(ages) >= 24
    kinds = collections.Counter(f["kind"] for g in TRUTH for f in g["faults"])
    assert {k: n for k, n in kinds.items() if n < 3} == {} and set(kinds) == set(FAULT_KINDS)
    assert {g["intended_grade"] for g in TRUTH} == GRADES
    assert {g["intended_grade"] for g in SAMPLE_TRUTH} == GRADES
    assert {g["format"] for g in SAMPLE_TRUTH} == {"docx", "pdf"}


@pytest.mark.parametrize("g", [g for g in TRUTH + SAMPLE_TRUTH if g["format"] == "docx"], ids=lambda g: g["id"])
def test_docx_anchors_and_planted_text_are_exact_blocks(g):
    folder = PLANS if g["id"].startswith("plan") else SAMPLES
    blocks = _docx_blocks(folder / g["file"])
    present = set(blocks)
    for s in g["sections"]:
        assert s["first"] in present and s["last"] in present, (g["id"], s["key"])
    whole = "\n".join(blocks)
    for f in g["faults"]:
        if f["text"]:
            assert f["text"] in whole, (g["id"], f["kind"])
    # clean wording: no hedge word outside a planted fault, from Section A on (the cover is exempt)
    start = next(i for i, b in enumerate(blocks) if b == g["sections"][0]["first"])
    assert lint.unplanted_hedges(blocks[start:], [f["text"] for f in g["faults"] if f["text"]]) == []


@pytest.mark.parametrize("pick", ["docx", "pdf"])
def test_regenerating_a_plan_gives_identical_truth_and_bytes(tmp_path, pick):
    cfg = make_corpus.CORPUS
    plans = make_corpus.assignments(cfg["seed"], cfg["n"], prefix=cfg["prefix"])
    p = next(x for x in plans if x["format"] == pick and x["grade"] == "requires_improvement")
    truth = make_corpus.generate_plan(p, tmp_path / "one")
    assert truth == json.loads((PLANS / f"{p['id']}.json").read_text())
    # bytes are reproducible too (compared run against run: other reportlab / python-docx versions
    # may serialise the committed files differently)
    make_corpus.generate_plan(p, tmp_path / "two")
    assert (tmp_path / "one" / truth["file"]).read_bytes() == (tmp_path / "two" / truth["file"]).read_bytes()


@pytest.mark.slow
def test_pdf_anchors_found_by_pdfplumber():
    """One PDF per layout: every anchor and planted text is in the extracted text or table cells."""
    import pdfplumber

    def norm(s: str) -> str:
        return " ".join(s.split())

    seen = set()
    for g in TRUTH:
        if g["format"] != "pdf" or g["layout"] in seen:
            continue
        seen.add(g["layout"])
        parts = []
        with pdfplumber.open(PLANS / g["file"]) as pdf:
            for page in pdf.pages:
                tables = page.find_tables()
                parts += [norm(c) for t in tables for row in t.extract() for c in row if c]
                boxes = [t.bbox for t in tables]
                rest = page.filter(lambda o: not any(b[0] <= o.get("x0", -1) <= b[2] and b[1] <= o.get("top", -1) <= b[3]
                                                     for b in boxes))
                parts.append(norm(rest.extract_text()))
        whole = " ".join(parts)
        for s in g["sections"]:
            assert norm(s["first"]) in whole and norm(s["last"]) in whole, (g["id"], s["key"])
        for f in g["faults"]:
            assert not f["text"] or norm(f["text"]) in whole, (g["id"], f["kind"])
