"""Suggested rating vs the corpus ground truth (`intended_grade` in corpus/plans/<id>.json):
quadratic-weighted kappa, exact and adjacent agreement, and the confusion matrix.

    .venv/bin/python scripts/eval_ratings.py                      # whole corpus, built-in rubric
    .venv/bin/python scripts/eval_ratings.py --rubric local.yaml --no-models --json out.json
    .venv/bin/python scripts/eval_ratings.py --cache /tmp/evalcache   # rescoring reuses findings

Targets (issue 4): QWK >= 0.80 and exact agreement >= 70%. The corpus is synthetic: these figures
say how the rubric behaves on plans with planted faults, not how it agrees with human moderators.
`--cache` keeps each plan's parsed blocks and findings as JSON (synthetic plans only) so a changed
rubric can be re-measured without re-running the checks; it is keyed by file hash, so clear it
whenever the parsers or checks change.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_qa import api  # noqa: E402
from ehcp_qa.calibrate import agreement  # noqa: E402
from ehcp_qa.model import (  # noqa: E402
    Block, BlockKind, Dimension, Finding, Plan, PlanMeta, Rating, Section, SectionKey, SectionStatus, Severity,
)
from ehcp_qa.scoring import load_rubric, score  # noqa: E402

ORDER = [Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE]
SHORT = {Rating.OUTSTANDING: "O", Rating.GOOD: "G", Rating.REQUIRES_IMPROVEMENT: "RI", Rating.INADEQUATE: "I"}


# --- cache: a plan and its findings as plain JSON ------------------------------------------------


def _plan_to_json(plan: Plan) -> dict:
    return {
        "source": plan.source, "sha256": plan.sha256, "format": plan.format, "text": plan.text,
        "pages": plan.pages, "meta": asdict(plan.meta),
        "blocks": [{k: (v.value if isinstance(v, BlockKind) else v) for k, v in asdict(b).items()} for b in plan.blocks],
        "sections": {k.value: {**asdict(s), "key": k.value, "status": s.status.value, "blocks": list(s.blocks)}
                     for k, s in plan.sections.items()},
    }


def _plan_from_json(d: dict) -> Plan:
    blocks = tuple(Block(**{**b, "kind": BlockKind(b["kind"])}) for b in d["blocks"])
    sections = {SectionKey(k): Section(**{**s, "key": SectionKey(k), "status": SectionStatus(s["status"]),
                                          "blocks": tuple(s["blocks"])}) for k, s in d["sections"].items()}
    return Plan(source=d["source"], sha256=d["sha256"], format=d["format"], text=d["text"], blocks=blocks,
                sections=sections, meta=PlanMeta(**d["meta"]), pages=d["pages"])


def _finding_from_json(d: dict) -> Finding:
    return Finding(**{**d, "severity": Severity(d["severity"]), "dimension": Dimension(d["dimension"]),
                      "section": SectionKey(d["section"]) if d["section"] else None})


def _finding_to_json(f: Finding) -> dict:
    d = asdict(f)
    d.update(severity=f.severity.value, dimension=f.dimension.value, section=f.section.value if f.section else None)
    return d


def plan_and_findings(path: Path, cache: Path | None, no_models: bool) -> tuple[Plan, list[Finding]]:
    key = None
    if cache is not None:
        import hashlib

        key = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:24]}{'-nomodels' if no_models else ''}.json"
        if key.is_file():
            d = json.loads(key.read_text(encoding="utf-8"))
            return _plan_from_json(d["plan"]), [_finding_from_json(f) for f in d["findings"]]
    plan = api.load_plan(path)
    findings = api.check_plan(plan, models=False if no_models else None)
    if key is not None:
        key.write_text(json.dumps({"plan": _plan_to_json(plan), "findings": [_finding_to_json(f) for f in findings]}),
                       encoding="utf-8")
    return plan, findings


# --- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "plans")
    ap.add_argument("--rubric", type=Path, default=None)
    ap.add_argument("--no-models", action="store_true", help="rules only")
    ap.add_argument("--cache", type=Path, default=None, help="folder for parsed plans + findings (synthetic corpus only)")
    ap.add_argument("--limit", type=int, default=0, help="first N plans only")
    ap.add_argument("--json", type=Path, default=None, help="write per-plan results and figures here")
    ap.add_argument("--misses", action="store_true", help="list plans rated differently, with criterion scores")
    args = ap.parse_args(argv)

    rubric = load_rubric(args.rubric)
    truths = sorted(args.corpus.glob("*.json"))
    if args.limit:
        truths = truths[: args.limit]
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    rows, failed = [], Counter()
    t0 = time.perf_counter()
    for gt_path in truths:
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        path = gt_path.parent / gt["file"]
        try:
            plan, findings = plan_and_findings(path, args.cache, args.no_models)
        except Exception as e:  # noqa: BLE001 - count and go on; no plan text printed
            failed[getattr(e, "code", type(e).__name__)] += 1
            continue
        rep = score(plan, findings, rubric=rubric)
        rows.append({"id": gt["id"], "layout": gt.get("layout"), "format": gt.get("format"),
                     "human": gt["intended_grade"], "auto": rep.rating.value, "score": rep.score,
                     "criteria": rep.criterion_scores,
                     "limits": [r.text for r in rep.reasons if r.criterion == "limiting"],
                     "faults": sorted({f["kind"] for f in gt.get("faults", [])})})
    secs = time.perf_counter() - t0
    if not rows:
        print(f"no plans scored (failures: {dict(failed)})", file=sys.stderr)
        return 2
    h = np.array([Rating(r["human"]).rank for r in rows])
    a = np.array([Rating(r["auto"]).rank for r in rows])
    stats = agreement(h, a)
    print(f"plans: {len(rows)} scored, {sum(failed.values())} failed {dict(failed) or ''} in {secs:.1f}s; "
          f"rubric {rubric.version}{'; rules only' if args.no_models else ''}")
    print(f"QWK {stats['qwk']:.3f}   exact {stats['exact']:.1%}   adjacent {stats['adjacent']:.1%}")
    print("confusion (rows: intended grade, columns: tool):")
    print("        " + "".join(f"{SHORT[c]:>6}" for c in ORDER) + "   total")
    for r in ORDER:
        cells = [int(np.sum((h == r.rank) & (a == c.rank))) for c in ORDER]
        print(f"  {SHORT[r]:>4}  " + "".join(f"{n:>6}" for n in cells) + f"   {sum(cells):>5}")
    by_layout = Counter()
    for r in rows:
        by_layout[(r["layout"], r["human"] == r["auto"])] += 1
    layouts = sorted({k[0] or "?" for k in by_layout})
    print("exact by layout: " + ", ".join(
        f"{lay} {by_layout[(lay, True)]}/{by_layout[(lay, True)] + by_layout[(lay, False)]}" for lay in layouts))
    if args.misses:
        for r in rows:
            if r["human"] != r["auto"]:
                crit = " ".join(f"{k[:4]}={v:.1f}" for k, v in r["criteria"].items())
                print(f"- {r['id']}: intended {r['human']}, tool {r['auto']} (score {r['score']:.1f}; {crit})")
                print(f"    faults: {', '.join(r['faults']) or 'none'}")
                for lim in r["limits"][:3]:
                    print(f"    limit: {lim}")
    if args.json:
        args.json.write_text(json.dumps({"stats": stats, "rubric": rubric.version, "failed": dict(failed),
                                         "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
