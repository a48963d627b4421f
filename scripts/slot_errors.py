"""Slot presence leave one author out, quickly, and where it goes wrong: for each author, the slot
taggers are trained without that author (scripts/train.py's ``train_taggers``, no sentence models),
the author's provision items are analysed as evaluate.py's statement figures analyse them
(``analyse_provision`` on each labelled line), and per slot the presence F1 is printed; with
``--list SLOT`` every disagreement is listed with the author's spans and the tool's.

    PYTHONPATH=. .venv/bin/python scripts/slot_errors.py                    # F1 per author and slot
    PYTHONPATH=. .venv/bin/python scripts/slot_errors.py --list group       # and the group misses
    PYTHONPATH=. .venv/bin/python scripts/slot_errors.py --shipped          # the shipped taggers, no folds

Reads corpus/authored only. Output quotes labelled lines: it is for a
developer's terminal, not a log.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402
import train  # noqa: E402

from ehcp_qa.checks.provision import SLOTS, analyse_provision, lexicon_for  # noqa: E402
from ehcp_qa.ml import spans  # noqa: E402
from ehcp_qa.rules.load import load_rules  # noqa: E402

FLAG = {"what": "has_what", "who": "has_who", "frequency": "has_frequency", "duration": "has_duration",
        "group": "has_group_size"}


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else float("nan")


def run(authors: list[str] | None, shipped: bool, listing: str | None, dump: Path | None,
        shipped_config: bool = False, both: bool = False) -> dict:
    rows_by_author = authored.all_rows()
    lex = lexicon_for(load_rules().get("specificity.vague-provision"))
    cache: dict = {}
    table, records = {}, []
    shipped_t = spans.tagger("provision")
    configs = ("as-fitted", "shipped-config") if both else ("shipped-config" if shipped_config else "as-fitted",)
    for held in authors or list(rows_by_author):
        fold = None if shipped else train.train_taggers(rows_by_author, exclude=held, cache=cache,
                                                        kinds=("provision",), finders=False)["provision"]
        for conf in configs:
            if shipped:
                ctx = spans.using(None)
            else:
                t = fold
                if conf == "shipped-config" and shipped_t is not None:  # the shipped finders, thresholds, bars
                    t = replace(fold, use=shipped_t.use, thresholds=shipped_t.thresholds, accept=shipped_t.accept)
                ctx = spans.using_tagger("provision", t)
            counts = {s: [0, 0, 0] for s in FLAG}
            with ctx:
                for r in rows_by_author[held]:
                    if not r["item"] or r["section"] == "E":
                        continue
                    a = analyse_provision(r["text"], lex)
                    for s, flag in FLAG.items():
                        gold, pred = bool(r[flag]), a.slots.get(s) is not None
                        c = counts[s]
                        c[0] += gold and pred
                        c[1] += pred and not gold
                        c[2] += gold and not pred
                        if gold != pred and conf == configs[-1]:
                            records.append({"author": held, "slot": s, "gold": gold, "text": r["text"],
                                            "gold_spans": r["spans"].get(s) or [],
                                            "found": [r["text"][x:y] for x, y in a.all_spans.get(s, [])]})
            table[(held, conf)] = {s: _f1(*c) for s, c in counts.items()}
            print(held, conf, " ".join(f"{s} {v:.3f}" for s, v in table[(held, conf)].items()),
                  file=sys.stderr, flush=True)
    if listing:
        for rec in records:
            if rec["slot"] == listing:
                kind = "MISS" if rec["gold"] else "FALSE"
                print(f"[{rec['author']}] {kind} gold={rec['gold_spans']} found={rec['found']}\n    {rec['text']}")
    if dump:
        dump.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    print("| author | config | " + " | ".join(FLAG) + " |")
    for (a, conf), m in table.items():
        print(f"| {a} | {conf} | " + " | ".join(f"{m[s]:.3f}" for s in FLAG) + " |")
    return table


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("authors", nargs="*")
    ap.add_argument("--shipped", action="store_true", help="the shipped taggers (no leave one author out)")
    ap.add_argument("--list", dest="listing", choices=SLOTS, help="list the disagreements on this slot")
    ap.add_argument("--dump", type=Path, help="write every disagreement as JSON lines here")
    ap.add_argument("--shipped-config", action="store_true",
                    help="folds use the shipped finders, thresholds and pattern bars, as evaluate.py's folds do "
                         "(default: the taggers as fitted, every slot by the tagger at 0.5)")
    ap.add_argument("--both", action="store_true", help="measure the folds both ways (one training per fold)")
    a = ap.parse_args(argv)
    run(a.authors or None, a.shipped, a.listing, a.dump, a.shipped_config, a.both)


if __name__ == "__main__":
    main()
