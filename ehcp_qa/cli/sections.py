"""`ehcp-qa sections FILE...`: the sections found in each plan (titles, spans, pages, words,
status), the statutory sections missing, and the cover details; with `--items`, what was judged in
E, F, G, H1 and H2 (each item's kind or non-item role, first words, page). Exit 0 when every file was read,
2 when any could not be (a one-line reason per file on stderr; the other files are still shown)."""
from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from ..config import load_config
from ..errors import ConfigError, ReadError
from ..parsers.limits import Limits
from .app import EXIT_ERROR, EXIT_OK, app


class SectionsFormat(str, enum.Enum):
    table = "table"
    json = "json"


@app.command()
def sections(
    files: List[Path] = typer.Argument(..., help="Plan files (.docx, .pdf, .txt, .md)."),
    format: SectionsFormat = typer.Option(SectionsFormat.table, "--format", "-f", help="Output format."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", help="Refuse PDFs with more pages (default 600)."),
    max_mb: Optional[float] = typer.Option(None, "--max-mb", help="Refuse files larger than this (default 50)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml)."),
    items: bool = typer.Option(False, "--items", help="Also show each item of E-H2: provision, outcome or "
                               "non-item (and why), its first words and page."),
) -> None:
    """Show the sections A-K found in each plan, with spans, pages, word counts and status."""
    from ..api import load_plan  # lazy: keeps --help fast
    from ..report.sections import render_items, render_table, section_view  # lazy: keeps --help fast

    try:
        cfg = load_config(config)
    except ConfigError as e:
        typer.echo(f"ehcp-qa: {e}", err=True)
        raise typer.Exit(EXIT_ERROR)
    # command-line options win over the config file's [limits], which wins over the defaults
    limits = Limits.from_mapping({**cfg.limits, **{k: v for k, v in
                                  (("max_pages", max_pages), ("max_mb", max_mb)) if v is not None}})
    views, failed = [], 0
    out = Console(soft_wrap=False)
    for f in files:
        try:
            plan = load_plan(f, limits=limits)
        except ReadError as e:
            failed += 1
            typer.echo(f"ehcp-qa: {e}", err=True)
            continue
        view = section_view(plan, items=items)
        views.append(view)
        if format == SectionsFormat.table:
            render_table(view, out)
            if items:
                render_items(view, out)
    if format == SectionsFormat.json:
        sys.stdout.write(json.dumps(views, indent=2) + "\n")
    raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)
