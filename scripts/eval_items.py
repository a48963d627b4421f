"""Precision / recall / F1 of the item verdicts (`check-items`) against the labelled statements.

    .venv/bin/python scripts/eval_items.py [--split test|train|all] [--no-models] [--json]

Labels: provision `specific` and each slot's presence (null vs not); outcome `smart`, `specific`,
`measurable`, `time_bound`, `provision_as_outcome`, `aspiration_only`. Tune on train; report test.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ehcp_qa.checks.engine import check_items  # noqa: E402

SLOTS = ("what", "who", "frequency", "duration", "group", "review")
OUTCOME_LABELS = ("smart", "specific", "measurable", "time_bound", "provision_as_outcome", "aspiration_only")


def prf(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "accuracy": round(acc, 3), "support": tp + fn, "n": len(pairs)}


def load(path: Path, split: str) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r.get("split") == split]


def section_of(row: dict, default: str) -> str:
    tail = row.get("source", "").rsplit(":", 1)[-1]
    return tail if tail in ("F", "G", "H1", "H2", "E") else default


def verdicts_by_section(rows: list[dict], default: str, models: bool) -> list[dict]:
    out: list[dict | None] = [None] * len(rows)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(section_of(r, default), []).append(i)
    for sec, idx in groups.items():
        for i, v in zip(idx, check_items(sec, [rows[i]["text"] for i in idx], models=models)):
            out[i] = v
    return out  # type: ignore[return-value]


def evaluate(corpus: Path, split: str, models: bool, errors_to: Path | None = None) -> dict:
    res: dict[str, dict] = {}
    t0 = time.perf_counter()
    prov = load(corpus / "provision.jsonl", split)
    pv = verdicts_by_section(prov, "F", models)
    res["provision.specific"] = prf([(r["specific"], v["specific"]) for r, v in zip(prov, pv)])
    for s in SLOTS:
        res[f"provision.slot.{s}"] = prf([(r["slots"][s] is not None, v["slots"][s] is not None)
                                          for r, v in zip(prov, pv)])
    outs = load(corpus / "outcomes.jsonl", split)
    ov = verdicts_by_section(outs, "E", models)

    def got(v, label):
        return v["smart"] if label == "smart" else v["parts"][label] if label in v["parts"] else v[label]

    for label in OUTCOME_LABELS:
        res[f"outcome.{label}"] = prf([(r[label], got(v, label)) for r, v in zip(outs, ov)])
    secs = time.perf_counter() - t0
    if errors_to is not None:  # disagreements, for tuning on TRAIN only
        with errors_to.open("w", encoding="utf-8") as fh:
            for r, v in zip(prov, pv):
                bad = [s for s in SLOTS if (r["slots"][s] is None) != (v["slots"][s] is None)]
                if bad or r["specific"] != v["specific"]:
                    fh.write(json.dumps({"id": r["id"], "text": r["text"], "gold": r["specific"],
                                         "got": v["specific"], "slots": bad, "gold_slots": r["slots"],
                                         "got_slots": v["slots"], "vague": v["vague"]}) + "\n")
            for r, v in zip(outs, ov):
                bad = [lab for lab in OUTCOME_LABELS if r[lab] != got(v, lab)]
                if bad:
                    fh.write(json.dumps({"id": r["id"], "text": r["text"], "bad": bad,
                                         "gold": {lab: r[lab] for lab in OUTCOME_LABELS}}) + "\n")
    return {"split": split, "models": models, "n_provision": len(prov), "n_outcomes": len(outs),
            "seconds": round(secs, 2), "metrics": res}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["train", "test", "all"])
    ap.add_argument("--no-models", action="store_true")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "statements")
    ap.add_argument("--errors", type=Path, help="write disagreements here (use with --split train)")
    args = ap.parse_args(argv)
    out = evaluate(args.corpus, args.split, not args.no_models, args.errors)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"split={out['split']} models={out['models']} provision={out['n_provision']} "
          f"outcomes={out['n_outcomes']} ({out['seconds']} s)")
    print(f"{'label':32} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'support':>8}")
    for name, m in out["metrics"].items():
        print(f"{name:32} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['accuracy']:6.3f} "
              f"{m['support']:5d}/{m['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
