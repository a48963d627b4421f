"""Why the tool grades a plan as it does: one line per authored plan file (and, with --generated,
per generated plan) with the reference grade, the tool's grade and band, the overall score, the
criterion scores, and every limiting judgement that fired with its evidence (the share or the rule
ids behind it). Plan text is never printed: evidence is rule ids, sections and counts.

    .venv/bin/python scripts/rating_listing.py                 # every authored plan, DOCX and PDF
    .venv/bin/python scripts/rating_listing.py --misses        # only plans the tool grades differently
    .venv/bin/python scripts/rating_listing.py --author fenwick --json out.json

Uses the shipped models (so the authors' lines were seen in training): this is a listing for
finding mechanisms, not a figure; `scripts/evaluate.py` (leave one author out) gives the honest ones.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402
from ehcp_qa import api  # noqa: E402
from ehcp_qa.errors import EhcpQaError  # noqa: E402
from ehcp_qa.model import Rating  # noqa: E402
from ehcp_qa.scoring import CRITERIA, assess, default_rubric, limit_hits, limit_reason  # noqa: E402

SHORT = {"completeness": "com", "specificity": "spe", "measurability": "mea", "health_care": "hc",
         "golden_thread": "gt", "voice": "voi", "language": "lan"}
ABBR = {"outstanding": "OUT", "good": "GOOD", "requires_improvement": "RI", "inadequate": "INAD"}


def list_plan(path: Path, grade: str) -> dict:
    try:
        plan = api.load_plan(path)
        findings = api.check_plan(plan)
    except EhcpQaError as e:
        return {"file": path.name, "grade": grade, "error": type(e).__name__}
    rub = default_rubric()
    st = assess(plan, findings, rub)
    hits = limit_hits(st)
    band = rub.band(st.total)
    rating = min([band.rank] + [lim.cap.rank for lim, _ in hits])
    caps = []
    for lim, idx in hits:
        rules = Counter(f"{st.findings[i].rule_id}@{st.findings[i].section.value if st.findings[i].section else '-'}"
                        for i in idx)
        caps.append({"cap": lim.cap.value, "reason": limit_reason(lim, st, idx),
                     "evidence": dict(rules.most_common(6))})
    return {"file": path.name, "format": path.suffix.lstrip("."), "grade": grade,
            "rating": {r.rank: r for r in Rating}[rating].value, "band": band.value, "total": st.total,
            "scores": st.scores, "caps": caps,
            "sections": {k.value: s.status.value for k, s in plan.sections.items()}, "missing": list(st.missing)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--author", action="append")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    rows = []
    for author in a.author or authored.plan_authors():
        base = authored.AUTHORED / author
        for p in authored.manifest(author)["plans"]:
            for fmt, f in (p.get("files") or {}).items():
                if f and (base / f).exists():
                    r = list_plan(base / f, p["target_grade"])
                    r["key"], r["author"] = p["id"], author
                    rows.append(r)
    for r in rows:
        if "error" in r:
            print(f"{r['file']:<40} {ABBR[r['grade']]:>4} ERROR {r['error']}")
            continue
        if a.misses and r["rating"] == r["grade"]:
            continue
        d = Rating(r["rating"]).rank - Rating(r["grade"]).rank
        side = "" if not d else ("harsh" if d < 0 else "lenient")
        sc = " ".join(f"{SHORT[c]}{r['scores'][c]:.1f}" for c in CRITERIA)
        print(f"{r['file'][:40]:<40} ref {ABBR[r['grade']]:>4} tool {ABBR[r['rating']]:>4} band {ABBR[r['band']]:>4} "
              f"{r['total']:.2f} {side:<7} {sc}")
        for c in r["caps"]:
            print(f"      cap {ABBR[c['cap']]:>4}: {c['reason']}  [{', '.join(f'{k} x{v}' for k, v in c['evidence'].items())}]")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
