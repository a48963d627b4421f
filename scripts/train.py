"""Train the sentence models and fit their combiner with the rules; save them as candidates.

    .venv/bin/python scripts/train.py            # -> models/candidates/ (skops + manifest.json)
    .venv/bin/python scripts/select_model.py         # test split, once; ships only what beats rules alone

Why three splits: the rule checks were tuned on TRAIN until they are nearly perfect there, so a
combiner fitted on train learns "trust the rules". The DEV split (dev-only templates and words, never
used to tune the rules) shows the rules' errors on unseen wording, so the combiner is fitted there.
For each kind (provision `specific`, outcome `smart`):
- the text model (word + char n-grams; for outcomes also provision-as-outcome and measurable) is
  fitted on train + dev; its dev probabilities are out-of-fold (5 folds grouped by family, each fold's
  model fitted on train + the other dev folds), so the combiner never sees in-sample probabilities;
- candidates are compared by 5-fold cross-validation on dev, grouped by generator family: rules
  alone, text model alone, "gate" (rules unless the text model is confident, per margin) and "stack"
  (logistic regression over the rule verdict numbers and the logits of the text probabilities, per C);
- the best candidate by dev-CV F1 is saved (fitted on all of dev); the test split is not read here.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_qa.ml.features import feature_rows, logit, rule_decision, rule_matrix, rule_verdicts  # noqa: E402
from ehcp_qa.ml.io import save_models  # noqa: E402
from ehcp_qa.ml.models import TARGETS, TEXT_TARGETS, build_combiner, build_text_model, slim, text_probas  # noqa: E402

STMT = ROOT / "corpus" / "statements"
FILES = {"provision": "provision.jsonl", "outcome": "outcomes.jsonl"}
SEED = 20260401
TEXT_C = 3.0  # the C round 1 chose for the text-only model by grouped CV on train
# Word n-grams only: character n-grams cost ~40 ms per 150 items (scikit-learn counts them in Python),
# which alone breaks the 30 ms per 30-page plan budget (scripts/bench.py).
TEXT_CHAR_NGRAMS = None
COMBINER_C = (0.1, 1.0, 10.0)
MARGINS = (0.05, 0.1, 0.2, 0.3)
MODEL_VERSION = "2.0.0"


def load(kind: str) -> list[dict]:
    return [json.loads(line) for line in (STMT / FILES[kind]).read_text(encoding="utf-8").splitlines()]


def section_of(row: dict) -> str:
    if "smart" in row:
        return "E"
    parts = row["source"].split(":")
    return parts[2] if len(parts) > 2 else "F"


def group_of(row: dict) -> str:
    return row["id"] if row["source"] == "hand" else row["source"].split(":")[1]


def prepare(kind: str, rows: list[dict]):
    """Rule verdicts (batched per section), feature array, labels, rule decisions, groups."""
    verdicts: list[dict | None] = [None] * len(rows)
    by_sec: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_sec.setdefault(section_of(r), []).append(i)
    for sec, idx in by_sec.items():
        for i, v in zip(idx, rule_verdicts(sec, [rows[i]["text"] for i in idx])):
            verdicts[i] = v
    x = feature_rows(kind, [r["text"] for r in rows], verdicts)
    y = np.array([bool(r[TARGETS[kind]]) for r in rows])
    rules = np.array([rule_decision(kind, v) for v in verdicts])
    groups = np.array([group_of(r) for r in rows])
    return x, y, rules, groups, verdicts


def decide(strategy: str, p: np.ndarray, rules: np.ndarray, threshold: float = 0.5, margin: float = 0.0):
    """Final verdicts. ``p``: the text model's probability ("model", "gate") or the combiner's ("stack")."""
    if strategy in ("model", "stack"):
        return p >= threshold
    confident = (p >= 1 - margin) | (p <= margin)
    return np.where(confident, p >= threshold, rules)


def prf(y, pred) -> dict:
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
            "n": int(len(y)), "positives": int(np.sum(y))}


def text_labels(kind: str, rows: list[dict]) -> np.ndarray:
    return np.array([[bool(r[t]) for t in TEXT_TARGETS[kind]] for r in rows], dtype=int)


def fit_text(x, Y):
    return slim(build_text_model(C=TEXT_C, seed=SEED, char_ngrams=TEXT_CHAR_NGRAMS).fit(x, Y))


def stack_inputs(kind: str, verdicts, pt: np.ndarray) -> np.ndarray:
    return np.hstack([rule_matrix(kind, verdicts), logit(pt)])


def oof_combined(z: np.ndarray, y: np.ndarray, groups: np.ndarray, C: float) -> np.ndarray:
    out = np.zeros(len(y))
    for tr, va in GroupKFold(n_splits=5).split(z, y, groups):
        out[va] = build_combiner(C, SEED).fit(z[tr], y[tr]).predict_proba(z[va])[:, 1]
    return out


def train_kind(kind: str, rows: list[dict]) -> dict:
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    xt, _, _, _, _ = prepare(kind, train)
    xd, yd, rules_d, gd, vd = prepare(kind, dev)
    Yt, Yd = text_labels(kind, train), text_labels(kind, dev)
    # out-of-fold text probabilities on dev: each fold's text model never saw that fold
    pt_d = np.zeros(Yd.shape, dtype=float)
    for tr, va in GroupKFold(n_splits=5).split(xd, yd, gd):
        m = fit_text(np.vstack([xt, xd[tr]]), np.vstack([Yt, Yd[tr]]))
        pt_d[va] = text_probas(m, xd[va])
    z = stack_inputs(kind, vd, pt_d)
    cv = {"rules": prf(yd, rules_d), "model": prf(yd, pt_d[:, 0] >= 0.5)}
    cands = [(prf(yd, decide("gate", pt_d[:, 0], rules_d, margin=mg))["f1"], "gate", mg, None) for mg in MARGINS]
    cands += [(prf(yd, oof_combined(z, yd, gd, c) >= 0.5)["f1"], "stack", 0.0, c) for c in COMBINER_C]
    cv["candidates"] = [{"strategy": s, "margin": mg, "combiner_C": c, "f1": f} for f, s, mg, c in cands]
    f1, strategy, margin, C = max(cands, key=lambda t: t[0])  # first wins ties: gating before stacking
    if strategy == "stack":
        cv["combined"] = prf(yd, oof_combined(z, yd, gd, C) >= 0.5)
    else:
        cv["combined"] = prf(yd, decide("gate", pt_d[:, 0], rules_d, margin=margin))
    text = fit_text(np.vstack([xt, xd]), np.vstack([Yt, Yd]))
    combiner = build_combiner(C, SEED).fit(z, yd) if strategy == "stack" else None
    # hand-written dev rows alone, from the same out-of-fold predictions
    hand = np.array([r["source"] == "hand" for r in dev])
    return {kind: {"pipeline": text, "combiner": combiner, "target": TARGETS[kind], "threshold": 0.5,
                   "strategy": strategy, "margin": margin,
                   "params": {"text_C": TEXT_C, "combiner_C": C, "text_targets": TEXT_TARGETS[kind],
                              "text_inputs": "word 1-2-grams" + (f" + char_wb {TEXT_CHAR_NGRAMS}-grams" if TEXT_CHAR_NGRAMS else ""),
                              "combiner_inputs": "rule verdict numbers + logit(text probabilities)"},
                   "cv": cv, "cv_dev_hand_rules": prf(yd[hand], rules_d[hand])}}


def data_hashes() -> dict[str, str]:
    return {name: hashlib.sha256((STMT / name).read_bytes()).hexdigest() for name in FILES.values()}


def rules_fingerprint() -> str:
    """sha256 of the rule analysers and packs the rule features came from: retrain when it changes."""
    h = hashlib.sha256()
    for p in sorted([*(ROOT / "ehcp_qa" / "checks").glob("*.py"), *(ROOT / "ehcp_qa" / "resources" / "rules").glob("*.yaml")]):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Train the text models (train+dev) and fit the combiner (dev).")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "candidates")
    a = ap.parse_args(argv)
    t0 = time.time()
    models: dict = {}
    for kind in ("provision", "outcome"):
        models.update(train_kind(kind, load(kind)))
        cv = models[kind]["cv"]
        print(f"{kind}: dev-CV F1 rules {cv['rules']['f1']:.3f}  model {cv['model']['f1']:.3f}  combined "
              f"{cv['combined']['f1']:.3f} ({models[kind]['strategy']}, margin {models[kind]['margin']}, "
              f"combiner C {models[kind]['params']['combiner_C']})", file=sys.stderr)
        for c in cv["candidates"]:
            print(f"    candidate {c}", file=sys.stderr)
    manifest = {"model_version": MODEL_VERSION, "seed": SEED, "training_data": data_hashes(),
                "training_split": "text model: train+dev; combiner: dev", "rules_fingerprint": rules_fingerprint(),
                "trained_by": "scripts/train.py"}
    path = save_models(models, manifest, a.out)
    print(f"wrote {path} in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
