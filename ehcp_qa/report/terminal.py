"""Rich rendering of a PlanReport for `ehcp-qa check`: findings grouped by section with their
location, quoted span, message and suggestion; then the suggested rating and why."""
from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..cli.output import binding_caps
from ..errors import safe_name
from ..model import SECTION_NAMES, PlanReport, SectionKey

_SEV_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}
_RATING_STYLE = {"outstanding": "bold green", "good": "green", "requires_improvement": "bold yellow",
                 "inadequate": "bold red"}


def _where(loc) -> str:
    if loc is None:
        return "whole section"
    page = f"p.{loc.page} " if loc.page is not None else ""
    return f"{page}para {loc.paragraph + 1}"


def _section_label(key: str | None) -> str:
    if key is None:
        return "Whole plan"
    return f"Section {key}: {SECTION_NAMES[SectionKey(key)]}"


def render(report: PlanReport, console: Console | None = None, show_text: bool = True) -> None:
    console = console or Console()
    console.print(Text(f"{safe_name(report.file)}", style="bold"))
    if report.missing:
        console.print(Text(f"Missing sections: {', '.join(report.missing)}", style="red"))
    groups: dict[str | None, list[int]] = defaultdict(list)
    for i, f in enumerate(report.findings):
        groups[f.section.value if f.section else None].append(i)
    locations = report.locations or (None,) * len(report.findings)
    if not report.findings:
        console.print(Text("No findings.", style="green"))
    for key, idx in groups.items():
        console.rule(Text(_section_label(key), style="bold"), align="left")
        for i in idx:
            f = report.findings[i]
            head = Text.assemble(
                (f"[{i}] ", "dim"), (f"{f.severity.value:<10}", _SEV_STYLE[f.severity.value]),
                (f" {f.rule_id}", "bold"), (f"  ({_where(locations[i])})", "dim"),
            )
            if f.confidence is not None:
                head.append(f"  confidence {f.confidence:.2f}", style="dim")
            console.print(head)
            if show_text and f.text:
                quote = f.text if len(f.text) <= 240 else f.text[:237] + "..."
                console.print(Text(f'    "{quote}"', style="italic"))
            console.print(Text(f"    {f.message}"))
            if f.suggestion:
                console.print(Text.assemble(("    Suggestion: ", "green"), f.suggestion))
            if f.guidance:
                console.print(Text(f"    See {f.guidance}", style="dim"))

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("criterion")
    table.add_column("score", justify="right")
    for name, value in report.criterion_scores.items():
        table.add_row(name.replace("_", " "), f"{value:.1f}")

    caps = binding_caps({"reasons": [{"criterion": r.criterion, "text": r.text} for r in report.reasons]})
    overall = f"{report.score:.1f}" + (f" - capped: {caps[0]}" if caps else "")
    table.add_row(Text("overall", style="bold"), Text(overall, style="bold"))
    reasons = Text()
    for r in report.reasons:
        refs = f" [findings {', '.join(map(str, r.findings[:12]))}{', ...' if len(r.findings) > 12 else ''}]" if r.findings else ""
        reasons.append(f"- {r.criterion}: ", style="bold")
        reasons.append(f"{r.text}")
        reasons.append(f"{refs}\n", style="dim")
    counts = report.counts()
    title = Text.assemble(
        "Suggested rating: ", (report.rating.value.replace("_", " ").capitalize(), _RATING_STYLE[report.rating.value]),
        f"  ({counts['error']} errors, {counts['warning']} warnings, {counts['suggestion']} suggestions)",
    )
    body = Group(table, Text(""), reasons)
    console.print(Panel(body, title=title, title_align="left",
                        subtitle=escape(f"rubric {report.rubric_version}; a suggestion for moderators, not a verdict"),
                        subtitle_align="right"))
