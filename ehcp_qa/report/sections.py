"""The `ehcp-qa sections` view of a Plan: which sections were found, where, and how full they are.
`section_view` gives the JSON shape (also the PlanReport "sections" entries); `render_table` prints
it with rich. Titles are headings as written in the plan; no body text appears here."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from ..errors import safe_name
from ..model import STATUTORY, Plan


def section_view(plan: Plan) -> dict[str, Any]:
    sections = []
    for key in STATUTORY:
        sec = plan.section(key)
        if sec is None:
            continue
        pages = [plan.blocks[i].page for i in sec.blocks if plan.blocks[i].page is not None]
        sections.append({
            "key": key.value,
            "title": sec.title,
            "start": sec.start,
            "end": sec.end,
            "pages": [min(pages), max(pages)] if pages else None,
            "words": sum(len(b.text.split()) for b in plan.section_blocks(key)),
            "status": sec.status.value,
        })
    return {
        "file": safe_name(plan.source),  # a name that is not UTF-8, escaped
        "format": plan.format,
        "sections": sections,
        "missing": [k.value for k in STATUTORY if plan.section(k) is None],
        "meta": asdict(plan.meta),
    }


_STATUS_STYLE = {"content": "green", "nil": "cyan", "empty": "yellow"}


def render_table(view: dict[str, Any], console: Console) -> None:
    meta = view["meta"]
    facts = ", ".join(f"{k}: {v}" for k, v in meta.items() if v is not None) or "no cover details found"
    table = Table(title=f"{view['file']}  ({facts})", title_justify="left")
    for col, kw in (("Key", {}), ("Title", {"overflow": "fold"}), ("Span", {"justify": "right"}),
                    ("Pages", {"justify": "right"}), ("Words", {"justify": "right"}), ("Status", {})):
        table.add_column(col, **kw)
    for s in view["sections"]:
        pages = "" if not s["pages"] else (str(s["pages"][0]) if s["pages"][0] == s["pages"][1]
                                           else f"{s['pages'][0]}-{s['pages'][1]}")
        style = _STATUS_STYLE.get(s["status"], "")
        table.add_row(s["key"], s["title"][:80], f"{s['start']}-{s['end']}", pages, str(s["words"]),
                      f"[{style}]{s['status']}[/{style}]")
    console.print(table)
    if view["missing"]:
        console.print(f"[red]missing:[/red] {', '.join(view['missing'])}")
