"""Word comments on a copy of a draft (ehcp_qa.report.annotate): each comment covers exactly its
finding's text, formatting and text survive the run splits, the source file is never touched."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from ehcp_qa.errors import EhcpQaError
from docx.oxml.ns import qn

from ehcp_qa import api
from ehcp_qa.model import Dimension, Finding, PlanReport, Rating, Reason, SectionKey, Severity
from ehcp_qa.report.annotate import annotate_docx


def make_draft(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("DRAFT EHC PLAN")
    d.add_paragraph("Name: Sam Okafor")
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("I like trains and I want to be a train driver.")
    d.add_heading("Section B: Special educational needs", 1)
    p = d.add_paragraph("Sam has ")
    p.add_run("significant").bold = True
    p.add_run(" difficulties with reading and needs regular support from staff.")
    d.add_heading("Section F: Special educational provision", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(1, 0).text = "Need", "Provision", "Reading"
    cell = t.cell(1, 1)
    cell.text = "Access to a small group as needed."
    cell.add_paragraph("A teaching assistant will deliver phonics daily.")
    d.add_heading("Section E: Outcomes", 1)
    d.add_paragraph("Sam will make progress in reading.")
    d.save(str(path))
    return path


def anchored_texts(path: Path) -> dict[int, tuple[str, str]]:
    """comment id -> (the document text its range covers, the comment's own text)."""
    d = docx.Document(str(path))
    open_, got = set(), {}
    for el in d.element.body.iter():
        cid = el.get(qn("w:id"))
        if el.tag == qn("w:commentRangeStart"):
            open_.add(cid)
            got[cid] = []
        elif el.tag == qn("w:commentRangeEnd"):
            open_.discard(cid)
        elif el.tag == qn("w:t"):
            for i in open_:
                got[i].append(el.text or "")
        elif el.tag == qn("w:p"):
            for i in open_:
                got[i].append("\n")
    return {c.comment_id: ("".join(got[str(c.comment_id)]).strip("\n"), c.text) for c in d.comments}


def finding_at(plan, phrase, rule, sev=Severity.ERROR, nth=0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = plan.text.index(phrase, start + 1)
    return Finding(rule, f"message for {rule}", sev, Dimension.SPECIFICITY, SectionKey.F, start,
                   start + len(phrase), phrase, suggestion="Say who, how often and for how long.",
                   guidance="SEND Code of Practice 9.69")


def report_for(plan, findings) -> PlanReport:
    return PlanReport(file=plan.source, sha256=plan.sha256, meta=plan.meta, sections={}, missing=("J",),
                      findings=tuple(findings), criterion_scores={}, score=4.2, rating=Rating.REQUIRES_IMPROVEMENT,
                      reasons=(Reason("specificity", "specificity 4.2/10"),), tool_version="t", rubric_version="r")


def test_comments_cover_exactly_the_finding_spans(tmp_path):
    src = make_draft(tmp_path / "draft.docx")
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    plan = api.load_plan(src)
    findings = [
        finding_at(plan, "significant difficulties", "specificity.a"),  # crosses a bold run edge
        finding_at(plan, "regular", "specificity.vague-provision"),  # inside a run
        finding_at(plan, "as needed", "specificity.vague-provision"),  # inside a table cell
        finding_at(plan, "small group as needed.\nA teaching", "specificity.group-size", Severity.WARNING),
        finding_at(plan, "make progress", "measurability.not-measurable"),
        Finding("completeness.missing-section", "Section J is missing.", Severity.ERROR, Dimension.COMPLETENESS),
    ]
    out = tmp_path / "annotated.docx"
    stats = annotate_docx(src, report_for(plan, findings), plan, out)
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the original is never modified
    assert stats == {"anchored": 5, "unanchored": 1}

    got = anchored_texts(out)
    assert len(got) == 6  # five findings + the summary
    comments = [(a, c) for a, c in got.values() if not c.startswith("ehcp-qa suggested rating")]
    # a caseworker reads the sentence and what to write instead first; the rule id comes last
    by_rule = sorted((c.splitlines()[-1], a) for a, c in comments)
    assert by_rule == sorted((f"{f.severity.value.capitalize()}: {f.rule_id}", f.text) for f in findings[:5])
    for _, c in comments:
        lines = c.splitlines()
        assert lines[0].startswith("message for ") and lines[1] == "Suggestion: Say who, how often and for how long."
        assert lines[2] == "Guidance: SEND Code of Practice 9.69" and len(lines) == 4
    summary = [c for a, c in got.values() if c.startswith("ehcp-qa suggested rating")]
    assert len(summary) == 1 and "Requires improvement" in summary[0] and "Section J is missing" in summary[0]
    assert summary[0].splitlines()[-1].endswith("(error: completeness.missing-section)")

    # splitting runs changed neither the text nor the formatting
    reopened = api.load_plan(out)
    assert [b.text for b in reopened.blocks] == [b.text for b in plan.blocks]
    para = [p for p in docx.Document(str(out)).paragraphs if p.text.startswith("Sam has")][0]
    assert [r.text for r in para.runs if r.bold] == ["significant"]


def test_refuses_to_overwrite_the_source(tmp_path):
    src = make_draft(tmp_path / "draft.docx")
    plan = api.load_plan(src)
    with pytest.raises(EhcpQaError):
        annotate_docx(src, report_for(plan, []), plan, src)


def test_real_pipeline_findings_anchor_on_their_text(tmp_path):
    src = make_draft(tmp_path / "draft.docx")
    plan = api.load_plan(src)
    report = api.score_plan(plan, api.check_plan(plan))
    out = tmp_path / "annotated.docx"
    annotate_docx(src, report, plan, out)
    got = anchored_texts(out)
    spans = [f for f in report.findings if f.start is not None and f.text]
    assert spans, "the draft is meant to have located findings"
    anchored = sorted(a for a, c in got.values() if not c.startswith("ehcp-qa suggested rating"))
    for f in spans:
        assert f.text in anchored


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_annotated_copy(tmp_path):
    src = make_draft(tmp_path / "draft.docx")
    plan = api.load_plan(src)
    findings = [finding_at(plan, "regular", "specificity.vague-provision"),
                finding_at(plan, "as needed", "specificity.vague-provision")]
    out = tmp_path / "annotated.docx"
    annotate_docx(src, report_for(plan, findings), plan, out)
    for fmt in ("pdf", "odt"):
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", fmt,
                        "--outdir", str(tmp_path / "conv"), str(out)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "conv" / "annotated.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)
    assert "needs regular support from staff" in text and "Access to a small group as needed." in text
    # LibreOffice read the comments as annotations: two findings + the summary, with their text
    import zipfile

    content = zipfile.ZipFile(tmp_path / "conv" / "annotated.odt").read("content.xml").decode()
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == 3
    assert "specificity.vague-provision" in content and "ehcp-qa suggested rating" in content
