"""Outcomes (E): SMART parts, provision and aspirations posing as outcomes, count and PfA checks."""
import pytest

from ehcp_qa.checks.engine import run_checks
from ehcp_qa.checks.outcomes import analyse_outcome, is_meta
from ehcp_qa.rules.load import load_rules
from ehcp_qa.testing import make_plan

RULES = load_rules()


@pytest.mark.parametrize("text", [
    "By July 2027 Amira will read 50 high-frequency words independently.",
    "By the end of Key Stage 2, I will write three sentences with a capital letter and full stop in 4 out of 5 lessons.",
    "Within 12 months Leo will ask an adult for help without adult prompting.",
    "By the end of Year 6 she will follow a two-step instruction with 80% accuracy.",
    "By his next annual review, Sam will travel to school on the bus independently.",
])
def test_smart(text):
    a = analyse_outcome(text)
    assert a.smart, a.parts()


@pytest.mark.parametrize("text,part", [
    ("By July 2027 Amira will make progress with her reading.", "measurable"),
    ("Amira will improve her handwriting by the end of Year 4.", "measurable"),
    ("Leo will ask an adult for help in 4 out of 5 lessons without prompting.", "time_bound"),
    ("By July 2027 reading accuracy to reach 90%.", "specific"),
])
def test_missing_part(text, part):
    a = analyse_outcome(text)
    assert not a.smart and not a.parts()[part]


@pytest.mark.parametrize("text", [
    "Sam will receive speech and language therapy weekly.",
    "Sam will have access to a teaching assistant.",
    "She will be supported by an ELSA every day by the end of Year 6.",
    "He will be given a laptop for written work by July 2027.",
])
def test_provision_as_outcome(text):
    a = analyse_outcome(text)
    assert a.provision_as_outcome and not a.smart


@pytest.mark.parametrize("text", ["I want to be a vet.", "To be happy at school.",
                                  "Her parents want her to be happy and confident."])
def test_aspiration_only(text):
    a = analyse_outcome(text)
    assert a.aspiration_only and not a.smart


def test_deadline_in_a_subheading_counts():
    assert analyse_outcome("Amira will read 50 words independently.", context="By the end of Key Stage 2").time_bound


def test_year_in_deadline_is_not_a_criterion():
    assert not analyse_outcome("By July 2027 Sam will be good at reading.").measurable
    # a number outside the deadline is a criterion: the check can see one when it is there
    assert analyse_outcome("By July 2027 Sam will read 20 words.").measurable


def ids(plan):
    return [f.rule_id for f in run_checks(plan, rules=RULES) if f.rule_id.startswith("measurability.")]


def test_findings_per_outcome():
    plan = make_plan({"E": ["By July 2027 Ava will read 40 words independently.",
                            "Ava will make progress in maths.",
                            "Ava will receive speech therapy weekly.",
                            "I want to be a nurse."]})
    got = ids(plan)
    assert got.count("measurability.not-measurable") == 1
    assert got.count("measurability.not-time-bound") == 1
    assert got.count("measurability.provision-as-outcome") == 1
    assert got.count("measurability.aspiration-as-outcome") == 1
    # provision/aspiration are reported as such, not also as unmeasurable or untimed
    assert len(got) == 4


def test_outcome_count():
    one = make_plan({"E": ["By July 2027 Ava will read 40 words independently."]})
    assert "measurability.outcome-count" in ids(one)
    many = make_plan({"E": [f"By July 2027 Ava will read {n} words independently." for n in range(10, 24)]})
    assert "measurability.outcome-count" in ids(many)
    ok = make_plan({"E": [f"By July 2027 Ava will read {n} words independently." for n in (10, 20, 30)]})
    assert "measurability.outcome-count" not in ids(ok)


@pytest.mark.parametrize("meta,expect", [
    ({"year_group": "Year 10", "age": 15}, True),
    ({"year_group": "Year 4", "age": 8}, False),
    ({"age": 15}, True),
    ({}, False),
])
def test_pfa_from_year_9(meta, expect):
    plan = make_plan({"E": ["By July 2027 Jo will read 40 words independently."]}, meta=meta)
    assert ("measurability.no-pfa-outcome" in ids(plan)) is expect
    pfa = make_plan({"E": ["Preparation for adulthood",
                           "By July 2027 Jo will travel independently by bus to college twice a week."]}, meta=meta)
    assert "measurability.no-pfa-outcome" not in ids(pfa)


def test_pfa_content_without_a_pfa_heading_is_a_warning_not_an_error():
    meta = {"year_group": "Year 10", "age": 15}
    plan = make_plan({"E": ["By July 2027 Jo will travel independently by bus to college twice a week."]}, meta=meta)
    found = [f for f in run_checks(plan) if f.rule_id == "measurability.no-pfa-outcome"]
    assert [f.severity.value for f in found] == ["warning"]


def test_an_outcome_labelled_with_a_pfa_area_is_identified_as_pfa():
    # CoP 8.9 names the four PfA areas; "Employment:" over an outcome identifies it as a PfA outcome
    # as surely as a "Preparation for adulthood" heading does. The same outcome unlabelled still gets
    # the lesser "not identified as PfA" warning, so the label is what makes the difference.
    meta = {"year_group": "Year 10", "age": 15}
    outcome = "By July 2027 Jo will complete a two-week work placement at a garden centre."
    for labelled in (["Employment", outcome], [f"Employment: {outcome}"], [f"Independent living - {outcome}"]):
        plan = make_plan({"E": labelled}, meta=meta)
        assert "measurability.no-pfa-outcome" not in ids(plan), labelled
    plan = make_plan({"E": [outcome]}, meta=meta)
    assert [f.severity.value for f in run_checks(plan) if f.rule_id == "measurability.no-pfa-outcome"] == ["warning"]


def test_generic_words_are_not_pfa_outcomes():
    # "health" in an SEMH heading and "independently" are not preparation for adulthood
    meta = {"year_group": "Year 10", "age": 15}
    plan = make_plan({"E": ["Social, emotional and mental health",
                            "By July 2027 Jo will name two calming strategies independently."]}, meta=meta)
    found = [f for f in run_checks(plan) if f.rule_id == "measurability.no-pfa-outcome"]
    assert [f.severity.value for f in found] == ["error"]


def test_targets_paragraph_is_not_an_outcome():
    plan = make_plan({"E": ["By July 2027 Ava will read 40 words independently.",
                            "Short-term targets are set by her class teacher each half term and shared with parents."]})
    assert "measurability.not-time-bound" not in ids(plan)
    # an outcome with no deadline beside it is still flagged: the paragraph was left out, not the rule
    plan = make_plan({"E": ["Ava will read 40 words independently.",
                            "Short-term targets are set by her class teacher each half term and shared with parents."]})
    assert "measurability.not-time-bound" in ids(plan)


@pytest.mark.parametrize("text", [
    # issue 13: phases, key stages and "the next key stage" are deadlines as much as dates are
    "By the end of Y2 Ava will read 40 common exception words independently.",
    "By the end of Key Stage 3 Ava will travel to school by bus independently on 5 consecutive days.",
    "By the next key stage Ava will write three sentences without adult prompting.",
])
def test_phase_deadlines_and_word_criteria(text):
    a = analyse_outcome(text)
    assert a.time_bound and a.measurable, a.parts()


def test_a_placeholder_subject_is_not_a_child():
    # a template's "[Name]" left where the child's name should be: the outcome is not yet written
    # about this child, so it is not specific (independent authors label it so), and the finding
    # quotes the placeholder; the measurable and time-bound parts are still judged on their own
    text = "By July 2027 [Name] will read 40 words independently."
    a = analyse_outcome(text)
    assert not a.specific and a.measurable and a.time_bound
    assert text[slice(*a.placeholder_subject)] == "[Name]"
    assert analyse_outcome("By July 2027 Sam will read 40 words independently.").specific


@pytest.mark.parametrize("text", [
    # a verb of change is vague only where nothing says how far: a number in the criterion does
    "By the end of Key Stage 2, Zofia will improve her reading comprehension to a standardised score of 90.",
    "By July 2027 Sam will increase his reading speed to 60 words a minute.",
    # a purpose clause after a complete outcome ("so that he can be more independent") is the why,
    # not the measure: the outcome's own criterion stands
    "By July 2027 Sam will travel to school on the bus on 4 out of 5 days, so that he can be more independent.",
])
def test_a_vague_verb_answered_by_a_counted_criterion_is_measurable(text):
    a = analyse_outcome(text)
    assert a.smart, a.parts()


def test_a_vague_verb_with_no_counted_criterion_is_still_vague():
    # "accurately" alone says nothing of how much better: the change has no end point
    a = analyse_outcome("By July 2027 Sam will improve his spelling accurately.")
    assert not a.measurable and a.vague_verb is not None


def test_attending_all_lessons_is_an_outcome_not_provision():
    # what the child attends is provision when it is delivered to them ("attend weekly SALT sessions");
    # attending all of one's lessons is the child's own behaviour, an attendance outcome
    assert not analyse_outcome("By July 2025, Jordan will attend all of his lessons with no suspensions.").provision_as_outcome
    assert analyse_outcome("By July 2025, Jordan will attend weekly SALT sessions.").provision_as_outcome


def test_the_wording_spans_are_quoted_parts_of_the_outcome():
    # the subject is the child's name alone; provision and aspiration are found by their patterns
    text = "Mia will be supported by a TA to read."
    a = analyse_outcome(text)
    assert [text[x:y] for x, y in a.spans["subject"]] == ["Mia"]
    assert a.provision_as_outcome and text[slice(*a.provision_span)].startswith("will be supported by")
    assert analyse_outcome("I want to be a vet.").aspiration_only


def test_the_targets_paragraph_is_not_an_outcome():
    # E's "arrangements for shorter-term targets" paragraph describes how targets are set and
    # reviewed (a process), so it is no outcome to be judged SMART; an outcome that merely has a
    # deadline is one. The `meta` patterns of resources/patterns/outcomes.yaml decide.
    assert is_meta("Short-term targets will be set by school each term.")
    assert is_meta("1. The targets will be shared with Mia's parents.")  # after its numbering
    assert is_meta("Arrangements for monitoring progress are set out in section K.")
    assert not is_meta("By July 2026 Mia will read 20 common exception words.")


def test_provision_shapes_are_confirmed_by_who_or_what_follows():
    # `passive_by`: done TO the child by a person is provision; the same words with a deadline
    # after "by" are an outcome's timescale, not a provider
    a = analyse_outcome("Sam will be encouraged by a teaching assistant to put his hand up by July 2026.")
    assert a.provision_as_outcome and a.provision_span is not None
    assert not analyse_outcome("Sam will be encouraged by the end of Year 6 to put his hand up.").provision_as_outcome
    # `has_provision`: the child "using the services of" a provider is provision; having friends is
    # the child's own life (`not_provision_object`), whoever else the sentence names
    assert analyse_outcome("By July 2026, Sam will use the services of the school nurse.").provision_as_outcome
    assert not analyse_outcome("By July 2026 Sam will have friends to play with at break on 4 out of 5 days.") \
        .provision_as_outcome


def test_an_outcome_finding_quotes_the_parts_it_found():
    # as a provision finding quotes its slots, an outcome finding quotes the subject, behaviour,
    # criterion and time it did find (not the one it is about), so the caseworker sees what was
    # read; the texts are one outcome each, so each message can only quote that outcome's words
    plan = make_plan({"E": ["Sam will read a Year 4 book aloud with 95% accuracy."]})
    msgs = [f.message for f in run_checks(plan) if f.rule_id == "measurability.not-time-bound"]
    assert len(msgs) == 1 and "Found: subject \u201cSam\u201d" in msgs[0]
    assert "criterion \u201cwith 95% accuracy\u201d" in msgs[0]  # the numbered criterion, quoted
    assert "time \u201c" not in msgs[0]  # the missing part is the finding's subject, not a quote


def test_a_not_specific_finding_says_what_behaviour_was_read():
    # the behaviour slot (LABELS.md: subject, behaviour, criterion, time) is quoted, or said to be
    # missing, in the finding about specificity, the part it bears on
    plan = make_plan({"E": ["[Child's name] will follow a two-step instruction in 4 out of 5 opportunities by July 2027."]})
    msgs = [f.message for f in run_checks(plan) if f.rule_id == "measurability.not-specific"]
    assert len(msgs) == 1
    assert ("Behaviour: \u201c" in msgs[0] and "follow" in msgs[0]) or "No observable behaviour found." in msgs[0]


def test_the_slot_message_names_a_missing_behaviour_only_when_the_tagger_decides_it():
    # model-free: the message is built from the analysis's spans. With no behaviour span a
    # `specific` finding says none was found, but only when behaviour is a slot the shipped tagger
    # decides (the patterns alone have no notion of it, so silence is not absence)
    from ehcp_qa.checks.outcomes import OutcomeAnalysis, _slots_message

    text = "Sam will be happier by July 2027."
    a = OutcomeAnalysis(text=text, specific=False, measurable=False, time_bound=True, provision_as_outcome=False,
                        aspiration_only=False, vague_verb=None, time=(20, 32), provision_span=None,
                        spans={"subject": [(0, 3)], "behaviour": [], "criterion": [], "time": [(20, 32)]})
    assert _slots_message("M.", a, "behaviour", True) == \
        "M. No observable behaviour found. Found: subject \u201cSam\u201d; time \u201cby July 2027\u201d."
    assert _slots_message("M.", a, "behaviour", False) == "M. Found: subject \u201cSam\u201d; time \u201cby July 2027\u201d."
    assert _slots_message("M.", a, None, True) is None  # a check about no slot keeps the rule's message


def test_a_provision_quote_ends_on_a_whole_word():
    # the quote of provision written as an outcome is the words that show it, never a trailing
    # space ("will be encouraged by a ") or a word the clause-length limit cut in two
    text = "Sam will be encouraged by a teaching assistant to put his hand up by July 2026."
    a = analyse_outcome(text)
    assert text[slice(*a.provision_span)] == "will be encouraged by a"
    long = ("By July 2027 Sam will use the services of a speech and language therapist and an occupational "
            "therapist together in a small group.")
    q = long[slice(*analyse_outcome(long).provision_span)]
    assert q.startswith("will use the services of a speech and language therapist")
    assert long[len(q) + long.index(q)] == " "  # it stops between words
