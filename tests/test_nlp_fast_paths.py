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


@pytest.mark.parametrize("pattern, text", [
    (r"daily|weekly|week|termly|wed", "weekly week wed daily termly weeks"),
    (r"\b(?:ab|a|abc|b|[ab]x|ac|bd)\b", "ab a abc b ax bx ac bd abd"),  # a class splits the runs
    (r"(?:x|xy|)z", "z xz xyz xyyz"),
    (r"ab|a|\w+|ax|b", "ax ab a zz b"),  # "\w+" must stay between the two runs
    (r"(?<!\w)(?:on\s+(?:mon|tue)|twice|once|termly|one\s+to\s+one)\b", "once on mon twice one to one termly oncer"),
])
def test_first_char_trie_same_matches(pattern, text):
    rx = re.compile(pattern)
    trie = nlp.first_char_trie(rx)
    assert trie is not None
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_first_char_trie_leaves_case_folding_patterns_alone():
    assert nlp.first_char_trie(re.compile(r"ab|ac", re.I)) is None
    assert nlp.first_char_trie(re.compile(r"x(?i:ab|Ac|ad)")) is None
    assert nlp.first_char_trie(re.compile(r"ab|cd")) is None  # nothing to group


def _corpus_texts():
    from pathlib import Path
    import json

    root = Path(__file__).resolve().parent.parent / "corpus" / "statements"
    return [json.loads(line)["text"] for name in ("provision.jsonl", "outcomes.jsonl")
            for line in (root / name).open(encoding="utf-8")]


def test_every_check_twin_matches_its_plain_pattern_on_the_corpus():
    """Each Folded twin (lower-cased, regrouped) against the IGNORECASE pattern it stands for."""
    from ehcp_qa.checks import drafting, outcomes, provision
    from ehcp_qa.rules.load import load_rules

    lex = provision.lexicon_for(load_rules().get("specificity.vague-provision"))
    folded = [f for mod in (provision, outcomes, drafting) for f in vars(mod).values() if isinstance(f, nlp.Folded)]
    folded += [f for f in (lex.strong, lex.weak, *lex.patterns) if f is not None]
    assert sum(f.twin is not None and f.twin.pattern is None for f in folded) >= 10  # regrouped
    texts = [t for t in _corpus_texts() if nlp.fold_text(t) is not None]
    for f in folded:
        for t in texts:
            assert [m.span() for m in f.finditer(t, t.lower())] == [m.span() for m in f.rx.finditer(t)], f.rx.pattern[:60]


# --- sentences without spaCy (nlp._plain_sentence_starts) -----------------------------------------


def test_plain_sentence_data_is_spacys():
    """The two data sets the spaCy-free path relies on are the installed spaCy's own."""
    sentencizer = nlp.get_nlp().get_pipe("sentencizer")
    assert set(nlp.PUNCT_CHARS) == set(sentencizer.punct_chars)
    rules = nlp.get_nlp().tokenizer.rules
    assert nlp.ABBREVIATIONS == {k for k in rules if re.fullmatch(r"[A-Za-z0-9.]*[A-Za-z0-9][.!?]", k)}
    # no special case could glue a split-off mark back to a bracket or a word the path accepts
    assert not [k for k in rules if re.search(r"[A-Za-z0-9)][.!?]", k) and re.search(r"[)(/-]", k)]


@pytest.mark.parametrize("text", [
    "First. Second one.", "Hi there! Yes. etc. And Dr. Who.", "Use e.g. phonics. Then more",
    "Plan dated 19.06.2025. George attends (Year 4). Next", "H1. Social care", "Dr C. Hargreaves wrote.",
    "2.5 hours. Then 3. And x. Also aB. Then ABC. End", "Well-being. Mid-Jan. Next", "(Year 4)! Yes? No",
    '"I like it." "Me too." ', "done.  Next\n\nThen. ", "done.\tNext", "Group size: 2:1. Review: x",
    "end.Next", "Zoë. Ok", "word.) Next", "Sam (e.g. this). Then", "Ph.D. Next", "cats. (Next)",
])
def test_plain_sentences_match_spacy(text):
    starts = nlp._plain_sentence_starts(text)
    assert nlp.sentence_spans(text) == _spacy_spans(text)
    if starts is not None:  # the spaCy-free path decided: its spans are spaCy's
        spans = list(zip(starts, [*starts[1:], len(text)]))
        assert [(s, e) for s, e in _trim(text, spans)] == _trim(text, [(x.start_char, x.end_char)
                                                                     for x in nlp.get_nlp()(text).sents])


def _trim(text, spans):
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


@pytest.mark.slow
def test_plain_sentences_match_spacy_on_every_corpus_block():
    from pathlib import Path

    from ehcp_qa import api

    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = _corpus_texts()
    for p in sorted((root / "plans").glob("*")) + sorted((root / "samples").glob("*")):
        if p.suffix in (".docx", ".pdf"):
            try:
                texts += [b.text for b in api.load_plan(p).blocks]
            except Exception:  # noqa: BLE001 - a deliberately unreadable corpus file
                pass
    decided = 0
    for t in texts:
        if nlp._one_sentence().fullmatch(t):
            continue
        starts = nlp._plain_sentence_starts(t)
        if starts is None:
            continue
        decided += 1
        assert _trim(t, list(zip(starts, [*starts[1:], len(t)]))) == \
            _trim(t, [(s.start_char, s.end_char) for s in nlp.get_nlp()(t).sents]), t[:80]
    assert decided > 1500  # most multi-sentence blocks never need spaCy
