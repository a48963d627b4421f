"""The sentence models' view of a plan's items: one batch per plan and target, shared by the
``classifier`` check type and by the confidence floor of the rule checks (provision, outcomes).

It sits below those checks and imports none of them: each caller hands over its own (item,
analysis) pairs, so provision and outcomes can ask for the view without a cycle.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from ..ml.combine import DEFAULT_FLOOR, predict
from ..ml.io import load_models
from .registry import Context

Pairs = Sequence[tuple[Any, Any]]  # (Item, ProvisionAnalysis | OutcomeAnalysis)


def models_of(ctx: Context):
    """The models a plan is checked with: None when off (``models=False``), the shipped ones by default."""
    choice = ctx.cache.get("models")
    if choice is False:
        return None
    if isinstance(choice, dict):
        return choice
    return load_models(choice if isinstance(choice, str) else None)


def verdict_of(target: str, a) -> dict:
    """The rules' verdict on one item, in the shape the models read and ``check-items`` reports:
    the one verdict dict (a provision item's slots and hedges, an outcome's SMART parts)."""
    if target == "provision":
        return {"specific": a.specific, "slots": a.verdict_slots(), "vague": a.vague()}
    return {"smart": a.smart, "parts": a.parts(), "provision_as_outcome": a.provision_as_outcome,
            "aspiration_only": a.aspiration_only}


def verdicts(target: str, pairs: Pairs) -> list[dict]:
    """The rules' verdicts of ``pairs`` (``verdict_of`` each)."""
    return [verdict_of(target, a) for _, a in pairs]


def model_view(ctx: Context, target: str, pairs: Callable[[], Pairs]):
    """({(item start, item end): (final verdict, probability the item is fine)}, floor) for the items
    of a plan, or None when models are off or none is shipped for ``target``. ``pairs`` gives the
    plan's (item, analysis) pairs for ``target``; it is called only when a model is there."""
    def make():
        model = (models_of(ctx) or {}).get(target)
        if model is None:
            return None
        got = pairs()
        if not got:
            return {}, DEFAULT_FLOOR
        final, p = predict(target, [it.text for it, _ in got], verdicts(target, got), model)
        floor = getattr(model, "floor", None) or DEFAULT_FLOOR
        return {(it.start, it.end): (bool(f), float(x)) for (it, _), f, x in zip(got, final, p)}, floor

    return ctx.cached(f"model-view:{target}", make)


def p_fine(probs: dict, item) -> float | None:
    """The model's probability that ``item`` is fine, from a ``model_view``."""
    got = probs.get((item.start, item.end))
    return got[1] if got else None
