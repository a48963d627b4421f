"""The four broad areas of need, and the small text tools the cross-section checks share: term
matching with negation, sentence spans (and ``lexicon``, from ehcp_qa.lexicons).

Areas (SEND Code of Practice chapter 6; RUBRIC section 1 row B): a block under an area heading
belongs to that area; a block outside any heading is classified by keyword hits. Keywords and
headings live in resources/lexicons/areas.yaml, not here.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from ..lexicons import lexicon
from ..model import Block, BlockKind, Plan, SectionKey


# --- term matching ----------------------------------------------------------------------------


def _is_acronym(term: str) -> bool:
    """ "OT", "SaLT", "CiC": two or more capitals in one word -> match case-sensitively, so that
    "peg" (a word) is not "PEG" (a feeding tube)."""
    return " " not in term and sum(c.isupper() for c in term) >= 2


def _term_pattern(term: str) -> str:
    prefix = term.endswith("*")
    core = term[:-1] if prefix else term
    body = re.escape(core).replace(r"\ ", r"\s+")
    if prefix:
        body += r"\w*"
    if not _is_acronym(core):
        body = f"(?i:{body})"
    left = r"(?<!\w)" if core[:1].isalnum() else ""
    right = r"(?!\w)" if (core[-1:].isalnum() and not prefix) else ""
    return left + body + right


#: the characters that case-fold against ASCII differently in re and in str.lower() (İ lower-cases
#: to two characters; ı, ſ and the Kelvin sign match i, s and k case-insensitively): a brute-force
#: search of every code point finds these four
_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=4096)
def _compile(terms: tuple[str, ...]) -> re.Pattern:
    # longest first, so "speech and language therapist" wins over "speech"
    ordered = sorted(set(terms), key=len, reverse=True)
    body = "|".join(_term_pattern(t) for t in ordered)
    if all(t[:1].isalnum() for t in ordered):
        body = rf"(?<!\w)(?=\w)(?:{body})"  # try the alternation only where a word starts
    return re.compile(body)


class TermSet:
    """Lexicon terms as a matcher (whole words; acronyms case-sensitive, the rest not; a trailing
    "*" matches word prefixes). A plain substring test on each term's first word picks the few
    terms a text can contain before any regular expression runs: big alternations are slow in
    Python's re, substring tests are not."""

    def __init__(self, terms: tuple[str, ...]):
        self.terms = terms
        # every word of a term must occur as a substring: "speech sound*" is not tried on a text that
        # has "speech" but no "sound" (a failed search of a long section is the expensive case)
        self._keys = tuple((tuple(w.lower() for w in t.rstrip("*").split()) or (t,), t) for t in terms)
        # finds a first word of some term if the text holds any: most texts hold none, and one
        # scan rules them out before the loop over every term
        firsts = sorted({words[0] for words, _ in self._keys}, key=len, reverse=True)
        self._any_first = re.compile("|".join(re.escape(w) for w in firsts)) if firsts else None
        # for search(): one regex that says where the earliest match of any term starts (the terms
        # as a trie, so the engine descends one branch per character instead of trying every term
        # at every word start), and the terms by first letter to tell which term matches there
        self._finders = _trie_finders(terms)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, t in self._keys:
            if words[0]:
                self._by_first.setdefault(words[0][0], []).append((words, t))
        # finditer() by the trie: only without prefix terms, whose "\w*" could make two terms of
        # one length that match at one place end apart (their order is then that of a set)
        self._scan = self._finders is not None and not any(t.endswith("*") for t in terms)
        self._at_first: dict[str, re.Pattern] = {}

    def _absent(self, low: str) -> bool:
        return self._any_first is None or self._any_first.search(low) is None

    def _pattern(self, text: str) -> re.Pattern | None:
        low = text.lower()
        if self._absent(low):
            return None
        present = tuple(t for words, t in self._keys if all(w in low for w in words))
        return _compile(present) if present else None

    def pattern_for(self, text: str) -> re.Pattern | None:
        """The pattern of the terms `text` can contain: build it once for a whole section, then
        run it on each block."""
        return self._pattern(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches of ``pattern_for(text)`` in ``text``. Where it can, found by the trie finders
        (one scan in C for where any term starts, then the terms starting with that letter tried
        there), which give the same matches: see ``_trie_finditer``."""
        if self._scan and not _FOLD_ODD.search(text):
            return self._trie_finditer(text)
        pattern = self._pattern(text)
        return pattern.finditer(text) if pattern is not None else iter(())

    def _trie_finditer(self, text: str) -> Iterator[re.Match]:
        """``pattern_for(text).finditer(text)``, for ASCII terms none of which is a prefix term, in a
        text without the four characters (_FOLD_ODD) that case-fold against ASCII differently in re
        and in str.lower(). Then a term matches only where its words are in the lower-cased text,
        so the terms pattern_for leaves out never match and may be tried; the finders match exactly
        where some term does, so no match is passed over; and where several terms match, the
        longest is tried first as in _compile (terms of one length matching at one place end at the
        same place, there being no prefix terms). Case-insensitive terms are looked for in the
        lower-cased text (the same length: no _FOLD_ODD), acronyms in the text."""
        _, folded, cased = self._finders
        low = text.lower()
        n = len(text)
        pos, nxt = 0, {}  # finder -> its next start at or after pos
        finders = [(f, low if f is folded else text) for f in (folded, cased) if f is not None]
        while pos < n:
            starts = []
            for f, s in finders:
                at = nxt.get(f)
                if at is None or at < pos:
                    m = f.search(s, pos)
                    at = nxt[f] = m.start() if m else n
                starts.append(at)
            at = min(starts)
            if at >= n:
                return
            first = low[at]
            pat = self._at_first.get(first)
            if pat is None:
                pat = self._at_first[first] = _compile(tuple(t for t in self.terms if t[:1].lower() == first))
            m = pat.match(text, at)
            if m is not None and m.end() > at:
                yield m
                pos = m.end()
            else:
                pos = at + 1

    def search(self, text: str) -> re.Match | None:
        """The earliest match; of the terms matching there, the first listed. The trie finder gives
        the earliest start in one scan (in C); only the terms whose first word begins there are then
        tried, in list order. Texts whose lower case changes length (rare letters) take the
        term-by-term path, whose offsets are defined on the lower-cased text."""
        if self._finders is None:
            return self._search_terms(text)
        any_case, folded, cased = self._finders
        low = text.lower()
        if text.isascii():  # case-insensitive ASCII is lower-case on the lower-cased text, which is faster
            starts = [m.start() for m in (folded and folded.search(low), cased and cased.search(text)) if m]
        else:
            starts = [m.start() for m in (any_case.search(text),) if m]
        if not starts:
            return None
        if len(low) == len(text):
            at = min(starts)
            for words, term in self._by_first.get(low[at:at + 1], ()):
                if low.startswith(words[0], at) and all(w in low for w in words[1:]):
                    found = _compile((term,)).match(text, at)
                    if found:
                        return found
        return self._search_terms(text)

    def _search_terms(self, text: str) -> re.Match | None:
        """search(), term by term: each term is tried only where its first word occurs (str.find)."""
        low = text.lower()
        if self._absent(low):
            return None
        best: re.Match | None = None
        for words, term in self._keys:
            at = low.find(words[0])
            if at < 0 or not all(w in low for w in words[1:]):
                continue
            rx = _compile((term,))
            while at >= 0 and (best is None or at < best.start()):
                m = rx.match(text, at)
                if m:
                    best = m
                    break
                at = low.find(words[0], at + 1)
        return best


def _trie_regex(terms: list[str], fold: bool, word_start: bool = False) -> str:
    r"""One regular expression matching exactly where any of ``terms`` matches as _term_pattern
    would, its alternatives factored by common prefix (a trie). ``fold``: the terms are
    case-insensitive and ASCII, so they are keyed in lower case. ``word_start``: the terms all
    start with a letter or digit, and match only where a word starts; the test is put after the
    first letter ("(?<!\w.)": no word character before it), so that the pattern starts with a
    choice of letters, which Python's re scans for quickly when they are few."""
    trie: dict = {}
    for term in terms:
        prefix = term.endswith("*")
        core = term[:-1] if prefix else term
        node = trie
        for ch in (core.lower() if fold else core):
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = r"\w*" if prefix else (r"(?!\w)" if core[-1:].isalnum() else "")

    def rx(node: dict, left: str = "") -> str:
        alts = [k + left + rx(v) for k, v in node.items() if k] + ([node[""]] if "" in node else [])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return rx(trie, r"(?<!\w.)" if word_start else "") if trie else ""


def _trie_finders(terms: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern | None, re.Pattern | None] | None:
    """Where the earliest match of any term starts: terms that start with a letter or digit only at
    a word start (as _term_pattern), acronyms case-sensitively, the rest not. Three patterns: all
    the terms for any text; the case-insensitive terms in lower case for a lower-cased ASCII text
    (case-insensitive matching is several times slower in Python's re); the acronyms alone."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for t in terms:
        core = t[:-1] if t.endswith("*") else t
        if not core:
            continue
        fold = not _is_acronym(core)
        if fold and not core.isascii():
            return None  # case folding beyond ASCII: search() goes term by term
        groups.setdefault((core[:1].isalnum(), fold), []).append(t)
    if not groups:
        return None
    parts: dict[str, list[str]] = {"any": [], "folded": [], "cased": []}
    for (word_start, fold), group in groups.items():
        body = _trie_regex(group, fold)
        left = r"(?<!\w)" if word_start else ""
        parts["any"].append(left + (f"(?i:{body})" if fold else body))
        # letters first pays when the terms start with few letters (acronyms' capitals, most short
        # lists); with many, the look-behind first is faster
        few = len({t[:1].lower() for t in group}) <= 10
        parts["folded" if fold else "cased"].append(_trie_regex(group, fold, word_start) if few else left + body)
    any_case, folded, cased = (re.compile("|".join(p)) if p else None for p in parts.values())
    return any_case, folded, cased


@lru_cache(maxsize=256)
def _term_set(terms: tuple[str, ...]) -> TermSet | None:
    terms = tuple(t for t in terms if t and t.strip("*"))
    return TermSet(terms) if terms else None


def term_matcher(terms: Iterable[str]) -> TermSet | None:
    """A matcher for lexicon terms (see TermSet); None for an empty list."""
    return _term_set(tuple(str(t) for t in terms))


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    """Where a negation's clause ends: punctuation (layout) or the words of
    resources/lexicons/health.yaml ``negation_scope_ends``."""
    ends = lexicon("health")["negation_scope_ends"]
    after_comma, anywhere = ("|".join(re.escape(w) for w in ends[k]) for k in ("after_comma", "anywhere"))
    return re.compile(rf"[.;:!?\n]|,\s*(?:{after_comma})\b|\b(?:{anywhere})\b", re.I)


def is_negated(text: str, start: int, cues: Iterable[str], window: int = 6) -> bool:
    """True when a negation cue stands in the same clause, at most `window` words before
    `text[start:]` ("no history of seizures", "does not take medication")."""
    head = text[:start]
    breaks = list(_clause_break().finditer(head))
    clause = head[breaks[-1].end():] if breaks else head
    words = clause.split()[-window:]
    tail = " " + " ".join(words).lower() + " "
    for cue in cues:
        if f" {cue.lower()} " in tail:
            return True
    return False


@dataclass(frozen=True)
class Hit:
    start: int  # absolute offset in Plan.text
    end: int
    text: str
    section: SectionKey | None


def find_terms(
    plan: Plan,
    keys: Iterable[SectionKey | str],
    terms: Iterable[str],
    negation: Iterable[str] | None = None,
) -> list[Hit]:
    """Every asserted (not negated) match of `terms` in the bodies of the given sections."""
    return list(iter_terms(plan, keys, terms, negation))


def has_term(plan: Plan, keys: Iterable[SectionKey | str], terms: Iterable[str],
             negation: Iterable[str] | None = None) -> bool:
    """Whether `find_terms` would find anything: stops scanning at the first hit."""
    return next(iter_terms(plan, keys, terms, negation), None) is not None


def iter_terms(
    plan: Plan,
    keys: Iterable[SectionKey | str],
    terms: Iterable[str],
    negation: Iterable[str] | None = None,
) -> Iterator[Hit]:
    """`find_terms`, lazily: a caller that needs one hit does not scan the rest of a long section."""
    pattern = term_matcher(terms)
    if pattern is None:
        return
    cues = tuple(negation or ())
    for key in keys:
        sec = plan.section(key)
        if sec is None:
            continue
        blocks = plan.section_blocks(key)
        body = plan.text[sec.start:sec.end]
        compiled = pattern.pattern_for(body)
        if compiled is None or not blocks:
            continue
        # one scan of the section, each match then placed in its block (not one scan per block)
        starts = [b.start for b in blocks]
        for m in compiled.finditer(body):
            a, z = sec.start + m.start(), sec.start + m.end()
            i = bisect.bisect_right(starts, a) - 1
            if i < 0 or z > blocks[i].end:
                continue  # in the heading, or across two blocks
            block = blocks[i]
            if cues and is_negated(block.text, a - block.start, cues):
                continue
            yield Hit(a, z, m.group(0), sec.key)


# --- sentences ------------------------------------------------------------------------------

# the break is group 1, after the full stop: a pattern that starts with the stop itself lets re skip
# ahead to the next stop (a look-behind first would be tried at every character)
_SENT_END = re.compile(r"[.!?]([\"')\]”’]*\s+)(?=[\"'(“‘]?[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    block: int


def sentences(plan: Plan, key: SectionKey | str) -> list[Span]:
    """Sentences of a section body as absolute spans (a regex splitter: fast, and good enough
    for plans, whose blocks are mostly one to three sentences)."""
    out: list[Span] = []
    for block in plan.section_blocks(key):
        pos = 0
        for m in _SENT_END.finditer(block.text):
            piece = block.text[pos:m.start(1)]
            if piece.strip():
                out.append(Span(block.start + pos, block.start + m.start(1), piece, block.index))
            pos = m.end()
        piece = block.text[pos:]
        if piece.strip():
            out.append(Span(block.start + pos, block.start + len(block.text), piece, block.index))
    return out


_LIST_MARKER = re.compile(r"^\s*(?:[\divx]+[.)]|[-*•–]|\(?[a-h]\))\s*")


def normalise(text: str) -> str:
    """Lower case, punctuation and list markers stripped, spaces collapsed: for comparing a whole
    section body or heading against a short list of phrases."""
    text = _LIST_MARKER.sub("", text.strip().lower(), count=1)  # "^": at most one match anyway
    # split() breaks on exactly what \s matches, several times faster than a regex over a whole
    # section; the ends are stripped of spaces below either way
    return " ".join(text.split()).strip(" .:;,-–—*•")


# --- the four areas -------------------------------------------------------------------------


def area_labels() -> dict[str, str]:
    return {name: spec["label"] for name, spec in lexicon("areas")["areas"].items()}


@lru_cache(maxsize=1)
def _heading_table() -> tuple[tuple[str, str], ...]:
    rows = [(normalise(h), name) for name, spec in lexicon("areas")["areas"].items()
            for h in spec["headings"]]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def _headings_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """_heading_table by first character, in its order: a text can only start with the headings
    that start with its own first character, or an empty one (key "": those alone)."""
    table = _heading_table()
    return {c: tuple(r for r in table if not r[0] or r[0][0] == c) for c in {r[0][:1] for r in table} | {""}}


def _headings_for(text: str) -> tuple[tuple[str, str], ...]:
    """The rows of _heading_table that ``text`` can start with, in the table's order."""
    by_first = _headings_by_first()
    return by_first.get(text[:1], by_first[""])


def heading_area(block: Block, text: str | None = None) -> str | None:
    """The area a short block names, if it is an area heading ("Communication and Interaction",
    "1. Cognition & learning needs:", a table cell holding the area name). ``text``: the block's
    text already normalised."""
    text = normalise(block.text) if text is None else text
    if not text or len(text) > 70:
        return None
    text = re.sub(r"^(?:area of need|broad area|area)\s*[:\-–]?\s*", "", text)
    text = re.sub(r"\s*\([^)]{1,12}\)\s*:?$", "", text)  # "... Mental Health (SEMH)"
    for heading, name in _headings_for(text):
        if text == heading or (text.startswith(heading) and re.fullmatch(
                r"[\s:\-–(]*(?:needs?|difficulties|skills|development|provision|outcomes?)?[\s:)]*",
                text[len(heading):])):
            return name
    return None


def prefix_area(block: Block, text: str | None = None) -> str | None:
    """The area a block starts with as a label: "Communication and interaction: he finds ..."."""
    text = normalise(block.text) if text is None else text
    for heading, name in _headings_for(text):
        if text.startswith(heading) and re.match(r"\s*(?:needs?|difficulties)?\s*[:\-–—]\s*\S", text[len(heading):]):
            return name
    return None


@lru_cache(maxsize=1)
def _area_patterns() -> tuple[tuple[str, TermSet], ...]:
    return tuple((name, term_matcher(spec["keywords"])) for name, spec in lexicon("areas")["areas"].items())


def keyword_scores(text: str) -> Counter:
    """Keyword hits per area in one piece of text."""
    scores: Counter = Counter()
    for name, pattern in _area_patterns():
        n = sum(1 for _ in pattern.finditer(text))
        if n:
            scores[name] = n
    return scores


def classify(text: str) -> set[str]:
    """The area(s) a need, outcome or provision item is about: the top-scoring area(s)."""
    scores = keyword_scores(text)
    if not scores:
        return set()
    top = max(scores.values())
    return {name for name, n in scores.items() if n == top}


@dataclass
class AreaMap:
    """How one section's blocks fall into the four areas."""

    headed: bool = False  # the section uses area headings
    blocks: dict[str, list[int]] = field(default_factory=dict)  # area -> block indices
    hits: Counter = field(default_factory=Counter)  # area -> keyword hits (unheaded blocks)
    headings: dict[str, int] = field(default_factory=dict)  # area -> first heading block


def area_map(plan: Plan, key: SectionKey | str) -> AreaMap:
    """Group a section's blocks by area. Under an area heading, blocks belong to that area only
    (an anxious aside under "Communication and interaction" is not an SEMH need); before any
    heading, or in a section without headings, blocks are classified by keywords."""
    out = AreaMap()
    current: str | None = None
    for block in plan.section_blocks(key):
        norm = normalise(block.text)
        named = heading_area(block, norm)
        if block.kind is BlockKind.HEADING and not named:
            continue  # a heading that names no area (a sub-title) holds no evidence
        if named:
            out.headed = True
            current = named
            out.headings.setdefault(named, block.index)
            continue
        labelled = prefix_area(block, norm)
        if labelled:
            out.headed = True
            current = labelled
            out.headings.setdefault(labelled, block.index)
        if current:
            out.blocks.setdefault(current, []).append(block.index)
            continue
        scores = keyword_scores(block.text)
        if scores:
            top = max(scores.values())
            for name, n in scores.items():
                if n == top:  # as classify(): the top-scoring area(s)
                    out.blocks.setdefault(name, []).append(block.index)
        out.hits.update(scores)
    return out
