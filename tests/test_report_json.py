import json

import ehcp_qa
from ehcp_qa.model import Dimension, Finding, SectionKey, Severity
from ehcp_qa.report.json import dumps, report_to_dict
from ehcp_qa.scoring import score
from ehcp_qa.testing import make_plan

TOP_KEYS = ["schema_version", "tool_version", "rubric_version", "model_versions", "file", "sha256", "meta",
            "sections", "missing", "rating", "score", "criterion_scores", "reasons", "counts", "findings", "items"]


def sample_report():
    plan = make_plan({
        "A": "Sam Jones likes trains.",
        "B": "Sam finds reading hard.\nSam Jones has speech and language needs.",
        "F": "Sam will have access to speech therapy as needed.",
    }, meta={"name": "Sam Jones", "dob": "2015-03-01", "status": "draft"})
    b = plan.section_blocks("F")[0]
    i = b.text.index("access to")
    fs = [
        Finding("specificity.vague-provision", "Vague wording leaves room for doubt.", Severity.ERROR,
                Dimension.SPECIFICITY, SectionKey.F, b.start + i, b.start + i + 9, "access to",
                suggestion="Say how often and by whom.", guidance="SEND Code of Practice 9.69"),
        Finding("completeness.missing-section", "Section C is missing.", Severity.ERROR, Dimension.COMPLETENESS,
                SectionKey.C),
        Finding("drafting.example", "Name in text.", Severity.SUGGESTION, Dimension.LANGUAGE, SectionKey.B,
                plan.section_blocks("B")[1].start, plan.section_blocks("B")[1].start + 9, "Sam Jones"),
    ]
    return plan, score(plan, fs)


def test_contract_keys_and_types():
    plan, r = sample_report()
    d = report_to_dict(r)
    assert list(d) == TOP_KEYS
    assert d["tool_version"] == ehcp_qa.__version__ and d["schema_version"] == "1"
    assert d["rating"] in {"outstanding", "good", "requires_improvement", "inadequate"}
    assert d["rating"] == "inadequate" and "C" in d["missing"]
    assert 0 <= d["score"] <= 10
    assert set(d["criterion_scores"]) == {"completeness", "specificity", "measurability", "health_care",
                                          "golden_thread", "voice", "language"}
    assert d["counts"] == {"error": 2, "warning": 0, "suggestion": 1}
    assert set(d["meta"]) == {"name", "dob", "plan_date", "status", "age", "year_group"}
    assert set(d["sections"]["F"]) == {"title", "start", "end", "pages", "words", "status"}
    for reason in d["reasons"]:
        assert set(reason) == {"criterion", "text", "findings"}
        assert all(0 <= i < len(d["findings"]) for i in reason["findings"])
    json.loads(dumps(r))  # serialisable as it stands


def test_items_show_what_was_judged_and_hide_text_drops_their_text():
    # the one line of F is a provision item; the section headings make_plan writes are not in E-H2
    plan, r = sample_report()
    d = report_to_dict(r)
    [it] = [i for i in d["items"] if i["section"] == "F"]
    assert set(it) == {"kind", "role", "section", "start", "end", "page", "confidence", "text"}
    assert it["kind"] == "provision" and it["role"] is None
    assert plan.text[it["start"]:it["end"]] == it["text"] == "Sam will have access to speech therapy as needed."
    assert report_to_dict(r, include_text=False)["items"][0]["text"] is None


def test_findings_carry_location_and_text():
    plan, r = sample_report()
    d = report_to_dict(r)
    vague = next(f for f in d["findings"] if f["rule_id"] == "specificity.vague-provision")
    assert vague["text"] == "access to" and plan.text[vague["start"]:vague["end"]] == "access to"
    assert vague["paragraph"] == plan.section_blocks("F")[0].index and vague["line"] >= 1
    assert {"page", "paragraph", "line"} <= set(vague)
    missing = next(f for f in d["findings"] if f["rule_id"] == "completeness.missing-section")
    assert missing["start"] is None and missing["paragraph"] is None


def test_hide_text_drops_every_plan_span():
    plan, r = sample_report()
    d = report_to_dict(r, include_text=False)
    assert all(f["text"] is None for f in d["findings"])
    assert "access to" not in json.dumps(d["findings"])
    assert all(s["title"] is None for s in d["sections"].values())


def test_redact_names():
    plan, r = sample_report()
    d = report_to_dict(r, redact_names=True)
    blob = json.dumps(d)
    assert "Sam" not in blob and "Jones" not in blob
    assert d["meta"]["dob"] is None and d["meta"]["name"] != "Sam Jones"
    assert report_to_dict(r)["meta"]["name"] == "Sam Jones"  # no redaction unless asked
