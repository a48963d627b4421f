"""Build small Plans directly from section texts, for tests and rule-pack examples, without going
through a parser or the sectionizer."""
from __future__ import annotations

import hashlib
from typing import Mapping, Sequence

from .items import is_nil, itemize
from .model import (
    SECTION_NAMES,
    BlockKind,
    Plan,
    PlanMeta,
    Section,
    SectionKey,
    SectionStatus,
    join_blocks,
)


def make_plan(
    sections: Mapping[str, str | Sequence[str]],
    meta: PlanMeta | Mapping | None = None,
    source: str = "example.txt",
    cover: Sequence[str] = (),
) -> Plan:
    """``sections`` maps a key ("B", "H1") to its text (lines split on "\\n") or a list of blocks.
    Each section gets a heading block "Section <key>: <name>". Status is "empty" for no text,
    "nil" for a short explicit none-statement (``ehcp_qa.items.is_nil``), otherwise "content".
    ``cover``: blocks before the first section (the cover details)."""
    raw: list[dict] = [{"text": line} for line in cover if line.strip()]
    spans: list[tuple[SectionKey, int, int]] = []  # key, first raw index, end raw index
    for key, body in sections.items():
        k = SectionKey(key)
        lines = body.split("\n") if isinstance(body, str) else list(body)
        first = len(raw)
        raw.append({"text": f"Section {k.value}: {SECTION_NAMES[k]}", "kind": BlockKind.HEADING, "level": 1})
        raw.extend({"text": line} for line in lines if line.strip())
        spans.append((k, first, len(raw)))
    text, blocks = join_blocks(raw)
    out: dict[SectionKey, Section] = {}
    for k, first, end in spans:
        idx = tuple(range(first, end))  # join_blocks keeps every non-blank raw block, in order
        body = " ".join(blocks[i].text for i in idx[1:]).strip()
        if not body or body.upper() in {"TBC", "TO BE CONFIRMED"}:
            status = SectionStatus.EMPTY
        elif len(body) < 120 and is_nil(body):
            status = SectionStatus.NIL
        else:
            status = SectionStatus.CONTENT
        out[k] = Section(key=k, title=blocks[first].text, blocks=idx, start=blocks[idx[0]].start,
                         end=blocks[idx[-1]].end, status=status, heading=first)
    if isinstance(meta, Mapping):
        meta = PlanMeta(**meta)

    return itemize(Plan(source=source, sha256=hashlib.sha256(text.encode()).hexdigest(), format="text",
                        text=text, blocks=blocks, sections=out, meta=meta or PlanMeta()))
