"""One evaluation of ehcp-qa on text written by other hands: items, outcomes, in-plan findings and
ratings, on ../shared/devset (statements and plans), per author of corpus/authored, leave one author
out, on the generated corpus, and the human ceiling.

    .venv/bin/python scripts/evaluate.py                  # prints the tables, writes models/evaluation.json
    .venv/bin/python scripts/evaluate.py --readme         # also rewrites the README's figures table
    .venv/bin/python scripts/evaluate.py --no-loao        # skip the retraining (a few minutes faster)

This is the only file in the project that reads ../shared/devset, and it only measures there:
nothing here is fitted on the devset (tests/test_devset_isolation.py holds that).

Figures, per set:
- provision `specific`: F1 of each class (specific / not specific) and the worse of the two; slots
  F1 per slot (what, who, frequency, duration, group) from the tool's slot verdicts;
- outcome `smart`: F1 of each class;
- non-item lines (headings, framing, funding, sign-offs, nil statements) that get no error;
- item detection: precision and recall of `item` on labelled lines (statements: check-items'
  `item`; plans: whether the plan's items cover most of the line);
- in plans, each labelled line is found in the plan text (whitespace, table bars and quote marks
  ignored) and judged by the findings that overlap it: a provision item is "not specific" when an
  error of the specificity dimension overlaps it, an outcome "not SMART" when an error of the
  measurability dimension does, and any error on a non-item line is a false error (but a drafting
  error that hits a fault of its kind the author labelled there, e.g. a placeholder left in a framing
  line, is a true one and is not counted);
- ratings: quadratic-weighted kappa, exact and adjacent agreement with the author's target grade,
  and which side the misses fall on (a negative bias = the tool is harsher).
Leave one author out (LOAO): for each author, the sentence models are retrained on the generated
statements plus every other author's labelled lines (scripts/train.py's procedure, other authors as
the combiner's split, folds grouped by author) and the rating bands are refitted on every other
author's plans plus the generated plans; the left-out author's statements, plan lines and ratings
are then measured. That is the honest figure for a council the tool has never seen.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402
import choose_rating_limits as crl  # noqa: E402
from ehcp_qa import api  # noqa: E402
from ehcp_qa.calibrate import assess_plan, band_ranks, caps_with, fit_calibration  # noqa: E402
from ehcp_qa.checks.engine import check_items  # noqa: E402
from ehcp_qa.errors import EhcpQaError  # noqa: E402
from ehcp_qa.model import Dimension, Rating, Severity  # noqa: E402
from ehcp_qa.scoring import assess, default_rubric  # noqa: E402

DEVSET = ROOT.parent / "shared" / "devset"
OUT_JSON = ROOT / "models" / "evaluation.json"
SLOTS = ("what", "who", "frequency", "duration", "group")
COMMAND = ".venv/bin/python scripts/evaluate.py --readme"


# --- metrics ---------------------------------------------------------------------------------------


def f1_both(y, pred) -> dict:
    """F1 of the positive and of the negative class, the worse of the two, and n."""
    y, pred = np.asarray(y, bool), np.asarray(pred, bool)

    def f1(t, p):
        tp = np.sum(t & p)
        return float(2 * tp / (np.sum(t) + np.sum(p))) if (np.sum(t) + np.sum(p)) else float("nan")

    pos, neg = f1(y, pred), f1(~y, ~pred)
    return {"pos": round(pos, 3), "neg": round(neg, 3), "worst": round(float(np.nanmin([pos, neg])), 3)
            if not (np.isnan(pos) and np.isnan(neg)) else float("nan"), "n": int(len(y))}


def f1_pos(y, pred) -> float:
    return f1_both(y, pred)["pos"]


def ratings_agreement(ref: list[int], got: list[int]) -> dict:
    """QWK, exact, adjacent on ranks (4 = outstanding ... 1 = inadequate); misses split by side."""
    from ehcp_qa.calibrate import agreement

    if not ref:
        return {"n": 0}
    a = agreement(ref, got)
    diff = np.asarray(got) - np.asarray(ref)
    return {"n": a["n"], "qwk": round(a["qwk"], 3), "exact": round(a["exact"], 3),
            "adjacent": round(a["adjacent"], 3), "lenient": int(np.sum(diff > 0)), "harsh": int(np.sum(diff < 0)),
            "bias": round(float(diff.mean()), 3)}


# --- statements ------------------------------------------------------------------------------------


def verdicts_for(rows: list[dict], model_dir: str | None = None) -> list[dict]:
    """Tool verdicts for statement rows, batched per section. ``model_dir``: a fold's models instead
    of the shipped ones."""
    out: list[dict | None] = [None] * len(rows)
    by_sec: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_sec[r["section"]].append(i)
    for sec, idx in by_sec.items():
        texts = [rows[i]["text"] for i in idx]
        if model_dir is None:
            vs = check_items(sec, texts)
        else:
            from ehcp_qa.ml.combine import combine_items

            vs = combine_items(sec, texts, check_items(sec, texts, models=False), model_dir=model_dir)
        for i, v in zip(idx, vs):
            out[i] = v
    return out


def _has_error(v: dict) -> bool:
    return v.get("item") is not False and any(f["severity"] == "error" for f in v.get("findings") or ())


def statement_metrics(rows: list[dict], verdicts: list[dict]) -> dict:
    prov = [(r, v) for r, v in zip(rows, verdicts) if r["item"] and r["section"] != "E"]
    outc = [(r, v) for r, v in zip(rows, verdicts) if r["item"] and r["section"] == "E"]
    non = [v for r, v in zip(rows, verdicts) if not r["item"]]
    m: dict = {}
    if prov:
        m["specific"] = f1_both([r["specific"] for r, _ in prov], [bool(v.get("specific")) for _, v in prov])
        m["slots"] = {s: f1_pos([r[f"has_{'group_size' if s == 'group' else s}"] for r, _ in prov],
                                [bool((v.get("slots") or {}).get(s)) for _, v in prov]) for s in SLOTS}
    if outc:
        m["smart"] = f1_both([r["smart"] for r, _ in outc], [bool(v.get("smart")) for _, v in outc])
    if non:
        m["non_item_no_error"] = {"share": round(sum(not _has_error(v) for v in non) / len(non), 3), "n": len(non)}
        m["item_detection"] = item_detection([(r["item"], v.get("item") is not False) for r, v in zip(rows, verdicts)])
    return m


def generated_statement_rows() -> list[dict]:
    """The generated corpus's held-out test split, as authored-style rows (fixture, not evidence)."""
    rows = []
    for name in ("provision.jsonl", "outcomes.jsonl"):
        for line in (ROOT / "corpus" / "statements" / name).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d["split"] != "test":
                continue
            if "smart" in d:
                rows.append({"section": "E", "text": d["text"], "item": True, "smart": d["smart"]})
            else:
                sec = d["source"].split(":")[2] if d["source"].count(":") >= 2 else "F"
                s = d["slots"]
                rows.append({"section": sec, "text": d["text"], "item": True, "specific": d["specific"],
                             **{f"has_{'group_size' if k == 'group' else k}": s.get(k) is not None for k in SLOTS}})
    return rows


def devset_statement_rows() -> list[dict]:
    rows = []
    for name in ("provision.jsonl", "outcomes.jsonl"):
        for line in (DEVSET / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                rows.append(authored._row("devset", None, d["id"], d))
    return rows


# --- plans -----------------------------------------------------------------------------------------

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2022": " ", "\uf0b7": " ",
                       "\x02": "-"})  # pdfium's hyphen ("check\x02in") in some PDFs
_LIG = {"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl"}
_GAP = re.compile(r"[\s|]")
_MARKER = re.compile(r"^\s*(?:[A-Z]?\d{1,2}[.)]|\(?[a-z]\)|[a-z][.)])\s+")


def squash(text: str) -> tuple[str, list[int]]:
    """The text without whitespace or table bars, quotes and dashes folded, and for each kept
    character its offset in the original (so a match maps back to a span)."""
    chars, idx = [], []
    for i, c in enumerate(text.translate(_FOLD)):
        if _GAP.match(c):
            continue
        for cc in _LIG.get(c, c):
            chars.append(cc)
            idx.append(i)
    return "".join(chars), idx


def align(plan_text: str, lines: list[str]) -> list[tuple[int, int] | None]:
    """Each labelled line's span in the plan text, searched in document order."""
    s, idx = squash(plan_text)
    out, cursor = [], 0
    for line in lines:
        q, _ = squash(line)
        if not q:
            out.append(None)
            continue
        pos = s.find(q, cursor)
        if pos < 0:
            pos = s.find(q)
        if pos < 0 and _MARKER.match(line):  # "1. By July 2025 ...": a list number the file renders apart
            q, _ = squash(_MARKER.sub("", line, count=1))
            pos = s.find(q, cursor)
            pos = s.find(q) if pos < 0 else pos
        if pos < 0:
            out.append(None)
            continue
        cursor = pos + len(q)
        out.append((idx[pos], idx[pos + len(q) - 1] + 1))
    return out


def true_drafting(plan, findings, faults: list[dict]) -> set[int]:
    """ids of the drafting findings that hit a fault of their kind the author labelled (a
    placeholder or a past date in a framing line is a true error, not a false one on a non-item)."""
    spans = [(f["kind"], sp) for f, sp in zip(faults, align(plan.text, [f.get("sentence") or "" for f in faults]))
             if sp is not None]
    return {id(f) for f in findings if f.start is not None and DRAFTING.get(f.rule_id) is not None
            and any(k == DRAFTING[f.rule_id] and f.start < b and f.end > a for k, (a, b) in spans)}


def judge_lines(plan, findings, items: list[dict], faults: list[dict] | None = None) -> list[dict]:
    spans = align(plan.text, [it["text"] for it in items])
    true = true_drafting(plan, findings, faults or [])
    errors = [f for f in findings if f.severity == Severity.ERROR and f.start is not None and id(f) not in true]
    out = []
    for it, sp in zip(items, spans):
        if sp is None:
            out.append({"found": False})
            continue
        hits = [f for f in errors if f.start < sp[1] and f.end > sp[0]]
        dim = Dimension.MEASURABILITY if it["section"] == "E" else Dimension.SPECIFICITY
        # the tool calls the line an item when its items (Plan.items) cover most of it
        covered = sum(min(sp[1], x.end) - max(sp[0], x.start) for x in plan.items or ()
                      if x.is_item and x.start < sp[1] and x.end > sp[0])
        out.append({"found": True, "any_error": bool(hits), "ok": not any(f.dimension == dim for f in hits),
                    "item": 2 * covered >= sp[1] - sp[0]})
    return out


#: drafting rules and the fault kinds authors label them with (../shared/LABELS.md, authored briefs)
DRAFTING = {"drafting.wrong-name": "wrong-child-name", "drafting.wrong-pronoun": "wrong-pronoun",
            "drafting.placeholder": "placeholder", "drafting.past-outcome-date": "past-date"}


def judge_drafting(plan, findings, faults: list[dict]) -> dict:
    """Per drafting kind: findings that hit a labelled fault sentence of that kind (tp), findings
    that hit none (fp), labelled faults no finding hit (fn). Authors list every occurrence.
    Counted twice: every finding (``tp``...), and only the findings that speak as errors or
    warnings, not the suggestions below a rule's confidence floor (``tp_err``...). ``_conf`` keeps
    each finding's (confidence, hit) and each fault's best hitting confidence, for fitting a floor."""
    zero = {"tp": 0, "fp": 0, "fn": 0, "unfound": 0, "tp_err": 0, "fp_err": 0, "fn_err": 0}
    out = {k: dict(zero) for k in DRAFTING.values()}
    conf = {k: {"findings": [], "faults": []} for k in DRAFTING.values()}
    spans = {k: [] for k in DRAFTING.values()}
    for f, sp in zip(faults, align(plan.text, [f.get("sentence") or "" for f in faults])):
        if f.get("kind") in spans:
            if sp is None:  # the sentence is not in the text as read: a parsing miss, counted as missed
                out[f["kind"]]["unfound"] += 1
                out[f["kind"]]["fn"] += 1
                out[f["kind"]]["fn_err"] += 1
                conf[f["kind"]]["faults"].append(None)
            else:
                spans[f["kind"]].append([sp, False, False, None])
    for f in findings:
        kind = DRAFTING.get(f.rule_id)
        if kind is None or f.start is None:
            continue
        speaks = f.severity.value != "suggestion"
        c = 1.0 if f.confidence is None else f.confidence
        hit = [x for x in spans[kind] if f.start < x[0][1] and f.end > x[0][0]]
        for x in hit:
            x[1] = True
            x[2] = x[2] or speaks
            x[3] = max(c, x[3] or 0.0)
        out[kind]["tp" if hit else "fp"] += 1
        if speaks:
            out[kind]["tp_err" if hit else "fp_err"] += 1
        conf[kind]["findings"].append((c, bool(hit)))
    for kind, xs in spans.items():
        out[kind]["fn"] += sum(not x[1] for x in xs)
        out[kind]["fn_err"] += sum(not x[2] for x in xs)
        conf[kind]["faults"] += [x[3] for x in xs]
    for kind in out:
        out[kind]["_conf"] = conf[kind]
    return out


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (round(tp / (tp + fp), 3) if tp + fp else float("nan"),
            round(tp / (tp + fn), 3) if tp + fn else float("nan"))


def drafting_metrics(runs: list[dict]) -> dict:
    keys = ("tp", "fp", "fn", "unfound", "tp_err", "fp_err", "fn_err")
    tot = {k: dict.fromkeys(keys, 0) for k in DRAFTING.values()}
    for r in runs:
        for k, c in (r.get("drafting") or {}).items():
            for x in keys:
                tot[k][x] += c.get(x, 0)
    out = {}
    for k, c in tot.items():
        p, rc = _pr(c["tp"], c["fp"], c["fn"])
        pe, re_ = _pr(c["tp_err"], c["fp_err"], c["fn_err"])
        out[k] = {**c, "precision": p, "recall": rc, "precision_err": pe, "recall_err": re_}
    return out


#: the precision a drafting finding must have to speak as an error (issue 14)
DRAFTING_PRECISION = 0.95


def _at_floor(conf: dict, floor: float) -> tuple[int, int, int]:
    tp = sum(hit for c, hit in conf["findings"] if c >= floor)
    fp = sum(not hit for c, hit in conf["findings"] if c >= floor)
    fn = sum(c is None or c < floor for c in conf["faults"])
    return tp, fp, fn


def fit_floor(confs: list[dict], target: float = DRAFTING_PRECISION) -> float:
    """The lowest confidence floor at which the findings above it reach ``target`` precision on
    these plans (the most recall that precision allows); 1.01 (nothing speaks) if none does."""
    merged = {"findings": [x for c in confs for x in c["findings"]], "faults": [x for c in confs for x in c["faults"]]}
    for floor in sorted({c for c, _ in merged["findings"]}):
        tp, fp, _ = _at_floor(merged, floor)
        if tp + fp and tp / (tp + fp) >= target:
            return floor
    return 1.01


def drafting_floor_loao(shipped_runs: dict[str, list[dict]]) -> dict:
    """Leave one author out: per fault kind, a floor fitted on the other authors' plans (fit_floor)
    and the held-out author's findings at or above it, pooled over the folds; with the floor fitted
    on every author. Only kinds whose findings carry a confidence below 1."""
    conf_of = {a: {k: [r["drafting"][k]["_conf"] for r in rs if r.get("drafting")] for k in DRAFTING.values()}
               for a, rs in shipped_runs.items()}
    out = {}
    for kind in DRAFTING.values():
        every = [c for a in conf_of for c in conf_of[a][kind]]
        if all(x == 1.0 for c in every for x, _ in c["findings"]):
            continue
        tp = fp = fn = 0
        floors = {}
        for held in conf_of:
            floors[held] = fit_floor([c for a in conf_of if a != held for c in conf_of[a][kind]])
            for c in conf_of[held][kind]:
                t, f_, n = _at_floor(c, floors[held])
                tp, fp, fn = tp + t, fp + f_, fn + n
        p, rc = _pr(tp, fp, fn)
        out[kind] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": rc, "floors": floors,
                     "floor_all": fit_floor(every)}
    return out


#: manifest section status -> the sectionizer's (a placeholder-only section is empty)
_STATUS = {"content": "content", "nil": "nil", "blank": "empty", "placeholder": "empty"}


def judge_sections(plan, entry: dict) -> dict:
    """Sections found vs the manifest: each present section found (and with the same status), each
    missing one reported absent. ``plan`` None (the file could not be read) finds nothing."""
    got = {k.value: s.status.value for k, s in plan.sections.items()} if plan is not None else {}
    present = {s["key"]: _STATUS.get(s["status"], s["status"]) for s in entry.get("sections_present") or []}
    missing = list(entry.get("sections_missing") or [])
    out = {"present": len(present), "found": sum(k in got for k in present),
           "status_same": sum(got.get(k) == st for k, st in present.items()),
           "missing": len(missing), "absent": sum(k not in got for k in missing), "wrong": []}
    out["wrong"] = [f"{k}:{st}->{got.get(k, 'absent')}" for k, st in present.items() if got.get(k) != st] + \
                   [f"{k}:absent->{got[k]}" for k in missing if k in got]
    # cover details: the child's name, plan date, age and status as the manifest gives them
    meta = plan.meta if plan is not None else None
    want = {"name": entry.get("child_name"), "plan_date": entry.get("plan_date"), "age": entry.get("age"),
            "status": entry.get("status")}
    want = {k: v for k, v in want.items() if v not in (None, "")}
    out["meta_fields"] = len(want)
    def same(k, v):  # a middle name on the cover ("Isla Mae Brennan" for "Isla Brennan") is the same child
        got_v = getattr(meta, k) if meta is not None else None
        return set(str(v).split()) <= set(str(got_v or "").split()) if k == "name" else got_v == v

    out["meta_same"] = sum(same(k, v) for k, v in want.items())
    out["wrong"] += [f"meta.{k}" for k, v in want.items() if not same(k, v)]
    return out


def run_plan(path: Path, items: list[dict], model_dir: str | None = None, faults: list[dict] | None = None,
             entry: dict | None = None) -> dict:
    try:
        plan = api.load_plan(path)
        findings = api.check_plan(plan, models=model_dir)
        report = api.score_plan(plan, findings)
    except EhcpQaError as e:
        return {"file": path.name, "format": path.suffix.lstrip("."), "error": type(e).__name__,
                "sections": judge_sections(None, entry or {})}
    return {"file": path.name, "format": path.suffix.lstrip("."), "rating": report.rating.value,
            "scored": assess_plan(plan, findings, default_rubric()), "thresholds": threshold_stats(plan, findings),
            "lines": judge_lines(plan, findings, items, faults),
            "drafting": judge_drafting(plan, findings, faults or []), "sections": judge_sections(plan, entry or {})}


def sections_metrics(runs: list[dict]) -> dict:
    """Sections found per format: present sections found, status the same, missing ones absent."""
    out = {}
    for fmt in ("docx", "pdf"):
        rs = [r["sections"] for r in runs if r.get("format") == fmt and "sections" in r]
        if not rs:
            continue
        tot = {k: sum(r[k] for r in rs) for k in ("present", "found", "status_same", "missing", "absent",
                                                  "meta_fields", "meta_same")}
        out[fmt] = {**tot, "found_share": round(tot["found"] / tot["present"], 3) if tot["present"] else None,
                    "status_share": round(tot["status_same"] / tot["present"], 3) if tot["present"] else None,
                    "wrong": {r2["file"]: r2["sections"]["wrong"] for r2 in runs
                              if r2.get("format") == fmt and r2.get("sections", {}).get("wrong")}}
    return out


def line_pairs(runs: list[dict], items_of: dict[str, list[dict]]) -> dict:
    """(label, verdict) pairs per kind of line, over every run; pooled across folds by concatenation."""
    prov, outc, non, items, found, total = [], [], [], [], 0, 0
    for r in runs:
        if "lines" not in r:
            continue
        for it, j in zip(items_of[r["key"]], r["lines"]):
            total += 1
            if not j["found"]:
                continue
            found += 1
            items.append((it["item"], j["item"]))
            if not it["item"]:
                non.append(not j["any_error"])
            elif it["section"] == "E":
                outc.append((it["smart"], j["ok"]))
            else:
                prov.append((it["specific"], j["ok"]))
    return {"prov": prov, "outc": outc, "non": non, "items": items, "found": found, "total": total}


def in_plan_metrics(runs: list[dict] | None, items_of: dict[str, list[dict]] | None = None, pairs=None) -> dict:
    pairs = pairs or line_pairs(runs, items_of)
    prov, outc, non = pairs["prov"], pairs["outc"], pairs["non"]
    m = {"lines_found": f"{pairs['found']}/{pairs['total']}"}
    if prov:
        m["specific"] = f1_both(*zip(*prov))
    if outc:
        m["smart"] = f1_both(*zip(*outc))
    if non:
        m["non_item_no_error"] = {"share": round(float(np.mean(non)), 3), "n": len(non)}
    if pairs.get("items"):
        m["item_detection"] = item_detection(pairs["items"])
    return m


def item_detection(pairs: list[tuple[bool, bool]]) -> dict:
    """Precision and recall of `item` on labelled plan lines: is each line judged as an item (a
    provision item or outcome) exactly when its author labelled it one?"""
    y, p = np.array([a for a, _ in pairs], bool), np.array([b for _, b in pairs], bool)
    tp = int(np.sum(y & p))
    return {"precision": round(tp / max(1, int(np.sum(p))), 3), "recall": round(tp / max(1, int(np.sum(y))), 3),
            "non_item_recall": round(int(np.sum(~y & ~p)) / max(1, int(np.sum(~y))), 3), "n": len(pairs)}


def plan_set(entries: list[dict], model_dir: str | None = None, formats=("docx", "pdf")) -> list[dict]:
    """entries: {"key", "path", "items", "grade", "author"}; one run per file."""
    runs = []
    for e in entries:
        if e["path"].suffix.lstrip(".") not in formats:
            continue
        r = run_plan(e["path"], e["items"], model_dir, e.get("faults"), e)
        runs.append({**r, "key": e["key"], "author": e["author"], "grade": e["grade"]})
    return runs


def rating_metrics(runs: list[dict], ref_of=None) -> dict:
    ok = [r for r in runs if "rating" in r]
    ref = [Rating(ref_of(r) if ref_of else r["grade"]).rank for r in ok]
    m = ratings_agreement(ref, [Rating(r["rating"]).rank for r in ok])
    m["errors"] = len(runs) - len(ok)
    pairs: dict[str, dict[str, str]] = defaultdict(dict)
    for r in ok:
        pairs[r["key"]][r["format"]] = r["rating"]
    both = [p for p in pairs.values() if "docx" in p and "pdf" in p]
    if both:
        m["docx_pdf_same"] = f"{sum(p['docx'] == p['pdf'] for p in both)}/{len(both)}"
    return m


def manifest_entries(author: str, base: Path, man: dict) -> tuple[list[dict], dict[str, list[dict]]]:
    entries, items_of = [], {}
    for p in man["plans"]:
        items = [authored._row(author, p["id"], f"{p['id']}:{i}", d) for i, d in enumerate(p["items"])]
        items_of[p["id"]] = items
        for fmt in ("docx", "pdf"):
            f = (p.get("files") or {}).get(fmt)
            if f and (base / f).exists():
                entries.append({"key": p["id"], "path": base / f, "items": items, "grade": p["target_grade"],
                                "author": author, "faults": p.get("faults") or [],
                                "sections_present": p.get("sections_present") or [],
                                "sections_missing": p.get("sections_missing") or [],
                                **{k: p.get(k) for k in ("child_name", "plan_date", "age", "status")}})
    return entries, items_of


def generated_entries() -> list[dict]:
    out = []
    for j in sorted((ROOT / "corpus" / "plans").glob("*.json")):
        d = json.loads(j.read_text(encoding="utf-8"))
        out.append({"key": d["id"], "path": j.parent / d["file"], "items": [], "grade": d["intended_grade"],
                    "author": "generated"})
    return out


# --- leave one author out ------------------------------------------------------------------------


def train_fold(held_out: str, rows_by_author: dict[str, list[dict]], out_dir: Path) -> Path:
    """Sentence models trained on the generated statements plus every author but ``held_out``."""
    import train
    from ehcp_qa.ml import spans
    from ehcp_qa.ml.io import save_models

    # the slot taggers too: the fold's slots come from taggers that never saw the held-out author
    spans.save(train.train_taggers(rows_by_author, exclude=held_out, cache=_TAGGER_CACHE), out_dir / "spans",
               {"model_version": f"loao-{held_out}"})
    models: dict = {}
    with spans.using(out_dir / "spans"):
        for kind in ("provision", "outcome"):
            gen = [r for r in train.load(kind) if r["split"] in ("train", "dev")]
            others = [r for a, rows in rows_by_author.items() if a != held_out
                      for r in authored.training_rows(rows, kind)]
            models.update(train.train_kind(kind, gen + others))
    return save_models(models, {"model_version": f"loao-{held_out}", "seed": train.SEED,
                                "trained_by": "scripts/evaluate.py (leave one author out)"}, out_dir).parent


_TAGGER_CACHE: dict = {}  # tagger training examples per (kind, author), shared by the folds

FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def fold_pairs(held_out: str, rows_by_author: dict[str, list[dict]], model_dir: Path) -> dict[str, list]:
    """Per kind, (author's label, rules' verdict, model's probability the item is fine) for each of
    ``held_out``'s labelled lines, judged by the fold trained without them (run inside the fold's
    ``spans.using``): the out-of-fold evidence a confidence floor is chosen on."""
    from ehcp_qa.ml.combine import combine_items

    pairs: dict[str, list] = {"provision": [], "outcome": []}
    for kind, key in (("provision", "specific"), ("outcome", "smart")):
        rows = [r for r in rows_by_author[held_out] if r["item"] and (r["section"] == "E") == (kind == "outcome")]
        by_sec: dict[str, list[dict]] = {}
        for r in rows:
            by_sec.setdefault(r["section"], []).append(r)
        for sec, rs in by_sec.items():
            texts = [r["text"] for r in rs]
            rules = check_items(sec, texts, models=False)
            comb = combine_items(sec, texts, rules, model_dir=str(model_dir))
            for r, v, c in zip(rs, rules, comb):
                conf = c.get("confidence")
                p = None if conf is None else (conf if c[key] else 1 - conf)
                pairs[kind].append((bool(r[key]), bool(v[key]), p))
    return pairs


def _worst_f1(y, pred) -> float:
    y, pred = np.asarray(y, bool), np.asarray(pred, bool)

    def f1(t, p):
        d = t.sum() + p.sum()
        return 2 * (t & p).sum() / d if d else 1.0

    return round(float(min(f1(y, pred), f1(~y, ~pred))), 4)


def floor_scores(ps: list, gaps: bool) -> dict[str, float] | None:
    """The worse class's F1 of rules+model at each floor over ``ps`` ((label, rules verdict, p) triples):
    bad where the rules say so and the model's confidence that it is bad reaches the floor (and, with
    ``gaps`` (the rule pack's errors_at_floor), wherever that confidence reaches it). None without a model."""
    if not ps or any(p is None for _, _, p in ps):
        return None
    y = [g for g, _, _ in ps]
    return {str(fl): _worst_f1(y, [(1 - p) < fl if gaps and (1 - p) >= 0.5 else v or (1 - p) < fl for _, v, p in ps])
            for fl in FLOORS}


def choose_floor(ps: list, gaps: bool) -> float | None:
    """The floor with the best worse-class F1 on ``ps``; ties go to the lower floor (as select_model)."""
    scores = floor_scores(ps, gaps)
    return None if scores is None else max(FLOORS, key=lambda fl: scores[str(fl)])


def set_fold_floors(model_dir: Path, floors: dict[str, float | None]) -> None:
    """Write each kind's chosen floor into a fold's manifest, as select_model.py writes the shipped one."""
    from ehcp_qa.ml.io import MANIFEST

    path = Path(model_dir) / MANIFEST
    man = json.loads(path.read_text(encoding="utf-8"))
    for kind, fl in floors.items():
        if kind in man.get("models", {}) and fl is not None:
            man["models"][kind]["floor"] = fl
    path.write_text(json.dumps(man, indent=2) + "\n", encoding="utf-8")


KINDS = ("provision", "outcome")


def outer_evidence(held_out: str, oof: dict[str, dict[str, list]]) -> dict[str, list]:
    """Per kind, the lines a fold's floor is chosen on by default: every training author's lines as
    judged by the fold that left that author out. Never ``held_out``'s own lines; but those folds
    were trained with ``held_out``, so its data still leans on the choice (``nested_evidence``)."""
    return {kind: [p for b in oof if b != held_out for p in oof[b][kind]] for kind in KINDS}


def nested_evidence(held_out: str, rows_by_author: dict[str, list[dict]], tmp: Path,
                    train=None, judge=None) -> dict[str, list]:
    """Per kind, the lines fold ``held_out``'s floor is chosen on with nothing of ``held_out`` in it
    (``--nested``): inner folds over the training authors alone, each training author b judged by
    taggers and sentence models trained on the generated statements and every author but b and
    ``held_out``. One training per training author, so about as many trainings again per fold as
    authors (slow). ``train``/``judge``: train_fold and fold_pairs (tests pass stand-ins)."""
    from ehcp_qa.ml import spans as spans_mod

    train, judge = train or train_fold, judge or fold_pairs
    inner = {b: rows for b, rows in rows_by_author.items() if b != held_out}
    out: dict[str, list] = {kind: [] for kind in KINDS}
    for b in inner:
        t0 = time.time()
        d = tmp / f"nested-{held_out}-{b}"
        model_dir = train(b, inner, d)
        with spans_mod.using(d / "spans"):
            got = judge(b, inner, model_dir)
        for kind in KINDS:
            out[kind] += got[kind]
        shutil.rmtree(d, ignore_errors=True)  # some tens of folds: keep the disk free
        print(f"    nested {held_out}: without {b} too, {time.time() - t0:.0f} s", file=sys.stderr)
    return out


def loao(rows_by_author: dict[str, list[dict]], plan_entries: dict[str, list[dict]],
         items_of: dict[str, list[dict]], gen_runs: list[dict], shipped_runs: dict[str, list[dict]],
         nested: bool = False) -> dict:
    from ehcp_qa.ml import spans as spans_mod

    from select_model import _errors_at_floor

    from ehcp_qa.ml.io import clear_cache

    out: dict = {}
    start = rubric_cuts()
    tmp = Path(tempfile.mkdtemp(prefix="ehcp-loao-"))
    # first every fold is trained and judges its left-out author's labelled lines; then each fold's
    # confidence floor is chosen, as select_model.py chooses the shipped one, on the out-of-fold lines
    # of its training authors only (never on the author it is measured on)
    dirs, oof, train_s = {}, {}, {}
    for a in rows_by_author:
        t0 = time.time()
        dirs[a] = train_fold(a, rows_by_author, tmp / a)
        with spans_mod.using(tmp / a / "spans"):
            oof[a] = fold_pairs(a, rows_by_author, dirs[a])
        train_s[a] = time.time() - t0
    gaps = {kind: _errors_at_floor(kind) for kind in KINDS}
    for a in rows_by_author:
        # the floor is never chosen on the author it is measured on; with --nested, nor by models
        # that saw that author
        t0 = time.time()
        evidence = nested_evidence(a, rows_by_author, tmp) if nested else outer_evidence(a, oof)
        if nested:
            train_s[a] += time.time() - t0
            print(f"  loao {a}: nested floor evidence in {time.time() - t0:.0f} s", file=sys.stderr)
        set_fold_floors(dirs[a], {kind: choose_floor(evidence[kind], gaps[kind]) for kind in gaps})
    clear_cache()  # the folds' models were loaded before their floors were written
    for a in rows_by_author:
        t0 = time.time() - train_s[a]
        d = dirs[a]
        fold_taggers = spans_mod.using(tmp / a / "spans")  # the fold's slots: taggers that never saw ``a``
        fold_taggers.__enter__()
        rows = rows_by_author[a]
        res = {"statements": statement_metrics(rows, verdicts_for(rows, str(d)))}
        runs = plan_set(plan_entries.get(a, []), model_dir=str(d))
        if runs:
            res["_pairs"] = line_pairs(runs, items_of)
            res["in_plan"] = in_plan_metrics(None, pairs=res["_pairs"])
            # rating bands refitted on every other author's plans plus the generated plans
            train_runs = [r for b, rs in shipped_runs.items() if b != a for r in rs if "scored" in r] + \
                         [r for r in gen_runs if "scored" in r]
            # ... the three limit thresholds scripts/choose_rating_limits.py fits, chosen again here
            chosen = choose_thresholds(train_runs, start)
            # ... and the limiting judgements those plans' grades bear out (calibrate.fit_calibration)
            cuts, enabled = fit_calibration([r["scored"].total for r in train_runs], caps_for(train_runs, chosen),
                                            [Rating(r["grade"]).rank for r in train_runs], start)
            ok = [r for r in runs if "scored" in r]
            pred = band_ranks(np.array([r["scored"].total for r in ok]), caps_with(caps_for(ok, chosen), enabled), cuts)
            res["ratings"] = ratings_agreement([Rating(r["grade"]).rank for r in ok], [int(x) for x in pred])
            res["ratings"]["cuts"] = list(cuts)
            res["ratings"]["thresholds"] = list(chosen)
            res["ratings"]["limits_left_out"] = [lim.reason for lim, on in zip(default_rubric().limits, enabled) if not on]
            res["runs"] = [{"file": r["file"], "key": r["key"], "format": r["format"], "grade": r["grade"],
                            "rating": [None, "inadequate", "requires_improvement", "good", "outstanding"][int(p)]}
                           for r, p in zip(ok, pred)]
            pairs: dict[str, dict[str, str]] = defaultdict(dict)
            for x in res["runs"]:
                pairs[x["key"]][x["format"]] = x["rating"]
            both = [q for q in pairs.values() if "docx" in q and "pdf" in q]
            if both:
                res["ratings"]["docx_pdf_same"] = f"{sum(q['docx'] == q['pdf'] for q in both)}/{len(both)}"
        fold_taggers.__exit__()
        res["floors"] = {k: m.get("floor") for k, m in json.loads((Path(d) / "manifest.json").read_text(encoding="utf-8"))["models"].items()}
        res["floor_evidence"] = "nested" if nested else "outer"
        res["seconds"] = round(time.time() - t0, 1)
        out[a] = res
        print(f"  loao {a}: {res['seconds']} s", file=sys.stderr)
    return out


# --- the rubric's fitted thresholds, chosen again in each fold ------------------------------------
# scripts/choose_rating_limits.py chose three limit thresholds leave one author out; here each fold
# chooses them again from its training plans only, so the left-out figure covers that fit too.


def threshold_stats(plan, findings) -> dict:
    """What the three fitted limits read from a plan: the two shares (and items behind them) and the
    criterion scores."""
    rub = default_rubric()
    st = assess(plan, findings, rub)
    raw = rub.raw["limits"]
    fp, _, hp, _ = st.share_counts(raw[crl._limit_index(rub.raw, crl.PROVISION_RULES)]["when"]["share"])
    fo, _, ho, _ = st.share_counts(raw[crl._limit_index(rub.raw, crl.OUTCOME_RULES)]["when"]["share"])
    return {"prov": (fp, hp), "out": (fo, ho), "scores": dict(st.scores)}


def caps_for(runs: list[dict], cand: tuple[float, float, float]) -> np.ndarray:
    """Plans x limits caps with the three fitted limits evaluated at ``cand`` (provision share,
    outcome share, measurability gate); every other limit as the plan was scored."""
    raw = default_rubric().raw
    ip, io, im = (crl._limit_index(raw, crl.PROVISION_RULES), crl._limit_index(raw, crl.OUTCOME_RULES),
                  crl._outstanding_index(raw))
    sp, so = raw["limits"][ip]["when"]["share"], raw["limits"][io]["when"]["share"]
    below = dict(raw["limits"][im]["when"]["criterion_below"], measurability=cand[2])
    L = np.array([r["scored"].limit_caps for r in runs], int).reshape(len(runs), -1).copy()
    for n, r in enumerate(runs):
        t = r["thresholds"]
        (fp, hp), (fo, ho) = t["prov"], t["out"]
        L[n, ip] = 1 if fp and fp >= cand[0] and hp >= int(sp.get("min_units", 1)) else 4
        L[n, io] = 1 if fo and fo >= cand[1] and ho >= int(so.get("min_units", 1)) else 4
        L[n, im] = 3 if any(t["scores"][k] < float(v) for k, v in below.items()) else 4
    return L


def choose_thresholds(runs: list[dict], start: tuple[float, ...]) -> tuple[float, float, float]:
    """The candidate thresholds with the best kappa, then exact agreement, on ``runs`` (the rubric's
    own bands, every limit on); ties go to the rubric's own values."""
    cur = crl.current()
    ref = np.array([Rating(r["grade"]).rank for r in runs])
    totals = np.array([r["scored"].total for r in runs])

    def key(c):
        m = ratings_agreement(list(ref), [int(x) for x in band_ranks(totals, caps_for(runs, c).min(axis=1), start)])
        return (round(m["qwk"], 4), round(m["exact"], 4),
                -abs(c[0] - cur[0]) - abs(c[1] - cur[1]) - abs(c[2] - cur[2]) / 10)

    return max(itertools.product(crl.T_PROVISION, crl.T_OUTCOMES, crl.T_MEASURABILITY), key=key)


def rubric_cuts() -> tuple[float, ...]:
    """The rubric's own band cuts (RI, good, outstanding), as `ehcp-qa train --moderation` starts."""
    return tuple(low for _, low in sorted((r.rank, low) for r, low in default_rubric().bands))[1:]


# --- human ceiling -------------------------------------------------------------------------------


def ceiling(grades: list[dict], targets: dict[str, str]) -> dict:
    by_plan: dict[str, dict[str, str]] = defaultdict(dict)
    for g in grades:
        by_plan[g["plan"]][g["rater"]] = g["grade"]
    raters = sorted({g["rater"] for g in grades})
    out: dict = {"raters": raters, "plans_rated": len(by_plan)}
    for r in raters:
        pairs = [(targets[p], gs[r]) for p, gs in by_plan.items() if r in gs and p in targets]
        out[f"{r}_vs_author"] = ratings_agreement([Rating(t).rank for t, _ in pairs], [Rating(g).rank for _, g in pairs])
    for i, r1 in enumerate(raters):
        for r2 in raters[i + 1:]:
            pairs = [(gs[r1], gs[r2]) for gs in by_plan.values() if r1 in gs and r2 in gs]
            out[f"{r1}_vs_{r2}"] = ratings_agreement([Rating(a).rank for a, _ in pairs], [Rating(b).rank for _, b in pairs])
    return out


# --- report ----------------------------------------------------------------------------------------


def _fmt_spec(m: dict | None, key: str) -> str:
    if not m or key not in m:
        return "-"
    s = m[key]
    return f"{s['pos']:.2f} / {s['neg']:.2f}"


def _fmt_slots(m: dict | None) -> str:
    if not m or "slots" not in m:
        return "-"
    worst = min(m["slots"].items(), key=lambda kv: kv[1] if kv[1] == kv[1] else 9)
    return f"{worst[1]:.2f} ({worst[0]})"


def _fmt_non(m: dict | None) -> str:
    if not m or "non_item_no_error" not in m:
        return "-"
    s = m["non_item_no_error"]
    return f"{s['share']:.0%} of {s['n']}"


def _fmt_items(m: dict | None) -> str:
    if not m or "item_detection" not in m:
        return "-"
    s = m["item_detection"]
    return f"{s['precision']:.2f} / {s['recall']:.2f}"


def _fmt_rating(m: dict | None) -> str:
    if not m or not m.get("n"):
        return "-"
    return f"{m['qwk']:.2f} / {m['exact']:.0%} (n {m['n']}; {m['lenient']} lenient, {m['harsh']} harsh)"


def table(res: dict) -> str:
    head = ("| set | provision specific F1 (specific / not) | worst slot F1 | non-item lines with no error "
            "| item detection P / R | outcome SMART F1 (smart / not) | rating QWK / exact |\n|---|---|---|---|---|---|---|")
    lines = [head]

    def row(name, st, rt=None, slots=None):
        lines.append(f"| {name} | {_fmt_spec(st, 'specific')} | {_fmt_slots(slots or st)} | {_fmt_non(st)} | "
                     f"{_fmt_items(st)} | {_fmt_spec(st, 'smart')} | {_fmt_rating(rt)} |")

    if "devset" in res:
        row("devset statements (measure only)", res["devset"]["statements"])
        row("devset plans, in-plan (measure only)", res["devset"]["in_plan"], res["devset"]["ratings"])
    for a, m in res.get("authors", {}).items():
        row(f"author {a} (shipped tool)", m.get("in_plan") or m.get("statements"), m.get("ratings"), m.get("statements"))
    for a, m in res.get("loao", {}).items():
        row(f"author {a}, left out", m.get("in_plan") or m.get("statements"), m.get("ratings"), m.get("statements"))
    if "loao_pooled" in res:
        row("**all authors, each left out (pooled)**", res["loao_pooled"].get("in_plan"), res["loao_pooled"].get("ratings"))
    if "generated" in res:
        row("generated corpus (fixture: statements test split; plan ratings)", res["generated"]["statements"],
            res["generated"]["ratings"])
    if "vs_raters" in res:
        row("all authored plans, tool vs the blind raters' grade", None, res["vs_raters"])
    c = res.get("ceiling") or {}
    for k, v in c.items():
        if isinstance(v, dict) and v.get("n"):
            lines.append(f"| human ceiling: {k.replace('_', ' ')} | - | - | - | - | - | {_fmt_rating(v)} |")
    secs = {a: m["sections"] for a, m in res.get("authors", {}).items() if m.get("sections")}
    if secs:
        lines.append("")
        lines.append("| sections (per author and format) | present sections found | same status | missing ones absent "
                     "| cover details read right | DOCX and PDF rated the same |")
        lines.append("|---|---|---|---|---|---|")
        for a, by_fmt in secs.items():
            same = (res["authors"][a].get("ratings") or {}).get("docx_pdf_same", "-")
            for fmt, c in by_fmt.items():
                lines.append(f"| {a} {fmt} | {c['found']}/{c['present']} ({c['found_share']:.1%}) | "
                             f"{c['status_same']}/{c['present']} ({c['status_share']:.1%}) | {c['absent']}/{c['missing']} "
                             f"| {c['meta_same']}/{c['meta_fields']} | {same if fmt == 'docx' else ''} |")
    d = res.get("drafting_all_authors")
    if d:
        lo = res.get("drafting_floor_loao") or {}
        lines.append("")
        lines.append("| drafting fault (all authored plans, DOCX and PDF) | errors: precision | recall | tp / fp / fn "
                     "| with suggestions: precision | recall | tp / fp / fn | floor fitted leave one author out: "
                     "precision | recall | floors |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|")
        for k, c in d.items():
            row = (f"| {k} | {c['precision_err']:.2f} | {c['recall_err']:.2f} | {c['tp_err']} / {c['fp_err']} / "
                   f"{c['fn_err']} | {c['precision']:.2f} | {c['recall']:.2f} | {c['tp']} / {c['fp']} / {c['fn']} |")
            if k in lo:
                fl = sorted(set(lo[k]["floors"].values()))
                row += (f" {lo[k]['precision']:.2f} | {lo[k]['recall']:.2f} | {', '.join(f'{x:.2f}' for x in fl)}"
                        f" (all authors {lo[k]['floor_all']:.2f}) |")
            else:
                row += " - | - | - (no confidence) |"
            lines.append(row)
    return "\n".join(lines)


def pool_loao(lo: dict) -> dict:
    """Every author's left-out figures pooled: each line and plan judged by a fold that never saw it."""
    refs, preds = [], []
    pairs = {"prov": [], "outc": [], "non": [], "items": [], "found": 0, "total": 0}
    for m in lo.values():
        for r in m.get("runs", []):
            refs.append(Rating(r["grade"]).rank)
            preds.append(Rating(r["rating"]).rank)
        for k, v in m.pop("_pairs", {}).items():
            pairs[k] += v
    out = {"in_plan": in_plan_metrics(None, pairs=pairs)} if pairs["total"] else {}
    if refs:
        out["ratings"] = ratings_agreement(refs, preds)
    return out


def write_readme(tbl: str) -> None:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    begin, end = "<!-- evaluate:begin -->", "<!-- evaluate:end -->"
    if begin not in text:
        raise SystemExit("README.md has no <!-- evaluate:begin --> marker")
    pre, rest = text.split(begin, 1)
    _, post = rest.split(end, 1)
    block = f"{begin}\nMeasured by `{COMMAND}` ({time.strftime('%Y-%m-%d')}):\n\n{tbl}\n{end}"
    path.write_text(pre + block + post, encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, default=OUT_JSON)
    ap.add_argument("--readme", action="store_true", help="rewrite the README's figures table")
    ap.add_argument("--no-loao", action="store_true", help="skip leave-one-author-out retraining")
    ap.add_argument("--nested", action="store_true",
                    help="choose each fold's confidence floor on inner folds over its training authors, "
                         "models trained without the held-out author (slow: a training per author pair)")
    ap.add_argument("--no-devset", action="store_true", help="skip ../shared/devset (e.g. when it is absent)")
    ap.add_argument("--authored", type=Path, help="another authored corpus folder (default corpus/authored)")
    a = ap.parse_args(argv)
    if a.authored:
        authored.AUTHORED, authored.STATEMENTS, authored.RATINGS = (
            a.authored, a.authored / "statements", a.authored / "ratings.json")
    t0 = time.time()
    res: dict = {}

    if not a.no_devset and DEVSET.is_dir():
        rows = devset_statement_rows()
        man = json.loads((DEVSET / "plans" / "manifest.json").read_text(encoding="utf-8"))
        entries, items_of = manifest_entries("devset", DEVSET / "plans", man)
        runs = plan_set(entries)
        res["devset"] = {"statements": statement_metrics(rows, verdicts_for(rows)),
                         "in_plan": in_plan_metrics(runs, items_of), "ratings": rating_metrics(runs)}
        print(f"devset done ({time.time() - t0:.0f} s)", file=sys.stderr)

    rows_by_author = authored.all_rows() if authored.AUTHORED.is_dir() else {}
    plan_entries, items_of, shipped_runs = {}, {}, {}
    res["authors"] = {}
    for author in rows_by_author:
        m: dict = {"statements": statement_metrics(rows_by_author[author], verdicts_for(rows_by_author[author]))}
        if author in authored.plan_authors():
            plan_entries[author], its = manifest_entries(author, authored.AUTHORED / author, authored.manifest(author))
            items_of.update(its)
            runs = plan_set(plan_entries[author])
            shipped_runs[author] = runs
            m["in_plan"] = in_plan_metrics(runs, items_of)
            m["ratings"] = rating_metrics(runs)
            m["drafting"] = drafting_metrics(runs)
            m["sections"] = sections_metrics(runs)
        res["authors"][author] = m
        print(f"author {author} done ({time.time() - t0:.0f} s)", file=sys.stderr)

    gen_runs = plan_set(generated_entries())
    res["generated"] = {"statements": statement_metrics(rows := generated_statement_rows(), verdicts_for(rows)),
                        "ratings": rating_metrics(gen_runs)}
    print(f"generated corpus done ({time.time() - t0:.0f} s)", file=sys.stderr)

    if not a.no_loao and len(rows_by_author) >= 2:
        res["loao"] = loao(rows_by_author, plan_entries, items_of, gen_runs, shipped_runs, nested=a.nested)
        res["loao_pooled"] = pool_loao(res["loao"])

    targets = {p["id"]: p["target_grade"] for au in authored.plan_authors() for p in authored.manifest(au)["plans"]}
    grades = authored.ratings()
    if grades:
        res["ceiling"] = ceiling(grades, targets)
        # the tool against the blind raters instead of the authors (two raters: the lower grade,
        # as `ehcp-qa compare` takes a panel's median)
        panel: dict[str, int] = {}
        for g in grades:
            panel[g["plan"]] = min(panel.get(g["plan"], 4), Rating(g["grade"]).rank)
        ranks = {4: "outstanding", 3: "good", 2: "requires_improvement", 1: "inadequate"}
        runs = [r for rs in shipped_runs.values() for r in rs if r["key"] in panel]
        res["vs_raters"] = rating_metrics(runs, ref_of=lambda r: ranks[panel[r["key"]]])

    if res["authors"]:
        res["drafting_all_authors"] = drafting_metrics([r for rs in shipped_runs.values() for r in rs])
        res["drafting_floor_loao"] = drafting_floor_loao(shipped_runs)
    res["seconds"] = round(time.time() - t0, 1)
    res["command"] = COMMAND
    tbl = table(res)
    print(tbl)
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(_plain(res), indent=1) + "\n", encoding="utf-8")
    if a.readme:
        write_readme(tbl)
    print(f"wrote {a.json.relative_to(ROOT) if a.json.is_relative_to(ROOT) else a.json} in {res['seconds']} s",
          file=sys.stderr)


def _plain(x):
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items() if k not in ("scored", "thresholds", "_conf")}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, float) and x != x:
        return None
    return x


if __name__ == "__main__":
    main()
