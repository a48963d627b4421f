"""spaCy Matcher token patterns, run without importing spaCy.

The wording evidence of ``ehcp_qa/items.py`` is kept as spaCy Matcher patterns (data in
``resources/items.yaml``, validated by spaCy's own schema in the tests). Importing spaCy costs about
half a second, half of a one-file ``ehcp-qa check`` (tests/test_startup.py keeps it out), so this
module runs the subset of the pattern language those files use over a tokenization that follows
spaCy's English tokenizer for the words patterns name. tests/test_patterns.py runs every pattern
through both this runner and ``spacy.matcher.Matcher`` on hand-made lines and on every line of the
authored corpus and requires the same matches.

Supported: token attributes LOWER, ORTH, TEXT (a string, ``{IN: [...]}`` or ``{REGEX: ...}``),
IS_ALPHA, IS_PUNCT, LIKE_NUM, the empty token ``{}``, and OP ``?``, ``*``, ``+``, ``!``, ``{n}``,
``{n,m}``, ``{n,}``, ``{,m}``. Anything else is refused when the pattern is compiled.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

_ATTRS = {"LOWER", "ORTH", "TEXT", "IS_ALPHA", "IS_PUNCT", "LIKE_NUM", "OP"}
_NUM_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion quadrillion gajillion bazillion".split())

# spaCy's English tokenizer, for what patterns look at: whitespace-separated chunks, leading and
# trailing punctuation split off, hyphens and slashes between letters split ("day-to-day", "N/A"),
# "'s" split from its word, abbreviations with inner full stops kept ("e.g.", "a.m."), numbers with
# inner separators kept ("2,400", "1:1", "12.5").
_PREFIX = "\"'“‘([{<*£$€#•–—-"
_SUFFIX = "\"'”’)]}>.,;:!?%*"
_ABBREV = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]\.|\.\.\.|(?:etc|approx|e\.g|i\.e|no|vs|dr|mr|mrs|ms|st)\.", re.I)
_KEEP = frozenset({"and/or", "w/c"})  # tokenizer exceptions kept whole
_INFIX = re.compile(r"(?<=[A-Za-z])([-–—/])(?=[A-Za-z])|(?<=[0-9])([-–—])(?=[0-9A-Za-z])|(?<=^[0-9])(?=(?:am|pm)$)|"
                    r"(?<=^[0-9][0-9])(?=(?:am|pm)$)")


def tokenize(text: str) -> list[str]:
    out: list[str] = []
    for chunk in text.split():
        if chunk.isalpha() or chunk.isdigit():  # most words: nothing to split off
            out.append(chunk)
            continue
        pre: list[str] = []
        post: list[str] = []
        while len(chunk) > 1 and chunk[0] in _PREFIX:
            pre.append(chunk[0])
            chunk = chunk[1:]
        while len(chunk) > 1 and chunk[-1] in _SUFFIX and not _ABBREV.fullmatch(chunk):
            post.insert(0, chunk[-1])
            chunk = chunk[:-1]
        if chunk.lower().endswith(("'s", "’s")) and len(chunk) > 2:
            post.insert(0, chunk[-2:])
            chunk = chunk[:-2]
        out += pre
        if chunk.lower() in _KEEP or _ABBREV.fullmatch(chunk):
            out.append(chunk)
        elif set(chunk) == {"_"}:
            out += list(chunk)
        else:
            pieces = [p for p in _INFIX.split(chunk) if p]
            if post and post[0] == "." and len(pieces) > 1 and len(pieces[-1]) == 1 and pieces[-1].isalpha():
                pieces[-1] += post.pop(0)  # "N/A." -> "N", "/", "A." (a letter and its full stop stay one)
            out += pieces
        out += post
    return out


def offsets(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Each token's character span in ``text`` (``tokenize(text)``'s tokens are substrings of it, in order)."""
    out, pos = [], 0
    for t in tokens:
        i = text.find(t, pos)
        if i < 0:  # cannot happen for this tokenizer; keep the spans monotone regardless
            i = pos
        out.append((i, i + len(t)))
        pos = i + len(t)
    return out


def _like_num(t: str) -> bool:
    t = t.lstrip("+-±~")
    if re.fullmatch(r"\d[\d,.]*", t) or re.fullmatch(r"\d+/\d+", t):
        return True
    return t.lower() in _NUM_WORDS or (t.lower().endswith(("st", "nd", "rd", "th")) and t[:-2].isdigit())


def _is_punct(t: str) -> bool:
    return bool(t) and all(unicodedata.category(c).startswith("P") for c in t)


def _value_test(spec: Any, attr: str) -> Callable[[str], bool]:
    if isinstance(spec, str):
        return lambda v: v == spec
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        allowed = frozenset(spec["IN"])
        return lambda v: v in allowed
    if isinstance(spec, dict) and set(spec) == {"REGEX"}:
        rx = re.compile(spec["REGEX"])
        return lambda v: rx.search(v) is not None
    raise ValueError(f"unsupported {attr} value {spec!r}")


def _token_test(spec: dict) -> Callable[[str], bool]:
    unknown = set(spec) - _ATTRS
    if unknown:
        raise ValueError(f"unsupported token attribute(s) {', '.join(sorted(unknown))}")
    tests: list[Callable[[str], bool]] = []
    for attr, val in spec.items():
        if attr == "OP":
            continue
        if attr == "LOWER":
            f = _value_test(val, attr)
            tests.append(lambda t, f=f: f(t.lower()))
        elif attr in ("ORTH", "TEXT"):
            tests.append(_value_test(val, attr))
        else:
            fn = {"IS_ALPHA": str.isalpha, "IS_PUNCT": _is_punct, "LIKE_NUM": _like_num}[attr]
            tests.append(lambda t, fn=fn, want=bool(val): fn(t) is want)
    return lambda t: all(test(t) for test in tests)


def _quantifier(op: str | None) -> tuple[int, int | None, bool]:
    """(min, max or None for unbounded, negated)."""
    if op in (None, "1"):
        return 1, 1, False
    if op == "!":
        return 1, 1, True
    if op == "?":
        return 0, 1, False
    if op == "*":
        return 0, None, False
    if op == "+":
        return 1, None, False
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if not m or (not m.group(1) and not m.group(3)):
        raise ValueError(f"unsupported OP {op!r}")
    lo = int(m.group(1) or 0)
    hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
    return lo, hi, False


@dataclass(frozen=True)
class Pattern:
    steps: tuple[tuple[Callable[[str], bool], int, int | None, bool], ...]
    #: for each token the pattern cannot do without that names its words: those words, lower-cased.
    #: A text holding none of one set's words cannot match (a quick test before any matching).
    required: tuple[frozenset[str], ...] = ()

    def could_match(self, lower_tokens: set[str]) -> bool:
        return all(not lower_tokens.isdisjoint(words) for words in self.required)

    def ends(self, tokens: Sequence[str], start: int) -> set[int]:
        """Every token offset where a match beginning at ``start`` can end."""
        states = {start}
        for test, lo, hi, neg in self.steps:
            nxt: set[int] = set()
            for pos in states:
                k, count = pos, 0
                if lo == 0:
                    nxt.add(pos)
                while k < len(tokens) and (hi is None or count < hi):
                    if test(tokens[k]) is neg:
                        break
                    k += 1
                    count += 1
                    if count >= lo:
                        nxt.add(k)
            states = nxt
            if not states:
                return set()
        return states


def compile_pattern(pattern: list[dict]) -> Pattern:
    if not isinstance(pattern, list) or not pattern:
        raise ValueError("a pattern is a non-empty list of token specs")
    steps, required = [], []
    for spec in pattern:
        if not isinstance(spec, dict):
            raise ValueError(f"a token spec is a mapping, not {spec!r}")
        lo, hi, neg = _quantifier(spec.get("OP"))
        steps.append((_token_test(spec), lo, hi, neg))
        if lo >= 1 and not neg:
            for attr in ("LOWER", "ORTH", "TEXT"):
                val = spec.get(attr)
                if isinstance(val, str):
                    required.append(frozenset({val.lower()}))
                elif isinstance(val, dict) and "IN" in val:
                    required.append(frozenset(str(v).lower() for v in val["IN"]))
    return Pattern(tuple(steps), tuple(required))


def matches(pattern: Pattern, tokens: Sequence[str], starts: Iterable[int] | None = None,
            lower: set[str] | None = None) -> list[tuple[int, int]]:
    """Every (start, end) span ``pattern`` matches in ``tokens`` (spaCy's Matcher gives the same
    set; empty matches are never reported, as in spaCy). ``starts``: only matches beginning there;
    ``lower``: the lower-cased tokens as a set, when the caller has it already."""
    if not pattern.could_match(lower if lower is not None else {t.lower() for t in tokens}):
        return []
    out = []
    for s in (range(len(tokens)) if starts is None else sorted(set(starts))):
        if 0 <= s < len(tokens):
            out += [(s, e) for e in sorted(pattern.ends(tokens, s)) if e > s]
    return out
