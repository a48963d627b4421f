"""Name redaction (ehcp_qa.redact): the child's name in every form we can find, in every string."""
from ehcp_qa.redact import CHILD, Redactor, redact_row, redactor_for


def test_child_name_parts_possessive_any_case_and_file_names():
    r = Redactor(["Amira Noor-Khan"])
    assert r("Amira's reading; NOOR-KHAN family; amira_noor-khan_ehcp.docx") == \
        f"{CHILD}'s reading; {CHILD} family; {CHILD}_{CHILD}_ehcp.docx"
    assert r("Camira and Amiras stay") == "Camira and Amiras stay"  # whole words only


def test_lexicon_first_names_and_honorifics():
    r = Redactor([])
    assert r("Her brother Noah and Mrs Okafor attended.") == f"Her brother {CHILD} and [NAME] attended."
    assert r("She will read independently.") == "She will read independently."


def test_redact_row_blanks_name_and_dob_and_cleans_findings():
    row = {"file": "plans/Sam Smith.docx", "meta": {"name": "Sam Smith", "dob": "2014-01-01", "plan_date": "2026-01-01"},
           "findings": [{"rule_id": "drafting.wrong-name", "text": "Jordan", "message": "Another child's name"},
                        {"rule_id": "specificity.vague-provision", "text": "Sam needs regular help from Jordan"}],
           "reasons": [{"criterion": "x", "text": "Smith's plan", "findings": [0]}]}
    out = redact_row(row, redactor_for("Sam Smith", row["findings"]))
    flat = str(out)
    assert "Sam" not in flat and "Smith" not in flat and "Jordan" not in flat and "2014" not in flat
    assert out["meta"]["name"] == CHILD and out["meta"]["plan_date"] == "2026-01-01"
    assert out["findings"][1]["text"] == f"{CHILD} needs regular help from {CHILD}"
