"""Split a section into the units that get a verdict: provision items (F, G, H1, H2) and outcomes (E).

An item is a list item, a table row (its cells joined), or a sentence of a paragraph. Sub-headings
("Communication and interaction", "Outcomes by the end of Key Stage 2:") are not items; the last one
is kept as the item's ``context`` because it can carry the deadline or area of need for the items
under it. A sentence that only adds detail to the one before ("This will be reviewed termly ...",
"Sessions will be ...") is glued to it, so one provision item is not cut in two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, BlockKind, Plan, SectionKey, SectionStatus
from ..nlp import sentence_spans


@dataclass(frozen=True, slots=True)
class Item:
    section: SectionKey
    start: int  # absolute span in Plan.text
    end: int
    text: str
    block: int  # index of its (first) block
    context: str | None = None  # nearest sub-heading above it


_VERB = re.compile(r"\b(?:will|shall|should|must|can|is|are|was|has|have|to be|receive|provide|delivered|"
                   r"am|use|uses|need|needs)\b", re.I)
_CONTINUES = re.compile(
    r"^(?:this|these|it|they|sessions?|the\s+sessions?|each\s+session|the\s+programme|progress|"
    r"reviewed|to\s+be\s+reviewed|review|delivered|provided|led|monitored|that|which|with|"
    r"including|in\s+addition\s+to\s+this)\b", re.I)
_QUANTITY = re.compile(r"\d+\s*(?:x|:|minutes?|mins?|hours?|hrs?|times)|\b(?:daily|weekly|termly|fortnightly)\b", re.I)
#: "None", "There is no provision under ...": a nil statement, judged by the health/social care pack
NIL = re.compile(r"^\s*(?:none\b|nil\b|n/?a\b|not\s+applicable|no\s+(?:\w+\s+){0,4}(?:provision|needs?|outcomes?)\b|"
                 r"there\s+(?:is|are)\s+no\b)", re.I)
# an area-of-need label in a table's first column; other short first cells are content ("Braille")
_AREA_LABEL = re.compile(r"^(?:communication|cognition|social|semh|sensory|physical|preparation\s+for\s+adulthood|"
                         r"independen|employment|health|community|area\s+of\s+need|need)[\w\s,/&-]{0,50}:?$", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*–·▪o]\s+|\(?[0-9a-z]{1,3}[.)]\s+)")


def is_subheading(block: Block) -> bool:
    text = block.text.strip()
    if block.kind == BlockKind.HEADING or _is_title_text(text):
        return True
    return block.bold and len(text.split()) <= 10 and not text.endswith(".")


def _is_title_text(text: str) -> bool:
    words = text.split()
    if not words:
        return True
    if text.endswith(":") and len(words) <= 14:
        return True
    return (len(words) <= 10 and not text.endswith((".", "!", "?")) and not _VERB.search(text)
            and not _QUANTITY.search(text))


# "Outcomes\n1." / "2.": the number of a list written inside one paragraph or cell, cut by the
# sentence splitter from the sentence it numbers (with the title line before it, if any)
_CUT_NUMBER = re.compile(r"(?:\A|\n)\s*\(?(?:\d{1,2}|[a-h])[.)]\s*\Z")


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :.-")


def _is_title_cell(block: Block, title: str) -> bool:
    """The section's title written out in its own block: part of the heading, not an item."""
    text = _norm(block.text)
    return len(text) >= 8 and (text == title or title.endswith(" " + text))


def _table_rows(blocks: list[Block]) -> list[list[Block]]:
    """Group consecutive blocks: a table row's cells together, every other block alone."""
    groups: list[list[Block]] = []
    for b in blocks:
        if b.kind == BlockKind.TABLE_CELL and groups and groups[-1][0].kind == BlockKind.TABLE_CELL \
                and (groups[-1][0].table, groups[-1][0].row) == (b.table, b.row):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


# column titles of provision and outcome tables: "Provision | Frequency | Delivered by | Review",
# "Outcome (by end of Year 6, July 2027) | Steps towards it"
_COLUMN_TITLE = re.compile(r"^(?:provision|support|interventions?|frequency|how\s+often|how\s+long|duration|"
                           r"delivered\s+by|who|staff|provider|review|monitoring|outcomes?|targets?|steps|needs?|"
                           r"area|by\s+when|when|timescale|date|resources?|ratio|group|description|strateg|"
                           r"responsib|what|equipment|setting)\b", re.I)


def is_header_row(cells: list[Block]) -> bool:
    """A table's row of column titles: short cells with no verb or number, or short cells that open
    with column titles (a title may hold a date or "by")."""
    texts = [c.text.strip() for c in cells if c.text.strip()]
    if not texts:
        return False
    if all(len(t.split()) <= 4 and not re.search(r"\d", t) and not _VERB.search(t) for t in texts):
        return True
    if not all(len(t.split()) <= 8 and not t.endswith(".") for t in texts):
        return False
    titles = sum(bool(_COLUMN_TITLE.match(t)) for t in texts)
    # every cell a column title, anywhere (a table inside a letter table's cell has no row 0), or
    # most cells in a table's first two rows
    return titles == len(texts) or (cells[0].row is not None and cells[0].row <= 1 and 2 * titles >= len(texts))


def split_items(plan: Plan, key: SectionKey | str) -> list[Item]:
    key = SectionKey(key)
    items: list[Item] = []
    context: str | None = None
    sec = plan.section(key)
    if sec is None or sec.status != SectionStatus.CONTENT:
        return []  # a missing, empty or nil section has no items
    title = _norm(sec.title)
    for group in _table_rows(plan.section_blocks(key)):
        first = group[0]
        if NIL.match(first.text):
            continue
        if len(group) == 1 and _is_title_cell(first, title):
            continue  # the title cell beside a letter cell ("H1 | Social care provision under ...")
        if len(group) > 1:
            cells = [c for c in group if c.text.strip()]
            if not cells or is_header_row(cells):
                continue
            # a row whose only substantial cell is a label ("Communication") followed by the text
            start, end = cells[0].start, cells[-1].end
            if len(cells) > 1 and _AREA_LABEL.match(cells[0].text.strip()):
                context = cells[0].text.strip()
                start = cells[1].start
            items.append(Item(key, start, end, plan.text[start:end], first.index, context))
            continue
        listed = first.kind == BlockKind.LIST_ITEM or _BULLET.match(first.text)
        if listed and not first.text.rstrip().endswith(":"):
            items.append(Item(key, first.start, first.end, first.text, first.index, context))
            continue
        if is_subheading(first):
            context = first.text.strip().rstrip(":")
            continue
        spans: list[list[int]] = []
        for s, e in sentence_spans(first.text):
            cut = _CUT_NUMBER.search(first.text[s:e])
            if cut:
                head = first.text[s:s + cut.start()].strip()
                if not head or _is_title_text(head):
                    context = head.rstrip(":") or context
                    continue
                e = s + len(first.text[s:s + cut.start()].rstrip())
            if spans and _CONTINUES.match(first.text[s:e]):
                spans[-1][1] = e
            else:
                spans.append([s, e])
        for s, e in spans:
            a, b = first.start + s, first.start + e
            items.append(Item(key, a, b, plan.text[a:b], first.index, context))
    return items


def statement_item(text: str, key: SectionKey | str, offset: int = 0) -> Item:
    """A single statement (check-items input) as one item."""
    return Item(SectionKey(key), offset, offset + len(text), text, 0, None)
