"""`ehcp-qa merge RUN... --out DIR`: join separate `score` runs into one (ehcp_qa/merge.py)."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..report.csv_out import write_csv
from ..report.jsonl import write_rows
from .app import EXIT_ERROR, EXIT_OK, app


@app.command()
def merge(
    runs: List[Path] = typer.Argument(..., help="`score --out` folders (or their scores.jsonl files)."),
    out: Path = typer.Option(..., "--out", "-o", help="Write the joined scores.jsonl and scores.csv into this folder."),
    redacted: Optional[bool] = typer.Option(None, "--redacted/--not-redacted", help="Whether the runs used --redact (default: told from the rows)."),
) -> None:
    """Join results from separate runs into one, sorted as one run over all the files would write
    them; refuses the same file with rows that disagree."""
    from ..merge import MergeConflict, looks_redacted, merge_runs  # lazy: keeps --help fast

    try:
        rows = merge_runs(runs)
    except (MergeConflict, FileNotFoundError) as e:
        typer.echo(f"ehcp-qa: {e}", err=True)
        raise typer.Exit(EXIT_ERROR)
    red = looks_redacted(rows) if redacted is None else redacted
    out.mkdir(parents=True, exist_ok=True)
    with (out / "scores.jsonl").open("w", encoding="utf-8") as fh:
        write_rows(fh, rows)
    with (out / "scores.csv").open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, rows, redacted=red)
    errors = sum(r.get("status") != "ok" for r in rows)
    typer.echo(f"{len(rows)} files from {len(runs)} runs; {errors} errors", err=True)
    raise typer.Exit(EXIT_ERROR if errors else EXIT_OK)
