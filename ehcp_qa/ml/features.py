"""Inputs for the sentence models: the item text plus the rule verdict, as one 2-column array.

Column 0 is the text (word and character n-grams are taken from it; for provision, followed by the
words of its what-slot, ``what_tokens``); column 1 is the rule verdict
written as space-separated tokens ("slot:who slot:frequency vague rules:specific"),
so the fitted pipeline is made only of stock scikit-learn parts and loads with skops without any
custom type. The rule verdicts themselves come from ``ehcp_qa.checks.provision`` /
``ehcp_qa.checks.outcomes``; ``ehcp_qa.checks.engine.rule_verdicts`` builds them in the
shared-contract format when the caller has none (training, evaluation). ml never imports checks.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

import numpy as np

PROVISION_SECTIONS = ("F", "G", "H1", "H2")
SLOTS = ("what", "who", "frequency", "duration", "group", "review")


def kind_of(section: str) -> str:
    """'outcome' for section E, 'provision' for F, G, H1, H2."""
    s = str(section).upper()
    if s == "E":
        return "outcome"
    if s in PROVISION_SECTIONS:
        return "provision"
    raise ValueError(f"no item model for section {section!r} (expected E, F, G, H1 or H2)")


def rule_tokens(kind: str, verdict: dict[str, Any]) -> str:
    """The rule verdict as tokens. Only presence, never span text. Item findings are left out on
    purpose: their ids and severities depend on the rule pack in use (a council may disable or
    re-grade rules), while slots, hedges and SMART parts are what the model was trained on."""
    toks: list[str] = []
    if kind == "provision":
        toks += [f"slot:{k}" for k in SLOTS if (verdict.get("slots") or {}).get(k)]
        n_vague = len(verdict.get("vague") or ())
        toks += ["vague"] * min(n_vague, 3)
        if verdict.get("specific"):
            toks.append("rules:specific")
    else:
        parts = verdict.get("parts") or {}
        toks += [f"part:{k}" for k in ("specific", "measurable", "time_bound") if parts.get(k)]
        for k in ("provision_as_outcome", "aspiration_only", "smart"):
            if verdict.get(k):
                toks.append(f"rules:{k}")
    return " ".join(toks) or "none"


_WORD = re.compile(r"[a-z][a-z'\u2019-]+")


def what_tokens(verdict: dict[str, Any]) -> str:
    """The words of a provision item's what-slot (as the rules found it) as tokens for the word model:
    ``what_<word>`` for each, and ``nodur_<word>`` as well when the rules found no duration.

    Why: word n-grams of the whole text cannot tell "Key worker support" (a what that names no
    intervention) from a key worker named as the provider, nor learn that "Mentoring | Weekly" needs
    a session length while "A writing slope | Every lesson" does not (LABELS.md: a duration unless
    none applies). A linear model over the text adds a word's weight whatever else the item says;
    these tokens give it the what-slot on its own and the interaction "no duration x what is
    provided", learnt leave one author out from the authors' labels like every other weight, not
    listed by hand. Only words the tool found, never a label."""
    slots = verdict.get("slots") or {}
    what = slots.get("what")
    if not what:
        return ""
    words = [re.sub(r"['\u2019-]", "", w) for w in _WORD.findall(what.lower())]
    words = [w for w in words if len(w) > 1]
    toks = [f"what_{w}" for w in words]
    if not slots.get("duration"):
        toks += [f"nodur_{w}" for w in words]
    return " ".join(toks)


def feature_rows(kind: str, texts: Sequence[str], verdicts: Sequence[dict[str, Any]]) -> np.ndarray:
    """(n, 2) object array: text, rule tokens. The shape every shipped pipeline takes. A provision
    item's text is followed by its ``what_tokens``, so the word model (and its plain twin, which
    reads the same column) sees them without a second vectorizer."""
    x = np.empty((len(texts), 2), dtype=object)
    for i, (t, v) in enumerate(zip(texts, verdicts)):
        extra = what_tokens(v) if kind == "provision" else ""
        x[i, 0] = f"{t} {extra}" if extra else t
        x[i, 1] = rule_tokens(kind, v)
    return x


#: the rule verdict as numbers, in a fixed order: the combiner's first inputs (presence only)
RULE_FEATURES = {
    "provision": [*(f"slot:{k}" for k in SLOTS), "n_vague", "rules:specific"],
    "outcome": ["part:specific", "part:measurable", "part:time_bound", "rules:provision_as_outcome",
                "rules:aspiration_only", "rules:smart"],
}


def rule_matrix(kind: str, verdicts: Sequence[dict[str, Any]]) -> np.ndarray:
    """(n, len(RULE_FEATURES[kind])) floats from the rule verdicts."""
    rows = []
    for v in verdicts:
        if kind == "provision":
            slots = v.get("slots") or {}
            rows.append([float(bool(slots.get(k))) for k in SLOTS]
                        + [float(min(len(v.get("vague") or ()), 3)), float(bool(v.get("specific")))])
        else:
            parts = v.get("parts") or {}
            rows.append([float(bool(parts.get(k))) for k in ("specific", "measurable", "time_bound")]
                        + [float(bool(v.get(k))) for k in ("provision_as_outcome", "aspiration_only", "smart")])
    return np.array(rows, dtype=float).reshape(len(rows), len(RULE_FEATURES[kind]))


def logit(p: np.ndarray, eps: float = 1e-4) -> np.ndarray:
    p = np.clip(p, eps, 1 - eps)
    return np.log(p / (1 - p))


def rule_decision(kind: str, verdict: dict[str, Any]) -> bool:
    return bool(verdict.get("specific") if kind == "provision" else verdict.get("smart"))
