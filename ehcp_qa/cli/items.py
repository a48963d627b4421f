"""`ehcp-qa check-items --section E|F|G|H1|H2 [FILE|-]`: one statement per line in, one JSON verdict
per statement out (shape: "Item verdicts" in the shared contracts), each saying first whether the
statement is an item at all (`item`, `kind`, `role`). A field-per-line block ("Provision: ...",
"Frequency: ...", "Delivered by: ...") is one statement; blank lines separate statements."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..config import load_config
from ..errors import EhcpQaError
from .app import EXIT_ERROR, app


def _fail(msg: str) -> None:
    typer.echo(f"ehcp-qa: {msg}", err=True)
    raise typer.Exit(EXIT_ERROR)


@app.command("check-items")
def check_items_cmd(
    file: str = typer.Argument("-", help="Text file with one statement per line (a field-per-line block "
                               "is one statement; blank lines separate them), or - for stdin."),
    section: str = typer.Option(..., "--section", "-s", help="E (outcomes) or F, G, H1, H2 (provision)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="Extra rule pack / council override file."),
    no_models: bool = typer.Option(False, "--no-models", help="Rules only; ignore shipped models."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml in this or a parent folder)."),
) -> None:
    """Check single provision items or outcomes, one per line (or one field-per-line block each);
    print one JSON verdict per statement, with `item` true or false."""
    from ..checks.engine import ITEM_SECTIONS, check_items  # lazy: keeps --help fast

    section = section.strip().upper()
    if section not in ITEM_SECTIONS:
        _fail(f"--section must be one of {', '.join(ITEM_SECTIONS)}")
    try:
        if file == "-":
            raw = sys.stdin.read()
        else:
            raw = Path(file).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        _fail(f"{file}: file not found")
    except (OSError, UnicodeDecodeError) as e:
        _fail(f"{file}: cannot be read ({type(e).__name__})")
    from ..items import group_lines  # lazy: keeps --help fast

    texts = group_lines(raw)
    try:
        from ..rules.load import load_rules  # lazy: keeps --help fast

        cfg = load_config(config)  # a council's rule files and `models = false` apply here as in `check`
        ruleset = load_rules([*cfg.rules, *(rules or [])])
        verdicts = check_items(section, texts, rules=ruleset, models=not (no_models or cfg.models is False))
    except EhcpQaError as e:
        _fail(str(e))
    out = sys.stdout
    for v in verdicts:
        out.write(json.dumps(v, ensure_ascii=False) + "\n")
