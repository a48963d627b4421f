"""A small interpreter for spaCy Matcher token patterns, for the checks that must not import spaCy.

`ehcp-qa check` starts without importing spaCy (tests/test_startup.py): a caseworker's one-file
check must be quick to start. The people patterns (resources/lexicons/people.yaml) are written in
spaCy's Matcher format, so they stay data a spaCy user can read and test with spaCy itself
(tests/test_drafting.py checks both agree); this module runs the subset they use: token keys
LOWER, TEXT (a string or {IN: [...]}, {NOT_IN: [...]}), IS_TITLE, IS_ALPHA, IS_PUNCT, and OP
"?", "*", "+", "{n,m}". Tokens split as spaCy's English tokenizer does for these cases: words
(hyphens kept), a possessive 's apart, each punctuation mark alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?=['’]s\b)|['’]s\b|[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")
_OP = re.compile(r"^\{(\d*),(\d*)\}$")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    idx: int  # character offset in the text
    i: int

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def is_title(self) -> bool:
        return self.text.istitle()


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), i) for i, m in enumerate(_TOKEN.finditer(text))]


def _bounds(op: str | None) -> tuple[int, int]:
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, 10**6
    if op == "+":
        return 1, 10**6
    m = _OP.match(op)
    if not m:
        raise ValueError(f"unsupported OP {op!r}")
    return int(m.group(1) or 0), int(m.group(2)) if m.group(2) else 10**6


def _value_test(cond):
    """A test of a token's value: equal to ``cond``, or with ``cond`` {IN: [...]} / {NOT_IN: [...]}
    in or not in those lists, made sets (a role list is hundreds long, tested for every token)."""
    if isinstance(cond, dict):
        allowed = frozenset(cond["IN"]) if "IN" in cond else None
        barred = frozenset(cond["NOT_IN"]) if "NOT_IN" in cond else None
        return lambda v: (allowed is None or v in allowed) and (barred is None or v not in barred)
    return lambda v: v == cond


def _spec_test(spec: dict):
    """Whether a token meets every key of one token spec, as one function built once per pattern."""
    tests = []
    for k, cond in spec.items():
        if k == "LOWER":
            f = _value_test(cond)
            tests.append(lambda t, f=f: f(t.text.lower()))
        elif k == "TEXT":
            f = _value_test(cond)
            tests.append(lambda t, f=f: f(t.text))
        elif k == "IS_TITLE":
            tests.append(lambda t, want=bool(cond): t.text.istitle() == want)
        elif k == "IS_ALPHA":
            tests.append(lambda t, want=bool(cond): t.text.isalpha() == want)
        elif k == "IS_PUNCT":
            tests.append(lambda t, want=bool(cond): (not t.text.isalnum() and len(t.text) == 1) == want)
    if len(tests) == 1:
        return tests[0]
    return lambda t: all(test(t) for test in tests)


def _compiled(pattern: list[dict]) -> tuple[tuple[int, int, object], ...]:
    return tuple((*_bounds(spec.get("OP")), _spec_test(spec)) for spec in pattern)


def _match_at(toks: list[Tok], pos: int, pattern: tuple, k: int) -> int | None:
    """End position of a match of pattern[k:] (``_compiled``) from toks[pos] (greedy with
    backtracking), or None."""
    if k == len(pattern):
        return pos
    lo, hi, ok = pattern[k]
    n = 0
    while n < hi and pos + n < len(toks) and ok(toks[pos + n]):
        n += 1
    for take in range(n, lo - 1, -1):
        end = _match_at(toks, pos + take, pattern, k + 1)
        if end is not None:
            return end
    return None


class TokenMatcher:
    """add(label, [pattern]) then call on a token list: [(label, start, end)], every start that
    matches, longest match per start and pattern (as spaCy's Matcher reports with greedy OPs)."""

    def __init__(self) -> None:
        self.patterns: list[tuple[str, list[dict]]] = []
        self._compiled: list[tuple[str, tuple]] = []

    def add(self, label: str, patterns: list[list[dict]]) -> None:
        for p in patterns:
            self._compiled.append((label, _compiled(p)))  # validates the OPs
            self.patterns.append((label, p))

    def __call__(self, toks: list[Tok]) -> list[tuple[str, int, int]]:
        out = []
        for label, pat in self._compiled:
            for i in range(len(toks)):
                end = _match_at(toks, i, pat, 0)
                if end is not None and end > i:
                    out.append((label, i, end))
        return out
