"""The batch HTML report: self-contained (no script, no http(s) asset), findings marked in place,
plan text escaped; and, slow, what headless Chromium actually shows."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_qa.model import PlanMeta
from ehcp_qa.report.html import plan_fragment, render_report
from ehcp_qa.testing import make_plan

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def _row(plan, spans, rating="requires_improvement", file="plans/a.docx"):
    findings = []
    for phrase, rule, sev in spans:
        s = plan.text.index(phrase)
        findings.append({"rule_id": rule, "severity": sev, "dimension": "specificity", "section": "F", "start": s,
                         "end": s + len(phrase), "text": phrase, "message": f"msg {rule}", "suggestion": "Say how often.",
                         "guidance": "SEND Code of Practice 9.69", "confidence": None, "source": "rule",
                         "page": None, "paragraph": 2, "line": 3})
    return {"file": file, "status": "ok", "error": None, "rating": rating, "score": 5.0, "tool_version": "t",
            "rubric_version": "r", "criterion_scores": {"specificity": 4.0, "completeness": 9.0},
            "counts": {"error": 1, "warning": len(findings) - 1, "suggestion": 0}, "missing": ["J"],
            "sections": {}, "reasons": [{"criterion": "specificity", "text": "specificity 4.0/10", "findings": [0]}],
            "findings": findings}


def test_findings_marked_in_place_and_text_escaped():
    plan = make_plan({"B": "Needs <b>help</b> & more.", "F": "Sam will have regular support as needed from staff."},
                     meta=PlanMeta(name="Sam"))
    row = _row(plan, [("regular support as needed", "specificity.vague-provision", "error"),
                      ("as needed", "specificity.as-needed", "warning")])
    frag = plan_fragment(row, plan)
    assert "&lt;b&gt;help&lt;/b&gt; &amp; more." in frag  # plan text never becomes markup
    marks = re.findall(r'<mark class="sev-(\w+)"[^>]*>(.*?)</mark>', frag)
    # overlapping spans: the overlap is coloured by the worse severity and both are numbered
    assert marks == [("error", "regular support "), ("error", "as needed")]
    assert '<sup class="fn">1</sup><sup class="fn">2</sup>' in frag
    html = render_report([row, {"file": "b.pdf", "status": "error", "error": "scanned"}], [frag, None])
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html.lower()
    assert not EXTERNAL.search(html)
    assert 'id="plan-1"' in html and 'href="#plan-2"' in html and "scanned" in html


def _batch(tmp_path: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).parent))
    from test_cli_score import write_docx, write_txt

    d = tmp_path / "in"
    write_docx(d / "amira.docx", "Amira Khan")
    write_txt(d / "ben.txt", "Ben Carter")
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    out = tmp_path / "out"
    r = subprocess.run([str(Path(sys.executable).with_name("ehcp-qa")), "score", str(d), "--out", str(out),
                        "--format", "html", "--quiet"], capture_output=True, text=True, timeout=240)
    assert r.returncode == 2, r.stderr  # the .doc errored, the batch completed
    return out / "report.html"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed")
def test_chromium_shows_distribution_averages_and_marked_plans(tmp_path):
    report = _batch(tmp_path)
    html = report.read_text()
    assert not EXTERNAL.search(html) and "<script" not in html.lower() and "<link" not in html.lower()
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'chr'}",
         "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "<h1>ehcp-qa batch report</h1>" in dom
    assert "3 files: 2 scored, 1 could not be read." in dom
    assert dom.count("<svg") == 2  # rating distribution and criterion averages
    assert 'id="top-findings"' in dom or "No findings." in dom
    for name in ("amira.docx", "ben.txt", "old.doc"):
        assert name in dom
    assert "legacy_doc" in dom
    # each scored plan shows its sections, its reasons, and findings marked over their text
    assert dom.count("Why this rating") == 2
    assert dom.count("Section F: Special educational provision") >= 2
    marked = re.findall(r"<mark [^>]*>(.*?)</mark>", dom)
    assert marked and any("as needed" in m or "regular" in m or "access" in m.lower() for m in marked)
