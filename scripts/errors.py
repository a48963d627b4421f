"""List, per author, the in-plan provision lines the shipped tool judges wrongly, with what it found:
the author's label and slot flags, the tool's slots for the item(s) covering the line, and the
findings (errors and the errors the confidence floor softened to suggestions) that decided it.

    .venv/bin/python scripts/errors.py                    # every author, DOCX files
    .venv/bin/python scripts/errors.py harbourside --pdf  # one author, the PDFs
    .venv/bin/python scripts/errors.py --slots            # slot misses too (label vs tool per slot)

Reads corpus/authored only. Output quotes plan lines: it is for a developer's
terminal, not a log.
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
from evaluate import align, manifest_entries  # noqa: E402

from ehcp_qa import api  # noqa: E402
from ehcp_qa.checks.provision import PROVISION_SECTIONS, analyse_provisions, lexicon_for  # noqa: E402
from ehcp_qa.model import Dimension, ItemKind, Severity  # noqa: E402
from ehcp_qa.rules.load import load_rules  # noqa: E402

SLOT_FLAGS = {"what": "has_what", "who": "has_who", "frequency": "has_frequency", "duration": "has_duration",
              "group": "has_group_size"}


def _analyses(plan):
    """{(start, end): analysis} for the plan's provision items."""
    lex = lexicon_for(load_rules().get("specificity.vague-provision"))
    out = {}
    for key in PROVISION_SECTIONS:
        items = plan.section_items(key, ItemKind.PROVISION) if plan.section(key) is not None else []
        for it, a in zip(items, analyse_provisions([x.text for x in items], lex)):
            out[(it.start, it.end)] = a
    return out


def _short(s: str | None, n: int = 60) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def run(author: str, fmt: str, show_slots: bool, counts: Counter, dump: list | None = None) -> None:
    entries, _ = manifest_entries(author, authored.AUTHORED / author, authored.manifest(author))
    for e in entries:
        if e["path"].suffix.lstrip(".") != fmt:
            continue
        plan = api.load_plan(e["path"])
        findings = api.check_plan(plan)
        an = _analyses(plan)
        rows = e["items"]
        for it, sp in zip(rows, align(plan.text, [r["text"] for r in rows])):
            if sp is None or not it["item"] or it["section"] == "E":
                continue
            over = [f for f in findings if f.start is not None and f.start < sp[1] and f.end > sp[0]
                    and f.dimension == Dimension.SPECIFICITY]
            errs = [f for f in over if f.severity == Severity.ERROR]
            ok = not errs
            items = [(k, a) for k, a in an.items() if k[0] < sp[1] and k[1] > sp[0]]
            slot_miss = []
            if items:
                got = {s: any(a.slots.get(s) for _, a in items) for s in SLOT_FLAGS}
                slot_miss = [f"{s}:{'FN' if it[fl] else 'FP'}" for s, fl in SLOT_FLAGS.items() if got[s] != it[fl]]
                for m in slot_miss:
                    counts[f"slot {m}"] += 1
            wrong = ok != it["specific"]
            if dump is not None:
                dump.append({"author": author, "plan": e["key"], "label": it["specific"], "ok": ok,
                             "labels": {s: it[fl] for s, fl in SLOT_FLAGS.items()}, "merged": any(k != sp for k, _ in items),
                             "tool": {s: any(a.slots.get(s) for _, a in items) for s in SLOT_FLAGS} if items else None,
                             "group_mentioned": any(a.group_mentioned for _, a in items),
                             "findings": [[f.rule_id, f.severity.value, f.confidence] for f in over]})
            if not wrong and not (show_slots and slot_miss):
                continue
            kind = ("FN-notspec" if it["specific"] else "FP-spec-missed") if wrong else "slots"
            if wrong:
                counts[kind] += 1
                for f in errs or [f for f in over if f.severity == Severity.SUGGESTION]:
                    counts[f"{kind} {f.rule_id}{'' if f.severity == Severity.ERROR else ' (softened)'}"] += 1
                if not items:
                    counts[f"{kind} no tool item"] += 1
            print(f"[{author} {e['key']} {it['section']}] {kind}  label specific={it['specific']}  "
                  f"{' '.join(slot_miss)}")
            print(f"   line: {_short(it['text'], 200)}")
            lab = {k: v for k, v in (it.get("spans") or {}).items() if v}
            print(f"   label spans: {', '.join(f'{k}={_short(v[0], 40)!r}' for k, v in lab.items())}")
            for (a0, a1), a in items:
                sl = ", ".join(f"{k}={_short(v, 40)!r}" for k, v in a.verdict_slots().items() if v)
                hed = ", ".join(f"{h.phrase}{'*' if h.strong else ''}{'(ans)' if h.answered_by else ''}"
                                for h in a.hedges)
                cover = "" if (a0, a1) == sp else f" item [{_short(a.text, 80)!r}]"
                print(f"   tool:{cover} {sl}" + (f"  hedges: {hed}" if hed else ""))
            for f in over:
                if f.severity in (Severity.ERROR, Severity.SUGGESTION) or f.source == "model":
                    print(f"   {f.severity.value:10s} {f.rule_id} conf={f.confidence}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("authors", nargs="*")
    ap.add_argument("--pdf", action="store_true", help="the PDFs instead of the DOCX files")
    ap.add_argument("--slots", action="store_true", help="also list lines whose slots differ from the labels")
    ap.add_argument("--dump", type=Path, help="write every provision line's label, slots and findings as JSON lines")
    a = ap.parse_args(argv)
    counts: Counter = Counter()
    dump: list | None = [] if a.dump else None
    for author in a.authors or authored.plan_authors():
        run(author, "pdf" if a.pdf else "docx", a.slots, counts, dump)
    if a.dump:
        a.dump.write_text("".join(json.dumps(d) + "\n" for d in dump), encoding="utf-8")
    print("\nsummary:")
    for k, v in sorted(counts.items()):
        print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main()
