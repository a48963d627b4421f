"""Rule-pack loading: built-in packs, council overrides, strict validation with file and line."""
import textwrap

import pytest

from ehcp_qa.errors import ConfigError
from ehcp_qa.model import Severity
from ehcp_qa.rules.load import load_rules


def write(tmp_path, text, name="council.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


GOOD_RULE = """\
pack: essex
rules:
  - id: essex.no-tbc
    type: phrase
    severity: warning
    dimension: language
    sections: [F]
    level: sentence
    message: "Placeholder left in."
    params: {phrases: [tbc]}
    examples:
      pass: ["Lego therapy weekly."]
      fail: ["Lego therapy TBC."]
"""


def test_builtin_packs_load_with_unique_ids():
    rs = load_rules()
    ids = [r.id for r in rs]
    assert len(ids) == len(set(ids))
    assert {"completeness.missing-section", "specificity.vague-provision",
            "measurability.not-measurable"} <= set(ids)
    assert all(r.id.split(".")[0] in {"completeness", "specificity", "measurability", "health_care",
                                      "golden_thread", "voice", "drafting"} for r in rs)


def test_load_is_cached():
    assert load_rules() is load_rules()


def test_council_file_adds_rule(tmp_path):
    rs = load_rules([write(tmp_path, GOOD_RULE)])
    rule = rs.get("essex.no-tbc")
    assert rule is not None and rule.severity is Severity.WARNING
    assert rule.origin.startswith("council.yaml:")


def test_disable_override_and_phrases_add(tmp_path):
    p = write(tmp_path, """\
        disable: [specificity.group-size]
        override:
          measurability.outcome-count: {severity: suggestion}
        phrases_add:
          specificity.vague-provision: ["when staff are free"]
        """)
    rs = load_rules([p])
    assert rs.get("specificity.group-size").enabled is False
    assert rs.get("measurability.outcome-count").severity is Severity.SUGGESTION
    assert "when staff are free" in rs.get("specificity.vague-provision").params["phrases"]
    # the built-in set is untouched
    assert load_rules().get("specificity.group-size").enabled is True


@pytest.mark.parametrize("old,new,line,words", [
    ("    level: sentence\n", "    level: sentence\n    colour: red\n", 9, "unknown key 'colour'"),
    ("type: phrase", "type: telepathy", 4, "unknown type 'telepathy'"),
    ("severity: warning", "severity: fatal", 5, "bad severity 'fatal'"),
    ("dimension: language", "dimension: vibes", 6, "bad dimension 'vibes'"),
    ("sections: [F]", "sections: [Z]", 7, "bad section 'Z'"),
    ("id: essex.no-tbc", "id: other.no-tbc", 3, "must start with the pack name"),
    ("params: {phrases: [tbc]}", "params: {phrases: [tbc], fuzzy: true}", 10, "unknown param 'fuzzy'"),
])
def test_validation_errors_name_file_and_line(tmp_path, old, new, line, words):
    p = write(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(ConfigError) as e:
        load_rules([p])
    assert f"council.yaml:{line}:" in str(e.value)
    assert words in str(e.value)


def test_duplicate_id_is_an_error(tmp_path):
    body = GOOD_RULE + GOOD_RULE.split("rules:\n", 1)[1]
    with pytest.raises(ConfigError, match=r"council.yaml:14: duplicate rule id 'essex.no-tbc'"):
        load_rules([write(tmp_path, body)])


def test_duplicate_of_builtin_id_is_an_error(tmp_path):
    body = GOOD_RULE.replace("pack: essex", "pack: specificity").replace("essex.no-tbc", "specificity.missing-who")
    with pytest.raises(ConfigError, match="duplicate rule id 'specificity.missing-who'"):
        load_rules([write(tmp_path, body)])


def test_unknown_rule_in_override_and_unknown_plan_check(tmp_path):
    with pytest.raises(ConfigError, match=r"council.yaml:2: unknown rule id 'specificity.nope'"):
        load_rules([write(tmp_path, "disable:\n  - specificity.nope\n")])
    body = GOOD_RULE.replace("type: phrase", "type: python").replace(
        "params: {phrases: [tbc]}", "params: {check: os.system}")
    with pytest.raises(ConfigError, match="not a registered plan check"):
        load_rules([write(tmp_path, body, "c2.yaml")])


def test_bad_yaml_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match=r"bad.yaml:\d+: invalid YAML"):
        load_rules([write(tmp_path, "rules: [\n  - id: x\n", "bad.yaml")])
    with pytest.raises(ConfigError, match="rule file not found"):
        load_rules([tmp_path / "nope.yaml"])


def test_error_message_never_quotes_rule_text_beyond_the_value(tmp_path):
    p = write(tmp_path, GOOD_RULE.replace("severity: warning", "severity: loud"))
    with pytest.raises(ConfigError) as e:
        load_rules([p])
    assert "Placeholder left in" not in str(e.value)


# --- each check type's declared parameters (rules/params.py) -----------------------------------

PYTHON_RULE = """\
pack: essex
rules:
  - id: essex.acronyms
    type: python
    severity: suggestion
    dimension: language
    message: "Acronym not explained."
    params:
      check: drafting.unexplained_acronyms
      ignore: [SENCO]
"""


def test_a_python_rule_with_its_declared_params_loads(tmp_path):
    """The positive case for the errors below: the same rule with a declared parameter loads, so
    those errors come from the bad parameter, not from the rule's shape."""
    rule = load_rules([write(tmp_path, PYTHON_RULE)]).get("essex.acronyms")
    assert rule.params == {"check": "drafting.unexplained_acronyms", "ignore": ["SENCO"]}


@pytest.mark.parametrize("old,new,words", [
    # a parameter another plan check takes is still unknown to this one: each check has its own schema
    ("ignore: [SENCO]", "min_words: 30", "unknown param 'min_words' for type python (drafting.unexplained_acronyms)"),
    # a single word where a list is expected would be read letter by letter: refuse it
    ("ignore: [SENCO]", "ignore: SENCO", "params.ignore must be a list of strings"),
])
def test_python_rule_params_are_validated_per_plan_check(tmp_path, old, new, words):
    with pytest.raises(ConfigError) as e:
        load_rules([write(tmp_path, PYTHON_RULE.replace(old, new))])
    msg = str(e.value)
    assert "\n" not in msg  # one line
    assert "council.yaml:10:" in msg and "rule 'essex.acronyms'" in msg and words in msg


@pytest.mark.parametrize("params,words", [
    # numbers: a quoted number is text, and the check would compare text with a number
    ("{check: count, min: '3'}", "params.min must be a whole number"),
    # a severity must be one the report knows
    ("{check: pfa, unlabelled_severity: loud}", "params.unlabelled_severity must be one of: error, warning, suggestion"),
    # the check word selects the mechanism: a misspelt one would silently check nothing
    ("{check: mesurable}", "params.check must be one of: measurable"),
])
def test_check_type_params_are_typed(tmp_path, params, words):
    body = GOOD_RULE.replace("type: phrase", "type: outcome").replace("sections: [F]", "sections: [E]") \
        .replace("params: {phrases: [tbc]}", f"params: {params}").replace("level: sentence", "level: section")
    body = body.split("    examples:")[0]
    with pytest.raises(ConfigError) as e:
        load_rules([write(tmp_path, body)])
    assert "rule 'essex.no-tbc'" in str(e.value) and words in str(e.value)
    ok = body.replace(f"params: {params}", "params: {check: count, min: 3, max: 12}")
    assert load_rules([write(tmp_path, ok, "ok.yaml")]).get("essex.no-tbc").params["min"] == 3


def test_section_list_params_name_real_sections(tmp_path):
    """A section list such as need_sections holds section keys: a typo would never match."""
    body = PYTHON_RULE.replace("drafting.unexplained_acronyms", "health_care.need_without_health_provision") \
        .replace("ignore: [SENCO]", "need_sections: [C, Q]")
    with pytest.raises(ConfigError, match="params.need_sections must be a list of section keys"):
        load_rules([write(tmp_path, body)])
    ok = body.replace("[C, Q]", "[C, H1]")
    assert load_rules([write(tmp_path, ok, "ok.yaml")]).get("essex.acronyms").params["need_sections"] == ["C", "H1"]


def test_every_registered_check_has_a_schema_and_every_schema_a_check():
    """The loader validates against the schemas, the engine runs the registry: they must agree, or a
    rule could load and then find no check (or a check could never be configured)."""
    from ehcp_qa.checks.engine import CHECK_TYPES, PLAN_CHECKS
    from ehcp_qa.rules.params import CHECK_TYPE_PARAMS, PLAN_CHECK_PARAMS

    assert set(CHECK_TYPES) == set(CHECK_TYPE_PARAMS)
    assert set(PLAN_CHECKS) == set(PLAN_CHECK_PARAMS)


def test_builtin_rules_use_only_declared_params():
    """Every parameter of every built-in rule is one its check declares (so a check reads nothing
    undeclared from the packs we ship)."""
    from ehcp_qa.rules.params import schema_for

    for r in load_rules():
        assert set(r.params) <= set(schema_for(r.type, r.params)), r.id


# --- rule types a newcomer writes in YAML alone (area_link, blank_section, must_mention) -----------

NEW_TYPE_RULES = """\
pack: essex
rules:
  - id: essex.provision-without-outcome
    type: area_link
    severity: warning
    dimension: golden_thread
    sections: [F, E]
    level: plan
    message: "Provision in {area} with no outcome for it."
    params: {source: F, target: E}
  - id: essex.blank-k
    type: blank_section
    severity: warning
    dimension: health_care
    sections: [K]
    level: section
    message: "K is blank."
  - id: essex.no-ep-advice
    type: must_mention
    severity: warning
    dimension: health_care
    sections: [K]
    level: section
    message: "K lists no educational psychology advice."
    params: {phrases: [educational psychology advice, EP advice], terms_from: [health.health_advice]}
"""


def test_new_rules_of_the_data_driven_types_need_no_code(tmp_path):
    """A council adds a golden-thread link, a blank-section rule and a must-mention rule in YAML
    alone: each runs with the behaviour its type documents."""
    from ehcp_qa.checks.engine import CHECK_TYPES
    from ehcp_qa.checks.registry import Context
    from ehcp_qa.testing import make_plan

    def run_checks(plan, rules):
        return [f for r in rules for f in CHECK_TYPES[r.type](r, Context(plan))]

    rs = load_rules([write(tmp_path, NEW_TYPE_RULES)])
    only = [rs.get(i) for i in ("essex.provision-without-outcome", "essex.blank-k", "essex.no-ep-advice")]
    # F holds provision headed "Sensory and/or physical"; E has outcomes for communication only;
    # K says only "TBC": all three rules fire
    plan = make_plan({
        "B": ["Communication and interaction", "Sam finds it hard to follow instructions.",
              "Sensory and/or physical", "Sam has weak fine motor skills and tires quickly when writing."],
        "E": ["Communication and interaction", "By July 2027 Sam will follow a two-step instruction in class."],
        "F": ["Sensory and/or physical", "An OT-designed fine motor programme 3 x 20 minutes weekly from a TA."],
        "K": "TBC"})
    got = {f.rule_id for f in run_checks(plan, rules=only)}
    assert got == {"essex.provision-without-outcome", "essex.blank-k", "essex.no-ep-advice"}
    # written K naming the advice: the blank and must-mention rules are satisfied
    plan = make_plan({"K": "Educational psychology advice, Dr A Patel, 3 March 2025"})
    assert {f.rule_id for f in run_checks(plan, rules=only)} == set()


@pytest.mark.parametrize("old,new,words", [
    # a link with no target would check nothing: the type says which params it cannot do without
    ("params: {source: F, target: E}", "params: {source: F}", "type area_link needs params.target"),
    # a word list named by lexicon.key must exist, or the rule would silently mention nothing
    ("terms_from: [health.health_advice]", "terms_from: [health.no_such_list]", "names no word list"),
    ("params: {source: F, target: E}", "params: {source: F, target: Q}", "params.target must be one of"),
])
def test_data_driven_types_refuse_incomplete_rules(tmp_path, old, new, words):
    with pytest.raises(ConfigError) as e:
        load_rules([write(tmp_path, NEW_TYPE_RULES.replace(old, new))])
    assert "\n" not in str(e.value) and words in str(e.value)


def test_an_unmatched_need_rule_names_its_word_pairs(tmp_path):
    """unmatched_need reads a mapping of label -> need words / provision words: a name that is a
    plain list (or nothing) would pair nothing, so the loader refuses it."""
    body = """\
pack: essex
rules:
  - id: essex.condition-in-c-without-g
    type: unmatched_need
    severity: warning
    dimension: health_care
    sections: [C, G]
    level: plan
    message: "C names {label}, and nothing in G provides for it."
    params: {source: C, target: G, pairs_from: conditions.conditions}
"""
    rule = load_rules([write(tmp_path, body)]).get("essex.condition-in-c-without-g")
    assert rule.params["pairs_from"] == "conditions.conditions"
    with pytest.raises(ConfigError, match="names no mapping of labels to need: and provision: lists"):
        load_rules([write(tmp_path, body.replace("conditions.conditions", "health.health_advice"), "bad.yaml")])
