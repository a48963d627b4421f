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
    chars = re.escape(PUNCT_CHARS)
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
    starts = _plain_sentence_starts(text)
    if starts is not None:
        bounds = list(zip(starts, [*starts[1:], len(text)]))
    else:
        bounds = [(sent.start_char, sent.end_char) for sent in get_nlp()(text).sents]
    spans: list[list[int]] = []
    for start, end in bounds:
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


# --- sentences without spaCy, where that is provably the same -----------------------------------
# Importing spaCy and building the blank pipeline costs ~0.5 s, half of a one-file `ehcp-qa check`.
# The sentencizer starts a sentence at the first non-punctuation token after a token that is one of
# PUNCT_CHARS; so a text's sentences are known without spaCy wherever it is clear which of those
# characters the English tokenizer leaves as a token of its own. ``_plain_sentence_starts`` decides
# only the clear cases (a word of ASCII letters or digits, then one such character, then spaces and a
# letter or digit; a tokenizer exception such as "etc." or "e.g."; a decimal point; the characters
# ending the text) and hands anything else to spaCy. tests/test_nlp_fast_paths.py checks both data
# sets below against the installed spaCy and the spans against spaCy's on every corpus block.

#: spaCy's Sentencizer.default_punct_chars
PUNCT_CHARS = '!.?։؟۔܀܁܂߹।॥၊။።፧፨᙮᜵᜶᠃᠉᥄᥅᪨᪩᪪᪫᭚᭛᭞᭟᰻᰼᱾᱿‼‽⁇⁈⁉⸮⸼。꓿꘎꘏꛳꛷꡶꡷꣎꣏꤯꧈꧉꩝꩞꩟꫰꫱꯫﹒﹖﹗！．？｡𐩖𐩗𑁇𑁈𑂾𑂿𑃀𑃁𑅁𑅂𑅃𑇅𑇆𑇍𑇞𑇟𑈸𑈹𑈻𑈼𑊩𑑋𑑌𑗂𑗃𑗉𑗊𑗋𑗌𑗍𑗎𑗏𑗐𑗑𑗒𑗓𑗔𑗕𑗖𑗗𑙁𑙂𑜼𑜽𑜾𑩂𑩃𑪛𑪜𑱁𑱂𖩮𖩯𖫵𖬷𖬸𖭄𛲟𝪈'
#: spaCy's English tokenizer exceptions made of letters, digits and dots ending in ".", "!" or "?"
ABBREVIATIONS = frozenset({
    '10a.m.', '10p.m.', '11a.m.', '11p.m.', '12a.m.', '12p.m.', '1a.m.', '1p.m.', '2a.m.', '2p.m.',
    '3a.m.', '3p.m.', '4a.m.', '4p.m.', '5a.m.', '5p.m.', '6a.m.', '6p.m.', '7a.m.', '7p.m.',
    '8a.m.', '8p.m.', '9a.m.', '9p.m.', 'Adm.', 'Ak.', 'Ala.', 'Apr.', 'Ariz.', 'Ark.', 'Aug.',
    'Bros.', 'Calif.', 'Co.', 'Colo.', 'Conn.', 'Corp.', 'D.C.', 'Dec.', 'Del.', 'Dr.', 'E.G.',
    'E.g.', 'Feb.', 'Fla.', 'Ga.', 'Gen.', 'Gov.', 'I.E.', 'I.e.', 'Ia.', 'Id.', 'Ill.', 'Inc.',
    'Ind.', 'Jan.', 'Jr.', 'Jul.', 'Jun.', 'Kan.', 'Kans.', 'Ky.', 'La.', 'Ltd.', 'Mar.', 'Mass.',
    'Md.', 'Messrs.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Mr.', 'Mrs.', 'Ms.', 'Mt.',
    'N.C.', 'N.D.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'Neb.', 'Nebr.', 'Nev.', 'Nov.', 'Oct.',
    'Okla.', 'Ore.', 'Pa.', 'Ph.D.', 'Prof.', 'Rep.', 'Rev.', 'S.C.', 'Sen.', 'Sep.', 'Sept.',
    'St.', 'Tenn.', 'Va.', 'Wash.', 'Wis.', 'a.', 'a.m.', 'b.', 'c.', 'co.', 'd.', 'e.', 'e.g.',
    'f.', 'g.', 'h.', 'i.', 'i.e.', 'j.', 'k.', 'l.', 'm.', 'n.', 'o.', 'p.', 'p.m.', 'q.', 'r.',
    's.', 't.', 'u.', 'v.', 'v.s.', 'vs.', 'w.', 'x.', 'y.', 'z.',
})

# a word before "." the tokenizer splits the "." from: letters, digits and inner - / . (no ":", which
# emoticons use), in brackets or not; ending in a lower-case letter or digit, or in ")"
_WORD_BEFORE_DOT = re.compile(r"(\(?)([A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*)(\)?)")
_WORD_BEFORE_MARK = re.compile(r"\(?[A-Za-z0-9]+\)?")  # before "!" or "?": always split off


def _splits_off(word: str, c: str) -> bool:
    """True when the English tokenizer makes ``c`` (ending ``word``) a token of its own."""
    if c in "!?":
        return bool(_WORD_BEFORE_MARK.fullmatch(word))
    m = _WORD_BEFORE_DOT.fullmatch(word) if c == "." else None
    if m is None:
        return False
    core, closed = m.group(2), bool(m.group(3))
    if closed:
        return True  # "(Year 4).": ")" then "." come off as suffixes
    last = re.split(r"[-/]", core)[-1]
    return (core[-1].islower() or core[-1].isdigit()) and core + c not in ABBREVIATIONS \
        and last + c not in ABBREVIATIONS
_CLOSING = "\"')]\u201d\u2019"
_NEXT_WORD = re.compile(r"[ \n]+[A-Za-z0-9]")
_WORD_START = re.compile(r"[^ \n]*\Z")


def _plain_sentence_starts(text: str) -> list[int] | None:
    """Where spaCy's sentencizer (blank English tokenizer) starts each sentence of ``text``, up to
    whitespace (callers trim it), or None when a case is not clear-cut (then spaCy decides)."""
    starts = [0]
    body = len(text.rstrip())
    # the marks, quotes and brackets ending the text: punctuation tokens, after which no sentence starts
    body = len(text[:body].rstrip(PUNCT_CHARS + _CLOSING))
    pos = 0
    while True:
        i = _next_punct(text, pos, body)
        if i < 0:
            return starts
        c = text[i]
        word_start = _WORD_START.search(text, 0, i).start()
        word = text[word_start:i]
        tail = _WORD_START.match(text, i)  # the whole whitespace-delimited word around the mark
        whole = text[word_start:tail.end()] if tail else word + c
        if whole.rstrip(",;:") in ABBREVIATIONS:  # "etc.", "e.g.,": one token, no sentence end
            pos = word_start + len(whole)
            continue
        if c == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit() \
                and text[i - 1].isascii() and text[i + 1].isascii():
            pos = i + 1  # a decimal point: never a token of its own
            continue
        if c == "." and len(word) == 1 and "A" <= word <= "Z" and text[i + 1:i + 2] in (" ", "\n"):
            pos = i + 1  # "Dr C. Hargreaves": the tokenizer keeps "C." whole (no lower-case letter before)
            continue
        nxt = _NEXT_WORD.match(text, i + 1)
        if nxt is None or not _splits_off(word, c):
            return None
        starts.append(nxt.end() - 1)
        pos = nxt.end()


def _next_punct(text: str, pos: int, end: int) -> int:
    """The offset of the next PUNCT_CHARS character in text[pos:end], or -1."""
    m = _PUNCT_RX.search(text, pos, end)
    return m.start() if m else -1


_PUNCT_RX = re.compile(f"[{re.escape(PUNCT_CHARS)}]")


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
