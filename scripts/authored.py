"""Read `corpus/authored/`: independently written plans (one folder per author, with a
`manifest.json` in the shape of ../shared/LABELS.md) and statement sets
(`corpus/authored/statements/<author>/{provision,outcomes}.jsonl`), as rows that training and
evaluation share.

A row is one labelled line: {"id", "author", "plan" (None for statement sets), "section", "text",
"item", the flags, "spans"}. `training_rows` turns item rows into the shape scripts/train.py reads.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUTHORED = ROOT / "corpus" / "authored"
STATEMENTS = AUTHORED / "statements"
RATINGS = AUTHORED / "ratings.json"

PROVISION_FLAGS = ("specific", "has_what", "has_who", "has_frequency", "has_duration", "has_group_size")
OUTCOME_FLAGS = ("smart", "specific", "measurable", "time_bound", "is_provision_not_outcome")


def plan_authors(root: Path | None = None) -> list[str]:
    root = root or AUTHORED
    return sorted(p.parent.name for p in root.glob("*/manifest.json"))


def statement_authors(root: Path | None = None) -> list[str]:
    root = root or STATEMENTS
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def manifest(author: str, root: Path | None = None) -> dict:
    return json.loads(((root or AUTHORED) / author / "manifest.json").read_text(encoding="utf-8"))


def _row(author: str, plan: str | None, rid: str, d: dict) -> dict:
    flags = OUTCOME_FLAGS if d["section"] == "E" else PROVISION_FLAGS
    row = {"id": rid, "author": author, "plan": plan, "section": d["section"], "text": d["text"],
           "item": bool(d.get("item", True)), "spans": d.get("spans") or {}, "note": d.get("note")}
    if row["item"]:
        row.update({f: bool(d.get(f, False)) for f in flags})
    return row


def plan_rows(author: str, root: Path | None = None) -> list[dict]:
    rows = []
    for p in manifest(author, root)["plans"]:
        rows += [_row(author, p["id"], f"{p['id']}:{i:03d}", d) for i, d in enumerate(p["items"])]
    return rows


def statement_rows(author: str, root: Path | None = None) -> list[dict]:
    root = root or STATEMENTS
    rows = []
    for name in ("provision.jsonl", "outcomes.jsonl"):
        path = root / author / name
        if path.exists():
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    d = json.loads(line)
                    rows.append(_row(author, None, d.get("id") or f"{author}:{name}:{i}", d))
    return rows


def all_rows() -> dict[str, list[dict]]:
    """author -> every labelled line that author wrote (plan lines and statement sets)."""
    out: dict[str, list[dict]] = {a: plan_rows(a) for a in plan_authors()}
    for a in statement_authors():
        out.setdefault(a, []).extend(statement_rows(a))
    return out


def training_rows(rows: list[dict], kind: str, split: str = "dev") -> list[dict]:
    """Item rows of one kind in scripts/train.py's shape; `source` groups folds by author."""
    out = []
    for r in rows:
        if not r["item"] or (r["section"] == "E") != (kind == "outcome"):
            continue
        base = {"id": f"{r['author']}:{r['id']}", "text": r["text"], "split": split,
                "source": f"authored:{r['author']}:{r['section']}"}
        if kind == "outcome":
            base.update({"smart": r["smart"], "specific": r["specific"], "measurable": r["measurable"],
                         "time_bound": r["time_bound"], "provision_as_outcome": r["is_provision_not_outcome"],
                         "aspiration_only": False})
        else:
            base["specific"] = r["specific"]
        out.append(base)
    return out


def ratings(path: Path | None = None) -> list[dict]:
    """Blind raters' grades: [{"plan", "rater", "grade", "rationale"}], or [] before any exist."""
    path = path or RATINGS
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["grades"]
