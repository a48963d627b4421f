"""Child's voice in section A (voice checks in ehcp_qa/checks/drafting.py, rules/voice.yaml)."""
from pathlib import Path

import pytest

from ehcp_qa.checks import drafting
from ehcp_qa.model import Dimension
from ehcp_qa.testing import make_plan
from test_health_care import example_plan, load_pack, run

RULES = load_pack(Path(drafting.__file__).parent.parent / "resources" / "rules" / "voice.yaml")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_pack_examples(rule_id):
    r, passes, fails = RULES[rule_id]
    assert passes and fails
    for ex in passes:
        assert run(r, example_plan(r, ex)) == [], f"false finding on pass example {ex}"
    for ex in fails:
        found = run(r, example_plan(r, ex))
        assert found and all(f.dimension is Dimension.VOICE for f in found), f"missed {ex}"


def test_quotes_count_as_voice():
    r = RULES["voice.no-child-voice"][0]
    assert run(r, make_plan({"A": 'Sam: "Lego is the best thing ever."'})) == []


def test_blank_a_has_no_voice_and_missing_a_is_not_ours():
    r = RULES["voice.no-child-voice"][0]
    assert len(run(r, make_plan({"A": ""}))) == 1
    assert run(r, make_plan({"B": "x"})) == []


def test_reason_in_next_sentence_is_enough():
    r = RULES["voice.views-not-gathered"][0]
    plan = make_plan({"A": "Leo's views were not gathered directly. This is because he was in hospital."})
    assert run(r, plan) == []
