"""`ehcp-qa score PATHS...`: score many plans in parallel worker processes.

Without --out the chosen format goes to stdout (default: a table). With --out DIR the results go to
DIR/scores.csv and DIR/scores.jsonl (the journal `--resume` continues from), plus DIR/report.html
with --format html or DIR/scores.json with --format json. Progress and the summary go to stderr.
Exit 0 when every file was read, 2 when any file errored (the batch still completes).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import ConfigError
from .app import EXIT_ERROR, EXIT_OK, app


class Format(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"
    html = "html"


def _progress(quiet: bool):
    """A rich progress bar on stderr (count, rate, ETA), or None when quiet / not a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} plans/s" if task.speed else "", style="progress.data.speed")

    return Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


def _table(rows) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    for col in ("file", "rating", "score", "errors", "warnings", "suggestions", "top finding"):
        t.add_column(col, overflow="fold")
    from ..report.csv_out import top_findings

    capped_any = False
    for r in rows:
        if r.get("status") == "ok":
            c = r["counts"]
            top = top_findings(r.get("findings") or [], 1)
            # a limiting judgement can hold a plan below its score's band (a 10.0 rated good): say so
            capped = any(x.get("criterion") == "limiting" for x in r.get("reasons") or [])
            capped_any |= capped
            t.add_row(r["file"], r["rating"] + (" (capped)" if capped else ""), f"{r['score']}", str(c["error"]),
                      str(c["warning"]), str(c["suggestion"]), top[0] if top else "")
        else:
            t.add_row(r["file"], f"error: {r['error']}", "", "", "", "", "")
    console = Console(file=sys.stdout, width=max(100, Console().width))
    console.print(t)
    if capped_any:
        console.print("(capped): a limiting judgement set the rating, whatever the score; "
                      "`ehcp-qa check FILE` or the HTML report says which.", highlight=False)


def pick_workers(asked: int | None) -> int:
    """The default is every usable core (affinity and cgroup quota); more than that is capped, with
    one line on stderr, since extra workers on the same cores only cost memory and switching."""
    from ..cpus import default_workers, usable_cpus

    if not asked:
        return default_workers()
    cores = usable_cpus()
    if asked > cores:
        typer.echo(f"ehcp-qa: --workers {asked} is more than the {cores} usable CPU cores; using {cores}", err=True)
        return cores
    return asked


def summary_line(rows, seconds: float, resumed: int) -> str:
    ok = [r for r in rows if r.get("status") == "ok"]
    ratings = Counter(r["rating"] for r in ok)
    errs = Counter(r.get("error") for r in rows if r.get("status") != "ok")
    rate = f" ({len(rows) - resumed} in {seconds:.1f}s, {(len(rows) - resumed) / seconds:.1f} plans/s)" if seconds > 0 else ""
    parts = [f"{ratings[k]} {k}" for k in ("outstanding", "good", "requires_improvement", "inadequate")]
    line = f"{len(rows)} files{rate}: " + ", ".join(parts)
    err_text = ", ".join(f"{n} {k}" for k, n in sorted(errs.items()))
    line += f"; {sum(errs.values())} errors" + (f" ({err_text})" if errs else "")
    if resumed:
        line += f"; {resumed} resumed from the journal"
    return line


@app.command()
def score(
    paths: List[str] = typer.Argument(..., help="Plan files, folders (searched recursively) or globs."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write results into this folder."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="Output format."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: every usable CPU; capped at that)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=1, help="Per-file time limit in seconds (default: 120)."),
    resume: bool = typer.Option(False, "--resume", help="Skip files already scored in --out DIR's journal."),
    redact: bool = typer.Option(False, "--redact", help="Replace the child's name (and other names found) by [CHILD]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    rules: List[Path] = typer.Option([], "--rules", help="Extra rule pack / council override file (repeatable)."),
    rubric: Optional[Path] = typer.Option(None, "--rubric", help="Rubric file (e.g. from `ehcp-qa train`)."),
    no_models: bool = typer.Option(False, "--no-models", help="Rules only; skip the ML checkers."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml in this or a parent folder)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' (needs ehcp-qa[dask])."),
) -> None:
    """Score many plans: one row per file, in parallel, resumable."""
    from ..batch import BatchOptions, run_batch, validate
    from ..config import load_config

    try:
        cfg = load_config(config)
        opts = BatchOptions(
            rules=tuple(str(p) for p in (*cfg.rules, *rules)),
            rubric=str(rubric or cfg.rubric) if (rubric or cfg.rubric) else None,
            models=False if no_models else (cfg.models if cfg.models is not None else True),
            limits=dict(cfg.limits),
            redact=redact,
            fragments=format == Format.html,
        )
        validate(opts)
    except ConfigError as e:
        typer.echo(f"ehcp-qa: {e}", err=True)
        raise typer.Exit(EXIT_ERROR)
    if resume and out is None:
        typer.echo("ehcp-qa: --resume needs --out DIR (the journal lives there)", err=True)
        raise typer.Exit(EXIT_ERROR)
    n_workers = pick_workers(workers or cfg.workers)
    limit = timeout or cfg.timeout or 120.0

    bar = _progress(quiet)
    task = None

    def on_progress(done: int, total: int) -> None:
        nonlocal task
        if bar is None:
            return
        if task is None:
            task = bar.add_task("score", total=total, completed=done)
        else:
            bar.update(task, completed=done)

    executor = None
    if dask:
        from ..distributed import DaskExecutor, DaskMissing

        try:
            executor = DaskExecutor(dask, workers=n_workers)
        except DaskMissing as e:
            typer.echo(f"ehcp-qa: {e}", err=True)
            raise typer.Exit(EXIT_ERROR)
    try:
        if bar is not None:
            bar.start()
        if executor is not None:
            with executor:
                result = run_batch(paths, opts, timeout=limit, out_dir=out, resume=resume,
                                   on_progress=on_progress, executor=executor)
        else:
            result = run_batch(paths, opts, workers=n_workers, timeout=limit, out_dir=out, resume=resume,
                               on_progress=on_progress)
    except KeyboardInterrupt:
        if bar is not None:
            bar.stop()
        typer.echo("ehcp-qa: interrupted; finished files are kept" + (f" in {out}/scores.jsonl (use --resume)" if out else ""), err=True)
        raise typer.Exit(130)
    finally:
        if bar is not None:
            bar.stop()
    rows = result.rows

    from ..report.csv_out import write_csv
    from ..report.html import render_report
    from ..report.jsonl import write_rows

    if out is not None:
        with (out / "scores.csv").open("w", encoding="utf-8", newline="") as fh:
            write_csv(fh, rows, redacted=redact)
        if format == Format.html:
            (out / "report.html").write_text(render_report(rows, result.fragments), encoding="utf-8")
        elif format == Format.json:
            (out / "scores.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif format == Format.table:
            _table(rows)
    else:
        fmt = format or Format.table
        if fmt == Format.table:
            _table(rows)
        elif fmt == Format.csv:
            write_csv(sys.stdout, rows, redacted=redact)
        elif fmt == Format.jsonl:
            write_rows(sys.stdout, rows)
        elif fmt == Format.json:
            sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render_report(rows, result.fragments))
        sys.stdout.flush()

    typer.echo(summary_line(rows, result.seconds, result.resumed), err=True)
    raise typer.Exit(EXIT_ERROR if any(r.get("status") != "ok" for r in rows) else EXIT_OK)
