"""Health and social care input checks (ehcp_qa/checks/health_care.py, rules/health_care.yaml)."""
from pathlib import Path

import pytest

import ehcp_qa.checks.engine  # noqa: F401 - importing the engine registers every check
from ehcp_qa.checks.registry import CHECK_TYPES, Context
from ehcp_qa.model import Dimension, SectionKey, Severity
from ehcp_qa.rules.load import load_rules
from ehcp_qa.testing import make_plan

RULES = load_rules()  # the built-in packs, as the tool loads them


def rule(rule_id):
    return RULES.get(rule_id)


def run(rule, plan):
    """One rule on a plan, as the engine calls it (its type; for ``python``, the named plan check)."""
    return list(CHECK_TYPES[rule.type](rule, Context(plan)))


def test_blank_versus_explicit_nil():
    r = rule("health_care.blank-section")
    plan = make_plan({"C": "TBC", "D": "There are no identified social care needs.", "G": "",
                      "H1": "Awaiting advice", "H2": "No provision."})
    keys = sorted(f.section.value for f in run(r, plan))
    assert keys == ["C", "G", "H1"]
    f = run(r, plan)[0]
    assert f.severity is Severity.ERROR and f.dimension is Dimension.HEALTH_CARE
    assert plan.text[f.start:f.end].startswith("Section C")  # points at the heading


def test_missing_section_is_not_ours():
    r = rule("health_care.blank-section")
    assert run(r, make_plan({"B": "Sam has autism."})) == []
    assert len(run(r, make_plan({"B": "Sam has autism.", "C": "TBC"}))) == 1  # present but blank: ours


def test_negated_health_need_is_not_a_need():
    r = rule("health_care.health-need-no-provision")
    plan = make_plan({"B": "There are no concerns about hearing aids or medication; he does not take medication.",
                      "C": "No known history of seizures.", "G": "No health provision is required."})
    assert run(r, plan) == []
    # without the negation the same words are a need, and G's nil leaves it unmet
    plan = make_plan({"C": "He has epilepsy and takes medication.", "G": "No health provision is required."})
    assert len(run(r, plan)) == 1


def test_health_need_points_at_the_need():
    r = rule("health_care.health-need-no-provision")
    plan = make_plan({"C": "Amira is fed by gastrostomy and takes daily medication.", "G": "None."})
    (f,) = run(r, plan)
    assert f.text == "gastrostomy" and f.section is SectionKey.C


def test_social_care_h2_none_beside_h1_provision_is_fine():
    r = rule("health_care.social-care-signal-nil")
    plan = make_plan({"A": "Leo has an allocated social worker.",
                      "D": "Leo is a child in need and receives short breaks.",
                      "H1": "Short breaks one weekend a month from the Children with Disabilities Team.",
                      "H2": "No provision."})
    assert run(r, plan) == []
    # with H1 nil too, the same signals meet no social care provision at all: flagged
    plan = make_plan({"A": "Leo has an allocated social worker.",
                      "D": "Leo is a child in need and receives short breaks.",
                      "H1": "No provision.", "H2": "No provision."})
    assert len(run(r, plan)) == 1


def test_social_care_h1_none_with_h2_missing_is_left_to_completeness():
    r = rule("health_care.social-care-signal-nil")
    plan = make_plan({"A": "Leo's adult social worker is planning his move.",
                      "D": "Leo is eligible for adult social care under the Care Act 2014 and needs help with cooking.",
                      "H1": "Not applicable: Leo is over 18."})
    assert run(r, plan) == []
    # once H2 is there and nil as well, the adult social care needs in D have nowhere: flagged
    plan = make_plan({"A": "Leo's adult social worker is planning his move.",
                      "D": "Leo is eligible for adult social care under the Care Act 2014 and needs help with cooking.",
                      "H1": "Not applicable: Leo is over 18.", "H2": "No provision."})
    assert len(run(r, plan)) == 1


def test_social_care_signal_message_names_sections_not_text():
    r = rule("health_care.social-care-signal-nil")
    plan = make_plan({"B": "Leo lives with foster carers.", "D": "None", "H1": "No provision.", "H2": "No provision."})
    (f,) = run(r, plan)
    assert "D" in f.message and "foster" not in f.message


def test_advice_lines():
    health = rule("health_care.no-health-advice")
    social = rule("health_care.no-social-care-advice")
    k = make_plan({"K": ["Advice from the community paediatrician", "Social care: not known to children's social care"]})
    assert run(health, k) == [] and run(social, k) == []
    none = make_plan({"K": ["Educational psychology advice", "Parental advice"]})
    assert len(run(health, none)) == 1 and len(run(social, none)) == 1
    assert run(health, make_plan({"B": "x"})) == []  # no K at all: completeness, not us


def test_therapy_in_g_and_f_is_fine_but_only_in_g_is_not():
    r = rule("health_care.therapy-in-g")
    ok = make_plan({"F": "Occupational therapy programme daily.", "G": "The occupational therapist will review equipment."})
    assert run(r, ok) == []
    bad = make_plan({"F": "Daily phonics.", "G": "SALT to deliver therapy blocks of 6 weeks each term."})
    (f,) = run(r, bad)
    assert f.text == "SALT" and "speech and language therapy" in f.message


def test_condition_only_in_b_is_a_warning():
    r = rule("health_care.health-need-no-provision")
    plan = make_plan({"B": "Leo has cerebral palsy and uses a walking frame.", "C": "No identified health needs.",
                      "G": "No health provision is required."})
    (f,) = run(r, plan)
    assert f.severity is Severity.WARNING and f.section is SectionKey.B


def test_therapy_delivered_in_g_is_flagged_even_if_f_has_it():
    r = rule("health_care.therapy-in-g")
    f_text = "A speech and language therapist will deliver therapy 30 minutes weekly."
    review = make_plan({"F": f_text, "G": "The speech and language therapist will attend annual reviews."})
    assert run(r, review) == []
    delivered = make_plan({"F": f_text, "G": "Physiotherapy: a physiotherapist will see Leo 1:1 once a month."})
    assert [f.text for f in run(r, delivered)] == ["Physiotherapy"]


def test_direct_payment_in_j_is_not_a_social_care_signal():
    r = rule("health_care.social-care-signal-nil")
    plan = make_plan({"J": "A personal budget paid as a direct payment funds a personal assistant for the after-school club.",
                      "D": "No social care needs.", "H1": "No provision.", "H2": "No provision."})
    assert run(r, plan) == []
    # a real signal (an allocated social worker) in the same plan is flagged: J alone was not one
    plan = make_plan({"J": "A personal budget paid as a direct payment funds a personal assistant for the after-school club.",
                      "A": "Leo has an allocated social worker.",
                      "D": "No social care needs.", "H1": "No provision.", "H2": "No provision."})
    assert len(run(r, plan)) == 1


# --- corpus: recall per planted fault kind, false errors on clean plans -----------------------

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "plans"
#: planted fault kind -> rules of these packs that find it
KIND_RULES = {
    "blank-health": {"health_care.blank-section"},
    "blank-social-care": {"health_care.blank-section"},
    "health-need-no-provision": {"health_care.health-need-no-provision"},
    "social-care-signal-nil": {"health_care.social-care-signal-nil"},
    "no-health-advice": {"health_care.no-health-advice"},
    "no-social-care-advice": {"health_care.no-social-care-advice"},
    "therapy-in-g": {"health_care.therapy-in-g"},
    "need-without-provision": {"golden_thread.need-without-provision", "golden_thread.condition-without-provision"},
    "placeholder": {"drafting.placeholder"},
    "wrong-name": {"drafting.wrong-name"},
    "wrong-pronoun": {"drafting.wrong-pronoun"},
    "past-outcome-date": {"drafting.past-outcome-date"},
    "placement-in-draft": {"drafting.placement-in-draft"},
    "unexplained-acronym": {"drafting.unexplained-acronym"},
    "deficit-only": {"drafting.deficit-only"},
}
PACKS = ("health_care.", "golden_thread.", "drafting.", "voice.")


@pytest.mark.slow
def test_corpus_recall_and_false_errors():
    import json
    from collections import Counter

    from ehcp_qa.api import check_plan, load_plan

    truths = sorted(CORPUS.glob("*.json"))
    if len(truths) < 20:
        pytest.skip("corpus/plans not generated")
    hit, total, false_errors, clean = Counter(), Counter(), 0, 0
    for path in truths:
        gt = json.loads(path.read_text())
        found = {f.rule_id: f for f in check_plan(load_plan(path.with_name(gt["file"])))
                 if f.rule_id.startswith(PACKS)}
        planted = set()
        for fault in gt["faults"]:
            rules = KIND_RULES.get(fault["kind"])
            if rules:
                planted |= rules
                total[fault["kind"]] += 1
                hit[fault["kind"]] += bool(rules & set(found))
        if gt["intended_grade"] in ("good", "outstanding"):
            clean += 1
            false_errors += sum(1 for rid, f in found.items()
                                if rid not in planted and f.severity is Severity.ERROR)
    assert clean and false_errors / clean <= 0.25, f"{false_errors} false errors on {clean} clean plans"
    # Known weak spots, not asserted: need-without-provision (the corpus plants most gaps inside
    # an area F already serves, below what area-level linkage can see: 1-3 of 5 found) and
    # deficit-only (the corpus leaves strengths inside some need sentences: floor 0.5).
    for kind, n in total.items():
        if kind == "need-without-provision":
            continue
        floor = 0.5 if kind == "deficit-only" else 0.8
        assert hit[kind] / n >= floor, f"{kind}: {hit[kind]}/{n}"


def test_a_reasoned_none_naming_who_advised_is_not_contradicted_by_its_own_words():
    # D names the team that gave the advice and says there are no needs: the team is the reason
    # for the "none", not social care involvement that contradicts it (a panel reads this as a
    # well-evidenced nil). Involvement written elsewhere still contradicts it.
    r = rule("health_care.social-care-signal-nil")
    reasoned = ("Advice was requested from the Children with Disabilities Team. The senior practitioner "
                "reviewed the information and spoke to Noah's parents. She advises that Noah does not have "
                "social care needs arising from his special educational needs or disability at present: his "
                "needs are met within the family with universal services.")
    plan = make_plan({"B": "Noah has Down syndrome.", "D": reasoned, "H1": "None.", "H2": "None."})
    assert run(r, plan) == []
    plan = make_plan({"B": "Noah has an allocated social worker.", "D": reasoned, "H1": "None.", "H2": "None."})
    assert len(run(r, plan)) == 1


def test_a_negation_reaches_to_the_end_of_its_clause_only():
    # "no ... seizures" denies the seizures; after "but" (or ", however") a new clause asserts
    # asthma, whatever the window of words (the clause ends are data: health.yaml negation_scope_ends)
    from ehcp_qa.checks.areas import is_negated

    text = "There is no history of seizures but she has asthma."
    cues = ["no"]
    assert is_negated(text, text.index("seizures"), cues)
    assert not is_negated(text, text.index("asthma"), cues)
    text = "No seizures, however asthma is well managed."
    assert not is_negated(text, text.index("asthma"), cues)
    # "though" is an after_comma word: without the comma it ends nothing, so the negation
    # still reaches (the data says which words need a comma; this pins that it is read)
    text = "No seizures though asthma"
    assert is_negated(text, text.index("asthma"), cues)
