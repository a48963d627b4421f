"""Sectionizer accuracy against corpus ground truth (corpus/plans/<id>.json beside the plan file).

A statutory section counts as found when the sectionizer reports it and its first and last blocks
are within one block of the ground-truth anchors. Anchors are matched by whitespace-normalised text,
first occurrence in order (the first anchor searched from the previous section's); a last anchor
whose text repeats is taken at its last occurrence before the next section's first anchor. Also
reported: section status (content / nil / empty) that agrees, "missing" lists that agree exactly,
and cover meta fields that agree.

    .venv/bin/python scripts/eval_sections.py [corpus/plans] [--json] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from ehcp_qa.api import load_plan
from ehcp_qa.errors import ReadError

META_FIELDS = ("name", "dob", "plan_date", "status", "age", "year_group")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _find(texts: list[str], anchor: str, start: int) -> int | None:
    a = _norm(anchor)
    for i in range(max(0, start), len(texts)):
        if texts[i] == a:
            return i
    return None


def evaluate_plan(truth: dict, plan_file: Path) -> dict:
    out = {"id": truth.get("id", plan_file.stem), "layout": truth.get("layout", "?"), "format": truth.get("format"),
           "sections": 0, "correct": 0, "key_found": 0, "status_ok": 0, "errors": [], "missing_ok": False, "meta_ok": 0,
           "meta_n": 0, "read_error": None}
    try:
        plan = load_plan(plan_file)
    except ReadError as e:
        out["read_error"] = e.code
        out["sections"] = sum(1 for s in truth["sections"])
        return out
    texts = [_norm(b.text) for b in plan.blocks]
    # first anchors, in order: each searched from the previous section's (then from the top)
    firsts: list[int | None] = []
    prev = 0
    for s in truth["sections"]:
        first = _find(texts, s["first"], prev)
        if first is None:
            first = _find(texts, s["first"], 0)
        firsts.append(first)
        prev = first if first is not None else prev
    for s, first in zip(truth["sections"], firsts):
        out["sections"] += 1
        key = s["key"]
        sec = plan.section(key)
        last = None
        if first is not None:
            # the last anchor's text can repeat (e.g. "Once a week" in several table rows): take its
            # last occurrence before the next section starts, else its first after `first`
            nxt = min((f for f in firsts if f is not None and f > first), default=len(texts))
            hits = [i for i in range(first, nxt) if texts[i] == _norm(s["last"])]
            last = hits[-1] if hits else _find(texts, s["last"], first)
        if sec is None:
            out["errors"].append(f"{key}: not found")
            continue
        out["key_found"] += 1
        if sec.status.value == s.get("status"):
            out["status_ok"] += 1
        else:
            out["errors"].append(f"{key}: status {sec.status.value}, expected {s.get('status')}")
        if first is None or last is None:
            out["errors"].append(f"{key}: anchor text not among blocks")
            continue
        ok_first, ok_last = abs(sec.blocks[0] - first) <= 1, abs(sec.blocks[-1] - last) <= 1
        if ok_first and ok_last:
            out["correct"] += 1
        else:
            out["errors"].append(f"{key}: got blocks {sec.blocks[0]}-{sec.blocks[-1]}, expected {first}-{last}")
    predicted_missing = sorted(k.value for k in _statutory() if plan.section(k) is None)
    out["missing_ok"] = predicted_missing == sorted(truth.get("missing", []))
    meta = truth.get("meta", {})
    for f in META_FIELDS:
        if meta.get(f) is not None:
            out["meta_n"] += 1
            got = getattr(plan.meta, f)
            ok = str(got).lower() == str(meta[f]).lower()
            out["meta_ok"] += ok
            if not ok:
                out["errors"].append(f"meta.{f}")  # field name only: values are plan data
    return out


def _statutory():
    from ehcp_qa.model import STATUTORY

    return STATUTORY


def evaluate(folder: Path, limit: int | None = None) -> dict:
    truths = sorted(folder.glob("*.json"))[:limit]
    plans = []
    for tp in truths:
        try:
            truth = json.loads(tp.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):  # being rewritten by make_corpus.py right now
            continue
        if "sections" not in truth:
            continue
        f = Path(truth.get("file") or "")
        plan_file = f if f.is_absolute() else tp.parent / f.name
        if not plan_file.exists():
            continue
        plans.append(evaluate_plan(truth, plan_file))
    by: dict[str, dict] = defaultdict(lambda: {"plans": 0, "sections": 0, "correct": 0, "missing_ok": 0,
                                                "meta_ok": 0, "meta_n": 0, "read_errors": 0, "status_ok": 0})
    for r in plans:
        for group in (r["layout"], f"format:{r['format']}", "overall"):
            g = by[group]
            g["plans"] += 1
            g["sections"] += r["sections"]
            g["correct"] += r["correct"]
            g["status_ok"] += r["status_ok"]
            g["missing_ok"] += r["missing_ok"]
            g["meta_ok"] += r["meta_ok"]
            g["meta_n"] += r["meta_n"]
            g["read_errors"] += r["read_error"] is not None
    for g in by.values():
        g["accuracy"] = round(g["correct"] / g["sections"], 4) if g["sections"] else None
        g["status_accuracy"] = round(g["status_ok"] / g["sections"], 4) if g["sections"] else None
        g["missing_accuracy"] = round(g["missing_ok"] / g["plans"], 4) if g["plans"] else None
        g["meta_accuracy"] = round(g["meta_ok"] / g["meta_n"], 4) if g["meta_n"] else None
    return {"groups": dict(sorted(by.items(), key=lambda kv: (kv[0] == "overall", kv[0]))),
            "plans": plans}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="corpus/plans", type=Path)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", action="store_true", help="list the plans with wrong sections (ids only)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    res = evaluate(args.folder, args.limit)
    if args.json:
        print(json.dumps(res if args.errors else res["groups"], indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Sections found with the right first and last block ({args.folder}, "
                        f"{time.perf_counter() - t0:.1f} s)")
    for c in ("group", "plans", "sections", "correct", "accuracy", "status", "missing exact", "meta fields",
              "read errors"):
        table.add_column(c, justify="left" if c == "group" else "right")
    for name, g in res["groups"].items():
        table.add_row(name, str(g["plans"]), str(g["sections"]), str(g["correct"]), f"{g['accuracy']}",
                      f"{g['status_accuracy']}", f"{g['missing_accuracy']}", f"{g['meta_accuracy']}", str(g["read_errors"]))
    Console(width=max(120, Console().width)).print(table)
    if args.errors:
        for r in res["plans"]:
            if r["errors"] or r["read_error"]:  # ids, keys and field names only, never plan text
                print(r["id"], r["layout"], r["format"], r["read_error"] or "; ".join(r["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
