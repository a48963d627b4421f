"""Plain text and Markdown: one block per paragraph (blank-line separated) or per line when the
lines look like a list or headings. Markdown `#` headings become HEADING blocks."""
from __future__ import annotations

import re
from typing import Iterator

from ..model import BlockKind

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")


def text_blocks(text: str) -> Iterator[dict]:
    para: list[str] = []
    table, row, in_table = -1, 0, False

    def flush() -> Iterator[dict]:
        if para:
            yield {"text": " ".join(s.strip() for s in para)}
            para.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        s = line.strip()
        if not (s.startswith("|") and s.endswith("|")):
            in_table = False
        if not s:
            yield from flush()
            continue
        m = _MD_HEADING.match(s)
        if m:
            yield from flush()
            yield {"text": m.group(2), "kind": BlockKind.HEADING, "level": len(m.group(1))}
        elif _LIST.match(s):
            yield from flush()
            yield {"text": _LIST.sub("", s, count=1), "kind": BlockKind.LIST_ITEM}
        elif s.startswith("|") and s.endswith("|"):
            # a Markdown table row: one block per cell, separator rows skipped
            if not in_table:
                table, row, in_table = table + 1, 0, True
            yield from flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            for col, c in enumerate(cells):
                yield {"text": c, "kind": BlockKind.TABLE_CELL, "table": table, "row": row, "col": col}
            row += 1
        else:
            # short lines stand alone (headings, cover fields); prose lines wrap into paragraphs
            if para and not _continues(para[-1], s):
                yield from flush()
            para.append(s)
    yield from flush()


_OPEN_END = re.compile(r"(,|\b(and|or|of|the|to|a|an|with|for|in|on|by|at|from|his|her|their))$", re.I)


def _continues(prev: str, line: str) -> bool:
    """A hard-wrapped prose line: the previous line is long, does not end a sentence, and either
    this line starts in lower case or the previous one stops mid-phrase (a long heading followed
    by a capitalised body line stays apart)."""
    p = prev.rstrip()
    return len(p) >= 60 and not p.endswith((".", ":", "!", "?")) and (line[:1].islower() or bool(_OPEN_END.search(p)))
