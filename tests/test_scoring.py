import pytest
import yaml

from ehcp_qa.errors import ConfigError
from ehcp_qa.model import Dimension, Finding, Rating, SectionKey, Severity
from ehcp_qa.scoring import CRITERIA, default_rubric, load_rubric, parse_rubric, score
from ehcp_qa.testing import make_plan

ITEM = "A teaching assistant trained in ELKLAN will deliver Talk Boost 3 x 30 minutes weekly in a group of 4."
TARGETS = ("Shorter-term targets are set by the school each term and shared with Sam and his mum; the SENCo "
           "co-ordinates them with the speech and language therapist at a termly joint review.")
OUTCOME = "By July 2027 Sam will read 40 high-frequency words independently in 4 out of 5 attempts."


def full_plan(n_items=4, n_outcomes=3, **override):
    secs = {
        "A": "I like trains and want to work with animals when I grow up.",
        "B": "Sam has speech, language and communication needs and finds reading hard.",
        "C": "Sam has no identified health needs.",
        "D": "Sam has no identified social care needs.",
        "E": "\n".join([OUTCOME] * n_outcomes + [TARGETS]),
        "F": "\n".join([ITEM] * n_items),
        "G": "There are no health provision needs.",
        "H1": "No social care provision.",
        "H2": "No social care provision.",
        "I": "Oakfield Primary School, a mainstream maintained school.",
        "J": "No personal budget has been requested by the family.",
        "K": "Advice from the educational psychologist, community paediatrician and social care team.",
    }
    secs.update(override)
    return make_plan(secs, meta={"name": "Sam Jones", "status": "final"})


def finding(plan, rule, dim, sev=Severity.WARNING, section="F", nth=0):
    if section is None:
        return Finding(rule, "msg", sev, dim)
    blocks = plan.section_blocks(section)
    b = blocks[nth] if blocks else plan.blocks[plan.section(section).heading]
    return Finding(rule, "msg", sev, dim, SectionKey(section), b.start, b.start + 5, b.text[:5])


def test_clean_plan_is_outstanding_with_full_scores():
    r = score(full_plan(), [])
    assert r.rating is Rating.OUTSTANDING
    assert r.score == 10 and set(r.criterion_scores) == set(CRITERIA)
    assert r.reasons[0].criterion == "overall"
    assert r.rubric_version == default_rubric().version and r.missing == ()


def test_missing_section_caps_at_inadequate_and_says_why():
    plan = full_plan()
    secs = {k.value: plan.section_text(k) for k in plan.sections if k.value != "J"}
    plan = make_plan(secs)
    f = Finding("completeness.missing-section", "J missing", Severity.ERROR, Dimension.COMPLETENESS, SectionKey.J)
    r = score(plan, [f])
    assert r.missing == ("J",)
    assert r.rating is Rating.INADEQUATE
    first = r.reasons[0]
    assert first.criterion == "limiting" and "missing" in first.text and first.findings == (0,)
    # structural: even without the rule's finding, the report's `missing` caps it
    assert score(plan, []).rating is Rating.INADEQUATE


@pytest.mark.parametrize("rule,dim,cap", [
    # a placeholder warning is a "TBC" still pending (rules/drafting.yaml tbc_severity): it caps
    # nothing; template text ("[Child's name]", "XX") is an error and caps (test below). This used
    # to pin any placeholder finding as capping: an authored plan graded requires improvement has
    # a "TBC" in G
    ("drafting.placeholder", Dimension.LANGUAGE, Rating.OUTSTANDING),
    # a name finding below its confidence floor is a suggestion and caps nothing (issue 14: a false
    # "another child's name" must not cap a plan); an error one caps (test below)
    ("drafting.wrong-name", Dimension.LANGUAGE, Rating.OUTSTANDING),
    ("health_care.blank-section", Dimension.HEALTH_CARE, Rating.REQUIRES_IMPROVEMENT),
    ("health_care.no-health-advice", Dimension.HEALTH_CARE, Rating.REQUIRES_IMPROVEMENT),
    ("drafting.unexplained-acronym", Dimension.LANGUAGE, Rating.OUTSTANDING),  # a warning limits nothing
])
def test_limiting_judgements(rule, dim, cap):
    plan = full_plan()
    r = score(plan, [finding(plan, rule, dim, Severity.WARNING, section="B")])
    assert r.rating.rank <= cap.rank
    if cap is not Rating.OUTSTANDING:
        assert r.rating is cap
        assert any(x.criterion == "limiting" and 0 in x.findings for x in r.reasons)


def _quoting(plan, rule, dim, text, sev=Severity.WARNING, section="F"):
    b = plan.section_blocks(section)[0]
    return Finding(rule, "msg", sev, dim, SectionKey(section), b.start, b.start + len(text), text)


def test_a_detail_left_tbc_is_requires_improvement_a_template_placeholder_inadequate():
    # The authors of corpus/authored grade a draft with durations and providers "TBC" as requires
    # improvement (work to finish before issue) and "[Child's name]" / "XX" left in as inadequate
    # (a template never filled in); RUBRIC section 5 lists "TBC" with the health and care gaps.
    # drafting.placeholder reports a pending "TBC" as a warning and template text as an error.
    plan = full_plan()
    tbc = score(plan, [_quoting(plan, "drafting.placeholder", Dimension.LANGUAGE, "TBC")])
    assert tbc.rating is Rating.REQUIRES_IMPROVEMENT and any("TBC" in r.text for r in tbc.reasons)
    for text in ("[Child's name]", "XX", "<insert date>"):
        r = score(plan, [_quoting(plan, "drafting.placeholder", Dimension.LANGUAGE, text, Severity.ERROR)])
        assert r.rating is Rating.INADEQUATE, text


def test_one_outcome_in_four_that_is_provision_does_not_make_a_plan_inadequate():
    # "outcomes that are provision or aspirations" (RUBRIC section 7, inadequate) is about the
    # outcomes as a whole: one provision-as-outcome among several SMART ones is a lapse (it still
    # costs measurability and can cap at requires improvement); a third or more caps at inadequate.
    plan = full_plan(n_outcomes=6)
    one = [finding(plan, "measurability.provision-as-outcome", Dimension.MEASURABILITY, Severity.ERROR, "E", 0)]
    assert score(plan, one).rating is not Rating.INADEQUATE
    two = one + [finding(plan, "measurability.aspiration-as-outcome", Dimension.MEASURABILITY, Severity.ERROR, "E", 1)]
    assert score(plan, two).rating is Rating.INADEQUATE  # 2 of 6 outcomes: a third
    assert any("2 of 6 outcomes (33%)" in r.text for r in score(plan, two).reasons)


def test_pfa_outcomes_not_labelled_as_pfa_cap_nothing():
    # measurability.no-pfa-outcome is a warning when the outcomes are about employment, independent
    # living, community or health but not headed as PfA: the plan has PfA outcomes, so no cap;
    # an error (no PfA outcome at all from Year 9) caps at requires improvement
    plan = full_plan()
    warn = finding(plan, "measurability.no-pfa-outcome", Dimension.MEASURABILITY, Severity.WARNING, "E")
    assert score(plan, [warn]).rating is Rating.OUTSTANDING
    err = finding(plan, "measurability.no-pfa-outcome", Dimension.MEASURABILITY, Severity.ERROR, "E")
    assert score(plan, [err]).rating is Rating.REQUIRES_IMPROVEMENT


def test_a_bad_text_pattern_in_a_limit_is_a_config_error():
    raw = yaml.safe_load(yaml.safe_dump(default_rubric().raw))
    raw["limits"][0]["when"] = {"rule": "x.*", "text": "(unclosed"}
    with pytest.raises(ConfigError, match="bad text pattern"):
        parse_rubric(raw, src="r.yaml")


def test_outstanding_needs_evidence_of_voice_and_shorter_term_targets():
    assert score(full_plan(A="Sam likes trains and animals."), []).rating is Rating.GOOD
    r = score(full_plan(E=OUTCOME), [])
    assert r.rating is Rating.GOOD and any("shorter-term" in x.text for x in r.reasons)


def test_outstanding_needs_evidence_of_co_ordination():
    # The SENCo's title ("co-ordinator") is not co-ordination; a joint review anywhere in the plan is.
    plain = "Shorter-term targets are set by the school each term and reviewed by the special educational needs co-ordinator."
    r = score(full_plan(E="\n".join([OUTCOME] * 3 + [plain])), [])
    assert r.rating is Rating.GOOD and any("co-ordination" in x.text for x in r.reasons)
    joined = full_plan(E="\n".join([OUTCOME] * 3 + [plain]),
                       G="No health provision; the designated clinical officer has confirmed this.")
    assert score(joined, []).rating is Rating.OUTSTANDING


def test_a_past_outcome_date_caps_at_requires_improvement():
    plan = full_plan()
    r = score(plan, [finding(plan, "drafting.past-outcome-date", Dimension.LANGUAGE, Severity.ERROR, "E")])
    assert r.score >= 9 and r.rating is Rating.REQUIRES_IMPROVEMENT


def test_share_of_items_not_length_drives_specificity():
    short, long_ = full_plan(n_items=4), full_plan(n_items=40)
    f_short = [finding(short, "specificity.vague-provision", Dimension.SPECIFICITY, Severity.ERROR, nth=i) for i in range(2)]
    f_long = [finding(long_, "specificity.vague-provision", Dimension.SPECIFICITY, Severity.ERROR, nth=i) for i in range(2)]
    s_short = score(short, f_short).criterion_scores["specificity"]
    s_long = score(long_, f_long).criterion_scores["specificity"]
    assert s_long > s_short  # 2 of 40 flagged is better than 2 of 4
    # the same share flagged gives about the same score however long the plan
    f_long20 = [finding(long_, "specificity.vague-provision", Dimension.SPECIFICITY, Severity.ERROR, nth=i) for i in range(20)]
    assert abs(score(long_, f_long20).criterion_scores["specificity"] - s_short) < 0.6


def test_two_findings_on_one_item_count_once():
    plan = full_plan()
    one = [finding(plan, "specificity.vague-provision", Dimension.SPECIFICITY, Severity.ERROR)]
    two = one + [finding(plan, "specificity.missing-who", Dimension.SPECIFICITY, Severity.ERROR)]
    assert score(plan, one).criterion_scores["specificity"] == score(plan, two).criterion_scores["specificity"]


def test_a_confident_wrong_name_caps_at_inadequate():
    plan = full_plan()
    r = score(plan, [finding(plan, "drafting.wrong-name", Dimension.LANGUAGE, Severity.ERROR, section="B")])
    assert r.rating is Rating.INADEQUATE


def test_template_text_left_in_caps_at_inadequate():
    plan = full_plan()
    r = score(plan, [finding(plan, "drafting.placeholder", Dimension.LANGUAGE, Severity.ERROR, section="B")])
    assert r.rating is Rating.INADEQUATE


def test_mostly_unquantified_provision_is_inadequate():
    """Most of a long list unquantified caps at inadequate and the reason gives the share; three of
    four items is too few to call "most provision" (min_units 4): requires improvement."""
    plan = full_plan(n_items=6)
    fs = [finding(plan, "specificity.missing-frequency", Dimension.SPECIFICITY, Severity.ERROR, nth=i) for i in range(5)]
    r = score(plan, fs)
    assert r.rating is Rating.INADEQUATE
    assert r.criterion_scores["specificity"] < 5
    assert "5 of 6 provision items (83%)" in r.reasons[0].text
    assert "without them the rating would be" in " ".join(x.text for x in r.reasons)
    plan = full_plan(n_items=4)
    fs = [finding(plan, "specificity.missing-frequency", Dimension.SPECIFICITY, Severity.ERROR, nth=i) for i in range(3)]
    assert score(plan, fs).rating is Rating.REQUIRES_IMPROVEMENT


def test_reasons_follow_a_moderators_order():
    """Missing sections, then specificity, measurability, health and care, golden thread, voice,
    drafting: the order a panel reads a plan in, whatever the scores."""
    plan = full_plan()
    fs = [finding(plan, "drafting.unexplained-acronym", Dimension.LANGUAGE, Severity.WARNING, section="B"),
          finding(plan, "health_care.no-health-advice", Dimension.HEALTH_CARE, Severity.WARNING, section="K"),
          finding(plan, "specificity.group-size", Dimension.SPECIFICITY, Severity.WARNING, nth=0)]
    crits = [x.criterion for x in score(plan, fs).reasons if x.criterion not in ("limiting", "overall")]
    assert crits == ["specificity", "health_care", "language"]


def test_repeats_of_one_rule_are_bounded():
    plan = full_plan()
    fs = [finding(plan, "drafting.unexplained-acronym", Dimension.LANGUAGE, Severity.WARNING, "B") for _ in range(30)]
    crit = default_rubric().criteria["language"]
    bound = crit.points["warning"] * 1.2 / (1 - crit.repeat)  # B's section weight is 1.2
    assert 10 - score(plan, fs).criterion_scores["language"] <= bound + 1e-6


def test_reasons_point_at_the_findings_behind_each_criterion():
    plan = full_plan()
    fs = [
        finding(plan, "measurability.not-time-bound", Dimension.MEASURABILITY, Severity.WARNING, "E"),
        finding(plan, "voice.no-child-voice", Dimension.VOICE, Severity.WARNING, "A"),
        finding(plan, "specificity.vague-provision", Dimension.SPECIFICITY, Severity.WARNING, "F"),
    ]
    r = score(plan, fs)
    by = {x.criterion: x for x in r.reasons}
    for dim in ("measurability", "voice", "specificity"):
        assert by[dim].findings and all(r.findings[i].dimension.value == dim for i in by[dim].findings)
    # findings come out in plan order (section order, then offset)
    assert [f.section.value for f in r.findings] == ["A", "E", "F"]
    assert len(r.locations) == len(r.findings) and r.locations[0].paragraph == plan.section_blocks("A")[0].index


def test_sections_summary_and_missing():
    plan = full_plan(C="")
    r = score(plan, [])
    assert r.sections["C"]["status"] == "empty"
    assert r.sections["F"]["words"] == 4 * len(ITEM.split())
    assert r.sections["F"]["title"].startswith("Section F")
    assert r.sections["F"]["start"] < r.sections["F"]["end"]


def test_custom_rubric_file_changes_the_rating(tmp_path):
    data = yaml.safe_load(yaml.safe_dump(default_rubric().raw))
    data["version"] = "test-1"
    data["bands"] = [{"rating": "outstanding", "min": 10.5}, {"rating": "good", "min": 9},
                     {"rating": "requires_improvement", "min": 5}, {"rating": "inadequate", "min": 0}]
    p = tmp_path / "r.yaml"
    p.write_text(yaml.safe_dump(data))
    r = score(full_plan(), [], rubric=p)
    assert r.rubric_version == "test-1" and r.rating is Rating.GOOD


@pytest.mark.parametrize("change,match", [
    ({"colour": 1}, "unknown key"),
    ({"version": ""}, "version"),
    ({"bands": [{"rating": "good", "min": 5}]}, "bands"),
    ({"limits": [{"when": {"rul": "x"}, "cap": "good"}]}, "unknown condition"),
    ({"limits": [{"when": {"rule": "x"}, "cap": "fine"}]}, "cap"),
    ({"limits": [{"when": {"lacks": {"E": ["("]}}, "cap": "good"}]}, "bad pattern"),
])
def test_bad_rubric_names_the_file(tmp_path, change, match):
    data = dict(default_rubric().raw)
    data.update(change)
    p = tmp_path / "bad.yaml"
    p.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError, match=match) as e:
        load_rubric(p)
    assert "bad.yaml" in str(e.value)


def test_missing_rubric_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_rubric(tmp_path / "nope.yaml")


def test_parse_rubric_requires_all_criteria():
    data = dict(default_rubric().raw)
    data["criteria"] = {k: v for k, v in data["criteria"].items() if k != "voice"}
    with pytest.raises(ConfigError, match="criteria"):
        parse_rubric(data)


@pytest.mark.parametrize("severity,cap", [(Severity.ERROR, Rating.INADEQUATE),
                                          (Severity.WARNING, Rating.OUTSTANDING)])
def test_areas_without_provision_cap_by_certainty(severity, cap):
    # Areas read from headings (errors) can make a plan inadequate; areas guessed from keywords
    # (warnings) cap nothing (they used to cap at requires improvement, which on the authored plans
    # only ever capped a plan its author graded good); they still cost golden-thread points.
    plan = full_plan()
    fs = [finding(plan, "golden_thread.need-without-provision", Dimension.GOLDEN_THREAD, severity, section="B", nth=0)
          for _ in range(2)]
    assert score(plan, fs).rating is cap


def test_reasons_speak_a_panels_words_missing_or_blank_sections_first():
    # A panel opens with what is missing or blank, then provision as a share of items, in words
    # (not rule ids); a capped rating says what it would be without the cap.
    plan = full_plan(H1="", n_items=4)
    fs = [finding(plan, "specificity.missing-frequency", Dimension.SPECIFICITY, Severity.ERROR, nth=0),
          finding(plan, "health_care.blank-section", Dimension.HEALTH_CARE, Severity.ERROR, "H2")]
    r = score(plan, fs)
    crits = [x for x in r.reasons if x.criterion not in ("limiting", "overall")]
    assert crits[0].criterion == "completeness" and crits[0].text == "Sections: blank: H1"
    spec = next(x for x in crits if x.criterion == "specificity")
    assert spec.text.startswith("Provision: 1 of 4 provision items (25%) do not say what, who, how often")
    assert "missing frequency" in spec.text and "specificity." not in spec.text
    assert "without them the rating would be" in " ".join(x.text for x in r.reasons)


def test_a_missing_section_finding_names_what_was_searched_for():
    from ehcp_qa.checks.required import check_required
    from ehcp_qa.checks.registry import Context
    from ehcp_qa.rules.load import load_rules as load_packs

    plan = make_plan({"A": "x", "B": "x", "D": "x", "E": "x", "F": "x", "G": "x", "H1": "x", "H2": "x",
                      "I": "x", "J": "x", "K": "x"})
    (f,) = check_required(load_packs().get("completeness.missing-section"), Context(plan))
    assert f.section is SectionKey.C
    assert "'Section C'" in f.message and "'health needs'" in f.message


def test_a_need_without_provision_guessed_from_keywords_caps_nothing():
    # golden_thread.need-without-provision is a warning when B or F has no area headings (areas
    # guessed from keywords): too uncertain to cap; with headings on both sides it is an error and
    # caps at requires improvement
    plan = full_plan()
    warn = finding(plan, "golden_thread.need-without-provision", Dimension.GOLDEN_THREAD, Severity.WARNING, "B")
    assert score(plan, [warn]).rating is not Rating.REQUIRES_IMPROVEMENT
    err = finding(plan, "golden_thread.need-without-provision", Dimension.GOLDEN_THREAD, Severity.ERROR, "B")
    assert score(plan, [err]).rating is Rating.REQUIRES_IMPROVEMENT
