"""The speed tricks in ehcp_qa/nlp.py must give exactly what the slow paths give."""
import re

import pytest

from ehcp_qa import nlp
from ehcp_qa.checks.provision import _DURATION, _FREQ, _ROLE, _WHAT

TEXTS = [
    "A Teaching Assistant trained in ELKLAN will deliver 3 x 30 minutes WEEKLY in a group of 4.",
    "Zoë will see the Speech and Language Therapist twice termly for 45 mins.",  # cased non-ASCII
    "Sessions: daily, 15 mins, 1:1 with the SENCo – reviewed half-termly.",
    "The KELVIN sign \u212a and long s \u017f: IGNORECASE matches them, lower() does not.",
]


@pytest.mark.parametrize("rx", [_FREQ, _ROLE, _WHAT, _DURATION])
@pytest.mark.parametrize("text", TEXTS)
def test_folded_twin_same_spans(rx, text):
    folded = nlp.Folded(rx)
    assert folded.twin is not None
    got = [m.span() for m in folded.finditer(text, nlp.fold_text(text))]
    assert got == [m.span() for m in rx.finditer(text)]


def test_fold_text_refuses_other_cased_letters():
    assert nlp.fold_text("Sam – 1:1 ‘daily’") == "sam – 1:1 ‘daily’"
    assert nlp.fold_text("Zoë") is None
    assert nlp.fold_text("\u017f") is None


def test_no_twin_when_lowering_is_not_exact():
    assert nlp.Folded(re.compile(r"[A-z]+", re.I)).twin is None
    assert nlp.Folded(re.compile(r"(?P<Who>x)", re.I)).twin is None
    assert nlp.Folded(re.compile(r"a(?-i:B)", re.I)).twin is None


def test_literal_prefix():
    assert nlp.literal_prefixes(re.compile(r"\bTBC\b", re.I)) == ("tbc",)
    assert nlp.literal_prefixes(re.compile(r"(?<![A-Za-z0-9])X{2,}")) == ("XX",)
    assert nlp.literal_prefixes(re.compile(r"\binsert\s+name", re.I)) == ("insert",)
    assert nlp.literal_prefixes(re.compile(r"(?:a|bd?)c")) == ("a", "b")
    assert nlp.literal_prefixes(re.compile(r"(?:a|b*)c")) is None
    assert nlp.literal_prefixes(re.compile(r"\b(?:would|might)\b", re.I)) == ("might", "would")
    a = nlp.Anchored(re.compile(r"\bTBC\b", re.I))
    assert a.may_match("Tbc later", nlp.fold_text("Tbc later")) and not a.may_match("none", "none")


def _spacy_spans(text):
    """sentence_spans without its fast path."""
    doc = nlp.get_nlp()(text)
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        if out and (text[s].islower() or text[s] in ",;)"):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@pytest.mark.parametrize("text", [
    "Sam will read daily.", "  Sam will read daily.  ", "No stop at all", "Wow!!  ", "Done. .",
    "Done.  .", "First. Second one.", "Use e.g. phonics. Then more", "end.Next", "Really?)",
    "\u00a0Sam reads.\u00a0",
])
def test_sentence_fast_path_matches_spacy(text):
    assert nlp.sentence_spans(text) == _spacy_spans(text)
