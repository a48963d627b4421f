"""The engine: every enabled rule runs, findings sorted by offset, python checks via the registry."""
import textwrap

from ehcp_qa.checks.engine import check_items, run_checks
from ehcp_qa.checks.registry import PLAN_CHECKS, plan_check
from ehcp_qa.model import Finding, SectionKey, Severity
from ehcp_qa.rules.load import load_rules
from ehcp_qa.rules.params import PLAN_CHECK_PARAMS
from ehcp_qa.testing import make_plan

ALL = {k: "x" for k in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")}


def test_missing_sections_are_errors_without_offsets_and_come_first():
    body = dict(ALL)
    del body["J"], body["K"]
    body["F"] = "Staff will provide support as needed."
    fs = run_checks(make_plan(body))
    missing = [f for f in fs if f.rule_id == "completeness.missing-section"]
    assert {f.section for f in missing} == {SectionKey.J, SectionKey.K}
    assert all(f.severity is Severity.ERROR and f.start is None for f in missing)
    assert "reg 12(1)" in missing[0].guidance
    starts = [(-1 if f.start is None else f.start) for f in fs]
    assert starts == sorted(starts)


def test_empty_core_section():
    body = dict(ALL, F="TBC")
    fs = run_checks(make_plan(body))
    assert any(f.rule_id == "completeness.empty-section" and f.section is SectionKey.F for f in fs)


def test_disabled_rules_do_not_run(tmp_path):
    p = tmp_path / "off.yaml"
    p.write_text("disable: [completeness.missing-section]\n")
    fs = run_checks(make_plan({"F": "x"}), rules=[p])
    assert not any(f.rule_id == "completeness.missing-section" for f in fs)
    # the same plan without the file does get it (A-K are missing): so the file is what silenced it
    assert any(f.rule_id == "completeness.missing-section" for f in run_checks(make_plan({"F": "x"})))


def test_python_rule_reaches_a_registered_plan_check(tmp_path):
    @plan_check("test.count_blocks")
    def count_blocks(plan, rule, ctx):
        ctx.cached("seen", lambda: True)
        yield rule.finding(message=f"{len(plan.blocks)} blocks")

    try:
        p = tmp_path / "t.yaml"
        p.write_text(textwrap.dedent("""\
            pack: test
            rules:
              - id: test.blocks
                type: python
                severity: suggestion
                dimension: language
                message: counts
                params: {check: test.count_blocks}
            """))
        fs = run_checks(make_plan({"B": "a\nb"}), rules=load_rules([p]))
        got = [f for f in fs if f.rule_id == "test.blocks"]
        assert len(got) == 1 and got[0].message == "3 blocks"
    finally:
        PLAN_CHECKS.pop("test.count_blocks", None)
        PLAN_CHECK_PARAMS.pop("test.count_blocks", None)


def test_phrase_rules_share_one_matcher_and_respect_sections(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text(textwrap.dedent("""\
        pack: council
        rules:
          - id: council.tbc
            type: phrase
            severity: warning
            dimension: language
            sections: [F]
            message: placeholder
            params: {phrases: [tbc, to be confirmed]}
          - id: council.lorem
            type: pattern
            severity: warning
            dimension: language
            message: placeholder
            params: {patterns: ['lorem\\s+ipsum']}
        """))
    plan = make_plan({"B": "Needs TBC.", "F": "Lego therapy TBC, to be confirmed. Lorem ipsum."})
    fs = [f for f in run_checks(plan, rules=[p]) if f.rule_id.startswith("council.")]
    tbc = [f for f in fs if f.rule_id == "council.tbc"]
    assert [f.text for f in tbc] == ["TBC", "to be confirmed"] and all(f.section is SectionKey.F for f in tbc)
    assert [f.text for f in fs if f.rule_id == "council.lorem"] == ["Lorem ipsum"]


def test_findings_are_findings_with_spans_inside_the_plan():
    plan = make_plan({"E": "Ava will make progress in maths.", "F": "Staff will provide support as needed."})
    for f in run_checks(plan):
        assert isinstance(f, Finding)
        if f.start is not None:
            assert 0 <= f.start <= f.end <= len(plan.text)


def test_check_items_verdict_shapes():
    [p] = check_items("F", ["A teaching assistant trained in ELKLAN will deliver Talk Boost 1:1, "
                            "3 x 30 minutes weekly."], models=False)
    assert set(p) == {"text", "section", "item", "kind", "role", "item_confidence", "specific", "slots", "vague",
                      "findings", "confidence", "source"}
    assert p["item"] is True and p["kind"] == "provision" and p["role"] is None
    assert p["specific"] is True and p["source"] == "rules" and p["confidence"] is None
    assert set(p["slots"]) == {"what", "who", "frequency", "duration", "group", "review"}
    [o] = check_items("E", ["Ava will make progress in maths."], models=False)
    assert set(o) == {"text", "section", "item", "kind", "role", "item_confidence", "smart", "parts",
                      "provision_as_outcome", "aspiration_only", "findings", "confidence", "source"}
    assert o["smart"] is False and o["parts"]["measurable"] is False
    f = o["findings"][0]
    assert o["text"][f["start"]:f["end"]] == f["text"]  # offsets are relative to the statement
