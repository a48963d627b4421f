"""Golden thread by area of need (ehcp_qa/checks/golden_thread.py, areas.py, rules/golden_thread.yaml)."""

from ehcp_qa.checks import areas, golden_thread
from ehcp_qa.checks.golden_thread import denies_need
from ehcp_qa.model import Severity
from ehcp_qa.testing import make_plan
from test_health_care import rule, run


def test_area_headings_in_many_spellings():
    plan = make_plan({"B": ["1. Communication & Interaction needs:", "x",
                            "Social, Emotional and Mental Health (SEMH)", "y",
                            "Sensory and/or Physical Needs", "z", "Cognition and learning", "w"]})
    amap = areas.area_map(plan, "B")
    assert amap.headed
    assert set(amap.blocks) == {"communication_interaction", "semh", "sensory_physical", "cognition_learning"}


def test_keyword_classification_without_headings():
    assert areas.classify("He uses Makaton signs and has limited expressive vocabulary") == {"communication_interaction"}
    assert areas.classify("An ELSA will support him to regulate his emotions") == {"semh"}
    assert areas.classify("Daily phonics and precision teaching for spelling") == {"cognition_learning"}
    assert areas.classify("Fine motor group to build pencil grip") == {"sensory_physical"}


def test_unheaded_need_needs_two_hits():
    r = rule("golden_thread.need-without-provision")
    # one passing mention of anxiety is not firm evidence of an SEMH need
    plan = make_plan({"B": "Sam has a severe language disorder and limited vocabulary. He is sometimes anxious.",
                      "F": "A speech and language therapist will deliver 1:1 language therapy weekly."})
    assert run(r, plan) == []
    plan = make_plan({"B": "Sam has a severe language disorder. His anxiety and emotional dysregulation lead to daily meltdowns.",
                      "F": "A speech and language therapist will deliver 1:1 language therapy weekly."})
    (f,) = run(r, plan)
    assert f.severity is Severity.WARNING and "Social, emotional and mental health" in f.message  # unheaded B
    assert "{area}" not in f.message


def test_missing_section_gives_no_thread_finding():
    r = rule("golden_thread.need-without-provision")
    assert run(r, make_plan({"B": ["Cognition and learning", "Reads below age level."]})) == []
    # with F there and silent on the area, the same need is reported: F's absence is what kept it quiet
    plan = make_plan({"B": ["Cognition and learning", "Reads below age level."],
                      "F": ["Communication and interaction", "A TA will deliver a language group 3 x 30 minutes weekly."]})
    assert len(run(r, plan)) == 1


def test_linkage_map_for_moderators():
    plan = make_plan({"B": ["Cognition and learning", "Reads two years below age level."],
                      "E": ["Cognition and learning", "By July 2027 he will read a Year 4 text."],
                      "F": ["Cognition and learning", "Toe by Toe 4 x 15 minutes weekly with a trained TA."]})
    link = golden_thread.linkage(plan)
    cl = link["cognition_learning"]
    assert cl["label"] == "Cognition and learning"
    assert cl["needs"] and cl["outcomes"] and cl["provision"]
    assert link["semh"]["needs"] == []


def test_inline_area_label():
    plan = make_plan({"B": ["Communication and interaction: he finds it hard to follow long instructions.",
                            "Sensory and/or physical - he tires quickly when writing."]})
    amap = areas.area_map(plan, "B")
    assert set(amap.blocks) == {"communication_interaction", "sensory_physical"}


def test_unheaded_b_gives_a_warning_not_an_error():
    r = rule("golden_thread.need-without-provision")
    plan = make_plan({"B": "Sam has a severe language disorder. His anxiety and emotional dysregulation lead to daily meltdowns.",
                      "F": "A speech and language therapist will deliver 1:1 language therapy weekly."})
    assert [f.severity for f in run(r, plan)] == [Severity.WARNING]


def test_condition_gap_inside_a_covered_area():
    r = rule("golden_thread.condition-without-provision")
    plan = make_plan({"B": ["Cognition and learning", "Reuben has dyslexia.", "Reuben has a moderate learning difficulty."],
                      "F": ["Cognition and learning", "Specialist dyslexia teaching 45 minutes weekly, 1:1."]})
    (f,) = run(r, plan)
    assert f.text == "moderate learning difficulty" and "general learning difficulty" in f.message


def test_provision_under_another_area_heading_covers_the_need():
    # F grouped by a different scheme: the hearing-aid check sits under "Communication and
    # interaction", but it is provision for the hearing need all the same. The target side counts an
    # area as covered on any evidence at all, so a moderator sees no false "need without provision".
    r = rule("golden_thread.need-without-provision")
    plan = make_plan({"B": ["Communication and interaction", "Sam's language is a year behind his age.",
                            "Sensory and/or physical", "Sam has a moderate hearing loss and wears hearing aids."],
                      "F": ["Communication and interaction",
                            "Daily 15-minute 1:1 language session with his key person.",
                            "Key person checks Sam's hearing aids every morning on arrival."]})
    assert run(r, plan) == []
    # with nothing in F about hearing at all, the gap is still reported
    plan = make_plan({"B": ["Communication and interaction", "Sam's language is a year behind his age.",
                            "Sensory and/or physical", "Sam has a moderate hearing loss and wears hearing aids."],
                      "F": ["Communication and interaction", "Daily 15-minute 1:1 language session with his key person."]})
    (f,) = run(r, plan)
    assert "Sensory and/or physical" in f.message


def test_an_area_whose_text_denies_a_need_is_not_a_need():
    # "has no identified sensory or physical needs" says there is no need, in words no fixed nil list
    # holds: no provision is owed for it
    r = rule("golden_thread.need-without-provision")
    plan = make_plan({"B": ["Communication and interaction", "Noah has developmental language disorder.",
                            "Sensory and/or physical", "Noah has no identified sensory or physical needs. "
                                                       "His hearing is within normal limits."],
                      "F": ["Communication and interaction", "Speech and language therapy 6 x 45 minutes a term, 1:1."]})
    assert run(r, plan) == []


def test_a_sentence_denying_a_need_is_not_evidence_of_one():
    # "no ... needs" near the start of a short block denies a need whatever area words it names, so
    # the block is no evidence of that need (resources/patterns/needs.yaml `denied_need`)
    assert denies_need("Noah has no identified sensory or physical needs.")
    assert denies_need("She does not have any physical difficulties.")
    assert denies_need("Ava has not got any hearing/vision issues.")
    # a mark after "no" is no denial ("No, ..." answers a question; "no-one" is a pronoun), and a
    # denial after the block's first sentence leaves that sentence's content in place
    assert not denies_need("No, there are concerns about her hearing.")
    assert not denies_need("No-one has raised concerns.")
    assert not denies_need("Noah is a cheerful boy. He has no sensory needs.")


def test_an_unmatched_need_rule_works_between_any_two_sections():
    # the condition rule is data: the same type between C and G (a council's own rule) finds a
    # hearing loss named in C with nothing for it in G, and is quiet once G provides for it
    from ehcp_qa.checks.engine import CHECK_TYPES
    from ehcp_qa.checks.registry import Context
    from ehcp_qa.rules.spec import Rule
    from ehcp_qa.model import Dimension, SectionKey

    r = Rule(id="x.c-without-g", type="unmatched_need", severity=Severity.WARNING, dimension=Dimension.HEALTH_CARE,
             message="C names {label}.", sections=(SectionKey.C, SectionKey.G),
             params={"source": "C", "target": "G", "pairs_from": "conditions.conditions"})
    gap = make_plan({"C": "Amira has a moderate hearing loss.", "G": "An annual review by the community paediatrician."})
    got = list(CHECK_TYPES[r.type](r, Context(gap)))
    assert [(f.section.value, f.text, f.message) for f in got] == [("C", "hearing loss", "C names hearing impairment.")]
    met = make_plan({"C": "Amira has a moderate hearing loss.", "G": "Annual audiology review at the hospital."})
    assert list(CHECK_TYPES[r.type](r, Context(met))) == []
