"""Combine rule verdicts with the shipped sentence models, explicitly.

``combine_items(section, texts, verdicts)`` takes the rule verdicts (shared-contract format) for the
items of one section and returns them with the final ``specific`` (provision) or ``smart`` (outcome),
a ``confidence`` and ``source: "rules+model"``. How the two are combined is recorded in the model
manifest and is one of:
- ``stack``: a small logistic regression (the combiner) over the rule verdict (slots found, hedges,
  SMART parts, as numbers) and the text model's probabilities (for outcomes: SMART, provision posing
  as an outcome, measurable) decides. It is fitted on the dev split, whose wording the rules were
  never tuned on, so it learns where the rules' verdict is unreliable;
- ``gate``: the rules decide unless the text model is confident (probability within ``margin`` of 0 or 1);
- ``model``: the text model's probability decides.
Whenever the final verdict differs from the rules' verdict, a model finding says so, with the
model's confidence: never a hidden override. The rule findings are kept untouched, so a moderator
sees both. ``confidence`` is the model's probability for the final verdict (p if true, 1 - p if
false). All items of a call are predicted in one batch (a 30-page plan takes a few milliseconds).
With no models shipped, verdicts come back unchanged (rules only).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..model import Dimension, Finding, SectionKey, Severity
from .features import feature_rows, kind_of, logit, rule_decision, rule_matrix
from .io import MODEL_DIR, LoadedModel, load_models, manifest_versions, read_manifest
from .plain import PlainTextModel

RULE_IDS = {"provision": "specificity.model-specific", "outcome": "measurability.model-smart"}
GUIDANCE = {"provision": "SEND Code of Practice 9.69", "outcome": "SEND Code of Practice 9.64-9.68"}


def model_versions(model_dir=None) -> dict[str, str]:
    """{name: version} of the shipped models, for reports ({} when none are shipped)."""
    man = read_manifest(Path(model_dir) if model_dir else MODEL_DIR) or {}
    versions = manifest_versions(model_dir)
    return {f"{kind}-{entry.get('target')}": versions[kind] for kind, entry in (man.get("models") or {}).items()
            if kind in versions and not kind.endswith("-textonly")}


def text_probas(pipeline, x) -> np.ndarray:
    """(n, k) positive-class probabilities from a plain model (numpy only) or a scikit-learn one."""
    if isinstance(pipeline, PlainTextModel):
        return pipeline.text_probas(x)
    from .models import text_probas as sklearn_text_probas  # lazy: scikit-learn, only for such a pipeline

    return sklearn_text_probas(pipeline, x)


def predict(kind: str, texts: Sequence[str], verdicts: Sequence[dict[str, Any]], model: LoadedModel):
    """(final decisions, model probabilities of the positive class) for a batch of items."""
    x = feature_rows(kind, texts, verdicts)
    pt = text_probas(model.pipeline, x)
    rules = np.array([rule_decision(kind, v) for v in verdicts], dtype=bool)
    if model.strategy == "stack":
        p = model.combiner.predict_proba(np.hstack([rule_matrix(kind, verdicts), logit(pt)]))[:, 1]
        return p >= model.threshold, p
    p = pt[:, 0]
    if model.strategy == "gate":
        confident = (p >= 1 - model.margin) | (p <= model.margin)
        final = np.where(confident, p >= model.threshold, rules)
    else:
        final = p >= model.threshold
    return final.astype(bool), p


#: below this confidence (the combined model's probability that an item is not specific / not SMART)
#: a rule's error on the item is reported as a suggestion: a false error costs a caseworker's trust.
#: A model's manifest entry may set its own ("floor"), chosen leave one author out.
DEFAULT_FLOOR = 0.5


def soften(finding: Finding, p_positive: float | None, floor: float) -> Finding:
    """A rule's error on an item, given the combined model's probability that the item is fine: kept
    as an error with its confidence when the model agrees (confidence >= floor), otherwise a
    suggestion saying how sure the model is."""
    if p_positive is None or finding.severity != Severity.ERROR:
        return finding
    conf = round(1.0 - float(p_positive), 4)
    if conf >= floor:
        return replace(finding, confidence=conf)
    return replace(finding, severity=Severity.SUGGESTION, confidence=conf,
                   message=f"{finding.message} (Low confidence {conf:.2f}: the sentence model reads this item as "
                           "sound, so check it rather than treat it as an error.)")


#: what the finding says when the rules found every slot but a session length (LABELS.md: a duration
#: is needed unless none applies), the commonest gap the model finds that the rules cannot
NO_DURATION = (" It gives no length for each session: unless none applies (equipment, an adjustment, an "
               "every-lesson strategy, a review), say how long, e.g. '30 minutes'.")


def disagreement_finding(kind: str, section: str, final: bool, confidence: float, start: int | None = None,
                         end: int | None = None, text: str | None = None, error_floor: float | None = None,
                         verdict: dict[str, Any] | None = None) -> Finding:
    """The finding a model verdict that overturns the rules' verdict produces. ``error_floor``: where
    the model finds a gap the rules missed with at least this confidence, the finding is an error,
    the same bar a rule's error must clear to stay one (``soften``); below it, a warning.
    ``verdict``: the rules' verdict on the item; a provision item with what, who and frequency but
    no duration is told that a session length may be what is missing."""
    what = "specific" if kind == "provision" else "SMART"
    if final:
        msg = (f"The sentence model judges this item {what} although the rule checks did not "
               f"(confidence {confidence:.2f}); the rule findings stand for a moderator to weigh.")
        sev = Severity.SUGGESTION
        sug = "Check the rule findings on this item; if they are right, add what they ask for."
    else:
        msg = (f"The sentence model judges this item not {what} although the rule checks found no gap "
               f"(confidence {confidence:.2f}).")
        slots = (verdict or {}).get("slots") or {}
        if kind == "provision" and slots.get("what") and slots.get("frequency") and not slots.get("duration"):
            msg += NO_DURATION
        sev = Severity.ERROR if error_floor is not None and confidence >= error_floor else Severity.WARNING
        sug = ("State what is provided, by whom (role and expertise) and how often, with no hedging words."
               if kind == "provision" else
               "Make the child the subject of a concrete skill, with a measure and a date.")
    return Finding(rule_id=RULE_IDS[kind], message=msg, severity=sev,
                   dimension=Dimension.SPECIFICITY if kind == "provision" else Dimension.MEASURABILITY,
                   section=SectionKey(section), start=start, end=end, text=text, suggestion=sug,
                   guidance=GUIDANCE[kind], confidence=round(confidence, 4), source="model")


def combine_items(section: str, texts: Sequence[str], verdicts: Sequence[dict[str, Any]],
                  model_dir=None) -> list[dict[str, Any]]:
    kind = kind_of(section)
    if len(texts) != len(verdicts):
        raise ValueError(f"combine_items: {len(texts)} texts but {len(verdicts)} verdicts")
    models = load_models(model_dir) or {}
    model = models.get(kind)
    out = [dict(v, findings=list(v.get("findings") or [])) for v in verdicts]  # inputs untouched
    if model is None or not out:
        return out
    final, p = predict(kind, texts, verdicts, model)
    key = "specific" if kind == "provision" else "smart"
    for v, t, fin, prob in zip(out, texts, final, p):
        conf = float(prob if fin else 1.0 - prob)
        if bool(fin) != rule_decision(kind, v):
            f = disagreement_finding(kind, str(section).upper(), bool(fin), conf, 0, len(t), None, verdict=v)
            v.setdefault("findings", []).append(f.to_dict())
        v[key] = bool(fin)
        v["confidence"] = round(conf, 4)
        v["source"] = "rules+model"
    return out
