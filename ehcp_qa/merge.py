"""Join the results of separate `ehcp-qa score` runs (other machines, other folders, split caseloads)
into one, as if one run had scored every file: ``merge_runs([dir_or_jsonl, ...]) -> rows``.

Rows are sorted by file path, as a run's final outputs are, so merging runs over disjoint parts of
a caseload gives the bytes a single run over all of it gives (same tool, rules, rubric, models and
options). The same file (same path and sha256) in two runs with rows that agree is kept once; rows
that disagree (another tool version, other rules, or the file changed between runs: same path,
other sha256) are refused with MergeConflict, naming the file: a silent pick would hide a
difference a moderator should see.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .redact import CHILD
from .report import jsonl

JOURNAL = "scores.jsonl"


class MergeConflict(ValueError):
    pass


def run_rows(run: str | Path) -> list[dict[str, Any]]:
    """The rows of one run: its folder (DIR/scores.jsonl) or a .jsonl file."""
    p = Path(run)
    path = p / JOURNAL if p.is_dir() else p
    if not path.is_file():
        raise FileNotFoundError(f"{run}: no {JOURNAL} (expected a `score --out` folder or a .jsonl file)")
    return jsonl.read_rows(path)


def _canonical(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def merge_rows(runs: list[list[dict[str, Any]]], names: list[str] | None = None) -> list[dict[str, Any]]:
    by_file: dict[str, tuple[dict[str, Any], str]] = {}
    for n, rows in enumerate(runs):
        where = names[n] if names else f"run {n + 1}"
        for row in rows:
            f = row.get("file")
            seen = by_file.get(f)
            if seen is None:
                by_file[f] = (row, where)
            elif _canonical(seen[0]) != _canonical(row):
                what = ("its sha256 differs (the file changed between runs)" if seen[0].get("sha256") != row.get("sha256")
                        else "the rows disagree (another tool version, rules, rubric, models or options?)")
                raise MergeConflict(f"{f}: in {seen[1]} and {where}, but {what}")
    return [by_file[f][0] for f in sorted(by_file)]


def merge_runs(runs: list[str | Path]) -> list[dict[str, Any]]:
    return merge_rows([run_rows(r) for r in runs], [str(r) for r in runs])


def looks_redacted(rows: list[dict[str, Any]]) -> bool:
    """Whether the rows came from a --redact run (its CSV leaves the name column empty)."""
    names = [(r.get("meta") or {}).get("name") for r in rows if r.get("status") == "ok"]
    return any(n == CHILD for n in names) and all(n in (CHILD, None) for n in names)
