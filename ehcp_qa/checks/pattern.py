"""The `pattern` check type: regular expressions (case-insensitive) over the rule's sections.
A rule's patterns are joined into one alternation so each section is scanned once per rule."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Finding
from ..rules.spec import Rule
from .phrase import _section_of, scoped_spans
from .registry import Context, check_type


@lru_cache(maxsize=256)
def _compile(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@check_type("pattern")
def check_pattern(rule: Rule, ctx: Context) -> list[Finding]:
    patterns = tuple(rule.params.get("patterns", ()))
    if not patterns:
        return []
    rx = _compile(patterns)
    exclude = _compile(tuple(rule.params["exclude"])) if rule.params.get("exclude") else None
    text = ctx.plan.text
    out = []
    for key, a, b in scoped_spans(ctx, rule):
        for m in rx.finditer(text, a, b):
            if m.end() == m.start():
                continue
            if exclude and exclude.search(text, a, b):
                break
            out.append(rule.finding(section=key or _section_of(ctx, m.start()), start=m.start(),
                                    end=m.end(), text=m.group(0)))
    return out
