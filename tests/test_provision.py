"""Provision items: slot extraction, the `specific` verdict, vague wording in context. (Which lines are
items, and how lines are grouped into them, is tests/test_items.py.)"""
import pytest

from ehcp_qa.checks.engine import run_checks
from ehcp_qa.checks.provision import analyse_provision, lexicon_for
from ehcp_qa.model import SectionKey, Severity
from ehcp_qa.rules.load import load_rules
from ehcp_qa.testing import make_plan

RULES = load_rules()
LEX = lexicon_for(RULES.get("specificity.vague-provision"))


def analyse(text):
    return analyse_provision(text, LEX)


@pytest.mark.parametrize("text,freq", [
    ("A teaching assistant will deliver Talk Boost three times a week.", "three times a week"),
    ("Precision teaching 3x30 mins/wk with a TA trained in Precision Teaching.", "3x30 mins/wk"),
    ("An HCPC-registered speech and language therapist will see him fortnightly.", "fortnightly"),
    ("A sensory circuit each morning led by a teaching assistant.", "each morning"),
    ("The educational psychologist will consult with staff twice termly.", "twice termly"),
    ("1:1 support from a learning support assistant for 25 hours per week.", "per week"),
    ("Lego therapy on Mondays and Thursdays with a trained Lego therapy facilitator.", "on Mondays and Thursdays"),
])
def test_frequency_forms(text, freq):
    a = analyse(text)
    start, end = a.slots["frequency"]
    want = text.index(freq)
    assert start < want + len(freq) and want < end  # the found span overlaps the expected phrase


@pytest.mark.parametrize("text,who", [
    ("Weekly sessions with an HCPC-registered speech and language therapist.", "speech and language therapist"),
    ("A teaching assistant trained in ELKLAN will run the group daily.", "teaching assistant trained in ELKLAN"),
    ("Daily reading with a TA for 15 minutes.", "TA"),
    ("Advice twice termly from a qualified audiometrist.", "audiometrist"),  # not in the role list
])
def test_who_found(text, who):
    assert who in (analyse(text).slot_text("who") or "")


@pytest.mark.parametrize("text", [
    "A key adult will check in with him each morning for 10 minutes.",
    "School staff will use a visual timetable daily.",
    "The setting will provide a quiet space daily.",
    "ELSA sessions once a week for 30 minutes.",  # "ELSA sessions" names the provision
])
def test_stand_ins_are_not_a_who(text):
    assert analyse(text).slots["who"] is None


def test_a_role_in_the_same_place_is_a_who():
    """The positive case for the stand-ins above: a role noun where "a key adult" stood is a who."""
    assert analyse("A teaching assistant will check in with him each morning for 10 minutes.").slots["who"]
    assert analyse("An ELSA will deliver sessions once a week for 30 minutes.").slots["who"]


def test_fully_specified_item_is_specific_with_all_slots():
    a = analyse("An HCPC-registered speech and language therapist will deliver the Talk Boost programme "
                "1:1, 3 x 30 minutes weekly for 12 weeks, reviewed half-termly by the SENCo.")
    assert a.specific
    assert all(a.slots[s] for s in ("what", "who", "frequency", "duration", "group", "review"))


@pytest.mark.parametrize("text", [
    "Sam will have access to speech and language therapy as required.",
    "A teaching assistant will support Sam for 20-45 minutes daily.",
    "A teaching assistant will deliver phonics daily, initially for 30 minutes reducing to 15 minutes.",
    "Up to 3 sessions a week of Lego therapy with a trained teaching assistant.",
    "A teaching assistant could run a social skills group weekly for 30 minutes with 4 pupils.",
    "Sensory breaks, e.g. trampoline, daily with a teaching assistant.",
])
def test_hedges_make_an_item_unspecific(text):
    a = analyse(text)
    assert a.hedges and not a.specific


def test_small_group_without_size():
    a = analyse("Phonics in a small group with a teaching assistant daily for 20 minutes.")
    assert a.group_mentioned and a.slots["group"] is None and not a.specific
    a = analyse("Phonics in a group of no more than 4 with a teaching assistant daily for 20 minutes.")
    assert "group of no more than 4" in a.slot_text("group") and a.group_ok  # a maximum is a size


def findings(text, section="F"):
    """The rule findings alone: with models on, an error the sentence model doubts becomes a
    suggestion (tested in test_ml), which would hide the rule behaviour pinned here."""
    plan = make_plan({section: [text]})
    return [f for f in run_checks(plan, rules=RULES, models=False) if f.rule_id.startswith("specificity.")], plan


def test_regular_answered_by_a_frequency_does_not_count_but_alone_is_an_error():
    # "regular" leaves open how often; "weekly" answers it, so the hedge does not count (issue 13)
    fs, _ = findings("Regular, weekly 30-minute Lego therapy sessions in a group of no more than 4, "
                     "led by a teaching assistant trained in Lego therapy.")
    vague = [f for f in fs if f.rule_id == "specificity.vague-provision"]
    assert vague == []
    fs, _ = findings("Regular Lego therapy sessions led by a teaching assistant trained in Lego therapy.")
    vague = [f for f in fs if f.rule_id == "specificity.vague-provision"]
    assert [f.severity for f in vague] == [Severity.ERROR]
    assert any(f.rule_id == "specificity.missing-frequency" for f in fs)


def test_quoted_advice_is_attributed():
    # nothing answers how often, so the hedges count; they are the advice writer's words
    fs, _ = findings('As recommended by the educational psychologist, "regular access to a quiet space" '
                     "with a teaching assistant.")
    vague = [f for f in fs if f.rule_id == "specificity.vague-provision"]
    assert vague and all("advice" in f.message for f in vague)
    assert all(f.severity is Severity.WARNING for f in vague)


def test_findings_carry_offsets_and_suggestions():
    fs, plan = findings("Staff will provide support as needed.")
    ids = {f.rule_id for f in fs}
    assert {"specificity.vague-provision", "specificity.missing-who", "specificity.missing-frequency"} <= ids
    for f in fs:
        assert f.section is SectionKey.F and f.suggestion
        assert plan.text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", [
    "A reader and 25% extra time in every internal test and examination, provided by a trained reader.",
    "Buccal midazolam given by a teaching assistant trained by the epilepsy nurse whenever a seizure lasts longer than 5 minutes.",
    "A teaching assistant trained by the school nurse helps her use her inhaler at the first sign of wheeze.",
    "Glucagon given by a trained teaching assistant if her blood glucose falls below 4 mmol/L.",
])
def test_event_triggered_frequency_is_a_frequency(text):
    assert analyse(text).slots["frequency"] is not None


@pytest.mark.parametrize("text", [
    "A teaching assistant will help Sam whenever he needs it.",
    "A teaching assistant will deliver 25 minutes each time.",
])
def test_child_or_adult_chosen_timing_is_not_a_frequency(text):
    assert analyse(text).slots["frequency"] is None


def test_a_fixed_timing_in_the_same_place_is_a_frequency():
    """The positive case for the above: a count per period is a frequency."""
    assert analyse("A teaching assistant will help Sam three times a day.").slots["frequency"]
    assert analyse("A teaching assistant will deliver 25 minutes each day.").slots["frequency"]


def test_document_item_review_cadence_is_its_frequency_and_reviewer_its_who():
    a = analyse("An asthma care plan reviewed every 12 months by the school nurse.")
    assert a.slots["frequency"] is not None and a.slots["who"] is not None
    # not for a service: "reviewed termly" is its review, not how often it is delivered
    b = analyse("Tracheostomy suctioning in line with the care plan, reviewed termly by the school nurse.")
    assert b.slots["frequency"] is None


@pytest.mark.parametrize("text", [
    "A personal education plan meeting each term led by the virtual school head.",
    "A specialist speech and language therapy assistant will deliver narrative sessions twice weekly for 25 minutes.",
    "A reader arranged by the examinations officer in every test.",
])
def test_more_role_nouns(text):
    assert analyse(text).slots["who"] is not None


def test_a_role_defined_once_is_the_who_when_referred_back_to():
    # "key adult" alone is no role (LABELS.md), but this section defines it as an HLTA first
    fs, _ = findings_section(["Mia's key adult, an HLTA, will run a sensory circuit with her daily for 10 minutes.",
                              "The key adult will check in with Mia each morning for 10 minutes, 1:1."])
    assert not [f for f in fs if f.rule_id == "specificity.missing-who"]
    # without the definition the second item names no provider
    fs, _ = findings_section(["The key adult will check in with Mia each morning for 10 minutes, 1:1."])
    assert [f for f in fs if f.rule_id == "specificity.missing-who"]


def findings_section(items, section="F"):
    plan = make_plan({section: items})
    return [f for f in run_checks(plan, rules=RULES, models=False) if f.rule_id.startswith("specificity.")], plan


@pytest.mark.parametrize("text,answer", [
    # issue 13: the hedge's open question is answered in the item, so it does not count
    ("15 hours per week of 1:1 support from a trained TA.", None),
    ("Access to a quiet room for 15 minutes at the start of each lesson, with the HLTA.", "at the start of each lesson"),
    ("Frequent, short check-ins: 3 x 10 minutes a day with the class teacher.", "3 x 10 minutes a day"),
    ("Social skills group of up to 3 pupils, led by the ELSA weekly for 30 minutes.", "group of up to 3 pupils"),
])
def test_hedges_judged_in_context(text, answer):
    a = analyse(text)
    assert not any(h.strong for h in a.hedges), [(h.phrase, h.question) for h in a.hedges]
    if answer:
        assert any(answer in (h.answered_by or "") for h in a.hedges)


def test_a_hedge_nothing_answers_still_counts_and_says_what_it_leaves_open():
    fs, _ = findings("Sam will have access to a quiet room with a teaching assistant.")
    vague = [f for f in fs if f.rule_id == "specificity.vague-provision"]
    assert vague and "how often" in vague[0].message


def test_missing_slot_finding_quotes_the_slots_found():
    fs, _ = findings("Precision teaching 3 x 10 minutes daily, 1:1.")
    who = [f for f in fs if f.rule_id == "specificity.missing-who"]
    assert who and "frequency \u201c3 x 10 minutes daily\u201d" in who[0].message


def test_a_group_without_its_size_is_an_error():
    # LABELS.md: a specific item gives "a group size if delivered to a group"; "small group" is not a
    # size, so an item that names a group and no size is not specific, an error like a missing who
    fs, _ = findings("Phonics in a small group with a teaching assistant daily for 20 minutes.")
    assert [f.severity for f in fs if f.rule_id == "specificity.group-size"] == [Severity.ERROR]
    fs, _ = findings("Phonics in a group of no more than 4 with a teaching assistant daily for 20 minutes.")
    assert not [f for f in fs if f.rule_id == "specificity.group-size"]  # a maximum is a size


@pytest.mark.parametrize("text", [
    "Regular check-ins with a key worker.",  # an event named with no word of time says not how often
    "Mason will have support from a TA for XX hours per week.",  # the count is an unfilled placeholder
])
def test_a_frequency_needs_a_word_of_time_and_a_real_count(text):
    # LABELS.md: "regular" is not a frequency, and a template's "XX" states no amount
    assert analyse(text).slots["frequency"] is None


def test_a_quantified_occasion_is_a_frequency():
    # "every transfer" says when it happens: a quantifier makes any noun an occasion (LABELS.md: "every lesson")
    a = analyse("Two-person transfers by two trained learning support assistants, 2:1, for every transfer.")
    assert "every transfer" in a.slot_text("frequency")


def test_a_table_row_parsed_with_its_cells_on_lines_reads_as_the_row():
    # a parser gives a table row's cells on separate lines; the same row written with bars has the
    # same slots (the line break is read as a cell bar, offsets unchanged)
    bars = analyse("Careers guidance interview | Careers adviser | Termly | 45 minutes | 1:1")
    lines = analyse("Careers guidance interview\nCareers adviser\nTermly\n45 minutes\n1:1")
    assert lines.verdict_slots() == bars.verdict_slots()
    assert lines.slot_text("frequency") == "Termly"


def test_up_to_governs_the_amount_after_it_whatever_the_frequency():
    # LABELS.md: "up to" is not a duration, and a vague qualifier governing the amount makes an item
    # not specific; how often it happens does not say how long each time
    a = analyse("An orthoptic review every Monday and Thursday for up to 30 minutes, led by an orthoptist.")
    assert not a.specific and [h.phrase for h in a.hedges if h.strong] == ["up to"]
    # ... but a group maximum is a size (issue 13)
    assert analyse("Social skills group of up to 3 pupils, led by the ELSA weekly for 30 minutes.").group_ok


@pytest.mark.parametrize("text", [
    "Evie's family will be offered hearing aid checks two days a month through the provider.",
    "A postural management programme, in a group of no more than 4, every Monday, led by the provider.",
])
def test_the_provider_after_a_preposition_or_a_stray_possessive_is_no_who(text):
    # LABELS.md: words for someone ("the provider") name no role; "'s" alone names no one
    assert analyse(text).slots["who"] is None
