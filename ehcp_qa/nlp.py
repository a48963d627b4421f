"""The spaCy pipeline, built once, and the phrase matcher every phrase rule shares.

We use ``spacy.blank("en")`` plus a rule-based sentencizer: it needs no downloaded model, loads in a
fraction of a second and splits a 30-page plan's provision sections in a few milliseconds. A trained
English pipeline is never required; ``trained_pipeline()`` returns one only if it is installed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def trained_pipeline():
    """An installed trained pipeline (en_core_web_sm), or None. Optional extra; nothing relies on it."""
    import spacy

    if not spacy.util.is_package("en_core_web_sm"):
        return None
    return spacy.load("en_core_web_sm", exclude=["ner", "lemmatizer"])


@lru_cache(maxsize=1)
def _one_sentence() -> re.Pattern:
    """Text the sentencizer cannot split: it starts a sentence only at a token that follows a
    sentence-final character (".", "!", "?", ...), so a text whose only such characters end it
    (before trailing whitespace) is one sentence. Most blocks are; skipping spaCy for them saves
    most of the splitting time, with the same spans."""
    chars = re.escape("".join(sorted(get_nlp().get_pipe("sentencizer").punct_chars)))
    return re.compile(rf"[^{chars}]*[{chars}]*\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace trimmed). A "sentence" starting in
    lower case is glued to the one before: the sentencizer splits after "etc." or "approx.", and a
    provision item must not be cut in two there."""
    if not text.strip():
        return []
    if _one_sentence().fullmatch(text):
        stripped = text.lstrip()
        start = len(text) - len(stripped)
        return [(start, start + len(stripped.rstrip()))]
    doc = get_nlp()(text)
    spans: list[list[int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if spans and (text[start].islower() or text[start] in ",;)"):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]


# --- speed: Python's re skips a branch of an alternation on its first character only when it
# matches case-sensitively, so a big IGNORECASE alternation runs about twice as fast as a
# case-sensitive twin over lower-cased text. That gives exactly the same matches when lower-casing
# is what IGNORECASE compares, i.e. when the text's only cased letters are ASCII; other text ("Zoë")
# keeps the original pattern. Twin matches index the lower-cased copy: use their spans, not their text.


def fold_text(text: str) -> str | None:
    """``text`` lower-cased, or None when a twin must not be used on it (see above)."""
    if text.isascii() or all(c.lower() == c == c.upper() for c in text if ord(c) > 127):
        return text.lower()
    return None


def _lower_pattern(source: str) -> str | None:
    """``source`` with its literal letters lower-cased (escapes such as ``\\W`` keep their case), or
    None when that would not be exact: inline flags, named groups, upper case in a [class]."""
    if "(?" in source.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<", ""):
        return None
    if "(?P" in source or "(?<P" in source:
        return None
    out, i, in_class = [], 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class and c.lower() != c:
            return None  # [A-z] is not [a-z]; keep such a pattern as it is
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            if source[i:i + 1] == "^":
                out.append("^")
                i += 1
            if source[i:i + 1] == "]":  # a literal "]" first in a class
                out.append("]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c.lower())
        i += 1
    return "".join(out)


class Folded:
    """An IGNORECASE pattern and, where one can be made, its case-sensitive twin for lower-cased
    text (``fold_text``). ``finditer(text, low)`` uses the twin when ``low`` is given."""

    __slots__ = ("rx", "twin", "prefixes")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.prefixes = literal_prefixes(rx)
        source = _lower_pattern(rx.pattern) if rx.flags & re.IGNORECASE else None
        try:
            self.twin = re.compile(source, rx.flags & ~re.IGNORECASE) if source is not None else None
        except re.error:
            self.twin = None
        if self.twin is not None:
            self.twin = first_char_trie(self.twin) or self.twin

    def finditer(self, text: str, low: str | None = None):
        if low is not None and self.twin is not None:
            # the texts lacking the literals every match starts with are skipped outright
            return self.twin.finditer(low) if may_contain(self.prefixes, low) else iter(())
        return self.rx.finditer(text)


def first_char_trie(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` (case-sensitive) recompiled with the alternatives of each alternation grouped by their
    first character: "daily|weekly|week|termly" runs as "daily|week(?:ly|)|termly". Python's re tries
    every alternative in turn wherever the alternation is reached; grouped, it tries one per first
    character. The matches are the same: alternatives opening with different characters never both
    match at one place, so only their order changes, and within a group the order is kept. Only
    consecutive alternatives that open with a literal are grouped. None when nothing changes, the
    pattern ignores case anywhere, or the re internals are not the ones this was written for."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(rx.pattern, rx.flags)
        if not _group_alternatives(parsed.data, parsed.state):
            return None
        return _compiler.compile(parsed, rx.flags)
    except Exception:  # a case-insensitive group, or another Python's internals: run it as it is
        return None


def _group_alternatives(items: list, state) -> bool:
    """In place over a parsed pattern; True when an alternation was regrouped."""
    from re import _constants as C
    from re._parser import SubPattern

    changed = False
    for i, (op, av) in enumerate(items):
        if op is C.SUBPATTERN:
            if av[1] & C.SRE_FLAG_IGNORECASE:  # "(?i:...)": literals that differ may match alike
                raise ValueError("case-insensitive group")
            changed |= _group_alternatives(av[3].data, state)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            changed |= _group_alternatives(av[2].data, state)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            changed |= _group_alternatives(av[1].data, state)
        elif op is C.ATOMIC_GROUP:
            changed |= _group_alternatives(av.data, state)
        elif op is C.GROUPREF_EXISTS:
            changed |= any([_group_alternatives(b.data, state) for b in av[1:] if b is not None])
        elif op is C.BRANCH:
            for alt in av[1]:
                changed |= _group_alternatives(alt.data, state)
            alts: list = []
            run: dict[int, list] = {}  # first character -> alternatives, for a run opening with literals

            def close_run():
                for char, group in run.items():
                    if len(group) == 1:
                        alts.append(group[0])
                    else:  # char (?:rest1|rest2|...), itself grouped by the next character
                        inner = [(C.BRANCH, (None, [SubPattern(state, list(g.data[1:])) for g in group]))]
                        _group_alternatives(inner, state)
                        alts.append(SubPattern(state, [(C.LITERAL, char), (C.SUBPATTERN, (None, 0, 0, SubPattern(state, inner)))]))
                run.clear()

            for alt in av[1]:
                if alt.data and alt.data[0][0] is C.LITERAL:
                    run.setdefault(alt.data[0][1], []).append(alt)
                else:
                    close_run()
                    alts.append(alt)
            close_run()
            if len(alts) < len(av[1]):
                items[i] = (C.BRANCH, (None, alts))
                changed = True
    return changed


def literal_prefixes(rx: re.Pattern) -> tuple[str, ...] | None:
    """Literal texts one of which starts every match of ``rx`` (lower-cased for an IGNORECASE
    pattern: compare with ``fold_text``), or None. "\\binsert\\s+..." -> ("insert",);
    "\\b(?:would|might|may)\\b" -> ("would", "might", "may"); "xx+" -> ("xx",)."""
    try:
        from re import _parser
        found = _prefixes(_parser.parse(rx.pattern, rx.flags).data)
    except Exception:  # another Python's internals: no prefilter, same results
        return None
    if not found:
        return None
    return tuple(sorted({f.lower() for f in found} if rx.flags & re.IGNORECASE else set(found)))


def _prefixes(items) -> list[str] | None:
    from re import _constants as C

    chars: list[str] = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT) and not chars:
            continue  # consumes nothing: what follows still starts the match
        if op is C.LITERAL:
            chars.append(chr(av))
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is C.LITERAL:
            chars.append(chr(av[2][0][1]) * av[0])
        elif not chars and op is C.BRANCH:
            alts = [_prefixes(branch) for branch in av[1]]
            return None if not all(alts) else [p for alt in alts for p in alt]
        elif not chars and op is C.SUBPATTERN and not av[1] and not av[2]:  # a group, no flags
            return _prefixes(av[3])
        break
    return ["".join(chars)] if chars else None


def may_contain(prefixes: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``prefixes`` (``literal_prefixes``), so the
    pattern cannot match it: a substring test is far faster than a failed search, which for a
    pattern opening with \\b tries every position."""
    return prefixes is None or any(map(text.__contains__, prefixes))  # map: no Python frame per prefix


class Anchored:
    """A pattern and the literals its matches start with (``literal_prefixes``)."""

    __slots__ = ("rx", "prefixes", "folds")

    def __init__(self, rx: re.Pattern):
        self.rx, self.prefixes, self.folds = rx, literal_prefixes(rx), bool(rx.flags & re.IGNORECASE)

    def may_match(self, text: str, low: str | None) -> bool:
        """``low``: ``fold_text(text)``."""
        if self.folds:
            return low is None or may_contain(self.prefixes, low)
        return may_contain(self.prefixes, text)


def phrase_regex(phrases: Iterable[str]) -> re.Pattern | None:
    """ONE case-insensitive regex matching any of ``phrases`` as whole words, longest first (so
    "have access to" wins over "access to"); spaces in a phrase match any run of whitespace. Used
    instead of a pass per phrase: one scan of the text whatever the number of phrases."""
    words, others = [], []  # phrases that start with a letter or digit, and the rest
    for p in sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        right = r"\b" if p[-1].isalnum() else ""
        (words if p[0].isalnum() else others).append(f"{body}{right}")
    # "\b" before a phrase that starts with a letter is "no letter before": tested once per position
    # instead of once per phrase. The two groups cannot match at the same place, so the order
    # (longest first) is kept.
    alts = ([rf"(?<!\w)(?:{'|'.join(words)})"] if words else []) + others
    if not alts:
        return None
    return re.compile("|".join(alts), re.IGNORECASE)


def norm_phrase(s: str) -> str:
    return " ".join(s.lower().split())
