"""Run a rule's own pass/fail examples (the test suite runs every pack's examples through this)."""
from __future__ import annotations

from ..model import Finding
from ..testing import make_plan
from .spec import Example, Rule


def example_plan(rule: Rule, ex: Example):
    if ex.sections is not None:
        return make_plan({k: v or "" for k, v in ex.sections.items()}, meta=ex.meta)
    section = ex.section or (rule.sections[0].value if rule.sections else "F")
    return make_plan({section: [ex.text]})


def run_example(rule: Rule, ex: Example, ruleset=None) -> list[Finding]:
    """Findings of ``rule`` alone on the example (other rules in ``ruleset`` only lend shared data,
    such as the hedge lexicon)."""
    from ..checks.engine import new_context, register_checks, run_rules
    from .load import load_rules

    register_checks()
    # Only a classifier rule's examples exercise the shipped models; every other rule is rules-only.
    models = None if rule.type == "classifier" else False
    ctx = new_context(example_plan(rule, ex), ruleset if ruleset is not None else load_rules(), models=models)
    return [f for f in run_rules(ctx, [rule]) if f.rule_id == rule.id]
