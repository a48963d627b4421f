"""Every rule in every built-in pack must pass its own `pass` examples and fire on its `fail` ones."""
import pytest

from ehcp_qa.checks.engine import run_example
from ehcp_qa.rules.load import load_rules

RULES = load_rules()
CASES = [(r.id, kind, i) for r in RULES for kind, exs in (("pass", r.passes), ("fail", r.fails))
         for i in range(len(exs))]


@pytest.mark.parametrize("rule_id,kind,i", CASES)
def test_rule_example(rule_id, kind, i):
    rule = RULES.get(rule_id)
    ex = (rule.passes if kind == "pass" else rule.fails)[i]
    found = run_example(rule.__class__(**{**rule.__dict__, "enabled": True}), ex, RULES)
    if kind == "pass":
        assert not found, f"{rule_id} fired on its pass example #{i}: {[f.text for f in found]}"
    else:
        assert found, f"{rule_id} did not fire on its fail example #{i}"
        assert all(f.dimension is rule.dimension for f in found), f"{rule_id}: a finding in another dimension"


def test_every_rule_has_examples():
    missing = [r.id for r in RULES if not r.passes or not r.fails]
    assert not missing, f"rules without both pass and fail examples: {missing}"
