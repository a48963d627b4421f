"""Child's voice in section A (voice checks in ehcp_qa/checks/drafting.py, rules/voice.yaml)."""

from ehcp_qa.testing import make_plan
from test_health_care import rule, run


def test_quotes_count_as_voice():
    r = rule("voice.no-child-voice")
    assert run(r, make_plan({"A": 'Sam: "Lego is the best thing ever."'})) == []
    assert len(run(r, make_plan({"A": "Sam likes Lego."}))) == 1  # the same view, unquoted and third person


def test_blank_a_has_no_voice_and_missing_a_is_not_ours():
    r = rule("voice.no-child-voice")
    assert len(run(r, make_plan({"A": ""}))) == 1
    assert run(r, make_plan({"B": "x"})) == []


def test_reason_in_next_sentence_is_enough():
    r = rule("voice.views-not-gathered")
    plan = make_plan({"A": "Leo's views were not gathered directly. This is because he was in hospital."})
    assert run(r, plan) == []
    # without a reason the same sentence is flagged (CoP 9.21: say why views could not be gathered)
    assert len(run(r, make_plan({"A": "Leo's views were not gathered directly. He likes trains."}))) == 1
