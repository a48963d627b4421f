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
