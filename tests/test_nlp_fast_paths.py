"""nlp.py: the fast paths must give exactly what the slow paths give, and the slot matcher's word
classes and patterns must read quantities as a caseworker does."""
import re

import pytest

from ehcp_qa import nlp


def test_fold_text_refuses_other_cased_letters():
    assert nlp.fold_text("Sam – 1:1 ‘daily’") == "sam – 1:1 ‘daily’"
    assert nlp.fold_text("Zoë") is None
    assert nlp.fold_text("\u017f") is None


def test_literal_prefix():
    # read from the pattern text alone: a text holding none of these cannot match
    assert nlp.literal_prefixes(re.compile(r"\bTBC\b", re.I)) == ("TBC",)
    assert nlp.literal_prefixes(re.compile(r"(?<![A-Za-z0-9])X{2,}")) == ("XX",)
    assert nlp.literal_prefixes(re.compile(r"\binsert\s+name", re.I)) == ("insert",)
    assert nlp.literal_prefixes(re.compile(r"(?:a|bd?)c")) == ("a", "b")
    assert nlp.literal_prefixes(re.compile(r"(?:a|b*)c")) is None  # "c" alone matches: no prefix
    assert nlp.literal_prefixes(re.compile(r"\b(?:would|might)\b", re.I)) == ("might", "would")
    assert nlp.literal_prefixes(re.compile(r"\bT\.B\.C\.?")) == ("T.B.C",)  # the optional "." is not required
    a = nlp.Anchored(re.compile(r"\bTBC\b", re.I))
    assert a.may_match("Tbc later", nlp.fold_text("Tbc later")) and not a.may_match("none", "none")


def test_no_private_re_api():
    """issue 13: no CPython-private regex internals anywhere in the package."""
    from pathlib import Path

    root = Path(nlp.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "re._parser" not in text and "re._compiler" not in text and "sre_parse" not in text, path


def _slots(text):
    m = nlp.match_slots(text)
    return {label: [text[a:b] for a, b in m.chars(label)] for label in m.spans}


def test_word_classes():
    # a class per word, so one pattern says "every #PERIOD" for every period noun
    assert nlp.word_class("weeks") == "#PERIOD" and nlp.word_class("Wednesday") == "#WEEKDAY"
    assert nlp.word_class("3") == "#NUM" and nlp.word_class("three") == "#NUM"
    assert nlp.word_class("2027") == "#YEAR" and nlp.word_class("11:30") == "#CLOCK"
    assert nlp.word_class("1:1") == "#RATIO" and nlp.word_class("4/5") == "#FRAC"
    assert nlp.word_class("SaLT") == "#ROLE_ABBR" == nlp.word_class("salt")  # abbreviations in any case
    assert nlp.word_class("may") is None  # the month is also the hedge: patterns name it where it is a date


def test_tokenizer_splits_numbers_from_units():
    # "3x30mins" is three tokens of quantity and a unit, as written out in words
    assert nlp.slot_doc("3x30mins").text == ["3", "x", "30", "mins"]
    assert nlp.slot_doc("x3 weekly").text == ["x", "3", "weekly"]
    assert nlp.slot_doc("9.30am-10.15am").text == ["9.30", "am", "-", "10.15", "am"]
    # a possessive is a token of its own, as in "Mia's key adult"
    assert nlp.slot_doc("Mia's key adult").text == ["Mia", "'s", "key", "adult"]


def test_matcher_finds_every_occurrence_then_the_longest():
    # PhraseMatcher semantics: "twice a week" inside "twice a week for 20 minutes" is one FREQ span
    m = nlp.match_slots("twice a week and once a term")
    assert [("twice a week and once a term"[a:b]) for a, b in m.chars("FREQ")] == ["twice a week", "once a term"]


def test_frequencies_in_general_language():
    # each of these says how often (issue 13's list): numbers in words, alternate days, events
    for text, want in [("on alternate Wednesdays", "on alternate Wednesdays"),
                       ("twice per half-term", "twice per half-term"),
                       ("in the first week of every term", "in the first week of every term"),
                       ("three mornings a week", "three mornings a week"),
                       ("at each change of lesson", "at each change of lesson"),
                       ("3 x 30 minutes weekly", "3 x 30 minutes weekly"),
                       ("x3 weekly", "x3 weekly")]:
        assert want in _slots(text).get("FREQ", []), text


def test_durations_groups_and_deadlines():
    assert "9.30am-10.15am" in _slots("9.30am-10.15am daily")["DUR"]  # a clock-time span is a length
    assert "for the whole of the lunch hour" in _slots("for the whole of the lunch hour")["DUR"]
    assert _slots("in a group of up to 3 pupils")["GROUP"] == ["group of up to 3 pupils"]  # a maximum is a size
    assert _slots("By the end of Key Stage 3 she will")["TIME"] == ["By the end of Key Stage 3"]
    assert "within 6 months" in _slots("within 6 months")["TIME"]


def test_pattern_notation_expands_choices_and_options():
    seqs = nlp._parse_pattern("(every|each) other? <p>", {"p": "(day|week)"})
    assert set(seqs) == {(a, *b, c) for a in ("every", "each") for b in ((), ("other",)) for c in ("day", "week")}


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


def _corpus_texts():
    from pathlib import Path
    import json

    root = Path(__file__).resolve().parent.parent / "corpus" / "statements"
    return [json.loads(line)["text"] for name in ("provision.jsonl", "outcomes.jsonl")
            for line in (root / name).open(encoding="utf-8")]
