"""Hedge words (RUBRIC 2, contracts) that clean text must never contain. The generator refuses to
write a plan where one of them appears outside a planted, recorded fault."""
from __future__ import annotations

import re

HEDGES = [
    "access to", "opportunities to", "opportunities for", "opportunity to", "regular", "regularly",
    "as required", "as needed", "when needed", "if needed", "as appropriate", "where appropriate",
    "where possible", "up to", "or equivalent", "such as", "e.g.", "etc", "may benefit", "would benefit",
    "would be helpful", "would be useful", "it is recommended", "should", "could", "encouraged to",
    "support with", "support from", "input from", "interventions", "small group", "key adult",
    "high level of support", "school staff", "the setting will", "subject to review", "frequent",
    "frequently", "initially", "reducing to", "as and when", "might", "may", "make progress",
    "improve", "continue to", "be supported to", "appropriately",
]
_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(h) for h in HEDGES) + r")(?![\w])", re.I)
_RANGE = re.compile(r"\b\d+\s*-\s*\d+\s*(minutes|mins|hours|hrs|sessions)\b", re.I)


def hedges_in(text: str) -> list[str]:
    return [m.group(0) for m in _RE.finditer(text)] + [m.group(0) for m in _RANGE.finditer(text)]


def unplanted_hedges(block_texts: list[str], fault_texts: list[str]) -> list[tuple[str, str]]:
    """(hedge, block) pairs for hedges not inside any planted fault text."""
    bad = []
    for b in block_texts:
        for h in hedges_in(b):
            if not any(h.lower() in ft.lower() and ft in b for ft in fault_texts if ft):
                bad.append((h, b))
    return bad
