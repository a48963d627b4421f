"""Run every enabled rule over a plan: ``run_checks(plan, rules=None, models=None) -> [Finding]``.

One Context per plan, so sentences, provision items and outcomes are computed once and shared by
all rules. Findings come back sorted by offset ("missing" findings, which have none, first).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Sequence

from ..items import ensure_items, statement_item
from ..ml import combine
from ..ml.features import kind_of
from ..model import Dimension, Finding, Plan, SectionKey
from ..rules.load import RuleSet, load_rules
from ..rules.spec import Example, Rule
from ..testing import make_plan

# every module that registers a check type or plan check, so that importing the engine registers them all
from . import areas, classifier, drafting, golden_thread, health_care, pattern, phrase, required  # noqa: F401
from .model_view import verdict_of
from .outcomes import analyse_outcome
from .provision import analyse_provision, lexicon_for
from .registry import CHECK_TYPES, PLAN_CHECKS, Context, check_type


@check_type("python")
def check_python(rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A named cross-section check from the registry (never arbitrary code)."""
    return PLAN_CHECKS[rule.params["check"]](ctx.plan, rule, ctx)


def _ruleset(rules):
    if isinstance(rules, RuleSet):
        return rules
    return load_rules(rules)


def new_context(plan: Plan, ruleset, models=None) -> Context:
    ctx = Context(plan)
    ctx.cache["ruleset"] = ruleset
    ctx.cache["models"] = models
    return ctx


def run_rules(ctx: Context, rules: Iterable[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for rule in rules:
        if not rule.enabled:
            continue
        for f in CHECK_TYPES[rule.type](rule, ctx) or ():
            # a merged "Section H" is both H1 and H2 over one span: one finding per span, not two
            key = (f.rule_id, f.start, f.end) if f.start is not None else (f.rule_id, f.section)
            if key not in seen:
                seen.add(key)
                findings.append(f)
    findings.sort(key=lambda f: (-1 if f.start is None else f.start, f.end or 0, f.rule_id))
    return findings


def run_checks(plan: Plan, rules=None, models=None) -> list[Finding]:
    """``rules``: a loaded RuleSet, or rule-file paths added to the built-in packs (None = built-ins).
    ``models``: passed to model-backed check types through the context (None = their default,
    False = rules only). Checks judge ``plan.items``; a plan not itemized yet is itemized here."""
    plan = ensure_items(plan)
    ruleset = _ruleset(rules)
    ctx = new_context(plan, ruleset, models)
    return run_rules(ctx, ruleset.enabled())


# --- single statements (`ehcp-qa check-items`, scripts/eval_items.py) --------------------------

ITEM_SECTIONS = ("E", "F", "G", "H1", "H2")
_ITEM_TYPES = {"slots", "outcome", "phrase", "pattern"}


def check_items(section: str, texts: list[str], rules=None, models: bool = True) -> list[dict]:
    """One verdict dict per statement (shape: "Item verdicts" in the shared contracts). Each
    statement is first told item or non-item (``ehcp_qa.items.classify``, on its wording alone):
    ``item`` says which, ``kind``/``role`` why. An item gets the item-level rules of ``section``
    (findings with offsets relative to the statement); a non-item ("Provision | Who | How often",
    "None.", "Agreed by ...") gets no specificity or measurability finding and ``specific``/``smart``
    None. ``models``: let ``ehcp_qa.ml.combine`` refine the items' verdicts when it exists and has
    models (False = rules only)."""
    if section not in ITEM_SECTIONS:
        raise ValueError(f"section must be one of {', '.join(ITEM_SECTIONS)}")
    ruleset = _ruleset(rules)
    key = SectionKey(section)
    rules_here = [r for r in ruleset.enabled() if r.type in _ITEM_TYPES and r.level in ("item", "sentence")
                  and (not r.sections or key in r.sections)]
    lex = lexicon_for(ruleset.get("specificity.vague-provision"))
    verdicts: list[dict] = []
    judged = (Dimension.SPECIFICITY, Dimension.MEASURABILITY)
    for text in texts:
        plan = make_plan({section: [text]})
        block = plan.section_blocks(key)[0]
        item = replace(statement_item(text, key, block.start), blocks=(block.index,))
        plan = replace(plan, items=(item,))
        ctx = new_context(plan, ruleset, models=False)
        findings = [
            replace(f, start=None if f.start is None else f.start - block.start,
                    end=None if f.end is None else f.end - block.start).to_dict()
            for f in run_rules(ctx, rules_here) if item.is_item or f.dimension not in judged
        ]
        head = {"item": item.is_item, "kind": item.kind.value, "role": item.role.value if item.role else None,
                "item_confidence": item.confidence}
        target = kind_of(section)
        a = analyse_outcome(block.text) if target == "outcome" else analyse_provision(block.text, lex)
        verdicts.append({"text": text, "section": section, **head, **verdict_of(target, a),
                         "findings": findings, "confidence": None, "source": "rules"})
    idx = [i for i, v in enumerate(verdicts) if v["item"]]
    if models and idx:
        combined = _combine_with_models(section, [texts[i] for i in idx], [verdicts[i] for i in idx])
        for i, v in zip(idx, combined):
            verdicts[i] = v
    verdict_key = "smart" if key == SectionKey.E else "specific"
    for v in verdicts:
        if not v["item"]:
            v[verdict_key] = None  # a non-item is not judged
    return verdicts


def _combine_with_models(section: str, texts: list[str], verdicts: list[dict]) -> list[dict]:
    return combine.combine_items(section, texts, verdicts)  # unchanged when no models ship


def rule_verdicts(section: str, texts: Sequence[str]) -> list[dict[str, Any]]:
    """Rules-only verdicts for single statements (what ``check-items --no-models`` reports), in the
    shape the sentence models read (training, evaluation). Item findings are left empty here; the
    model uses the slots, hedges and SMART parts."""
    target = kind_of(section)
    if target == "provision":
        lex = lexicon_for(load_rules().get("specificity.vague-provision"))
        analyses = [analyse_provision(t, lex) for t in texts]
    else:
        section, analyses = "E", [analyse_outcome(t) for t in texts]
    return [{"text": t, "section": section, **verdict_of(target, a), "findings": [], "confidence": None,
             "source": "rules"} for t, a in zip(texts, analyses)]


# --- a rule's own pass/fail examples (the test suite runs every pack's examples through these) ----

def example_plan(rule: Rule, ex: Example) -> Plan:
    if ex.sections is not None:
        return make_plan({k: v or "" for k, v in ex.sections.items()}, meta=ex.meta)
    section = ex.section or (rule.sections[0].value if rule.sections else "F")
    return make_plan({section: [ex.text]})


def run_example(rule: Rule, ex: Example, ruleset=None) -> list[Finding]:
    """Findings of ``rule`` alone on the example (other rules in ``ruleset`` only lend shared data,
    such as the hedge lexicon)."""
    # Only a classifier rule's examples exercise the shipped models; every other rule is rules-only.
    models = None if rule.type == "classifier" else False
    ctx = new_context(example_plan(rule, ex), ruleset if ruleset is not None else load_rules(), models=models)
    return [f for f in run_rules(ctx, [rule]) if f.rule_id == rule.id]
