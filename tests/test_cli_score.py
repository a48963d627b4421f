"""`ehcp-qa score` end to end through the real pipeline, run as a subprocess (as a user would):
outputs, exit codes, error rows, determinism, --redact. Asserts structure, never a rating: the rule
packs and rubric are tuned elsewhere."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from ehcp_qa.report.csv_out import COLUMNS

EXE = Path(sys.executable).with_name("ehcp-qa")

SECTIONS = {
    "A": "I like drawing and I want to be an artist. {first}'s mum says {first} is kind.",
    "B": "{first} has difficulties with reading: she reads 20 common words. She is strong at drawing.",
    "C": "{first} has no identified health needs.",
    "D": "{first} has no identified social care needs.",
    "E": "By July 2027 {first} will read 100 common words independently in 4 out of 5 opportunities.",
    "F": "A teaching assistant trained in phonics will deliver 1:1 phonics for 20 minutes daily. "
         "{first} will have regular access to a small group as needed.",
    "G": "No health provision is required.",
    "H1": "No social care provision is required.",
    "H2": "No other social care provision is required.",
    "I": "Hillside Primary School, mainstream primary school.",
    "J": "No personal budget has been requested.",
    "K": "Educational psychologist advice, 3 November 2025. Health advice from the community "
         "paediatrician. Social care advice from the children with disabilities team.",
}
TITLES = {"A": "Views, interests and aspirations", "B": "Special educational needs", "C": "Health needs",
          "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
          "G": "Health provision", "H1": "Social care provision", "H2": "Other social care provision",
          "I": "Placement", "J": "Personal budget", "K": "Advice and information"}


def plan_lines(name: str) -> list[tuple[str, str]]:
    first = name.split()[0]
    out = [("title", "Education, Health and Care Plan"), ("p", f"Name: {name}"),
           ("p", "Date of birth: 12/03/2015"), ("p", "Date of plan: 05/01/2026"), ("p", "Status: Final")]
    for k, body in SECTIONS.items():
        out += [("h", f"Section {k}: {TITLES[k]}"), ("p", body.format(first=first))]
    return out


def write_txt(path: Path, name: str = "Amira Khan") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(t for _, t in plan_lines(name)) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path, name: str = "Amira Khan") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    for kind, text in plan_lines(name):
        d.add_heading(text, 1) if kind == "h" else d.add_paragraph(text)
    d.save(str(path))
    return path


def score(*args, cwd=None) -> subprocess.CompletedProcess:
    # a wide terminal: the table folds a long temporary path (pytest-NN/popen-gwN/...) over two lines
    return subprocess.run([str(EXE), "score", "--workers", "2", *map(str, args)], capture_output=True,
                          text=True, timeout=240, cwd=cwd, env={**os.environ, "COLUMNS": "400"})


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A folder with two good plans and one of each kind of bad file."""
    d = tmp_path_factory.mktemp("mixed")
    write_docx(d / "amira.docx")
    write_txt(d / "sub" / "ben.txt", "Ben Carter")
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (d / "notes.xlsx").write_bytes(b"ignored: not a plan suffix")
    (d / "empty.txt").write_bytes(b"")
    (d / "fake.docx").write_text("not a zip")
    return d


def test_mixed_folder_one_row_per_file_csv_columns_and_exit_2(mixed, tmp_path):
    out = tmp_path / "out"
    r = score(mixed, out / "does-not-matter.docx", "--out", out, "--quiet")
    assert r.returncode == 2
    assert r.stdout == ""
    summary = r.stderr.strip().splitlines()[-1]
    assert "7 files" in summary and "5 errors" in summary
    rows = list(csv.DictReader(io.StringIO((out / "scores.csv").read_text())))
    assert tuple(rows[0].keys()) == COLUMNS
    by_name = {Path(x["file"]).name: x for x in rows}
    assert set(by_name) == {"amira.docx", "ben.txt", "old.doc", "broken.pdf", "empty.txt", "fake.docx",
                            "does-not-matter.docx"}
    assert by_name["old.doc"]["error"] == "legacy_doc"
    assert by_name["empty.txt"]["error"] == "empty"
    assert by_name["does-not-matter.docx"]["error"] == "missing"
    assert by_name["fake.docx"]["error"] in {"wrong_type", "corrupt"}
    assert by_name["broken.pdf"]["error"] in {"corrupt", "empty", "scanned", "not_a_plan"}
    for n in ("amira.docx", "ben.txt"):
        x = by_name[n]
        assert x["status"] == "ok" and x["rating"] in {"outstanding", "good", "requires_improvement", "inadequate"}
        assert 0 <= float(x["score"]) <= 10 and x["name"] in {"Amira Khan", "Ben Carter"}
        assert x["plan_date"] == "2026-01-05" and x["tool_version"] and x["rubric_version"]
        assert len(x["top_findings"].split(";")) <= 5
    jrows = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
    assert [Path(j["file"]).name for j in jrows] == [Path(x["file"]).name for x in rows]
    assert all(j["status"] in {"ok", "error"} and "findings" in j for j in jrows)


@pytest.mark.slow
def test_stdout_formats(mixed):
    files = [mixed / "amira.docx", mixed / "old.doc"]
    table = score(*files)
    assert table.returncode == 2 and "amira.docx" in table.stdout and "legacy_doc" in table.stdout
    lines = score(*files, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["status"] for x in lines] == ["ok", "error"]
    assert json.loads(score(*files, "--format", "json").stdout)[1]["error"] == "legacy_doc"
    assert score(*files, "--format", "csv").stdout.splitlines()[0] == ",".join(COLUMNS)


@pytest.mark.slow
def test_outputs_are_byte_identical_across_runs_and_resume(mixed, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    score(mixed, "--out", a, "--format", "html", "--quiet")
    score(mixed, "--out", b, "--format", "html", "--quiet", "--workers", "1")
    for name in ("scores.csv", "scores.jsonl", "report.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    before = (a / "report.html").read_bytes()
    r = score(mixed, "--out", a, "--format", "html", "--resume")
    assert "resumed" in r.stderr.splitlines()[-1]
    assert (a / "report.html").read_bytes() == before


@pytest.mark.slow
def test_redact_leaves_no_name_anywhere(tmp_path):
    d = tmp_path / "in"
    write_docx(d / "Amira_Khan_EHCP.docx", "Amira Khan")
    write_txt(d / "ben-carter.txt", "Ben Carter")
    out = tmp_path / "out"
    r = score(d, "--out", out, "--format", "html", "--redact", "--quiet")
    assert r.returncode == 0, r.stderr
    blobs = {p.name: p.read_text() for p in out.rglob("*") if p.is_file()}
    blobs["stderr"] = r.stderr
    blobs["jsonl-stdout"] = score(d, "--format", "jsonl", "--redact").stdout
    for where, text in blobs.items():
        for name in ("Amira", "Khan", "Ben", "Carter"):
            assert name.lower() not in text.lower(), (name, where)
    assert "[CHILD]" in blobs["report.html"] and "[CHILD]" in blobs["scores.jsonl"]
    rows = list(csv.DictReader(io.StringIO(blobs["scores.csv"])))
    assert all(x["name"] == "" and x["plan_date"] == "" for x in rows)


def test_usage_errors(tmp_path):
    r = score(tmp_path, "--resume")
    assert r.returncode == 2 and "--out" in r.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("pack: x\nrules: [[[\n")
    r = score(tmp_path, "--rules", bad)
    assert r.returncode == 2 and "bad.yaml" in r.stderr


def test_table_shows_readable_ratings_and_the_cap_beside_the_score(capsys):
    from ehcp_qa.cli.score import _table

    counts = {"error": 0, "warning": 0, "suggestion": 0}
    capped = {"status": "ok", "file": "a.docx", "rating": "requires_improvement", "score": 6.8, "counts": counts,
              "findings": [], "reasons": [
                  {"criterion": "limiting", "text": "A health or social care section is blank rather than explicitly nil. "
                                                    "Caps the rating at requires improvement.", "findings": []},
                  {"criterion": "overall", "text": "Overall score 6.8/10 is in the good band.", "findings": []}]}
    # a limit listed after the overall reason did not set the rating: no cap shown
    plain = dict(capped, file="b.docx", rating="good", reasons=[
        {"criterion": "overall", "text": "...", "findings": []},
        {"criterion": "limiting", "text": "Outstanding needs co-ordination. Caps the rating at good.", "findings": []}])
    _table([capped, plain])
    out = capsys.readouterr().out
    a, b = [x for x in out.splitlines() if x.startswith(("a.docx", "b.docx"))]
    assert "Requires improvement" in a and "6.8 - capped: a health or social care section is blank rather than " \
        "explicitly nil" in a and "requires_improvement" not in out
    assert "Good" in b and "capped" not in b


def test_piped_table_never_wraps_or_cuts_long_names(capsys):
    from ehcp_qa.cli.score import _table

    long = "/".join(["a-rather-long-folder-name-on-the-shared-drive"] * 5) + "/EHCP-0042 final.docx"
    rule = "specificity.vague-provision-with-a-long-id"
    row = {"status": "ok", "file": long, "rating": "good", "score": 7.0, "reasons": [],
           "counts": {"error": 1, "warning": 0, "suggestion": 0},
           "findings": [{"rule_id": rule, "severity": "error"}]}
    _table([row, {"status": "error", "file": long + "x", "error": "corrupt"}])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3  # header + one line per row: nothing wrapped
    assert lines[0].split()[:3] == ["file", "rating", "score"]
    assert lines[1].startswith(long + " ") and lines[1].endswith(rule)
    assert lines[2].startswith(long + "x ") and "error: corrupt" in lines[2]
