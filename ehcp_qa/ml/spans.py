"""The slot tagger: which tokens of an item state each slot (what, who, frequency, duration, group,
review for provision; subject, behaviour, criterion, time for outcomes), learnt from the labelled
spans of the authored corpus and the generated statements.

One logistic regression per slot over each token's features, the token inside a span of that slot
or not (slots may overlap: "25 hours a week" is frequency and duration). Features, all strings:
- the word, its class from the slot matcher's word classes (nlp.word_class), its shape and last
  three letters, for the token and its two neighbours on each side;
- the slot matcher's matches (FREQ, DUR, GROUP, REVIEW, TIME, CRITERION; begin or inside) at the
  token and its neighbours;
- where the token sits: which " | " cell of a table row, and the form label it follows
  ("Frequency:", "Delivered by:"), by its words.
The model is linear, so its score for a token is a sum of one weight vector per feature. Prediction
keeps, per word, the summed vectors of its word features at each offset (computed once per word
and cached), and adds the matcher and position vectors, for all of a plan's items in one batch.

Saved as plain arrays (feature names, weights, thresholds: no estimator object) in an .npz read
with numpy alone and ``allow_pickle=False``, with a manifest holding the file's sha256, so checking
a plan needs neither scikit-learn nor skops (tests/test_startup.py).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from ..errors import ConfigError
from ..nlp import SlotMatches, Toks, match_slots, slot_doc, slots_data, word_class
from .io import library_versions, sha256_file

SPAN_DIR = Path(__file__).resolve().parent.parent / "resources" / "models" / "spans"
MANIFEST = "manifest.json"
LABELS = {"provision": ("what", "who", "frequency", "duration", "group", "review"),
          "outcome": ("subject", "behaviour", "criterion", "time")}
OFFSETS = (-2, -1, 0, 1, 2)
_MATCH_OFFSETS = (-1, 0, 1)


def _shape(word: str) -> str:
    out = []
    for c in word[:6]:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def word_features(word: str) -> tuple[str, ...]:
    """The features of one word, without its offset."""
    low = word.lower()
    cls = word_class(word)
    feats = [f"w={low}", f"sh={_shape(word)}", f"s3={low[-3:]}"]
    if cls:
        feats.append(f"c={cls}")
    return tuple(feats)


def _line_breaks(tv) -> list[int]:
    """Token indices where a slot cannot run on: after a line break, and at a cell bar or a dash
    standing between spaces (" | ", " \u2013 "), which part a row's cells as a line break does
    (cached on the item's tokens)."""
    got = tv.user_data.get("breaks")
    if got is None:
        text, idx, end, words, ws = tv.text_, tv.idx, tv.end, tv.text, tv.ws
        got = tv.user_data["breaks"] = [
            j for j in range(1, tv.n)
            if "\n" in text[end[j - 1]:idx[j]]
            or (words[j] in _CELL_BARS and (words[j] == "|" or (ws[j - 1] and ws[j])))]
    return got


def _field_runs(words: list[str]):
    """(feature, start, end) runs of "cell=k" (the k-th cell, 3 for any later), "field=x" (the
    form label the token follows, "none" before any) and "fslot=s" (the slot that label asks for,
    from its words: slots.yaml's ``fields``), found where they change."""
    n = len(words)
    cell, field, cell_start, field_start = 0, "none", 0, 0

    def ends(label, a, b):
        yield f"field={label}", a, b
        slot = field_slot(label)
        if slot:
            yield f"fslot={slot}", a, b

    for i, w in enumerate(words):
        if w in _CELL_BARS:
            if cell < 3:
                yield f"cell={cell}", cell_start, i
                cell_start = i
            cell += 1
            if field != "none":
                yield from ends(field, field_start, i)
                field, field_start = "none", i
        elif w == ":" and i > 0:
            new = _field_label(words, i)
            if new is not None and new != field:
                yield from ends(field, field_start, i)
                field, field_start = new, i
    if n:
        yield f"cell={min(cell, 3)}", cell_start, n
        yield from ends(field, field_start, n)


_BOUNDS = ("|", ".", ";", ":", ")")


def _field_label(words: list[str], i: int) -> str | None:
    """The form label ending at the ":" at ``i``: the fewest (one to three) words before it that
    start the item, a cell or a sentence, or start with a capital, so fields that run on in one line
    ("... Duration: 10 minutes Group size: 1:1 Delivered by: Teaching assistant Review: Termly")
    part at each label."""
    for k in (1, 2, 3):
        j = i - k
        if j < 0 or not words[j][:1].isalpha():
            return None
        if j == 0 or words[j - 1] in _BOUNDS or words[j][:1].isupper():
            return " ".join(x.lower() for x in words[j:i])
    return None


@lru_cache(maxsize=1)
def _field_words() -> dict[str, str]:
    return {w.lower(): slot for slot, ws in (slots_data().get("fields") or {}).items() for w in ws}


@lru_cache(maxsize=256)
def field_slot(label: str) -> str | None:
    """The slot a form label asks for, by its last word that names one ("Group size" -> group,
    "Delivered by" -> who, "How often" -> frequency); None for a label that names none."""
    words = _field_words()
    return next((words[w] for w in reversed(label.split()) if w in words), None)


#: what separates a row's cells or a line's fields: table bars and spaced dashes ("a sensory
#: circuit – weekly – the class teacher")
_CELL_BARS = frozenset(("|", "\u2013", "\u2014"))


def role_spans(doc) -> list[tuple[int, int]]:
    """Token spans of providers by the head of their title: a role noun ("therapist", "worker"), an
    organisation noun ("team", "service"), a role abbreviation in any case, or a person noun by its
    suffix after a determiner ("a qualified audiometrist"); widened leftwards over the words of the
    title ("specialist autism outreach teacher", "HCPC-registered"); and a title before a
    capitalised name ("Mrs Wardle"). Cached on the item's tokens."""
    got = doc.user_data.get("ehcp_roles")
    if got is None:
        got = doc.user_data["ehcp_roles"] = _role_spans(doc)
    return got


def _role_spans(tv: Toks) -> list[tuple[int, int]]:
    out = []
    text, lower, norm = tv.text, tv.lower, tv.norm
    heads = ("#ROLE", "#ORG", "#ROLE_ABBR")
    for i in range(tv.n):
        cls = norm[i]
        head = cls in heads
        if cls == "#ROLE_ABBR" and text[i].islower() and len(text[i]) <= 3:
            head = False  # "ta", "ot", "pa" in lower case are words, "SaLT" is not
        if not head and cls == lower[i] and lower[i].endswith(_PERSON_SUFFIXES) and lower[i] not in _NOT_PERSONS \
                and any(x in _DETERMINERS for x in lower[max(0, i - 3):i]):
            head = True
        if head and i + 1 < tv.n and norm[i + 1] in ("#EVENT", "#PROVISION") and tv.ws[i]:
            head = False  # "ELSA sessions", "OT programme": the last noun heads the compound
        if head:
            a = i
            while a > 0 and text[a - 1] not in ("|", ".", ",", "(", ")") and (
                    text[a - 1][:1].isupper() or norm[a - 1] in heads or lower[a - 1] in _ROLE_LEFT
                    or (text[a - 1] == "-" and not tv.ws[a - 1] and a > 1)):
                a -= 1
            while a < i and text[a] == "-":
                a += 1
            out.append((a, _expertise_end(tv, i + 1)))
        elif cls == "#TITLE" and i + 1 < tv.n and text[i + 1][:1].isupper():
            b = i + 2
            while b < tv.n and text[b][:1].isupper() and norm[b] not in ("#ROLE", "#ORG"):
                b += 1
            out.append((i, b))
    return out


def _expertise_end(tv: Toks, b: int) -> int:
    """The end of a provider's expertise after its title: "trained in ELKLAN", "qualified in
    Precision Teaching", "from the Hearing Support Team" (up to five words, to a stop word)."""
    n, lower = tv.n, tv.lower
    if b + 1 < n and lower[b] in ("trained", "qualified", "experienced", "accredited", "registered") \
            and lower[b + 1] in ("in", "by", "with", "to", "as"):
        k = b + 2
    elif b + 2 < n and lower[b] == "of" and lower[b + 1] == "the":  # "Teacher of the Deaf"
        j = b + 2
        while j < n and j - b < 5 and (tv.text[j][:1].isupper() or lower[j] in _OF_THE):
            j += 1
        return j if j > b + 2 else b
    elif b + 1 < n and lower[b] == "from" and lower[b + 1] in ("the", "a", "an"):
        k = b + 2
        j = k
        while j < n and j - k < 6 and not tv.punct[j] and tv.norm[j] != "#ORG":
            j += 1
        return j + 1 if j < n and tv.norm[j] == "#ORG" else b
    else:
        return b
    j = k
    while j < n and j - k < 5 and not tv.punct[j] and lower[j] not in _STOP_AFTER_ROLE \
            and "\n" not in tv.text_[tv.end[j - 1]:tv.idx[j]]:
        j += 1
    return j if j > k else b


_OF_THE = frozenset("deaf blind visually impaired hearing vision multi-sensory".split())
#: words that state no slot on their own: a tagger run of only these is dropped ("in" of "in a group")
_FUNCTION_WORDS = frozenset("a an the in on at of for to with by from and or as per each every this that "
                            "his her their its is are be will".split())
_STOP_AFTER_ROLE = frozenset("will to for and with on in at every each daily weekly who which by is are from".split())
_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians")
_NOT_PERSONS = frozenset("list lists assist assists exist resist wrist wrists checklist checklists twist consist "
                         "persist insist mist gist fist median asian indian christian canadian italian "
                         "guardian guardians".split())
_DETERMINERS = frozenset("a an the his her their by from with".split())


#: words that sit inside a provider's title before its head noun
_ROLE_LEFT = frozenset("""speech language and therapy occupational physio educational clinical specialist senior
qualified trained experienced registered named link key family support learning teaching class
school community paediatric outreach advisory sensory autism behaviour pastoral inclusion
attendance welfare early years nursery residential youth social care health nurse hearing vision
visual visually impaired deaf mental wellbeing emotional literacy personal higher level
assistant head deputy subject form year music art play drama dyslexia literacy numeracy
mobility habilitation portage continence epilepsy diabetes respiratory dietetic dietetics
children's childrens' child adolescent disabled disability disabilities short breaks travel
independent one-to-one 1:1 hcpc-registered""".split())


_MATCH_KEYS: dict[str, tuple[tuple[int, str, str], ...]] = {}


def _match_keys(label: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, "o:B-LABEL", "o:I-LABEL") per offset: the feature names, built once per label."""
    got = _MATCH_KEYS.get(label)
    if got is None:
        got = _MATCH_KEYS[label] = tuple((o, f"{o}:B-{label}", f"{o}:I-{label}") for o in _MATCH_OFFSETS)
    return got


def _structure(doc, m: SlotMatches | None = None):
    """The non-lexical features of a doc's tokens, grouped: (words, {feature: [(start, end) token
    ranges]}). Cells and form fields are runs of tokens, so a range per run."""
    m = m or match_slots(doc)
    tv = doc
    n = tv.n
    groups: dict[str, list[tuple[int, int]]] = {}
    spans = dict(m.spans)
    spans["ROLE"] = role_spans(doc)
    for label, ss in spans.items():
        if not ss:
            continue
        for o, b_key, i_key in _match_keys(label):
            for a, b in ss:
                # token j sees token i at offset o: the span's first token as B, the rest as I
                j = a - o
                if 0 <= j < n:
                    groups.setdefault(b_key, []).append((j, j + 1))
                lo, hi = max(a + 1 - o, 0), min(b - o, n)
                if lo < hi:
                    groups.setdefault(i_key, []).append((lo, hi))
    words = tv.text
    for feat, a, b in _field_runs(words):
        if b > a:
            groups.setdefault(feat, []).append((a, b))
    if n:
        groups.setdefault("start", []).extend((i, i + 1) for i in range(n) if i == 0 or words[i - 1] in _STARTERS)
    return words, groups


_STARTERS = frozenset(("|", ":", ";", ".", "\u2013", "\u2014"))


def _emit_run(runs: list, seeded: list, base: int, i: int, j: int, tv, breaks: list[int]) -> None:
    """The spans of one run of tokens i..j of a label (``seeded``: its seed flags, token t at
    base + t): cut at line breaks, kept where a token reaches the threshold, trimmed of
    punctuation, never punctuation and function words alone."""
    punct, text, lower, idx, end = tv.punct, tv.text, tv.lower, tv.idx, tv.end
    cuts = [x for x in breaks if i < x < j]
    for a, b in zip([i, *cuts], [*cuts, j]):
        if not any(seeded[base + a:base + b]):
            continue  # no token of the run reaches the threshold
        while a < b and punct[a]:
            a += 1
        while b > a and punct[b - 1] and text[b - 1] != ")":
            b -= 1
        if b > a and not all(w in _FUNCTION_WORDS or punct[x] for x, w in enumerate(lower[a:b], a)):
            runs.append((idx[a], end[b - 1]))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def token_rows(doc, m: SlotMatches | None = None) -> tuple[list[str], list[list[str]]]:
    """(words, per-token non-lexical features) for training and prediction alike."""
    words, groups = _structure(doc, m)
    extra: list[list[str]] = [[] for _ in range(len(words))]
    for feat, ranges in groups.items():
        for a, b in _merged(ranges):
            for j in range(a, b):
                extra[j].append(feat)
    return words, extra


def lexical_features(words: Sequence[str], i: int) -> list[str]:
    out = []
    for o in OFFSETS:
        j = i + o
        if 0 <= j < len(words):
            out += [f"{o}:{f}" for f in word_features(words[j])]
        else:
            out.append(f"{o}:pad")
    return out


# --- the model as plain data ------------------------------------------------------------------


@dataclass
class Tagger:
    kind: str
    labels: tuple[str, ...]
    index: dict[str, int]  # feature -> row of coef
    coef: np.ndarray  # (n_features, n_labels)
    intercept: np.ndarray  # (n_labels,)
    thresholds: np.ndarray  # (n_labels,) probability at which a token is inside
    version: str = "0"
    use: tuple[str, ...] | None = None  # the labels this tagger decides (chosen leave one author out)
    #: (n_labels,) a pattern's span is accepted when a token in it reaches this probability (a
    #: pattern is prior evidence, so its bar may be lower); None or inf: patterns are not candidates
    accept: np.ndarray | None = None

    def __post_init__(self):
        self._word_cache: dict[str, int] = {}
        self._wmat = np.zeros((1024, len(OFFSETS), len(self.labels)))
        self._n_words = 0
        self._zero = np.zeros(len(self.labels))

    def _vec(self, feats: Iterable[str]) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        return self.coef[rows].sum(axis=0) if rows else self._zero

    def _word_rows(self, words: Sequence[str]) -> list[int]:
        """Rows of ``self._wmat`` (n_words, offsets, labels) holding each word's lexical weight at
        each offset, computed once per word."""
        rows, cache = [], self._word_cache
        for word in words:
            r = cache.get(word)
            if r is None:
                feats = word_features(word)
                v = np.stack([self._vec(f"{o}:{f}" for f in feats) for o in OFFSETS])
                r = self._n_words
                if r == len(self._wmat):  # grow by doubling
                    self._wmat = np.concatenate([self._wmat, np.zeros_like(self._wmat)])
                self._wmat[r] = v
                self._n_words += 1
                if len(cache) < 200_000:
                    cache[word] = r
            rows.append(r)
        return rows

    def scores(self, doc, m: SlotMatches | None = None) -> np.ndarray:
        """(n_tokens, n_labels) probabilities: the sum of the weights of each token's features (the
        same features as ``token_rows``)."""
        return self.scores_many([doc], [m])[0]

    def scores_many(self, docs, ms=None) -> list[np.ndarray]:
        """``scores`` for many docs at once: their tokens end to end, so a plan's items cost a handful
        of array operations rather than dozens per item."""
        ms = ms or [None] * len(docs)
        structs = [_structure(d, m) for d, m in zip(docs, ms)]
        sizes = [len(words) for words, _ in structs]
        n = sum(sizes)
        L = len(self.labels)
        if n == 0:
            return [np.zeros((0, L)) for _ in docs]
        rows = self._word_rows([x for words, _ in structs for x in words])  # may grow the matrix
        w = self._wmat[rows]  # (n, offsets, labels)
        doc_of = np.repeat(np.arange(len(docs)), sizes)
        z = np.tile(self.intercept, (n, 1))
        pos = np.arange(n)
        for k, o in enumerate(OFFSETS):
            src = pos + o  # token i gets word i+o's weight at offset o, within its own doc
            ok = (src >= 0) & (src < n)
            ok[ok] &= doc_of[src[ok]] == doc_of[ok]
            z[ok] += w[src[ok], k]
            pad = self.index.get(f"{o}:pad")
            if pad is not None and o != 0:
                z[~ok] += self.coef[pad]
        # (feature row, first token, end token) per range, in order; the token indices are then
        # built with np.repeat rather than thousands of list.extend calls
        r_rows, r_lo, r_hi = [], [], []
        index = self.index
        base = 0
        for (words, groups), size in zip(structs, sizes):
            for feat, ranges in groups.items():
                row = index.get(feat)
                if row is None:
                    continue
                if len(ranges) > 1:  # a feature counts once per token (training takes each token's set)
                    ranges = _merged(ranges)
                for a, b in ranges:
                    if b > a:
                        r_rows.append(row)
                        r_lo.append(base + a)
                        r_hi.append(base + b)
            base += size
        if r_rows:  # per label, a weighted count per token: much faster than np.add.at
            lo, lens = np.array(r_lo), np.array(r_hi) - np.array(r_lo)
            total = int(lens.sum())
            idx = np.repeat(lo - (np.cumsum(lens) - lens), lens) + np.arange(total)
            w = self.coef[np.repeat(np.array(r_rows), lens)]
            for k in range(L):
                z[:, k] += np.bincount(idx, weights=w[:, k], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        return np.split(p, np.cumsum(sizes)[:-1])

    def spans(self, doc, m: SlotMatches | None = None, probs: np.ndarray | None = None,
              only: tuple[str, ...] | None = None) -> dict[str, list[tuple[int, int]]]:
        """label -> character spans: runs of tokens above the label's threshold, with their
        neighbours at half of it (hysteresis); a line break ends a run (a field-per-line block's
        next line is another field); punctuation and function words alone are never a span, and a
        run is trimmed of punctuation at its ends."""
        p = self.scores(doc, m) if probs is None else probs
        out: dict[str, list[tuple[int, int]]] = {}
        want = self._wanted(only)
        for k in want:
            out[self.labels[k]] = []
        if not len(p) or not want:
            return out
        seeds = p >= self.thresholds  # (n, labels)
        any_seed = seeds.any(axis=0)
        cols = [k for k in want if any_seed[k]]
        if not cols:
            return out
        # every label's runs at once: one diff over the (n, labels) "inside" matrix, not one per label
        inside = (p[:, cols] >= self.thresholds[cols] / 2).astype(np.int8)
        d = np.diff(inside, axis=0, prepend=np.int8(0), append=np.int8(0)).T  # (labels, n + 1)
        s_col, s_tok = np.nonzero(d == 1)
        e_tok = np.nonzero(d == -1)[1]  # row-major: starts and ends pair up per label
        seed_rows = seeds[:, cols].T.tolist()
        tv = doc
        breaks = _line_breaks(tv)
        for c, i, j in zip(s_col.tolist(), s_tok.tolist(), e_tok.tolist()):
            _emit_run(out[self.labels[cols[c]]], seed_rows[c], 0, i, j, tv, breaks)
        return out

    def spans_many(self, docs, probs: list[np.ndarray], only: tuple[str, ...] | None = None
                   ) -> list[dict[str, list[tuple[int, int]]]]:
        """``[spans(doc, probs=p, only=only) for doc, p in zip(docs, probs)]``, the thresholds and
        the runs found once over the docs' scores end to end (a row of zeros between docs, which no
        run crosses), then cut and trimmed per doc."""
        want = self._wanted(only)
        outs = [{self.labels[k]: [] for k in want} for _ in docs]
        if not want or not docs:
            return outs
        if not (self.thresholds[want] > 0).all():  # a zero row would be inside: one doc at a time
            return [self.spans(d, probs=p, only=only) for d, p in zip(docs, probs)]
        L = len(self.labels)
        gap = np.zeros((1, L))
        P = np.concatenate([x for p in probs for x in (np.asarray(p).reshape(-1, L), gap)])
        starts = np.cumsum([0] + [len(p) + 1 for p in probs[:-1]])
        seeds = P[:, want] >= self.thresholds[want]
        inside = (P[:, want] >= self.thresholds[want] / 2).astype(np.int8)
        d = np.diff(inside, axis=0, prepend=np.int8(0), append=np.int8(0)).T
        s_col, s_tok = np.nonzero(d == 1)
        e_tok = np.nonzero(d == -1)[1]
        if not len(s_tok):
            return outs
        doc_at = (np.searchsorted(starts, s_tok, side="right") - 1).tolist()
        seed_rows = seeds.T.tolist()
        starts_l = starts.tolist()
        views: dict[int, tuple] = {}
        for c, i, j, k in zip(s_col.tolist(), s_tok.tolist(), e_tok.tolist(), doc_at):
            if k not in views:
                tv = docs[k]
                views[k] = (tv, _line_breaks(tv))
            tv, breaks = views[k]
            base = starts_l[k]
            _emit_run(outs[k][self.labels[want[c]]], seed_rows[c], base, i - base, j - base, tv, breaks)
        return outs

    def snapped(self, doc, m: SlotMatches, spans: dict[str, list[tuple[int, int]]], pattern_of: dict[str, str],
                probs: np.ndarray | None = None):
        """Tagger spans widened to the matcher spans they overlap ("stays" -> "stays a month"): the
        tagger says where a slot is, a pattern where a quantity begins and ends. With ``probs``
        (``scores``), a pattern span the tagger gives at least its ``accept`` probability is a span
        too ("whenever a seizure ...")."""
        out = {}
        tv = doc
        for k, label in enumerate(self.labels):
            if label not in spans:
                continue
            ss = spans[label]
            name = pattern_of.get(label)
            if name == "ROLE":
                pats = [(tv.idx[a], tv.end[b - 1]) for a, b in role_spans(doc)]
            else:  # token spans of the pattern, in characters
                pats = [(tv.idx[a], tv.end[b - 1]) for a, b in m.spans.get(name, ())] if name else []
            if not pats:
                out[label] = ss
                continue
            if probs is not None and self.accept is not None and np.isfinite(self.accept[k]):
                acc = self.accept[k]
                col = probs[:, k]
                tok_spans = role_spans(doc) if name == "ROLE" else m.spans.get(name, ())
                for (x, y), (a, b) in zip(pats, tok_spans):  # the tagger's best token inside the pattern
                    if b > a and col[a:b].max() >= acc:
                        ss = sorted(ss + [(x, y)])
            merged = []
            for a, b in ss:
                for x, y in pats:
                    if x < b and a < y:
                        a, b = min(a, x), max(b, y)
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            out[label] = merged
        return out

    def to_data(self) -> dict[str, Any]:
        names = [""] * len(self.index)
        for f, i in self.index.items():
            names[i] = f
        return {"kind": self.kind, "labels": list(self.labels), "features": names, "coef": self.coef,
                "intercept": self.intercept, "thresholds": self.thresholds,
                "use": list(self.use if self.use is not None else self.labels),
                "accept": self.accept if self.accept is not None else np.full(len(self.labels), np.inf)}

    @classmethod
    def from_data(cls, d: dict[str, Any], version: str = "0") -> "Tagger":
        return cls(kind=str(d["kind"]), labels=tuple(d["labels"]),
                   index={f: i for i, f in enumerate(d["features"])}, coef=np.asarray(d["coef"], dtype=float),
                   intercept=np.asarray(d["intercept"], dtype=float),
                   thresholds=np.asarray(d["thresholds"], dtype=float), version=version,
                   use=tuple(d.get("use") or d["labels"]),
                   accept=np.asarray(d["accept"], dtype=float) if d.get("accept") is not None else None)

    def decides(self, label: str) -> bool:
        return self.use is None or label in self.use

    def _wanted(self, only: tuple[str, ...] | None) -> list[int]:
        """Indices of the labels this tagger decides (and ``only`` asks for), computed once."""
        cache = self.__dict__.setdefault("_wanted_cache", {})
        got = cache.get(only)
        if got is None:
            got = cache[only] = [k for k, label in enumerate(self.labels)
                                 if self.decides(label) and (only is None or label in only)]
        return got


# --- training -----------------------------------------------------------------------------------


def char_labels(text: str, spans: dict[str, Sequence[str] | str | None], labels: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Labelled substrings -> character spans (each occurrence found left to right; a substring not
    in the text is skipped)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for label in labels:
        subs = spans.get(label) or []
        if isinstance(subs, str):
            subs = [subs]
        found, cursor = [], 0
        for s in subs:
            s = s.strip()
            if not s:
                continue
            k = text.find(s, cursor)
            if k < 0:
                k = text.find(s)
            if k < 0:
                continue
            found.append((k, k + len(s)))
            cursor = k + len(s)
        out[label] = found
    return out


def examples(rows: Sequence[dict], kind: str):
    """(feature lists, label matrix, group per token) for rows {"text", "spans", "group"}."""
    labels = LABELS[kind]
    X, Y, G = [], [], []
    for r in rows:
        doc = slot_doc(r["text"])
        words, extra = token_rows(doc)
        spans = char_labels(r["text"], r["spans"], labels)
        for i, (a, b) in enumerate(zip(doc.idx, doc.end)):
            X.append(lexical_features(words, i) + extra[i])
            Y.append([any(a < y and x < b for x, y in spans[label]) for label in labels])
            G.append(r.get("group", ""))
    return X, np.array(Y, dtype=bool).reshape(len(Y), len(labels)), np.array(G)


def fit(X: list[list[str]], Y: np.ndarray, kind: str, C: float = 1.0, min_count: int = 2,
        thresholds: Sequence[float] | None = None, seed: int = 0) -> Tagger:
    import scipy.sparse as sp  # lazy: SciPy only for training
    from sklearn.linear_model import LogisticRegression  # lazy: scikit-learn, only to fit

    counts = Counter(f for feats in X for f in set(feats))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            c = index.get(f)
            if c is not None:
                rows.append(r)
                cols.append(c)
    M = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(X), len(names)))
    labels = LABELS[kind]
    coef = np.zeros((len(names), len(labels)))
    intercept = np.zeros(len(labels))
    for k in range(len(labels)):
        y = Y[:, k]
        if y.all() or not y.any():
            intercept[k] = 20.0 if y.all() else -20.0
            continue
        clf = LogisticRegression(C=C, solver="liblinear", max_iter=2000, random_state=seed).fit(M, y)
        coef[:, k] = clf.coef_[0]
        intercept[k] = clf.intercept_[0]
    keep = np.abs(coef).max(axis=1) > 1e-6  # features with no weight are dropped from the file
    kept = [f for f, k in zip(names, keep) if k]
    th = np.asarray(thresholds if thresholds is not None else [0.5] * len(labels), dtype=float)
    return Tagger(kind=kind, labels=labels, index={f: i for i, f in enumerate(kept)}, coef=coef[keep],
                  intercept=intercept, thresholds=th)


# --- files --------------------------------------------------------------------------------------


def save(taggers: dict[str, Tagger], out_dir: Path, meta: dict[str, Any] | None = None) -> Path:
    """Each tagger as ``spans-<kind>.npz``: plain arrays (feature names, weights, thresholds), loaded
    with numpy alone and ``allow_pickle=False``, so a model file cannot run code; and a manifest with
    each file's sha256."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("spans-*"):
        old.unlink()
    entries = {}
    for kind, t in taggers.items():
        path = out_dir / f"spans-{kind}.npz"
        d = t.to_data()
        np.savez_compressed(path, kind=np.array(d["kind"]), labels=np.array(d["labels"]),
                            features=np.array(d["features"]), coef=d["coef"].astype(np.float32),
                            intercept=d["intercept"], thresholds=d["thresholds"], accept=d["accept"],
                            use=np.array(d["use"]))
        entries[kind] = {"file": path.name, "sha256": sha256_file(path), "labels": list(t.labels),
                         "decides": list(t.use if t.use is not None else t.labels),
                         "thresholds": [round(float(x), 3) for x in t.thresholds]}
    manifest = dict(meta or {}, libraries=library_versions(), taggers=entries)
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out_dir / MANIFEST


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=8)
def _load(model_dir: str) -> dict[str, Tagger]:
    d = Path(model_dir)
    mpath = d / MANIFEST
    if not mpath.exists():
        return {}
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConfigError(f"{mpath}: tagger manifest is not valid JSON ({type(e).__name__})") from None
    out = {}
    for kind, entry in (manifest.get("taggers") or {}).items():
        path = d / entry["file"]
        if not path.exists():
            raise ConfigError(f"{path}: tagger file named in the manifest is missing")
        if _sha256(path) != entry["sha256"]:
            raise ConfigError(f"{path}: sha256 does not match the manifest (file changed or corrupt)")
        try:
            with np.load(path, allow_pickle=False) as z:
                data = {k: z[k] for k in z.files}
        except (OSError, ValueError) as e:
            raise ConfigError(f"{path}: cannot read tagger ({type(e).__name__})") from None
        data = {"kind": str(data["kind"]), "labels": [str(x) for x in data["labels"]],
                "features": [str(x) for x in data["features"]], "coef": data["coef"].astype(float),
                "intercept": data["intercept"], "thresholds": data["thresholds"], "accept": data["accept"],
                "use": [str(x) for x in data["use"]]}
        out[kind] = Tagger.from_data(data, version=f"{manifest.get('model_version', '0')}+{entry['sha256'][:8]}")
    return out


#: the taggers in force, innermost last: a directory (None = the shipped one), False (none: the
#: matcher's spans stand in), or {kind: Tagger or False}
_ACTIVE: list[Any] = [None]


class using:
    """``with spans.using(dir_or_False): ...``: taggers from another directory (a leave-one-author-out
    fold) or none at all, for the code inside."""

    def __init__(self, choice):
        self.choice = choice

    def __enter__(self):
        _ACTIVE.append(self.choice)
        return self

    def __exit__(self, *exc):
        _ACTIVE.pop()


def using_tagger(kind: str, t: "Tagger | bool") -> using:
    """One kind's tagger object (or False: none) for the code inside; other kinds as before."""
    return using({kind: t})


def shipped(kind: str) -> Tagger | None:
    """The shipped tagger of ``kind`` (whatever ``using`` is in force), or None."""
    return _load(str(SPAN_DIR)).get(kind)


def tagger(kind: str) -> Tagger | None:
    for choice in reversed(_ACTIVE):
        if isinstance(choice, dict):
            if kind not in choice:
                continue
            return choice[kind] or None
        if choice is False:
            return None
        return _load(str(Path(choice) if choice else SPAN_DIR)).get(kind)
    return None
