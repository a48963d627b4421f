"""Planted-fault recall per fault kind, and false errors on clean plans, over a corpus folder.

    .venv/bin/python scripts/eval_checks.py [corpus/plans] [--json] [--no-models]

A planted fault counts as found when a finding of one of its rules fires on the plan (and, where the
fault names a section, in that section or plan-wide). On plans planted `outstanding` or `good` no
fault is planted, so every error-severity finding there is a false error (issue 3 target: at most
one per plan on average on outstanding plans). Prints counts and rule ids only, never plan text.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ehcp_qa.api import check_plan, load_plan  # noqa: E402

# fault kind (corpus ground truth) -> rule ids that should report it
KIND_RULES: dict[str, tuple[str, ...]] = {
    "missing-section": ("completeness.missing-section",),
    "vague-provision": ("specificity.vague-provision",),
    "unquantified-provision": ("specificity.missing-frequency", "specificity.vague-provision"),
    "provision-missing-who": ("specificity.missing-who",),
    "unmeasurable-outcome": ("measurability.not-measurable",),
    "outcome-not-time-bound": ("measurability.not-time-bound",),
    "provision-as-outcome": ("measurability.provision-as-outcome",),
    "aspiration-as-outcome": ("measurability.aspiration-as-outcome",),
    "no-pfa-outcome": ("measurability.no-pfa-outcome",),
    "blank-health": ("health_care.blank-section", "completeness.empty-section"),
    "blank-social-care": ("health_care.blank-section", "completeness.empty-section"),
    "health-need-no-provision": ("health_care.health-need-no-provision",),
    "social-care-signal-nil": ("health_care.social-care-signal-nil",),
    "no-health-advice": ("health_care.no-health-advice",),
    "no-social-care-advice": ("health_care.no-social-care-advice",),
    "therapy-in-g": ("health_care.therapy-in-g",),
    "need-without-provision": ("golden_thread.need-without-provision",
                               "golden_thread.condition-without-provision"),
    "placeholder": ("drafting.placeholder",),
    "wrong-name": ("drafting.wrong-name",),
    "wrong-pronoun": ("drafting.wrong-pronoun",),
    "past-outcome-date": ("drafting.past-outcome-date",),
    "placement-in-draft": ("drafting.placement-in-draft",),
    "unexplained-acronym": ("drafting.unexplained-acronym",),
    "deficit-only": ("drafting.deficit-only",),
}
_H = {"H", "H1", "H2"}


def _same_section(fault_sec: str | None, finding_sec: str | None) -> bool:
    if not fault_sec or not finding_sec:
        return True
    return fault_sec == finding_sec or (fault_sec in _H and finding_sec in _H)


def evaluate(root: Path, models: bool = True) -> dict:
    found, total = collections.Counter(), collections.Counter()
    clean = {"outstanding": [0, 0, collections.Counter()], "good": [0, 0, collections.Counter()]}
    for gt_path in sorted(root.glob("*.json")):
        gt = json.loads(gt_path.read_text())
        plan = load_plan(root / gt["file"])
        findings = check_plan(plan, models=None if models else False)
        for fault in gt["faults"]:
            rules = KIND_RULES[fault["kind"]]
            total[fault["kind"]] += 1
            if any(f.rule_id in rules and _same_section(fault.get("section"), f.section and f.section.value)
                   for f in findings):
                found[fault["kind"]] += 1
        grade = gt["intended_grade"]
        if grade in clean:
            errors = [f.rule_id for f in findings if f.severity.value == "error"]
            clean[grade][0] += 1
            clean[grade][1] += len(errors)
            clean[grade][2].update(errors)
    return {
        "recall": {k: {"found": found[k], "planted": total[k], "recall": round(found[k] / total[k], 3)}
                   for k in sorted(total)},
        "false_errors": {g: {"plans": n, "errors": e, "per_plan": round(e / n, 2) if n else None,
                             "by_rule": dict(c.most_common())}
                         for g, (n, e, c) in clean.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default="corpus/plans", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-models", action="store_true")
    args = ap.parse_args()
    res = evaluate(args.root, models=not args.no_models)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{'fault kind':28} found/planted  recall")
    for k, r in res["recall"].items():
        print(f"{k:28} {r['found']:>5}/{r['planted']:<7} {r['recall']:.2f}")
    for g, r in res["false_errors"].items():
        print(f"\n{g}: {r['plans']} plans, {r['errors']} false errors, {r['per_plan']} per plan")
        for rule, n in r["by_rule"].items():
            print(f"  {rule:45} {n}")


if __name__ == "__main__":
    main()
