"""Generate synthetic EHC plans (DOCX and PDF) with ground truth JSON. Everything is invented.

    python scripts/make_corpus.py                      # regenerate corpus/plans and corpus/samples exactly
    python scripts/make_corpus.py --out /tmp/big --n 20 --seed 5 --pages 30 --formats docx,pdf

Each plan is fully determined by (seed, grade, fault kinds, layout, format, pages); those come from
``assignments(seed, n)``, so one plan can be regenerated alone (``--only plan-007``).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpusgen import compose, content, lint, render_docx, render_pdf  # noqa: E402
from corpusgen.layouts import LAYOUTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = dict(out=ROOT / "corpus" / "plans", n=84, seed=2026, prefix="plan")
SAMPLES = dict(out=ROOT / "corpus" / "samples", n=6, seed=7, prefix="sample", pages=6)  # small, quick to score
GRADE_SHARE = [("outstanding", 0.10), ("good", 0.30), ("requires_improvement", 0.40), ("inadequate", 0.20)]
LAYOUT_NAMES = list(LAYOUTS)
PAGES_PER_SCALE = 3.4  # content scale 1.0 renders to about 3.4 A4 pages (measured, PDF)
WORDS_PER_PAGE = 420  # the --pages loop aims at this; measured: --pages 30 -> 31-33 PDF pages, 300 -> 303-305


def assignments(seed: int, n: int, formats=("docx", "pdf"), prefix="plan", pages: int | None = None) -> list[dict]:
    """Per-plan parameters: grade (tiers decided first), layout, format, fault kinds, seed."""
    rng = random.Random(seed)
    counts = [max(1, round(n * share)) for _, share in GRADE_SHARE]
    while sum(counts) > n:
        counts[counts.index(max(counts))] -= 1
    while sum(counts) < n:
        counts[2] += 1
    grades = [g for (g, _), c in zip(GRADE_SHARE, counts) for _ in range(c)]
    rng.shuffle(grades)
    turns = {"requires_improvement": 0, "inadequate": 0}
    out = []
    for i, grade in enumerate(grades):
        layout = LAYOUT_NAMES[i % len(LAYOUT_NAMES)]
        # each layout alternates formats; small batches simply alternate
        fmt = formats[(i // len(LAYOUT_NAMES) if n >= 2 * len(LAYOUT_NAMES) else i) % len(formats)]
        turn = turns.get(grade, 0)
        if grade in turns:
            turns[grade] += 1
        faults = content.choose_faults(grade, random.Random(seed * 7919 + i), turn)
        width = 3 if n < 1000 else len(str(n))
        out.append(dict(id=f"{prefix}-{i + 1:0{width}d}", seed=seed * 1000 + i, grade=grade, layout=layout,
                        format=fmt, faults=faults, pages=pages))
    return out


def generate_plan(p: dict, out_dir: Path) -> dict:
    """Write <id>.<format> and <id>.json into out_dir; return the ground truth."""
    rng = random.Random(p["seed"])
    # typical plans 6-15 pages; --pages P scales content towards P pages
    target = p["pages"] or rng.randint(7, 16)
    scale = target / PAGES_PER_SCALE
    for _ in range(8):  # long plans: grow the content scale until the word count fits the target
        c = content.build(p["seed"], p["grade"], p["faults"], p["layout"], scale=scale)
        doc, sections = compose.compose(c, p["layout"], p["format"], random.Random(p["seed"] + 1))
        words = sum(len(t.split()) for t, _ in compose.blocks(doc.elements))
        if not p["pages"] or p["pages"] <= 15 or words >= 0.9 * target * WORDS_PER_PAGE:
            break
        scale *= min(4.0, max(1.15, target * WORDS_PER_PAGE / words))
    texts = [t for t, key in compose.blocks(doc.elements) if key]
    fault_texts = [f["text"] for f in c.faults if f["text"]]
    bad = lint.unplanted_hedges(texts, fault_texts)
    if bad:
        raise ValueError(f"{p['id']}: hedge words outside planted faults: {bad[:3]}")
    all_text = "\n".join(t for t, _ in compose.blocks(doc.elements))
    for f in c.faults:
        if f["text"] and f["text"] not in all_text:
            raise ValueError(f"{p['id']}: planted text for {f['kind']} not in the document")
    name = f"{p['id']}.{p['format']}"
    out_dir.mkdir(parents=True, exist_ok=True)
    if p["format"] == "docx":
        render_docx.render(doc, str(out_dir / name))
    else:
        render_pdf.render(doc, str(out_dir / name))
    cv = c.cover
    gt = {
        "id": p["id"], "file": name, "format": p["format"], "layout": p["layout"], "synthetic": True,
        "seed": p["seed"],
        "meta": {k: cv[k] for k in ("name", "dob", "plan_date", "status", "age", "year_group", "pronouns")},
        "intended_grade": p["grade"], "sections": sections, "missing": sorted(c.missing), "faults": c.faults,
    }
    (out_dir / f"{p['id']}.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")
    return gt


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="output folder (default: regenerate corpus/plans and corpus/samples)")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, help="target pages per plan (e.g. 30 for benchmarks, 300 for a stress file)")
    ap.add_argument("--formats", default="docx,pdf")
    ap.add_argument("--only", nargs="*", help="plan ids to (re)generate")
    a = ap.parse_args(argv)
    if a.out is None:
        jobs = [CORPUS, SAMPLES]
    else:
        jobs = [dict(out=a.out, n=a.n, seed=a.seed, prefix="plan")]
    formats = tuple(x.strip() for x in a.formats.split(",") if x.strip())
    for job in jobs:
        plans = assignments(job["seed"], job["n"], formats, job["prefix"], a.pages or job.get("pages"))
        chosen = [p for p in plans if not a.only or p["id"] in a.only]
        for p in chosen:
            generate_plan(p, Path(job["out"]))
        print(f"{len(chosen)} plans -> {job['out']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
