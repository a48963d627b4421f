"""The spaCy pipeline, built once, and the phrase matcher every phrase rule shares.

We use ``spacy.blank("en")`` plus a rule-based sentencizer: it needs no downloaded model, loads in a
fraction of a second and splits a 30-page plan's provision sections in a few milliseconds. A trained
English pipeline is never required; ``trained_pipeline()`` returns one only if it is installed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml


@lru_cache(maxsize=1)
def get_nlp():
    import spacy  # lazy: spaCy (heavy, optional) only when a trained pipeline is asked for

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def trained_pipeline():
    """An installed trained pipeline (en_core_web_sm), or None. Optional extra; nothing relies on it."""
    import spacy  # lazy: spaCy (heavy, optional) only when a trained pipeline is asked for

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


def fold_text(text: str) -> str | None:
    """``text`` lower-cased, or None when lower-casing could change what a case-insensitive pattern
    matches (a cased non-ASCII letter such as "Zoë")."""
    if text.isascii() or all(c.lower() == c == c.upper() for c in text if ord(c) > 127):
        return text.lower()
    return None


class Folded:
    """A case-insensitive pattern with ``finditer(text, low=None)``: the matches of ``rx`` in ``text``
    (``low``, a lower-cased copy, is accepted for callers written for the old fast path and unused)."""

    __slots__ = ("rx",)

    def __init__(self, rx: re.Pattern):
        self.rx = rx

    def finditer(self, text: str, low: str | None = None):
        return self.rx.finditer(text)


def may_contain(prefixes: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``prefixes`` (None: no prefilter, always True)."""
    return prefixes is None or any(map(text.__contains__, prefixes))


_SPECIAL = set(".^$*+?{}[]|()\\")


def _skip_group(src: str, i: int) -> int:
    """Index just past the group opening at ``src[i]`` ("(")."""
    depth, k = 0, i
    while k < len(src):
        c = src[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = src.index("]", k + 2) + 1 if "]" in src[k + 2:] else len(src)
            continue
        depth += c == "("
        depth -= c == ")"
        k += 1
        if depth == 0:
            return k
    return len(src)


def _literal_run(src: str, i: int) -> str:
    out: list[str] = []
    while i < len(src):
        c = src[i]
        if c == "\\" and i + 1 < len(src) and not src[i + 1].isalnum():
            ch, nxt = src[i + 1], i + 2
        elif c not in _SPECIAL:
            ch, nxt = c, i + 1
        else:
            break
        q = src[nxt:nxt + 1]
        if q in ("?", "*"):
            break
        if q == "{":
            m = re.match(r"\{(\d+)", src[nxt:])
            out.append(ch * int(m.group(1)) if m else "")
            break
        out.append(ch)
        i = nxt
        if q == "+":
            break
    return "".join(out)


def literal_prefixes(rx: re.Pattern) -> tuple[str, ...] | None:
    """Literal texts one of which starts every match of ``rx``, read from its source for the simple
    shapes ("\\binsert\\s+...", "(?:would|might)", "(?<![a-z])X{2,}"), or None when the pattern does
    not open with a literal. Read from the pattern text alone (no private ``re`` internals)."""
    src, i = rx.pattern, 0
    while i < len(src):  # zero-width openings: \b, ^, lookarounds
        if src.startswith("\\b", i):
            i += 2
        elif src[i] == "^":
            i += 1
        elif src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _skip_group(src, i)
        else:
            break
    if src.startswith("(?:", i):
        end = _skip_group(src, i)
        if end < len(src) and src[end] in "?*{":
            return None
        body, alts, depth, start = src[i + 3:end - 1], [], 0, 0
        k = 0
        while k <= len(body):
            c = body[k] if k < len(body) else "|"
            if c == "\\":
                k += 2
                continue
            depth += c == "("
            depth -= c == ")"
            if c == "|" and depth == 0:
                alts.append(_literal_run(body[start:k], 0))
                start = k + 1
            k += 1
        return tuple(sorted(set(alts))) if alts and all(alts) else None
    run = _literal_run(src, i)
    return (run,) if run else None


class Anchored:
    """A pattern and, when given, literals one of which starts every match (``prefixes``), so a text
    holding none of them is skipped with a substring test."""

    __slots__ = ("rx", "prefixes", "folds")

    def __init__(self, rx: re.Pattern, prefixes: tuple[str, ...] | None = None):
        self.rx, self.folds = rx, bool(rx.flags & re.IGNORECASE)
        prefixes = prefixes if prefixes is not None else literal_prefixes(rx)
        self.prefixes = tuple(p.lower() for p in prefixes) if prefixes and self.folds else prefixes

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


# --- the slot matcher: word classes + token patterns as data, one matcher --------------------------
#
# resources/patterns/classes.yaml gives words (and token shapes) a class, which becomes the token's
# NORM ("weeks" -> "#PERIOD", "3" -> "#NUM"); the patterns in resources/patterns/slots.yaml are token
# sequences over words and classes. All of them are found in one pass per item by a trie over NORM
# sequences: the semantics of spaCy's PhraseMatcher with attr="NORM" (every occurrence of every
# sequence, then the longest where two overlap), which is what the first version used. It runs on
# the tokens of a small regular-expression tokenizer, with no spaCy import, so a one-file `ehcp-qa
# check` starts without spaCy's half second (tests/test_startup.py); patterns and text are split
# by the same tokenizer, so they always line up. The slot tagger (ml/spans.py) reads the matches
# as features.

PATTERNS_DIR = Path(__file__).parent / "resources" / "patterns"

#: a token: an abbreviation with inner dots ("e.g.", "a.m."), a title with its dot ("Mrs."), a number
#: with inner . : / ("9.30", "1:1", "4/5", "31/07/2027"; "3rd"), a possessive "'s", a word (letters,
#: inner apostrophes), or any other single character. "3x30mins" is "3", "x", "30", "mins".
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)\.(?=\s)|\d+(?:st|nd|rd|th)\b|\d+(?:[.:/]\d+)*"
                    r"|['\u2019]s\b|[^\W\d_]+(?:['\u2019](?!s\b)[^\W\d_]+)*|[\u00bd\u00bc\u00be]|\S")


@lru_cache(maxsize=1)
def _classes() -> tuple[list[tuple[str, re.Pattern]], dict[str, str]]:
    data = yaml.safe_load((PATTERNS_DIR / "classes.yaml").read_text(encoding="utf-8"))
    shapes = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in (data.get("shapes") or {}).items()]
    words: dict[str, str] = {}
    for name, ws in (data.get("words") or {}).items():
        for w in ws or ():
            words.setdefault(str(w).lower(), name)
    return shapes, words


def word_class(word: str) -> str | None:
    """The class of one token's text ("#PERIOD" for "weeks", "#NUM" for "3"), or None."""
    shapes, words = _classes()
    low = word.lower()
    if low in words:
        return words[low]
    if word[:1].isdigit() or word[:1] in "\u00bd\u00bc\u00be" or low[:1] in "ykr" and any(c.isdigit() for c in word):
        for name, rx in shapes:
            if rx.fullmatch(word):
                return name
    return None


@lru_cache(maxsize=100_000)
def _norm(word: str) -> str:
    if word.startswith("#") and len(word) > 1:
        return word  # a class name in a pattern stands for itself
    return word_class(word) or word.lower()


_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u00b7\u2026")


@lru_cache(maxsize=100_000)
def _word(w: str) -> tuple[str, str, bool]:
    """One token's lower case, NORM and whether it is punctuation: a plan repeats its words, so
    each is worked out once."""
    return w.lower(), _norm(w), w in _PUNCT or (len(w) == 1 and not w.isalnum())


class Toks:
    """An item's tokens as plain lists (what the slot matcher and tagger read): text, lower, norm
    (the word class or the lower-cased word), character offsets, whether whitespace follows, whether
    the token is punctuation; ``user_data`` caches what is computed once per item."""

    __slots__ = ("text_", "text", "lower", "norm", "idx", "end", "ws", "punct", "n", "user_data")

    def __init__(self, text: str):
        ms = list(_TOKEN.finditer(text))
        self.text_ = text
        self.idx = idx = [m.start() for m in ms]
        self.end = end = [m.end() for m in ms]
        self.text = [m.group() for m in ms]
        info = list(map(_word, self.text))
        self.lower = [x[0] for x in info]
        self.norm = [x[1] for x in info]
        self.punct = [x[2] for x in info]
        # whitespace follows a token when the next one starts later (the last: when text goes on)
        n = len(text)
        self.ws = [e < n and after > e for e, after in zip(end, idx[1:] + [n + 1])]
        self.n = len(ms)
        self.user_data: dict = {}

    def __len__(self) -> int:
        return self.n


def slot_doc(text: str) -> Toks:
    """``text`` split into the slot matcher's tokens."""
    return Toks(text)


def _parse_pattern(src: str, macros: dict[str, str], norm=None) -> list[tuple[str, ...]]:
    """Every token sequence a pattern stands for (see slots.yaml for the notation). ``norm``: maps
    one written word to its token NORMs (tokenized like the text); alternatives that come out the
    same ("week" and "month" are both #PERIOD) are kept once, so the expansion stays small."""
    norm = norm or (lambda w: (w,))
    for _ in range(5):
        expanded = re.sub(r"<(\w+)>", lambda m: macros[m.group(1)], src)
        if expanded == src:
            break
        src = expanded
    toks = re.findall(r"\(|\)|\||\?|[^\s()|?]+", src)
    pos = 0

    def alts() -> list[tuple[str, ...]]:
        nonlocal pos
        out = dict.fromkeys(seq())
        while pos < len(toks) and toks[pos] == "|":
            pos += 1
            out.update(dict.fromkeys(seq()))
        return list(out)

    def seq() -> list[tuple[str, ...]]:
        nonlocal pos
        out: list[tuple[str, ...]] = [()]
        while pos < len(toks) and toks[pos] not in ("|", ")"):
            if toks[pos] == "(":
                pos += 1
                choice = alts()
                pos += 1  # ")"
            else:
                choice = [tuple(norm(toks[pos]))]
                pos += 1
            if pos < len(toks) and toks[pos] == "?":
                pos += 1
                choice = choice + [()]
            out = list(dict.fromkeys(a + b for a in out for b in choice))
        return out

    return [s for s in alts() if s]


@lru_cache(maxsize=4096)
def _written_norms(word: str) -> tuple[str, ...]:
    """A word written in a pattern as the NORMs of its tokens ("half-term" -> half, -, #PERIOD)."""
    return (word,) if word.startswith("#") else tuple(Toks(word).norm)


@lru_cache(maxsize=1)
def slots_data() -> dict:
    """resources/patterns/slots.yaml, parsed once per process (the matcher's labels and macros, the
    form-field words the slot tagger reads)."""
    return yaml.safe_load((PATTERNS_DIR / "slots.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def slot_patterns() -> dict[str, list[tuple[str, ...]]]:
    """label -> NORM sequences (each written word tokenized like the text), from slots.yaml."""
    data = slots_data()
    macros = {k: str(v) for k, v in (data.get("macros") or {}).items()}
    return {label: sorted({s for p in pats for s in _parse_pattern(str(p), macros, _written_norms)})
            for label, pats in data["labels"].items()}


class TrieMatcher:
    """Token sequences -> keys, found by walking a trie from every token: every occurrence of every
    sequence (spaCy's PhraseMatcher semantics). ``attr``: the token list matched ("norm" or "lower")."""

    _END = "\0"

    def __init__(self, attr: str = "norm"):
        self.attr = attr
        self.root: dict = {}
        self.size = 0

    def add(self, key: str, seqs) -> None:
        for seq in seqs:
            node = self.root
            for w in seq:
                node = node.setdefault(w, {})
            node.setdefault(self._END, []).append(key)
            self.size += 1

    def __call__(self, toks: Toks) -> list[tuple[str, int, int]]:
        seq = getattr(toks, self.attr)
        root, end_key, out = self.root, self._END, []
        # walk only from the tokens that start some sequence (a third of them, found in one pass)
        for i in [i for i, w in enumerate(seq) if w in root]:
            node = root[seq[i]]
            j = i + 1
            while node is not None:
                keys = node.get(end_key)
                if keys:
                    out.extend((k, i, j) for k in keys)
                if j == len(seq):
                    break
                node = node.get(seq[j])
                j += 1
        return out


class SlotMatches:
    """The matches of one text: ``doc`` (its Toks) and, per label, token spans (start, end), longest
    first where two overlap."""

    __slots__ = ("doc", "spans")

    def __init__(self, doc: Toks, spans: dict[str, list[tuple[int, int]]]):
        self.doc, self.spans = doc, spans

    def chars(self, label: str) -> list[tuple[int, int]]:
        idx, end = self.doc.idx, self.doc.end
        return [(idx[a], end[b - 1]) for a, b in self.spans.get(label, ())]


@lru_cache(maxsize=1)
def _slot_matcher() -> TrieMatcher:
    tm = TrieMatcher("norm")
    for label, seqs in slot_patterns().items():
        tm.add(label, seqs)
    return tm


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(b <= x or a >= y for x, y in out):
            out.append((a, b))
    return sorted(out)


def match_slots(text_or_doc) -> SlotMatches:
    """Every slot pattern in a text (or the Toks of one, from ``slot_doc``)."""
    doc = slot_doc(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    found: dict[str, list[tuple[int, int]]] = {}
    for key, a, b in _slot_matcher()(doc):
        found.setdefault(key, []).append((a, b))
    return SlotMatches(doc, {k: _longest(v) for k, v in found.items()})


class PhraseSet:
    """Phrases (hedges, a council's additions) found case-insensitively on token boundaries, and
    token patterns over NORM; ``find(doc)`` -> [(start_char, end_char, key)], longest first where two
    overlap. ``key``: the phrase's group (e.g. the question a hedge leaves open)."""

    def __init__(self, groups: dict[str, Iterable[str]], patterns: dict[str, Iterable[str]] | None = None):
        """``groups``: key -> phrases (matched on the lower-cased tokens); ``patterns``: key -> token
        patterns in the slots.yaml notation (matched on NORM, so "#NUM to #NUM #UNIT" finds "20 to 45
        minutes")."""
        self.matcher = TrieMatcher("lower")
        self.norm_matcher = TrieMatcher("norm")
        for key, phrases in groups.items():
            self.matcher.add(key, [tuple(Toks(p.strip()).lower) for p in phrases if p and p.strip()])
        for key, pats in (patterns or {}).items():
            self.norm_matcher.add(key, sorted({q for p in pats for q in _parse_pattern(str(p), {}, _written_norms)}))
        self.size = self.matcher.size

    def find(self, doc: Toks) -> list[tuple[int, int, str]]:
        hits = [(a, b, k) for k, a, b in self.matcher(doc)] if self.matcher.size else []
        if self.norm_matcher.size:
            hits += [(a, b, k) for k, a, b in self.norm_matcher(doc)]
        if not hits:
            return []
        keep = _longest([(a, b) for a, b, _ in hits])
        key_of = {(a, b): k for a, b, k in hits}
        return [(doc.idx[a], doc.end[b - 1], key_of[(a, b)]) for a, b in keep]
