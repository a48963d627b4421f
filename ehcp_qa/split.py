"""Bulk exports: one file (usually a PDF) holding several children's plans.

A council's case system can export many plans into one PDF. Scored as one plan it would put the
first child's name over all of them, so before sectionizing we look for the sections starting again:

- heading candidates (the sectionizer's own, contents lists left out) are grouped into runs of
  distinct sections; a key seen again starts a new run ("A B C ... K" then "A B C ...");
- a run of at least RUN_MIN sections that starts again after a cover (a "Name:" line or "Plan for
  ..." between the previous run and this one) starts a new plan: the cut goes at the start of the
  cover's page (PDF), or just before its title lines;
- each part must then stand as a plan on its own (enough sections, a cover name), or the split is
  not certain.

`find_parts` returns None for an ordinary plan, the parts when the cut is certain, and raises
errors.MultiplePlans when the file shows several plans that cannot be told apart with certainty
(sections restarting with no cover between, a second child's cover before a short run, or a part
that does not stand alone). Nothing here quotes plan text in an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import errors
from .model import Block, BlockKind, Plan, join_blocks
from .sectionize import _label_field, contents_entries, heading_candidates, load_rules, sectionize

RUN_MIN = 6  # distinct sections in a run for it to count as a plan's own sections
FULL_RUN = 9  # two runs this long with no cover between are two plans, not a repeated heading


@dataclass(frozen=True)
class Part:
    index: int  # 1-based
    of: int
    first_block: int
    end_block: int  # exclusive
    first_page: int | None
    last_page: int | None

    @property
    def pages(self) -> str | None:
        if self.first_page is None:
            return None
        return str(self.first_page) if self.last_page in (None, self.first_page) else f"{self.first_page}-{self.last_page}"

    def to_dict(self) -> dict:
        return {"index": self.index, "of": self.of, "pages": self.pages,
                "first_page": self.first_page, "last_page": self.last_page}


@dataclass
class _Run:
    first: int  # block of the first heading
    last: int  # block of the last heading
    keys: set[str]
    bare: int  # headings with no text under them (a contents list the sectionizer missed)
    count: int


def _tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in re.findall(r"[a-z]+", name.lower()) if len(t) > 1)


def same_child(a: str, b: str) -> bool:
    """"Sam" and "Sam Smith" are the same child; "Sam Smith" and "Ben Smith" (siblings) are not."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def name_markers(blocks: tuple[Block, ...], rules) -> list[tuple[int, str]]:
    """(block index, name) for each cover-style name: a "Name: ..." line, a two-cell "Name | ..."
    table row, or prose "Plan for Sam Smith"."""
    out: list[tuple[int, str]] = []
    prev: Block | None = None
    pats = (rules.cover_patterns or {}).get("name", ())
    for b in blocks:
        found: list[str] = []
        if len(b.text) < 400:
            for line in b.text.split("\n"):
                if ":" in line:
                    lab, _, val = line.partition(":")
                    if val.strip() and len(val.strip()) < 80 and _label_field(lab, rules) == "name":
                        found.append(val.strip())
            if b.table is not None and prev is not None and prev.table == b.table and prev.row == b.row \
                    and ":" not in prev.text.rstrip(":") and len(b.text) < 80 \
                    and _label_field(prev.text, rules) == "name":
                found.append(b.text.strip())
            for p in pats:
                m = p.search(b.text)
                if m:
                    found.append(m.group("v"))
        prev = b if b.table is not None else None
        found = [f for f in found if _tokens(f)]
        if found:
            out.append((b.index, found[0]))
    return out


def _runs(plan: Plan, rules) -> list[_Run]:
    cands, in_combined, _ = heading_candidates(plan, rules)
    bare, in_run = contents_entries(cands, plan.blocks, in_combined)
    runs: list[_Run] = []
    cur: _Run | None = None
    for c, is_bare, contents in zip(cands, bare, in_run):
        if not c.keys or contents:
            continue
        if cur is None or set(c.keys) & cur.keys:
            cur = _Run(c.block, c.block, set(), 0, 0)
            runs.append(cur)
        cur.keys |= set(c.keys)
        cur.last = c.block
        cur.count += 1
        cur.bare += is_bare
    return runs


def _cut_at(plan: Plan, marker: int, floor: int) -> int:
    """Where the plan whose cover holds block `marker` starts: the first block of the marker's page
    (a bulk PDF starts each plan on a new page), else the marker moved back over a few short title
    lines ("Education, Health and Care Plan"); never at or before `floor` (the previous plan's last
    heading)."""
    blocks = plan.blocks
    page = blocks[marker].page
    if page is not None:
        i = marker
        while i - 1 > floor and blocks[i - 1].page == page:
            i -= 1
        return i
    i = marker
    while i - 1 > floor and marker - (i - 1) <= 3:
        b = blocks[i - 1]
        if len(b.text) > 100 or not (b.kind == BlockKind.HEADING or b.bold or "plan" in b.text.lower()):
            break
        i -= 1
    return i


def find_parts(plan: Plan, rules=None) -> list[Part] | None:
    rules = rules or load_rules()
    runs = _runs(plan, rules)
    if sum(len(r.keys) >= RUN_MIN for r in runs) < 2 and not any(len(r.keys) >= 3 for r in runs[1:]):
        return None  # the usual case, decided cheaply
    markers = name_markers(plan.blocks, rules)
    cuts: list[int] = []
    doubt = False
    child: str | None = next((n for i, n in markers if i < (runs[0].first if runs else 0)), None)
    for prev, run in zip(runs, runs[1:]):
        if len(run.keys) < 3:
            continue
        between = [(i, n) for i, n in markers if prev.last < i < run.first]
        if between and len(run.keys) >= RUN_MIN:
            # the last name before the run is the cover's (an officer's signature comes first)
            i, name = between[-1]
            cuts.append(_cut_at(plan, i, prev.last))
            child = name
        elif between and child is not None and not same_child(between[-1][1], child):
            doubt = True  # another child's cover before a short run of sections
        elif not between and len(run.keys) >= FULL_RUN and len(prev.keys) >= FULL_RUN \
                and prev.bare * 2 < prev.count:
            doubt = True  # the sections start again in full with no cover between
    if doubt:
        raise errors.MultiplePlans(plan.source, _UNSURE)
    if not cuts:
        return None
    bounds = [0, *cuts, len(plan.blocks)]
    parts = []
    blocks = plan.blocks
    for n, (a, z) in enumerate(zip(bounds, bounds[1:]), 1):
        first = 1 if a == 0 and blocks[a].page is not None else blocks[a].page
        if first is None:
            last = None
        elif z == len(blocks):
            last = plan.pages or blocks[-1].page
        else:  # up to the page before the next plan's, or its page when that plan starts mid-page
            nxt = blocks[z].page
            last = nxt - 1 if blocks[z - 1].page != nxt else nxt
        parts.append(Part(n, len(bounds) - 1, a, z, first, max(first, last) if last is not None else None))
    return parts


_UNSURE = ("its sections start again as if it held several plans, but they could not be split with "
           "certainty; save each plan as its own file")


def part_plan(plan: Plan, part: Part) -> Plan:
    """The unsectioned Plan of one part: its blocks re-numbered from 0, its source `file#n`."""
    fields = ("kind", "page", "style", "level", "bold", "font_size", "table", "row", "col")
    raw = [{"text": b.text, **{f: getattr(b, f) for f in fields}} for b in plan.blocks[part.first_block:part.end_block]]
    text, blocks = join_blocks(raw)
    pages = None if part.first_page is None else part.last_page - part.first_page + 1
    return replace(plan, source=f"{plan.source}#{part.index}", text=text, blocks=blocks, pages=pages,
                   sections={})


def split_plans(plan: Plan, rules=None) -> list[tuple[Plan, Part | None]]:
    """Sectionized plans of a file: [(plan, None)] for an ordinary file, one per part for a bulk
    export. Raises MultiplePlans when the split is not certain (a part that does not stand alone as a
    plan with a cover name), NotAPlan for a file with no plan sections."""
    rules = rules or load_rules()
    parts = find_parts(plan, rules)
    if parts is None:
        return [(sectionize(plan, rules), None)]
    out = []
    for part in parts:
        try:
            p = sectionize(part_plan(plan, part), rules)
        except errors.NotAPlan:
            raise errors.MultiplePlans(plan.source, _UNSURE) from None
        if p.meta.name is None:
            raise errors.MultiplePlans(plan.source, _UNSURE)
        out.append((p, part))
    return out
