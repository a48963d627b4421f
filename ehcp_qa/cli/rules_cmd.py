"""`ehcp-qa rules list [--rules PATH]`: the loaded rules (built-in packs plus any council files)."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..errors import EhcpQaError
from .app import EXIT_ERROR, app

rules_app = typer.Typer(help="Inspect the rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("list")
def list_rules(
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="Extra rule pack / council override file."),
) -> None:
    """Table of id, type, severity, dimension, sections and enabled."""
    from ..rules.load import load_rules  # lazy: keeps --help fast

    try:
        ruleset = load_rules(rules or [])
    except EhcpQaError as e:
        typer.echo(f"ehcp-qa: {e}", err=True)
        raise typer.Exit(EXIT_ERROR)
    table = Table(title=f"{len(ruleset)} rules", show_lines=False)
    for col in ("id", "type", "severity", "dimension", "sections", "enabled"):
        table.add_column(col, no_wrap=col == "id")
    for r in ruleset:
        table.add_row(r.id, r.type, r.severity.value, r.dimension.value,
                      ",".join(s.value for s in r.sections) or "all", "yes" if r.enabled else "no")
    Console(width=140).print(table)
