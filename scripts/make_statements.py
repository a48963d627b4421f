"""Write the labelled statements: corpus/statements/provision.jsonl and outcomes.jsonl.

    .venv/bin/python scripts/make_statements.py            # seeded, deterministic

Generated items are labelled by construction (scripts/statementgen/); hand-written cases come from
scripts/statementgen/hand_*.yaml. The train/test split is by generator family (template), so the
test split holds sentence shapes unseen in training; hand cases are split by a stable hash of text.
A third, DEV split (round 2) comes from dev-only templates and phrase-bank words plus
hand_*_dev.yaml; it is appended after the train/test rows, so those stay byte-identical. The rule
checks are tuned on train only; the model combiner is fitted on dev.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from statementgen import outcomes, provision  # noqa: E402
from statementgen.split import held_out  # noqa: E402

SLOTS = ["what", "who", "frequency", "duration", "group", "review"]
GEN_DIR = ROOT / "scripts" / "statementgen"


def hand_provision(name: str = "hand_provision.yaml", split: str | None = None) -> list[dict]:
    """``split``: None = train/test by a stable hash of the text; otherwise that split for every row."""
    rows = yaml.safe_load((GEN_DIR / name).read_text())
    out = []
    for r in rows:
        slots = {k: r.get(k) for k in SLOTS}
        for k, v in slots.items():
            if v is not None and v not in r["t"]:
                raise ValueError(f"{name}: slot {k} is not a substring of its item")
        out.append({"text": r["t"], "specific": bool(r["s"]), "slots": slots, "source": "hand",
                    "split": split or ("test" if held_out(r["t"]) else "train")})
    return out


def hand_outcomes(name: str = "hand_outcomes.yaml", split: str | None = None) -> list[dict]:
    rows = yaml.safe_load((GEN_DIR / name).read_text())
    out = []
    for r in rows:
        lab = {"specific": bool(r["s"]), "measurable": bool(r["m"]), "time_bound": bool(r["tb"]),
               "provision_as_outcome": bool(r.get("pao", False)), "aspiration_only": bool(r.get("asp", False))}
        smart = lab["specific"] and lab["measurable"] and lab["time_bound"] and not (
            lab["provision_as_outcome"] or lab["aspiration_only"])
        out.append({"text": r["t"], "smart": smart, **lab, "source": "hand",
                    "split": split or ("test" if held_out(r["t"]) else "train")})
    return out


def dedupe(rows: list[dict]) -> list[dict]:
    """Drop repeated texts (first wins) so no sentence sits in both splits."""
    seen, out = set(), []
    for r in rows:
        key = r["text"].lower()
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def write(path: Path, rows: list[dict], prefix: str, keys: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{prefix}{i:04d}", **{k: r[k] for k in keys}}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20260401)
    ap.add_argument("--provision", type=int, default=1900)
    ap.add_argument("--outcomes", type=int, default=1300)
    ap.add_argument("--dev-provision", type=int, default=700)
    ap.add_argument("--dev-outcomes", type=int, default=500)
    ap.add_argument("--out", type=Path, default=ROOT / "corpus" / "statements")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)

    # dev rows come last: dedupe keeps the first copy, so train/test rows (and ids) never change
    prov = dedupe(provision.generate(a.provision, a.seed) + hand_provision()
                  + provision.generate_dev(a.dev_provision, a.seed + 2)
                  + hand_provision("hand_provision_dev.yaml", "dev"))
    outs = dedupe(outcomes.generate(a.outcomes, a.seed + 1) + hand_outcomes()
                  + outcomes.generate_dev(a.dev_outcomes, a.seed + 3)
                  + hand_outcomes("hand_outcomes_dev.yaml", "dev"))
    write(a.out / "provision.jsonl", prov, "p", ["text", "split", "specific", "slots", "source"])
    write(a.out / "outcomes.jsonl", outs, "o", ["text", "split", "smart", "specific", "measurable",
                                                  "time_bound", "provision_as_outcome", "aspiration_only", "source"])
    (a.out / "README.md").write_text(README.format(seed=a.seed, counts=counts_table(prov, outs)), encoding="utf-8")
    print(f"provision: {len(prov)} rows, outcomes: {len(outs)} rows -> {a.out}", file=sys.stderr)


def counts_table(prov: list[dict], outs: list[dict]) -> str:
    lines = ["| file | label | train true | train false | dev true | dev false | test true | test false |",
             "|---|---|---|---|---|---|---|---|"]
    for name, rows, labels in (
        ("provision", prov, ["specific"] + [f"slot:{k}" for k in SLOTS]),
        ("outcomes", outs, ["smart", "specific", "measurable", "time_bound", "provision_as_outcome", "aspiration_only"]),
    ):
        for lab in labels:
            def val(r):
                return r["slots"][lab[5:]] is not None if lab.startswith("slot:") else r[lab]
            c = Counter((r["split"], bool(val(r))) for r in rows)
            lines.append(f"| {name} | {lab} | {c['train', True]} | {c['train', False]} | {c['dev', True]} | "
                         f"{c['dev', False]} | {c['test', True]} | {c['test', False]} |")
    for name, rows in (("provision", prov), ("outcomes", outs)):
        c = Counter((r["split"], r["source"] == "hand") for r in rows)
        lines.append(f"| {name} | rows (generated / hand) | {c['train', False]} / {c['train', True]} | | "
                     f"{c['dev', False]} / {c['dev', True]} | | {c['test', False]} / {c['test', True]} | |")
    return "\n".join(lines)


README = """# Labelled statements (synthetic only)

`provision.jsonl` (provision items, sections F, G, H1, H2) and `outcomes.jsonl` (section E outcomes)
train and test the sentence models in `ehcp_qa/ml/`. **Every statement is synthetic**: no text comes
from a real plan, and names are invented.

Regenerate (seeded, deterministic; this file is rewritten with the counts):

    .venv/bin/python scripts/make_statements.py   # seed {seed}

## How they were made
- **Generated** (`scripts/statementgen/provision.py`, `outcomes.py`, phrase banks in `banks.py`):
  each item is assembled from parts (what, who, frequency, duration, group size, review; or subject,
  skill, criterion, time) under a *profile* that says which part is missing, vague or hedged, then
  rendered by a template (prose, passive, table fragment `a | b | c`, form fields, bullets, "I will"
  outcomes ...). Labels and slot spans are known **by construction**: the generator records which
  parts it filled and which hedges it inserted. `source` is `gen:<family>[:<section>]`.
- **Hand-written** (`scripts/statementgen/hand_provision.yaml`, `hand_outcomes.yaml`): hard and
  borderline cases labelled by hand (a "regular" inside a quantified item, bare roles, ranges,
  hedges mid-sentence, G and H wording, vague verbs with dates). `source` is `hand`.
- **Split**: fixed, by generator family (template). A quarter of the templates are test-only, and
  test items also draw about half their words from test-only halves of the phrase banks, so the test
  split holds sentence shapes and wording unseen in training. Hand cases are split by a stable hash
  of their text. Duplicate texts are dropped (first kept).
- **Dev split** (round 2, `"split": "dev"`): generated from dev-only templates (`DEV_TEMPLATES` in
  `provision.py` and `outcomes.py`, family names `dev-*`) with about half their words from dev-only
  phrase-bank entries (`dev_banks.py`, none of them a train or test entry), plus hand-written cases
  (`hand_provision_dev.yaml`, `hand_outcomes_dev.yaml`). Dev rows are appended after the train and
  test rows, so regenerating leaves those byte-identical. **The rule checks must never be tuned on
  dev**: it is where the rules' errors on unseen wording are measured and the model combiner is
  fitted (`scripts/train.py`). The test split stays untouched for the final figures.

## Labels (from the shared contract)
- Provision `specific`: states WHAT, WHO (a role; bare "staff", "key adult", "the setting" is not a
  who) and HOW MUCH/HOW OFTEN, a group size if it mentions a group, and no unqualified hedge ("as
  needed", "where possible", "up to", "access to", "opportunities", "should", "could", "may benefit",
  "or equivalent", "such as", "e.g.", "etc.", ranges, "initially ... reducing to"). "regular" inside
  an otherwise quantified item is allowed; "regular" standing in for the frequency is not.
- Provision slots: the verbatim span filling `what`, `who`, `frequency`, `duration`, `group`,
  `review`, or null. A vague stand-in ("regularly", "staff", "a small group") leaves the slot null; a
  hedged value ("up to 3 times a week", "a group of up to 4") fills it but the item is not specific.
- Outcome `smart` = `specific` (a concrete skill with the child as subject: a name, he/she/they,
  "I will") and `measurable` (a criterion) and `time_bound` (a date or phase end), and neither
  `provision_as_outcome` nor `aspiration_only`.

## Counts
{counts}

## Limits
Synthetic sentences are cleaner and more regular than real plans; a model trained on them learns
these phrase banks. The test split measures generalisation to new templates and new words, not to
real plans; treat its figures as an upper bound.
"""


if __name__ == "__main__":
    main()
