"""Compare rules alone and rules+model leave one author out (and on the generated TEST split); ship
only a combination that beats rules alone on text by authors it never saw.

    .venv/bin/python scripts/select_model.py [--candidates models/candidates] [--no-ship] [--no-loao]

Leave one author out (the deciding figures): for each author of corpus/authored, slot taggers and
sentence models are trained without them (scripts/evaluate.py's train_fold) and their labelled
lines judged; pooled over authors, the worse class's F1 of rules alone and of rules+model (an item
is judged bad when the rules say so and the model's confidence that it is bad reaches the floor)
decides, and the floor (below which a rule's error becomes a suggestion) is chosen there too.

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


SHIP_MARGIN = 0.005


def _errors_at_floor(kind: str) -> bool:
    """Whether the shipped rule pack reports the model's own gaps as errors at the floor
    (``errors_at_floor`` on the kind's classifier rule), so the floor is chosen for what the tool does."""
    from ehcp_qa.ml.combine import RULE_IDS
    from ehcp_qa.rules.load import load_rules

    rule = load_rules().get(RULE_IDS[kind])
    return bool(rule and rule.enabled and rule.params.get("errors_at_floor"))


def loao_selection() -> dict:
    """Per kind: pooled leave-one-author-out worst-class F1 of rules alone, and of rules+model at
    each floor; the best floor."""
    import tempfile

    import authored
    import evaluate
    from ehcp_qa.ml import spans

    rows_by_author = authored.all_rows()
    tmp = Path(tempfile.mkdtemp(prefix="ehcp-select-"))
    pairs: dict[str, list] = {"provision": [], "outcome": []}  # (label, rules verdict, model probability)
    for a in rows_by_author:
        d = evaluate.train_fold(a, rows_by_author, tmp / a)
        with spans.using(tmp / a / "spans"):
            for kind, ps in evaluate.fold_pairs(a, rows_by_author, d).items():
                pairs[kind].extend(ps)
        print(f"  loao {a} done", file=sys.stderr)
    out = {}
    for kind, ps in pairs.items():
        y = [g for g, _, _ in ps]
        rules = [v for _, v, _ in ps]
        res = {"n": len(ps), "rules": evaluate._worst_f1(y, rules), "floors": {}}
        # bad only where the rules say so and the model's confidence reaches the floor (and, where the
        # rule pack says errors_at_floor, wherever the model's confidence that the item is bad reaches
        # it: a gap the rules missed is an error at the floor too); scripts/evaluate.py's folds choose
        # their own floor the same way, from their training authors only
        scores = evaluate.floor_scores(ps, _errors_at_floor(kind))
        if scores is not None:
            res["floors"] = scores
            best = max(scores, key=scores.get)  # the first (lowest) of equally good floors
            res["floor"], res["combined"] = float(best), scores[best]
        out[kind] = res
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
        if metrics[kind].get("loao", {}).get("floor") is not None:
            e["floor"] = metrics[kind]["loao"]["floor"]
            e["loao"] = metrics[kind]["loao"]
        entries[kind] = e
    manifest = {k: v for k, v in cand_manifest.items() if k != "models"} | {
        "models": entries, "evaluated_by": "scripts/select_model.py"}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=Path, default=ROOT / "models" / "candidates")
    ap.add_argument("--no-ship", action="store_true")
    ap.add_argument("--no-loao", action="store_true", help="decide on the generated test split alone")
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
    if a.no_loao:
        winners = [k for k, m in metrics.items() if m["test"]["combined"]["f1"] > m["test"]["rules"]["f1"]]
    else:
        lo = loao_selection()
        for kind, r in lo.items():
            metrics[kind]["loao"] = r
            print(f"{kind}: leave one author out, worse class F1: rules {r['rules']:.3f}, rules+model "
                  f"{r.get('combined', float('nan')):.3f} at floor {r.get('floor')} (floors {r['floors']})")
        # by more than SHIP_MARGIN: a gain within noise is no reason to add a model
        winners = [k for k, r in lo.items() if r.get("combined") is not None and r["combined"] > r["rules"] + SHIP_MARGIN]
    for kind in metrics:
        verdict = "SHIP" if kind in winners else "NOT shipped (does not beat rules alone)"
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
