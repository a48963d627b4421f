"""`ehcp-qa check FILE`: one plan's findings by section, then the suggested rating and its reasons.
Exit 0 clean, 1 when a finding is at or above --fail-on, 2 on a read or tool error."""
from __future__ import annotations

import enum
import sys
from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..config import load_config
from ..errors import EhcpQaError, safe_name
from ..model import Plan, PlanReport, Severity
from ..redact import redact_report
from ..report.json import dumps
from .app import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, app
from .output import ensure_out_file


class Format(str, enum.Enum):
    table = "table"
    json = "json"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    suggestion = "suggestion"
    never = "never"


def fails(report: PlanReport, fail_on: str) -> bool:
    """True when any finding is at or above `fail_on` severity ("never" never fails)."""
    if fail_on == "never":
        return False
    floor = Severity(fail_on).rank
    return any(f.severity.rank >= floor for f in report.findings)


def error_line(path: str | Path, exc: BaseException) -> str:
    """One stderr line for a failure. Our own errors carry safe messages (file name, no plan text);
    anything else shows only its type, since its message could quote the plan."""
    if isinstance(exc, EhcpQaError):
        return f"ehcp-qa: {exc}"
    return f"ehcp-qa: {safe_name(path)}: internal error ({type(exc).__name__})"


def build_report(file: Path, *, config=None, rules: list[Path] | None = None, rubric: Path | None = None,
                 no_models: bool = False) -> tuple[Plan, PlanReport]:
    """Load, check and score one file with the command-line options over the config file."""
    from .. import api  # lazy: keeps --help fast

    cfg = config if config is not None else load_config()
    all_rules = [*cfg.rules, *(rules or [])] or None
    models = False if (no_models or cfg.models is False) else None
    plan = api.load_plan(file, limits=cfg.limits or None)
    findings = api.check_plan(plan, rules=all_rules, models=models)
    return plan, api.score_plan(plan, findings, rubric=rubric or cfg.rubric)


@app.command()
def check(
    file: Path = typer.Argument(..., help="The plan: .docx, .pdf, .txt or .md."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (for people) or json (the report contract)."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this severity (default: error)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack or council override file (repeatable)."),
    rubric: Optional[Path] = typer.Option(None, "--rubric", help="A rubric file, e.g. from `ehcp-qa train --moderation`."),
    no_models: bool = typer.Option(False, "--no-models", help="Rules only: skip the ML checkers."),
    show_text: bool = typer.Option(True, "--show-text/--hide-text", help="Quote the matched plan text; --hide-text leaves it out and removes the child's name and date of birth (shareable output)."),
    redact: bool = typer.Option(False, "--redact", help="Replace the child's name by [CHILD] and the date of birth by [DOB] everywhere, quotes included."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml in this or a parent folder)."),
    annotate: Optional[Path] = typer.Option(None, "--annotate", help="Write a copy of the DOCX with a Word comment on each finding (the original is never modified)."),
) -> None:
    """Check one plan: findings by section with where and why, then the suggested rating."""
    try:
        cfg = load_config(config)
        threshold = (fail_on.value if fail_on else None) or cfg.fail_on or "error"
        if threshold not in {f.value for f in FailOn}:
            raise EhcpQaError(f"{cfg.source}: fail_on must be error, warning, suggestion or never")
        if annotate is not None:  # before the work: an unwritable output names itself, not the plan

            ensure_out_file(annotate)
        plan, report = build_report(file, config=cfg, rules=rules, rubric=rubric, no_models=no_models)
        # the name as given may not be UTF-8 (a shared drive's old file names): show it escaped
        report = replace(report, file=safe_name(report.file))
        if not show_text or redact:  # shareable: no name, no date of birth (and no quotes with --hide-text)

            report = redact_report(report, hide_text=not show_text)
        if annotate is not None:
            from ..report.annotate import annotate_docx  # lazy: keeps --help fast

            if plan.format != "docx":
                raise EhcpQaError(f"{safe_name(file)}: --annotate needs a .docx plan")
            annotate_docx(file, report, plan, annotate)
    except Exception as exc:  # noqa: BLE001 - every failure is one safe line and exit 2
        typer.echo(error_line(file, exc), err=True)
        raise typer.Exit(EXIT_ERROR) from None
    if format is Format.json:
        sys.stdout.write(dumps(report, include_text=show_text) + "\n")
    else:
        from ..report.terminal import render  # lazy: keeps --help fast

        render(report, Console(), show_text=show_text)
    raise typer.Exit(EXIT_FINDINGS if fails(report, threshold) else EXIT_OK)
