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

from ..model import SectionKey
from ..rules.spec import Rule
from .registry import Context, check_type


def _models(ctx: Context):
    from ..ml.io import load_models

    choice = ctx.cache.get("models")
    if choice is False:
        return None
    if isinstance(choice, dict):
        return choice
    return load_models(choice if isinstance(choice, str) else None)


def _hedge_rule(ctx: Context) -> Rule | None:
    rs = ctx.cache.get("ruleset")
    return rs.get("specificity.vague-provision") if rs is not None else None


def _pairs(ctx: Context, target: str):
    """(items, verdicts) of a plan for ``target``, verdicts in the shape the models read."""
    if target == "provision":
        from .provision import analysed

        pairs = analysed(ctx, _hedge_rule(ctx))
        return pairs, [{"specific": a.specific, "slots": a.verdict_slots(), "vague": a.vague()}
                       for _, a in pairs]
    from .outcomes import outcome_items

    pairs = outcome_items(ctx)
    return pairs, [{"smart": a.smart, "parts": a.parts(), "provision_as_outcome": a.provision_as_outcome,
                    "aspiration_only": a.aspiration_only} for _, a in pairs]


def model_view(ctx: Context, target: str):
    """({(item start, item end): (final verdict, probability the item is fine)}, floor) for the items
    of a plan, or None when models are off or none is shipped for ``target``. One batch per plan,
    shared by the classifier check and the confidence floor of the rule checks."""
    def make():
        from ..ml.combine import DEFAULT_FLOOR, predict

        model = (_models(ctx) or {}).get(target)
        if model is None:
            return None
        pairs, verdicts = _pairs(ctx, target)
        if not pairs:
            return {}, DEFAULT_FLOOR
        final, p = predict(target, [it.text for it, _ in pairs], verdicts, model)
        floor = getattr(model, "floor", None) or DEFAULT_FLOOR
        return {(it.start, it.end): (bool(f), float(x)) for (it, _), f, x in zip(pairs, final, p)}, floor

    return ctx.cached(f"model-view:{target}", make)


def p_fine(probs: dict, item) -> float | None:
    """The model's probability that ``item`` is fine, from a ``model_view``."""
    got = probs.get((item.start, item.end))
    return got[1] if got else None


@check_type("classifier")
def check_classifier(rule: Rule, ctx: Context):
    from ..ml.combine import disagreement_finding
    from ..ml.features import rule_decision

    target = rule.params.get("target", "provision")
    view = model_view(ctx, target)
    if not view:
        return []
    probs, floor = view
    # `errors_at_floor`: a gap the rules missed is an error when the model is as sure of it as a
    # rule's error must be to stay one (ml/combine.py ``soften``)
    error_floor = floor if rule.params.get("errors_at_floor") else None
    pairs, verdicts = _pairs(ctx, target)
    scope = set(rule.sections) or None
    out = []
    for (it, _), v in zip(pairs, verdicts):
        if (scope is not None and it.section not in scope) or (it.start, it.end) not in probs:
            continue
        fin, prob = probs[(it.start, it.end)]
        if fin == rule_decision(target, v):
            continue
        conf = float(prob if fin else 1.0 - prob)
        f = disagreement_finding(target, SectionKey(it.section).value, fin, conf, error_floor=error_floor)
        out.append(rule.finding(section=it.section, start=it.start, end=it.end, text=it.text,
                                message=f.message, suggestion=f.suggestion, severity=f.severity,
                                confidence=f.confidence, source="model"))
    return out
