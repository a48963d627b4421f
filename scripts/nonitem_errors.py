"""Which findings fire on lines that are not items, per author of corpus/authored (issue 13).

For each authored plan (DOCX and PDF), every line its author labelled as a non-item (a heading,
framing, funding, sign-off, nil statement...) is found in the plan text as scripts/evaluate.py finds
it, and every *error* finding that overlaps it is listed with its rule, whether the tool took the
line for an item (its `Plan.items` cover most of it) and the finding's message: the two ways a
non-item gets an error are that it is not recognised as a non-item, or that a check which is not an
item check fires on it.

    .venv/bin/python scripts/nonitem_errors.py                 # counts per author and rule
    .venv/bin/python scripts/nonitem_errors.py --lines         # every line (authored corpus text)
    .venv/bin/python scripts/nonitem_errors.py --author fenwick --format docx

Reads corpus/authored only and prints to the terminal; nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402
from evaluate import align, manifest_entries, true_drafting  # noqa: E402

from ehcp_qa import api  # noqa: E402
from ehcp_qa.errors import EhcpQaError  # noqa: E402
from ehcp_qa.model import Severity  # noqa: E402


def nonitem_hits(path: Path, items: list[dict], faults: list[dict] | None = None) -> tuple[int, list[dict]]:
    """(non-item lines found in the plan, one row per non-item line that carries an error)."""
    try:
        plan = api.load_plan(path)
        findings = api.check_plan(plan)
    except EhcpQaError:
        return 0, []
    true = true_drafting(plan, findings, faults or [])  # a labelled drafting fault found: not a false error
    errors = [f for f in findings if f.severity == Severity.ERROR and f.start is not None and id(f) not in true]
    n, out = 0, []
    for it, sp in zip(items, align(plan.text, [it["text"] for it in items])):
        if it["item"] or sp is None:
            continue
        n += 1
        hits = [f for f in errors if f.start < sp[1] and f.end > sp[0]]
        if not hits:
            continue
        covered = sum(min(sp[1], x.end) - max(sp[0], x.start) for x in plan.items or ()
                      if x.is_item and x.start < sp[1] and x.end > sp[0])
        kinds = sorted({x.kind.value for x in plan.items or () if x.start < sp[1] and x.end > sp[0]})
        out.append({"section": it["section"], "text": it["text"], "as_item": 2 * covered >= sp[1] - sp[0],
                    "kinds": kinds, "rules": [(f.rule_id, f.message) for f in hits]})
    return n, out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--author", action="append", help="only this author (repeatable)")
    ap.add_argument("--format", choices=("docx", "pdf"), help="only this format")
    ap.add_argument("--lines", action="store_true", help="print each line with its findings")
    a = ap.parse_args(argv)
    for author in a.author or authored.plan_authors():
        entries, _ = manifest_entries(author, authored.AUTHORED / author, authored.manifest(author))
        total, rows = 0, []
        for e in entries:
            if a.format and e["path"].suffix.lstrip(".") != a.format:
                continue
            n, hits = nonitem_hits(e["path"], e["items"], e.get("faults"))
            total += n
            rows += [{**h, "file": e["path"].name} for h in hits]
        rules = Counter(r for h in rows for r in {rid for rid, _ in h["rules"]})
        as_item = sum(h["as_item"] for h in rows)
        print(f"## {author}: {len(rows)} of {total} non-item lines carry an error "
              f"({as_item} taken for items); by rule: {dict(rules.most_common())}")
        if a.lines:
            for h in rows:
                rid = "; ".join(f"{r} ({m[:90]})" for r, m in h["rules"])
                print(f"- [{h['file']} {h['section']}] item={h['as_item']} kinds={h['kinds']} :: {h['text'][:140]!r}\n"
                      f"    -> {rid}")


if __name__ == "__main__":
    main()
