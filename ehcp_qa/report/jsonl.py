"""Batch JSONL: one PlanReport dict per line plus "status" ("ok"|"error") and "error" (a
ReadError.code or null). In `score --out DIR` the file is also the durable journal: lines are
appended and flushed as files finish, so a killed run keeps what it did; a torn last line is ignored
on read."""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterable


def dumps_row(row: dict[str, Any]) -> str:
    # key order comes from report_to_dict, so equal rows give equal bytes
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def append_row(fh: IO[str], row: dict[str, Any]) -> None:
    fh.write(dumps_row(row) + "\n")
    fh.flush()  # survives the process being killed (the kernel owns the bytes now)


def write_rows(fh: IO[str], rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        fh.write(dumps_row(row) + "\n")


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a line cut short by a crash (or otherwise unparsable) is skipped."""
    p = Path(path)
    if not p.is_file():
        return []
    rows = []
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # torn write at the end of an interrupted run
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict):
                rows.append(row)
    return rows
