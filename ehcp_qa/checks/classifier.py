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


def model_view(ctx: Context, target: str):
    """(item index -> combined probability that the item is fine, floor) for the items of a plan, or
    None when models are off or none is shipped for ``target``. Computed once per plan."""
    def make():
        from ..ml.combine import DEFAULT_FLOOR, item_confidences

        model = (_models(ctx) or {}).get(target)
        if model is None:
            return None
        if target == "provision":
            from .provision import analysed

            pairs = analysed(ctx, _hedge_rule(ctx))
            verdicts = [{"specific": a.specific, "slots": a.verdict_slots(), "vague": [h.phrase for h in a.hedges]}
                        for _, a in pairs]
        else:
            from .outcomes import outcome_items

            pairs = outcome_items(ctx)
            verdicts = [{"smart": a.smart, "parts": a.parts(), "provision_as_outcome": a.provision_as_outcome,
                         "aspiration_only": a.aspiration_only} for _, a in pairs]
        p = item_confidences(target, [it.text for it, _ in pairs], verdicts, model)
        floor = getattr(model, "floor", None) or DEFAULT_FLOOR
        return {(it.start, it.end): float(x) for (it, _), x in zip(pairs, p)}, floor

    return ctx.cached(f"model-view:{target}", make)


@check_type("classifier")
def check_classifier(rule: Rule, ctx: Context):
    from ..ml.combine import disagreement_finding, predict
    from ..ml.features import rule_decision

    target = rule.params.get("target", "provision")
    models = _models(ctx)
    model = (models or {}).get(target)
    if model is None:
        return []
    if target == "provision":
        from .provision import analysed

        scope = set(rule.sections) or None
        pairs = [(it, a) for it, a in analysed(ctx, _hedge_rule(ctx)) if scope is None or it.section in scope]
        verdicts = [{"specific": a.specific, "slots": a.verdict_slots(), "vague": [h.phrase for h in a.hedges]}
                    for _, a in pairs]
    else:
        from .outcomes import outcome_items

        pairs = outcome_items(ctx)
        verdicts = [{"smart": a.smart, "parts": a.parts(), "provision_as_outcome": a.provision_as_outcome,
                     "aspiration_only": a.aspiration_only} for _, a in pairs]
    if not pairs:
        return []
    final, p = predict(target, [it.text for it, _ in pairs], verdicts, model)
    out = []
    for (it, _), v, fin, prob in zip(pairs, verdicts, final, p):
        if bool(fin) == rule_decision(target, v):
            continue
        conf = float(prob if fin else 1.0 - prob)
        f = disagreement_finding(target, SectionKey(it.section).value, bool(fin), conf)
        out.append(rule.finding(section=it.section, start=it.start, end=it.end, text=it.text,
                                message=f.message, suggestion=f.suggestion, severity=f.severity,
                                confidence=f.confidence, source="model"))
    return out
