"""The `ehcp-qa sections` view of a Plan: which sections were found, where, and how full they are.
`section_view` gives the JSON shape (also the PlanReport "sections" entries); `render_table` prints
it with rich. Titles are headings as written in the plan; no body text appears here."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import safe_name
from ..items import ensure_items
from ..model import STATUTORY, Plan
from .json import items_to_dicts


def section_view(plan: Plan, items: bool = False) -> dict[str, Any]:
    """The sections view; with ``items``, also "items": what was judged in E-H2 (ehcp_qa.items)."""
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
    view = {
        "file": safe_name(plan.source),  # a name that is not UTF-8, escaped
        "format": plan.format,
        "sections": sections,
        "missing": [k.value for k in STATUTORY if plan.section(k) is None],
        "meta": asdict(plan.meta),
    }
    if items:
        its = ensure_items(plan).items or ()
        view["items"] = items_to_dicts(its, [plan.locate(it.start).page for it in its])
    return view


_KIND_STYLE = {"provision": "green", "outcome": "blue", "non_item": "dim"}


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def render_items(view: dict[str, Any], console: Console) -> None:
    """Per section, each item: kind (or non-item role), first words, page."""
    by_section: dict[str, list[dict]] = {}
    for it in view.get("items") or ():
        by_section.setdefault(it["section"], []).append(it)
    for key, its in by_section.items():
        table = Table(title=f"Section {key}: {sum(i['kind'] != 'non_item' for i in its)} item(s), "
                            f"{sum(i['kind'] == 'non_item' for i in its)} other line(s)", title_justify="left")
        for col, kw in (("#", {"justify": "right"}), ("Judged as", {}), ("First words", {"overflow": "fold"}),
                        ("Page", {"justify": "right"})):
            table.add_column(col, **kw)
        for n, it in enumerate(its, 1):
            style = _KIND_STYLE.get(it["kind"], "")
            what = it["kind"] if it["kind"] != "non_item" else f"not an item: {it['role']}"
            table.add_row(str(n), f"[{style}]{what}[/{style}]", escape(_first_words(it["text"] or "")),
                          "" if it["page"] is None else str(it["page"]))
        console.print(table)


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
