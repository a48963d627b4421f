"""`ehcp-qa compare AUTO HUMAN`: agreement between the tool's ratings and a moderation panel's."""
from __future__ import annotations

import json
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..report.jsonl import write_rows
from .app import EXIT_ERROR, app


class CompareFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


@app.command()
def compare(
    files: List[Path] = typer.Argument(..., help="AUTO... HUMAN: one or more `ehcp-qa score` outputs (scores.csv or scores.jsonl, or the folder holding it; several are merged as `ehcp-qa merge` does), then the moderation CSV: file (or plan_id) and grade; optional quadrant, moderator, date, section grades."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write compare.json, PNG plots and report.html into this folder."),
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", help="What to print: table, json, or html (html only without --out)."),
    bootstrap: int = typer.Option(1000, "--bootstrap", min=0, help="Bootstrap resamples for the 95% intervals (0: none)."),
    seed: int = typer.Option(0, "--seed", help="Seed for the bootstrap, so intervals repeat exactly."),
) -> None:
    """Compare the tool's suggested ratings with human moderation grades: agreement, kappa,
    confusion matrix, bias, per quadrant and moderator, and the plans where they disagree."""
    from ..compare import CompareError, compare_files  # lazy: keeps --help fast

    err = _stderr()
    if len(files) < 2:
        err.print("ehcp-qa: compare needs AUTO... HUMAN (at least one results file, then the moderation CSV)")
        raise typer.Exit(EXIT_ERROR)
    *autos, human = files
    try:
        with _joined(autos) as auto:
            result = compare_files(auto, human, bootstrap=bootstrap, seed=seed)
    except CompareError as exc:
        err.print(f"ehcp-qa: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    for w in result["warnings"]:
        err.print(f"warning: {w}", markup=False, highlight=False)

    html = None
    if out is not None or format is CompareFormat.html:
        from ..report.compare_html import render  # lazy: keeps --help fast
        from ..report.plots import all_plots  # lazy: keeps --help fast

        images = all_plots(result)
        html = render(result, images)
        if out is not None:
            try:
                out.mkdir(parents=True, exist_ok=True)
                (out / "compare.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
                for name, png in images.items():
                    (out / name).write_bytes(png)
                (out / "report.html").write_text(html, encoding="utf-8")
            except OSError as exc:
                err.print(f"ehcp-qa: cannot write to {out}: {exc.strerror}", markup=False, highlight=False)
                raise typer.Exit(EXIT_ERROR) from None
            err.print(f"wrote compare.json, {len(images)} plots and report.html to {out}", markup=False, highlight=False)

    if format is CompareFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    elif format is CompareFormat.html:
        if out is None:
            sys.stdout.write(html or "")
    else:
        print_table(result)


@contextmanager
def _joined(autos: List[Path]):
    """One results file for several (merged, refusing rows that disagree, as `ehcp-qa merge`)."""
    if len(autos) == 1:
        yield autos[0]
        return

    from ..compare import CompareError  # lazy: keeps --help fast
    from ..merge import MergeConflict, merge_runs  # lazy: keeps --help fast

    try:
        rows = merge_runs([a.parent if a.name == "scores.csv" else a for a in autos])
    except (MergeConflict, FileNotFoundError) as e:
        raise CompareError(str(e)) from None
    with tempfile.TemporaryDirectory(prefix="ehcp-qa-compare-") as tmp:
        path = Path(tmp) / "scores.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            write_rows(fh, rows)
        yield path


def _stderr():
    return Console(file=sys.stderr, highlight=False)


def _fmt(stat: dict[str, Any], pct: bool = False) -> tuple[str, str]:
    v = stat.get("value")
    if v is None:
        return "n/a", ""
    f = (lambda x: f"{x:.0%}") if pct else (lambda x: f"{x:.2f}")
    ci = f"{f(stat['low'])} to {f(stat['high'])}" if stat.get("low") is not None else ""
    return f(v), ci


def print_table(r: dict[str, Any]) -> None:
    from ..report.plots import SHORT  # lazy: keeps --help fast

    con = Console(file=sys.stdout, highlight=False, width=max(100, Console().width))
    head = Table(title="Tool vs moderation panel", title_justify="left")
    head.add_column("figure")
    head.add_column("value", justify="right")
    head.add_column("95% interval", justify="right")
    head.add_column("note")
    head.add_row("plans compared (n)", str(r["n"]), "", "")
    for label, key, pct in (("exact agreement", "exact", True), ("adjacent (within one grade)", "adjacent", True),
                            ("Cohen's kappa", "kappa", False), ("quadratic-weighted kappa", "qwk", False),
                            ("bias (tool - panel, grades)", "bias", False)):
        value, ci = _fmt(r[key], pct)
        head.add_row(label, value, ci, r[key].get("reason") or r[key].get("note") or "")
    con.print(head)
    if r["bias"].get("sentence"):
        con.print(r["bias"]["sentence"], markup=False)

    cm = r["confusion"]
    mat = Table(title="Confusion matrix (rows: panel, columns: tool)", title_justify="left")
    mat.add_column("panel \\ tool")
    for lab in cm["labels"]:
        mat.add_column(SHORT[lab], justify="right")
    for i, (lab, row) in enumerate(zip(cm["labels"], cm["matrix"])):
        mat.add_row(SHORT[lab], *[f"[bold]{v}[/bold]" if i == j else str(v) for j, v in enumerate(row)])
    con.print(mat)

    for title, groups in (("By quadrant", r["by_quadrant"]), ("By moderator", r["by_moderator"])):
        if not groups:
            continue
        t = Table(title=title, title_justify="left")
        for c in ("", "n", "exact", "adjacent", "kappa", "qwk", "bias"):
            t.add_column(c, justify="left" if not c else "right")
        for name, s in groups.items():
            t.add_row(name, str(s["n"]), _fmt(s["exact"], True)[0], _fmt(s["adjacent"], True)[0],
                      _fmt(s["kappa"])[0], _fmt(s["qwk"])[0], _fmt(s["bias"])[0])
        con.print(t)

    ceil = r["human_ceiling"]
    if ceil.get("pairs"):
        tool = ceil.get("tool_vs_moderators") or {}
        con.print(
            f"Human ceiling: {ceil['plans']} plans, {ceil['pairs']} moderator pairs: exact {_fmt(ceil['exact'], True)[0]}, "
            f"qwk {_fmt(ceil['qwk'])[0]}; tool vs the same moderators: exact {_fmt(tool['exact'], True)[0]}, "
            f"qwk {_fmt(tool['qwk'])[0]}.", markup=False)
    else:
        con.print(f"Human ceiling: {ceil.get('reason')}.", markup=False)

    dis = r["disagreements"]
    if dis:
        t = Table(title=f"Largest disagreements ({min(10, len(dis))} of {len(dis)})", title_justify="left")
        for c in ("plan", "gap", "panel", "tool", "score", "top findings"):
            t.add_column(c)
        for d in dis[:10]:
            t.add_row(d["file"], f"{d['gap']:+d}", SHORT[d["human"]], SHORT[d["tool"]],
                      "" if d["score"] is None else f"{d['score']:.1f}", "; ".join(d["top_findings"][:3]))
        con.print(t)

    for key, title, name in (("only_auto", "scored, no human grade", "file"),
                             ("only_human", "graded, not in the score output", "plan"),
                             ("auto_errors", "unreadable by the tool, not compared", "file")):
        items = r[key]
        if items:
            names = ", ".join(str(x[name]) for x in items[:10]) + (" ..." if len(items) > 10 else "")
            con.print(f"{len(items)} {title}: {names}", markup=False)
