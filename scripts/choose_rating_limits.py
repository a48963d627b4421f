"""Choose the thresholds of three rubric limits leave one author out: the share-based "inadequate"
limits "most provision items are not quantified or are vague" (share of provision items) and
"outcomes are provision or aspirations" (share of outcomes), and the measurability score below which
"outstanding needs ... SMART outcomes" caps a plan at good.

For each author of corpus/authored, every candidate pair is scored on all other authors' plans plus
the generated plans (quadratic-weighted kappa with the reference grades, then exact agreement, then
the candidate nearest the rubric's own); the pair chosen is then measured on the left-out author.
Prints the choice per fold, the pooled left-out agreement, and the agreement of the rubric's own
values. A threshold is worth shipping when the folds agree on it.

    .venv/bin/python scripts/choose_rating_limits.py

Uses the shipped models' findings (checked once per plan); prints counts only, never plan text.
"""
from __future__ import annotations

import copy
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402
from ehcp_qa import api  # noqa: E402
from ehcp_qa.calibrate import agreement  # noqa: E402
from ehcp_qa.model import Rating  # noqa: E402
from ehcp_qa.scoring import default_rubric, parse_rubric, score  # noqa: E402

PROVISION_RULES = ["specificity.missing-frequency", "specificity.vague-provision"]
OUTCOME_RULES = ["measurability.provision-as-outcome", "measurability.aspiration-as-outcome"]
T_PROVISION = (0.5, 0.65, 0.75, 0.8)
T_OUTCOMES = (0.25, 0.33, 0.4, 0.5)
T_MEASURABILITY = (6.5, 7.5, 8.5, 9.0, 9.5)  # "outstanding needs SMART outcomes": measurability below it


def _limit_index(raw: dict, rules: list[str]) -> int:
    for i, lim in enumerate(raw["limits"]):
        sh = lim["when"].get("share")
        if sh and sh.get("rule") == rules and lim["cap"] == "inadequate":
            return i
    raise SystemExit(f"no inadequate share limit on {rules} in the rubric")


def _outstanding_index(raw: dict) -> int:
    for i, lim in enumerate(raw["limits"]):
        if lim["cap"] == "good" and "measurability" in (lim["when"].get("criterion_below") or {}):
            return i
    raise SystemExit("no 'outstanding needs SMART outcomes' limit in the rubric")


def current() -> tuple[float, float, float]:
    raw = default_rubric().raw
    return (raw["limits"][_limit_index(raw, PROVISION_RULES)]["when"]["share"]["at_least"],
            raw["limits"][_limit_index(raw, OUTCOME_RULES)]["when"]["share"]["at_least"],
            raw["limits"][_outstanding_index(raw)]["when"]["criterion_below"]["measurability"])


def variant(t_prov: float, t_out: float, t_meas: float):
    base = default_rubric()
    raw = copy.deepcopy(base.raw)
    raw["limits"][_limit_index(raw, PROVISION_RULES)]["when"]["share"]["at_least"] = t_prov
    raw["limits"][_limit_index(raw, OUTCOME_RULES)]["when"]["share"]["at_least"] = t_out
    raw["limits"][_outstanding_index(raw)]["when"]["criterion_below"]["measurability"] = t_meas
    return parse_rubric(raw, src=f"variant {t_prov}/{t_out}/{t_meas}")


def plans() -> list[dict]:
    out = []
    for a in authored.plan_authors():
        for p in authored.manifest(a)["plans"]:
            for f in (p.get("files") or {}).values():
                if f and (authored.AUTHORED / a / f).exists():
                    out.append({"author": a, "path": authored.AUTHORED / a / f, "grade": p["target_grade"]})
    for j in sorted((ROOT / "corpus" / "plans").glob("*.json")):
        d = json.loads(j.read_text(encoding="utf-8"))
        out.append({"author": "generated", "path": j.parent / d["file"], "grade": d["intended_grade"]})
    for e in out:
        plan = api.load_plan(e["path"])
        e["plan"], e["findings"] = plan, api.check_plan(plan)
    return out


def main() -> None:
    ps = plans()
    cur = current()
    cands = list(itertools.product(T_PROVISION, T_OUTCOMES, T_MEASURABILITY))
    ref = np.array([Rating(e["grade"]).rank for e in ps])
    pred = {c: np.array([score(e["plan"], e["findings"], variant(*c)).rating.rank for e in ps]) for c in cands}
    authors = [a for a in authored.plan_authors()]
    held_ref, held_pred = [], []
    for a in authors:
        train = np.array([e["author"] != a for e in ps])
        test = ~train

        def key(c):
            m = agreement(ref[train], pred[c][train])
            return (round(m["qwk"], 4), round(m["exact"], 4),
                    -abs(c[0] - cur[0]) - abs(c[1] - cur[1]) - abs(c[2] - cur[2]) / 10)

        best = max(cands, key=key)
        m = agreement(ref[test], pred[best][test])
        held_ref += list(ref[test])
        held_pred += list(pred[best][test])
        print(f"left out {a:12} chosen provision {best[0]:.2f} outcomes {best[1]:.2f} measurability {best[2]:.1f}  "
              f"left-out QWK {m['qwk']:.2f} exact {m['exact']:.0%} (n {m['n']})")
    m = agreement(held_ref, held_pred)
    d = np.array(held_pred) - np.array(held_ref)
    print(f"pooled left out: QWK {m['qwk']:.2f} exact {m['exact']:.0%} (n {m['n']}; "
          f"{int((d > 0).sum())} lenient, {int((d < 0).sum())} harsh)")
    auth = np.array([e["author"] != "generated" for e in ps])
    m = agreement(ref[auth], pred[cur][auth])
    g = agreement(ref[~auth], pred[cur][~auth])
    print(f"rubric's own {cur[0]:.2f}/{cur[1]:.2f}/{cur[2]:.1f}: authored QWK {m['qwk']:.2f} exact {m['exact']:.0%}; "
          f"generated QWK {g['qwk']:.2f} exact {g['exact']:.0%}")


if __name__ == "__main__":
    main()
