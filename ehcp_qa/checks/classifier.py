"""The optional ``classifier`` check type: the sentence models over a plan's provision items or
outcomes, reported as findings with a confidence where the model overturns the rules' verdict.

A rule pack enables it with, for example::

    - id: specificity.model-specific
      type: classifier
      severity: warning
      dimension: specificity
      sections: [F, G, H1, H2]
      level: item
      message: "The sentence model judges this provision item not specific."
      guidance: "SEND Code of Practice 9.69"
      params: {target: provision}      # or {target: outcome} with sections: [E]

``run_checks(..., models=False)`` (``--no-models``) turns it off; with no models shipped it yields
nothing. All items of a plan go to the model in one batch.
"""
from __future__ import annotations

from ..ml.combine import disagreement_finding
from ..ml.features import rule_decision
from ..model import SectionKey
from ..rules.spec import Rule
from .model_view import model_view, verdicts
from .outcomes import outcome_items
from .provision import analysed
from .registry import Context, check_type


def _hedge_rule(ctx: Context) -> Rule | None:
    rs = ctx.cache.get("ruleset")
    return rs.get("specificity.vague-provision") if rs is not None else None


def _pairs(ctx: Context, target: str):
    """(item, analysis) pairs of a plan for ``target``."""
    if target == "provision":
        return analysed(ctx, _hedge_rule(ctx))
    return outcome_items(ctx)


@check_type("classifier")
def check_classifier(rule: Rule, ctx: Context):
    target = rule.params.get("target", "provision")
    view = model_view(ctx, target, lambda: _pairs(ctx, target))
    if not view:
        return []
    probs, floor = view
    # `errors_at_floor`: a gap the rules missed is an error when the model is as sure of it as a
    # rule's error must be to stay one (ml/combine.py ``soften``)
    error_floor = floor if rule.params.get("errors_at_floor") else None
    pairs = _pairs(ctx, target)
    scope = set(rule.sections) or None
    out = []
    for (it, _), v in zip(pairs, verdicts(target, pairs)):
        if (scope is not None and it.section not in scope) or (it.start, it.end) not in probs:
            continue
        fin, prob = probs[(it.start, it.end)]
        if fin == rule_decision(target, v):
            continue
        conf = float(prob if fin else 1.0 - prob)
        f = disagreement_finding(target, SectionKey(it.section).value, fin, conf, error_floor=error_floor, verdict=v)
        out.append(rule.finding(section=it.section, start=it.start, end=it.end, text=it.text,
                                message=f.message, suggestion=f.suggestion, severity=f.severity,
                                confidence=f.confidence, source="model"))
    return out
