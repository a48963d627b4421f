"""Batch CSV: one line per input file (per plan, for a file holding several), columns exactly as in
the shared contract. Rendered from batch rows (PlanReport dicts + status/error), never from plan
text; name and plan date are left blank when the batch was redacted."""
from __future__ import annotations

import csv
from collections import Counter
from typing import IO, Any, Iterable

from ..model import Severity

COLUMNS = ("file", "sha256", "status", "error", "rating", "score", "completeness", "specificity",
           "measurability", "health_care", "golden_thread", "voice", "language", "errors", "warnings",
           "suggestions", "top_findings", "name", "plan_date", "tool_version", "rubric_version", "pages")
CRITERIA = COLUMNS[6:13]
_RANK = {s.value: s.rank for s in Severity}


def top_findings(findings: list[dict[str, Any]], n: int = 5) -> list[str]:
    """Rule ids by worst severity, then how often they fired, then id (a stable order)."""
    count: Counter[str] = Counter()
    worst: dict[str, int] = {}
    for f in findings:
        rid = f.get("rule_id") or ""
        count[rid] += 1
        worst[rid] = max(worst.get(rid, 0), _RANK.get(f.get("severity"), 0))
    return sorted(count, key=lambda r: (-worst[r], -count[r], r))[:n]


def _num(v: Any) -> Any:
    return "" if v is None else v


def csv_record(row: dict[str, Any], redacted: bool = False) -> dict[str, Any]:
    scores = row.get("criterion_scores") or {}
    counts = row.get("counts") or {}
    meta = row.get("meta") or {}
    ok = row.get("status") == "ok"
    return {
        "file": row.get("file"),
        "sha256": row.get("sha256") or "",
        "status": row.get("status"),
        "error": row.get("error") or "",
        "rating": row.get("rating") or "",
        "score": _num(row.get("score")),
        **{c: _num(scores.get(c)) for c in CRITERIA},
        "errors": counts.get("error", "") if ok else "",
        "warnings": counts.get("warning", "") if ok else "",
        "suggestions": counts.get("suggestion", "") if ok else "",
        "top_findings": ";".join(top_findings(row.get("findings") or [])),
        "name": "" if redacted else (meta.get("name") or ""),
        "plan_date": "" if redacted else (meta.get("plan_date") or ""),
        "tool_version": row.get("tool_version") or "",
        "rubric_version": row.get("rubric_version") or "",
        "pages": (row.get("part") or {}).get("pages") or "",  # a bulk file's plan: its page range
    }


def write_csv(fh: IO[str], rows: Iterable[dict[str, Any]], redacted: bool = False) -> None:
    w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(csv_record(row, redacted))
