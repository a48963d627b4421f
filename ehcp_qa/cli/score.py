"""`ehcp-qa score PATHS...`: score many plans in parallel worker processes.

Without --out the chosen format goes to stdout (default: a table; plain columns when piped). With
--out DIR the results go to DIR/scores.csv and DIR/scores.jsonl (the journal `--resume` continues
from), plus DIR/report.html with --format html or DIR/scores.json with --format json; a DIR that
already holds a run is refused unless --resume or --overwrite says what to do with it. Progress
and the summary go to stderr. Exit 0 when every file was read, 2 when any file errored (the batch
still completes), when no plan was found, or when an option, the config or an output is unusable.
"""
from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

from ..config import load_config
from ..cpus import default_workers, usable_cpus
from ..errors import ConfigError, OutputError, safe_name
from ..report.csv_out import write_csv
from ..report.jsonl import write_rows
from .app import EXIT_ERROR, EXIT_OK, app
from .output import batch_table, ensure_out_dir

OUTPUTS = ("scores.jsonl", "scores.csv", "scores.json", "report.html", "fragments")  # what a run writes in --out


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

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} plans/s" if task.speed else "", style="progress.data.speed")

    return Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


def _table(rows) -> None:
    batch_table(rows, sys.stdout)


def pick_workers(asked: int | None) -> int:
    """The default is every usable core (affinity and cgroup quota); more than that is capped, with
    one line on stderr, since extra workers on the same cores only cost memory and switching."""
    if not asked:
        return default_workers()
    cores = usable_cpus()
    if asked > cores:
        typer.echo(f"ehcp-qa: --workers {asked} is more than the {cores} usable CPU cores; using {cores}", err=True)
        return cores
    return asked


def _skipped_text(skipped) -> str:
    from ..batch import SKIPPED  # lazy: keeps --help fast

    skipped = skipped or {}
    return ", ".join(f"{n} {SKIPPED[k]}{'s' if n != 1 else ''}" for k in SKIPPED if (n := skipped.get(k)))


def summary_line(rows, seconds: float, resumed: int, skipped=None) -> str:
    ok = [r for r in rows if r.get("status") == "ok"]
    ratings = Counter(r["rating"] for r in ok)
    errs = Counter(r.get("error") for r in rows if r.get("status") != "ok")
    files = sum(1 for r in rows if (r.get("part") or {}).get("index", 1) == 1)
    rate = f" ({files - resumed} in {seconds:.1f}s, {(files - resumed) / seconds:.1f} plans/s)" if seconds > 0 else ""
    parts = [f"{ratings[k]} {k.replace('_', ' ')}" for k in ("outstanding", "good", "requires_improvement", "inadequate")]
    line = f"{files} files" + (f" ({len(rows)} plans)" if len(rows) != files else "") + f"{rate}: " + ", ".join(parts)
    err_text = ", ".join(f"{n} {k}" for k, n in sorted(errs.items()))
    line += f"; {sum(errs.values())} errors" + (f" ({err_text})" if errs else "")
    if resumed:
        line += f"; {resumed} resumed from the journal"
    if skipped and sum(skipped.values()):
        line += f"; skipped {_skipped_text(skipped)}"
    return line


def _fail(message: str) -> None:
    typer.echo(f"ehcp-qa: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


def _prepare_out(out: Path, resume: bool, overwrite: bool) -> None:
    """Refuse to mix a new run into an old one, prove the folder is writable, clear it for --overwrite."""
    if out.is_dir() and not resume and not overwrite:
        held = [n for n in OUTPUTS if (out / n).exists()]
        if held:
            _fail(f"{safe_name(out)} already holds a run ({', '.join(held)}); add --resume to continue it "
                  "or --overwrite to replace it")
    try:
        ensure_out_dir(out)
        if overwrite:
            for n in OUTPUTS:
                target = out / n
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
    except OutputError as e:
        _fail(str(e))
    except OSError as e:
        _fail(str(OutputError.from_os(out, e)))


@app.command()
def score(
    paths: List[str] = typer.Argument(..., help="Plan files, folders (searched recursively) or globs."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write results into this folder."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="Output format."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: every usable CPU; capped at that)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=1, help="Per-file time limit in seconds (default: 120)."),
    resume: bool = typer.Option(False, "--resume", help="Skip files already scored in --out DIR's journal."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace the run already in --out DIR (default: refuse)."),
    redact: bool = typer.Option(False, "--redact", help="Replace the child's name (and other names found) by [CHILD]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    rules: List[Path] = typer.Option([], "--rules", help="Extra rule pack / council override file (repeatable)."),
    rubric: Optional[Path] = typer.Option(None, "--rubric", help="Rubric file (e.g. from `ehcp-qa train`)."),
    no_models: bool = typer.Option(False, "--no-models", help="Rules only; skip the ML checkers."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml in this or a parent folder)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' (needs ehcp-qa[dask])."),
) -> None:
    """Score many plans: one row per file, in parallel, resumable."""
    from ..batch import BatchOptions, run_batch, validate  # lazy: keeps --help fast

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
        _fail("--resume needs --out DIR (the journal lives there)")
    if overwrite and out is None:
        _fail("--overwrite needs --out DIR (the run it replaces)")
    if resume and overwrite:
        _fail("--resume continues the run in --out DIR and --overwrite replaces it: give one of them")
    from ..batch import find_plans  # lazy: keeps --help fast

    found = find_plans(paths)
    if not found.files:
        skipped = _skipped_text(found.skipped)
        _fail(f"no plans found in {', '.join(safe_name(p) for p in paths)}"
              + (f" (skipped {skipped})" if skipped else "") + "; expected .docx, .pdf, .txt or .md files")
    if out is not None:
        _prepare_out(out, resume, overwrite)
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
        from ..distributed import DaskExecutor, DaskMissing  # lazy: keeps --help fast

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
                result = run_batch(found.files, opts, timeout=limit, out_dir=out, resume=resume,
                                   on_progress=on_progress, executor=executor)
        else:
            result = run_batch(found.files, opts, workers=n_workers, timeout=limit, out_dir=out, resume=resume,
                               on_progress=on_progress)
    except OSError as e:  # the parent reads no plan: an OS error here is the output folder's
        if bar is not None:
            bar.stop()
        if out is None:
            raise
        _fail(str(OutputError.from_os(out, e)))
    except KeyboardInterrupt:
        if bar is not None:
            bar.stop()
        typer.echo("ehcp-qa: interrupted; finished files are kept" + (f" in {out}/scores.jsonl (use --resume)" if out else ""), err=True)
        raise typer.Exit(130)
    finally:
        if bar is not None:
            bar.stop()
    rows = result.rows

    from ..report.html import render_report  # lazy: keeps --help fast

    if out is not None:
        target = out / "scores.csv"
        try:
            with target.open("w", encoding="utf-8", newline="") as fh:
                write_csv(fh, rows, redacted=redact)
            if format == Format.html:
                target = out / "report.html"
                target.write_text(render_report(rows, result.fragments), encoding="utf-8")
            elif format == Format.json:
                target = out / "scores.json"
                target.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as e:
            _fail(str(OutputError.from_os(target, e)))
        if format == Format.table:
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

    typer.echo(summary_line(rows, result.seconds, result.resumed, found.skipped), err=True)
    raise typer.Exit(EXIT_ERROR if any(r.get("status") != "ok" for r in rows) else EXIT_OK)
