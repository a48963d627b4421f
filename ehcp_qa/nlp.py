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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace trimmed). A "sentence" starting in
    lower case is glued to the one before: the sentencizer splits after "etc." or "approx.", and a
    provision item must not be cut in two there."""
    if not text.strip():
        return []
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


def phrase_regex(phrases: Iterable[str]) -> re.Pattern | None:
    """ONE case-insensitive regex matching any of ``phrases`` as whole words, longest first (so
    "have access to" wins over "access to"); spaces in a phrase match any run of whitespace. Used
    instead of a pass per phrase: one scan of the text whatever the number of phrases."""
    alts = []
    for p in sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        left = r"\b" if p[0].isalnum() else ""
        right = r"\b" if p[-1].isalnum() else ""
        alts.append(f"{left}{body}{right}")
    if not alts:
        return None
    return re.compile("|".join(alts), re.IGNORECASE)


def norm_phrase(s: str) -> str:
    return " ".join(s.lower().split())
