"""Batch scoring infrastructure (ehcp_qa.batch) with a fake pipeline injected, so these tests are
about discovery, workers, time limits, the journal and resume, not about rule quality.

The fake reads little text "plans" (`Section X: ...` lines, a `Name:` line) and flags the word
"regular"; magic words make it misbehave: HANG sleeps past the time limit, BOOM raises an exception
whose message holds "plan text", CRASH kills the worker process, SLOW takes 0.3 s.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ehcp_qa import errors
from ehcp_qa.batch import BatchOptions, discover, run_batch
from ehcp_qa.model import Dimension, Finding, PlanMeta, PlanReport, Rating, Reason, SectionKey, Severity
from ehcp_qa.testing import make_plan

HERE = Path(__file__).parent


class FakePipeline:
    def __init__(self, opts):
        self.opts = opts

    def run(self, path):
        p = Path(path)
        if not p.exists():
            raise errors.FileMissing(p)
        if p.suffix == ".doc":
            raise errors.LegacyDoc(p)
        data = p.read_bytes()
        if not data:
            raise errors.EmptyFile(p)
        text = data.decode("utf-8")
        if "HANG" in text:
            time.sleep(60)
        if "BOOM" in text:
            raise ValueError(f"secret plan text: {text}")
        if "CRASH" in text:
            os._exit(3)
        if "SLOW" in text:
            time.sleep(0.3)
        sections, name = {}, None
        for line in text.splitlines():
            if line.startswith("Name:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("Section "):
                key, body = line[len("Section "):].split(":", 1)
                sections[key.strip()] = body.strip()
        plan = make_plan(sections, meta=PlanMeta(name=name, plan_date="2026-01-05"), source=str(path))
        findings = []
        for k in plan.sections:
            for b in plan.section_blocks(k):
                i = b.text.find("regular")
                if i >= 0:
                    findings.append(Finding("specificity.vague-provision", "Says how often, not 'regular'.",
                                            Severity.ERROR, Dimension.SPECIFICITY, SectionKey(k),
                                            b.start + i, b.start + i + 7, "regular",
                                            suggestion=f"State the frequency for {name}."))
        missing = tuple(k.value for k in SectionKey if k not in plan.sections)
        score = 8.0 - 3 * len(findings)
        rating = Rating.GOOD if score >= 6 else Rating.REQUIRES_IMPROVEMENT if score >= 4 else Rating.INADEQUATE
        report = PlanReport(
            file=plan.source, sha256=hashlib.sha256(data).hexdigest(), meta=plan.meta,
            sections={k.value: {"title": s.title, "start": s.start, "end": s.end, "pages": None,
                                "words": len(plan.section_text(k).split()), "status": s.status.value}
                      for k, s in plan.sections.items()},
            missing=missing, findings=tuple(findings),
            criterion_scores={d.value: 10.0 for d in Dimension} | {"specificity": score},
            score=score, rating=rating,
            reasons=(Reason("specificity", f"specificity {score}/10 for {name}", tuple(range(len(findings)))),),
            tool_version="test", rubric_version="test-1",
            locations=tuple(plan.locate(f.start) if f.start is not None else None for f in findings))
        return report, plan


def write_plan(path: Path, name="Sam Okafor", provision="Sam will have regular phonics.", extra=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"Name: {name}", f"Section B: {name.split()[0]} has difficulty with reading.",
             f"Section F: {provision}", "Section E: He will read 50 words by July 2027."]
    path.write_text("\n".join(lines) + ("\n" + extra if extra else "") + "\n", encoding="utf-8")
    return path


def run(paths, tmp_path=None, **kw):
    kw.setdefault("workers", 1)
    kw.setdefault("timeout", 20)
    return run_batch([str(p) for p in paths], kw.pop("opts", BatchOptions()), factory=FakePipeline, **kw)


def test_discover_folders_globs_and_missing(tmp_path):
    for rel in ("a/one.docx", "a/b/two.pdf", "a/b/notes.xlsx", "a/three.txt", "c/four.md", "c/old.doc"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = discover([str(tmp_path / "a"), str(tmp_path / "c" / "*.md"), str(tmp_path / "c" / "old.doc"),
                      str(tmp_path / "nope.docx"), str(tmp_path / "a" / "one.docx")])
    rel = [str(Path(f).relative_to(tmp_path)) for f in found]
    assert rel == sorted(rel)
    assert set(rel) == {"a/one.docx", "a/b/two.pdf", "a/three.txt", "c/four.md", "c/old.doc", "nope.docx"}


def test_bad_inputs_get_one_error_row_each_and_the_rest_score(tmp_path):
    good = [write_plan(tmp_path / f"p{i}.txt", provision=f"A TA will deliver phonics {i + 2} times weekly.")
            for i in range(3)]
    vague = write_plan(tmp_path / "vague.txt")
    bad = {
        "legacy_doc": tmp_path / "old.doc",
        "missing": tmp_path / "gone.txt",
        "empty": tmp_path / "empty.txt",
        "internal": write_plan(tmp_path / "boom.txt", extra="BOOM"),
        "timeout": write_plan(tmp_path / "hang.txt", extra="HANG"),
        "crashed": write_plan(tmp_path / "crash.txt", extra="CRASH"),
    }
    bad["legacy_doc"].write_bytes(b"\xd0\xcf\x11\xe0")
    bad["empty"].write_bytes(b"")
    t0 = time.monotonic()
    res = run([*good, vague, *bad.values()], timeout=1.5, workers=2)
    assert time.monotonic() - t0 < 30  # the hung file did not stall the batch
    rows = {Path(r["file"]).name: r for r in res.rows}
    assert len(res.rows) == 10 and len(rows) == 10
    for code, path in bad.items():
        r = rows[path.name]
        assert (r["status"], r["error"]) == ("error", code), path.name
        assert r["rating"] is None and r["findings"] == []
    assert rows["boom.txt"]["error_type"] == "ValueError"
    assert "secret" not in json.dumps(res.rows)  # an exception message never reaches a row
    for p in good:
        r = rows[p.name]
        assert r["status"] == "ok" and r["error"] is None and r["rating"] == "good" and r["findings"] == []
    r = rows["vague.txt"]
    assert r["rating"] == "requires_improvement"
    assert [f["rule_id"] for f in r["findings"]] == ["specificity.vague-provision"]
    assert [Path(r["file"]).name for r in res.rows] == sorted(Path(r["file"]).name for r in res.rows)


def _batch_files(tmp_path, n=8, slow=False):
    return [write_plan(tmp_path / "in" / f"plan{i:02d}.txt", name=f"Child{i} Surname{i}",
                       provision="regular help" if i % 3 == 0 else "A TA, 1:1, daily for 10 minutes.",
                       extra="SLOW" if slow else "") for i in range(n)]


def test_journal_is_deterministic_and_resume_does_no_work(tmp_path):
    files = _batch_files(tmp_path)
    run(files, out_dir=tmp_path / "o1", workers=2)
    run(files, out_dir=tmp_path / "o2", workers=1)
    a, b = (tmp_path / "o1" / "scores.jsonl").read_bytes(), (tmp_path / "o2" / "scores.jsonl").read_bytes()
    assert a == b and a.count(b"\n") == 8
    res = run(files, out_dir=tmp_path / "o1", resume=True)
    assert res.resumed == 8
    assert (tmp_path / "o1" / "scores.jsonl").read_bytes() == a
    # a changed file is scored again; the others are not
    write_plan(files[1], name="Child1 Surname1", provision="regular sessions")
    res = run(files, out_dir=tmp_path / "o1", resume=True)
    assert res.resumed == 7
    row = [r for r in res.rows if r["file"].endswith("plan01.txt")][0]
    assert row["findings"] and row["sha256"] == hashlib.sha256(files[1].read_bytes()).hexdigest()


def test_a_torn_journal_line_is_ignored(tmp_path):
    files = _batch_files(tmp_path, n=3)
    run(files, out_dir=tmp_path / "o")
    j = tmp_path / "o" / "scores.jsonl"
    clean = j.read_bytes()
    j.write_bytes(clean[: len(clean) - 40])  # the last row cut mid-write
    res = run(files, out_dir=tmp_path / "o", resume=True)
    assert res.resumed == 2 and j.read_bytes() == clean


_KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from ehcp_qa.batch import BatchOptions, run_batch
from test_batch import FakePipeline
if __name__ == "__main__":
    run_batch(sys.argv[2:], BatchOptions(), workers=1, timeout=30, out_dir=Path(sys.argv[1]),
              resume=True, factory=FakePipeline)
"""


@pytest.mark.slow
def test_killed_batch_resumes_to_the_same_output(tmp_path):
    files = _batch_files(tmp_path, n=10, slow=True)
    script = tmp_path / "run.py"
    script.write_text(_KILL_SCRIPT.format(tests=str(HERE)))
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, str(script), str(out), *map(str, files)], start_new_session=True)
    journal = out / "scores.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.is_file() and journal.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # kill -9, workers and all
    proc.wait()
    partial = journal.read_bytes().count(b"\n")
    assert 3 <= partial < 10
    res = run(files, out_dir=out, resume=True)
    assert res.resumed >= 3
    run(files, out_dir=tmp_path / "clean")
    assert journal.read_bytes() == (tmp_path / "clean" / "scores.jsonl").read_bytes()


def test_redact_option_leaves_no_name_in_rows(tmp_path):
    f = write_plan(tmp_path / "Sam_Okafor_plan.txt", name="Sam Okafor")
    res = run([f], opts=BatchOptions(redact=True, fragments=True))
    blob = json.dumps(res.rows) + res.fragments[0]
    assert "Sam" not in blob and "Okafor" not in blob and "sam" not in blob.lower().replace("[child]", "")
    assert res.rows[0]["meta"]["name"] == "[CHILD]" and "[CHILD]" in res.rows[0]["file"]
    assert "<mark" in res.fragments[0]  # the plan view is still there, names gone
