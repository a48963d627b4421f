"""Compare rules alone, model alone (text n-grams) and rules+model on the TEST split; ship the winner.

    .venv/bin/python scripts/select_model.py [--candidates models/candidates] [--no-ship]

The candidate was already chosen by scripts/train.py on dev-CV; this reads the test split once.
Prints precision / recall / F1 per label: cross-validated on dev (figures recorded by
scripts/train.py, grouped by generator family) and on the test split (all rows, and the
hand-written rows alone). Writes models/metrics.json. A candidate is copied into
ehcp_qa/resources/models/ (the shipped package data) only if its test F1 beats rules alone;
otherwise any shipped model for that label is removed and the report says so. The combined
figures come from ehcp_qa.ml.combine.predict, the code path the tool itself runs.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from ehcp_qa.ml.combine import predict  # noqa: E402
from ehcp_qa.ml.io import MANIFEST, MODEL_DIR, load_models, read_manifest, sha256_file  # noqa: E402
from ehcp_qa.ml.models import TEXT_TARGETS, text_probas  # noqa: E402
from train import load, prepare, prf  # noqa: E402


def evaluate_kind(kind: str, models: dict, manifest: dict) -> dict:
    test = [r for r in load(kind) if r["split"] == "test"]
    x, y, rules, _, verdicts = prepare(kind, test)
    m = models[kind]
    pt = text_probas(m.pipeline, x)
    combined, _ = predict(kind, [r["text"] for r in test], verdicts, m)
    preds = {"rules": rules, "model": pt[:, 0] >= 0.5, "combined": combined}
    hand = np.array([r["source"] == "hand" for r in test])
    out = {"label": m.target, "strategy": m.strategy, "margin": m.margin,
           "cv_dev": manifest["models"][kind]["cv"],
           "test": {k: prf(y, v) for k, v in preds.items()},
           "test_hand_only": {k: prf(y[hand], v[hand]) for k, v in preds.items()}}
    if kind == "outcome":  # the parts as the rules see them, and the text model's auxiliary outputs
        out["rules_parts_test"] = {
            part: prf(np.array([r[part] for r in test]), np.array([v["parts"][part] for v in verdicts]))
            for part in ("specific", "measurable", "time_bound")}
        out["rules_parts_test"]["provision_as_outcome"] = prf(
            np.array([r["provision_as_outcome"] for r in test]),
            np.array([v["provision_as_outcome"] for v in verdicts]))
        out["text_aux_test"] = {t: prf(np.array([r[t] for r in test]), pt[:, i] >= 0.5)
                                for i, t in enumerate(TEXT_TARGETS[kind]) if i > 0}
    return out


def ship(kinds: list[str], cand_dir: Path, cand_manifest: dict, metrics: dict, out_dir: Path = MODEL_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in [*out_dir.glob("*.skops"), *out_dir.glob("*.plain.npz")]:
        old.unlink()
    (out_dir / MANIFEST).unlink(missing_ok=True)
    if not kinds:
        return
    entries = {}
    for kind in kinds:
        e = dict(cand_manifest["models"][kind])
        for f, sha in ((e["file"], e["sha256"]), (e.get("combiner_file"), e.get("combiner_sha256")),
                       (e.get("plain_file"), e.get("plain_sha256"))):
            if f:
                shutil.copyfile(cand_dir / f, out_dir / f)
                assert sha256_file(out_dir / f) == sha
        e["test"] = metrics[kind]["test"]
        entries[kind] = e
    manifest = {k: v for k, v in cand_manifest.items() if k != "models"} | {
        "models": entries, "evaluated_by": "scripts/select_model.py"}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=Path, default=ROOT / "models" / "candidates")
    ap.add_argument("--no-ship", action="store_true")
    a = ap.parse_args(argv)
    models = load_models(a.candidates)
    manifest = read_manifest(a.candidates)
    if not models:
        sys.exit("no candidate models: run scripts/train.py first")
    metrics = {kind: evaluate_kind(kind, models, manifest) for kind in ("provision", "outcome")}

    print(f"{'label':<20}{'set':<16}{'system':<10}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for kind, m in metrics.items():
        for setname, block in (("cv(dev)", m["cv_dev"]), ("test", m["test"]), ("test/hand", m["test_hand_only"])):
            for system, s in block.items():
                if system == "candidates":
                    continue
                print(f"{kind + '.' + m['label']:<20}{setname:<16}{system:<10}{s['precision']:>7.3f}"
                      f"{s['recall']:>7.3f}{s['f1']:>7.3f}{s['n']:>6}")
        for part, s in (m.get("text_aux_test") or {}).items():
            print(f"{'outcome.' + part:<20}{'test':<16}{'model':<10}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                  f"{s['f1']:>7.3f}{s['n']:>6}")
        for part, s in (m.get("rules_parts_test") or {}).items():
            print(f"{'outcome.' + part:<20}{'test':<16}{'rules':<10}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                  f"{s['f1']:>7.3f}{s['n']:>6}")
    winners = [k for k, m in metrics.items() if m["test"]["combined"]["f1"] > m["test"]["rules"]["f1"]]
    for kind in metrics:
        verdict = "SHIP" if kind in winners else "NOT shipped (does not beat rules alone on test)"
        print(f"{kind}: combined {metrics[kind]['test']['combined']['f1']:.3f} vs rules "
              f"{metrics[kind]['test']['rules']['f1']:.3f} -> {verdict}")
    out = {"candidates_manifest": str(a.candidates.relative_to(ROOT)) if a.candidates.is_relative_to(ROOT) else str(a.candidates),
           "training_data": manifest["training_data"], "rules_fingerprint": manifest.get("rules_fingerprint"),
           "shipped": winners if not a.no_ship else [], "metrics": metrics,
           "command": ".venv/bin/python scripts/make_statements.py && .venv/bin/python scripts/train.py && "
                      ".venv/bin/python scripts/select_model.py"}
    (ROOT / "models" / "metrics.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    if not a.no_ship:
        ship(winners, a.candidates, manifest, metrics)
        print(f"shipped to {MODEL_DIR}: {winners or 'nothing'}")


if __name__ == "__main__":
    main()
