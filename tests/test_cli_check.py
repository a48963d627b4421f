"""`ehcp-qa check`: output, exit codes and privacy. The pipeline (parse + checks) is stubbed with
make_plan and hand-built findings so these tests pin the command itself; test_check_real_file runs
the real pipeline on a small text plan."""
import json

import pytest
from typer.testing import CliRunner

from ehcp_qa import api
from ehcp_qa.cli import app
from ehcp_qa.errors import ScannedPdf
from ehcp_qa.model import Dimension, Finding, SectionKey, Severity
from ehcp_qa.testing import make_plan

runner = CliRunner()
SECRET = "Zebedee loves the trampoline"
KEYS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def stub_plan():
    secs = {k: f"Content for section {k} written in full sentences." for k in KEYS}
    secs["A"] = "I like swimming and my dog. I want to be a vet."
    secs["E"] = ("By July 2027 Zebedee will read 40 words independently.\nShorter-term targets are set each term "
                 "at a multi-agency meeting.")
    secs["F"] = f"{SECRET} and will have access to speech therapy as needed."
    return make_plan(secs, meta={"name": "Zebedee Smith"}, source="plan.txt")


@pytest.fixture
def stub(monkeypatch, tmp_path):
    """Stub the pipeline; returns a setter for the findings the checks should produce."""
    monkeypatch.chdir(tmp_path)  # no stray ehcp-qa.toml
    state = {"findings": lambda plan: []}

    def load(path, limits=None):
        if "scanned" in str(path):
            raise ScannedPdf(path)
        if "boom" in str(path):
            raise RuntimeError(SECRET)  # an unexpected error whose message holds plan text
        return stub_plan()

    monkeypatch.setattr(api, "load_plan", load)
    monkeypatch.setattr(api, "check_plan", lambda plan, rules=None, models=None: state["findings"](plan))
    return state


def vague(plan, severity=Severity.ERROR):
    b = plan.section_blocks("F")[0]
    i = b.text.index("access to")
    return [Finding("specificity.vague-provision", "Vague wording leaves room for doubt.", severity,
                    Dimension.SPECIFICITY, SectionKey.F, b.start + i, b.start + i + 9, "access to",
                    suggestion="Say how often, for how long and who delivers it.")]


def test_clean_plan_exits_0_and_shows_rating(stub):
    r = runner.invoke(app, ["check", "plan.txt"])
    assert r.exit_code == 0, r.output
    assert "No findings" in r.output and "Suggested rating: Outstanding" in r.output


def test_findings_grouped_with_location_quote_and_suggestion(stub):
    stub["findings"] = vague
    r = runner.invoke(app, ["check", "plan.txt"])
    assert r.exit_code == 1
    out = r.output
    assert "Section F: Special educational provision" in out
    assert "specificity.vague-provision" in out and '"access to"' in out
    assert "para " in out and "Suggestion:" in out
    # a capped rating names its limiting judgement; an uncapped one says the score set it
    # (issue 14: a share cap needs enough items behind it, so one vague item no longer caps)
    assert "Suggested rating" in out and ("limiting" in out or "overall" in out)


@pytest.mark.parametrize("fail_on,severity,code", [
    ("error", Severity.WARNING, 0), ("warning", Severity.WARNING, 1), ("suggestion", Severity.SUGGESTION, 1),
    ("never", Severity.ERROR, 0), ("error", Severity.ERROR, 1),
])
def test_fail_on(stub, fail_on, severity, code):
    stub["findings"] = lambda plan: vague(plan, severity)
    r = runner.invoke(app, ["check", "plan.txt", "--fail-on", fail_on])
    assert r.exit_code == code


def test_fail_on_from_config(stub, tmp_path):
    (tmp_path / "ehcp-qa.toml").write_text('fail_on = "never"\n')
    stub["findings"] = vague
    assert runner.invoke(app, ["check", "plan.txt"]).exit_code == 0


def test_json_is_the_report_contract(stub):
    stub["findings"] = vague
    r = runner.invoke(app, ["check", "plan.txt", "--format", "json"])
    assert r.exit_code == 1
    d = json.loads(r.stdout)
    assert d["rating"] in {"outstanding", "good", "requires_improvement", "inadequate"}
    assert d["findings"][0]["rule_id"] == "specificity.vague-provision"
    assert d["findings"][0]["paragraph"] is not None and d["findings"][0]["text"] == "access to"
    assert d["reasons"] and d["counts"]["error"] == 1


def test_hide_text_keeps_plan_text_out(stub):
    stub["findings"] = vague
    for fmt in ("table", "json"):
        r = runner.invoke(app, ["check", "plan.txt", "--format", fmt, "--hide-text"])
        assert "access to" not in r.output and SECRET not in r.output
        # without the flag the same report quotes the wording, so the flag is what kept it out
        shown = runner.invoke(app, ["check", "plan.txt", "--format", fmt])
        assert "access to" in shown.output


def test_read_error_is_one_line_exit_2(stub):
    r = runner.invoke(app, ["check", "scanned.pdf"])
    assert r.exit_code == 2
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "scanned.pdf" in lines[0] and "OCR" in lines[0]


def test_unexpected_error_never_prints_its_message(stub):
    r = runner.invoke(app, ["check", "boom.txt"])
    assert r.exit_code == 2
    assert SECRET not in r.output and "RuntimeError" in r.stderr


def test_bad_rubric_is_exit_2(stub, tmp_path):
    (tmp_path / "r.yaml").write_text("version: x\ncolour: 1\n")
    r = runner.invoke(app, ["check", "plan.txt", "--rubric", "r.yaml"])
    assert r.exit_code == 2 and "r.yaml" in r.stderr


@pytest.mark.slow
def test_check_real_file(tmp_path):
    pytest.importorskip("ehcp_qa.sectionize")
    lines = ["Education, Health and Care Plan", "Name: Sam Jones"]
    for k in KEYS:
        lines += [f"Section {k}", "Sam is making progress in this area and has a teaching assistant."]
    p = tmp_path / "plan.txt"
    p.write_text("\n".join(lines) + "\n")
    r = runner.invoke(app, ["check", str(p), "--format", "json", "--no-models", "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["file"].endswith("plan.txt")


def test_bad_fail_on_in_config_is_exit_2(stub, tmp_path):
    (tmp_path / "ehcp-qa.toml").write_text('fail_on = "sometimes"\n')
    r = runner.invoke(app, ["check", "plan.txt"])
    assert r.exit_code == 2 and "fail_on" in r.stderr and r.stdout == ""
