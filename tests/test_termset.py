"""TermSet.search: the earliest match of any lexicon term, and of terms matching at the same place
the first listed (a caller's list order is its preference). search() finds the place with one
trie-shaped regex and resolves the term there; `_search_terms` is the term-by-term reference it
must agree with."""
from ehcp_qa.checks.areas import TermSet


def _found(ts: TermSet, text: str):
    m = ts.search(text)
    return m and (m.start(), m.group(0))


def _agrees(ts: TermSet, text: str) -> None:
    ref = ts._search_terms(text)
    assert _found(ts, text) == (ref and (ref.start(), ref.group(0)))


def test_earliest_match_wins_over_list_order():
    ts = TermSet(("teacher", "mum"))
    # "mum" comes first in the text, though "teacher" is listed first
    assert _found(ts, "Her mum and her teacher met.") == (4, "mum")


def test_at_the_same_place_the_first_listed_term_wins():
    # both match at 4; the list says which the caller prefers (not the longest)
    assert _found(TermSet(("speech", "speech and language therapist")), "The speech and language therapist") == (4, "speech")
    assert _found(TermSet(("speech and language therapist", "speech")), "The speech and language therapist") == \
        (4, "speech and language therapist")


def test_whole_words_only_and_spaces_stretch():
    ts = TermSet(("ta", "key worker"))
    assert _found(ts, "that is not a stake") is None  # "ta" inside words is no match
    assert _found(ts, "her key\n worker and TA") == (4, "key\n worker")  # a term's space is any run of spaces


def test_acronyms_are_case_sensitive_and_prefix_terms_take_endings():
    ts = TermSet(("OT", "therap*"))
    assert _found(ts, "an ot session") is None  # "ot" is not "OT"
    assert _found(ts, "the OT and therapists") == (4, "OT")
    assert _found(ts, "the therapists") == (4, "therapists")


def test_agrees_with_the_term_by_term_search():
    ts = TermSet(("Dr", "dr.", "(parent)", "ta", "tas*", "OT", "SaLT", "mum", "mum's friend", "key worker"))
    for text in ["Dr. Smith", "dr.Jones", "a (parent) said", "tasks for the TA", "SALT and SaLT", "Mum's friend",
                 "x_ta ta_x ta", "key  worker", "İstanbul, Mum", "Café: Mum and the OT", "ſalt and SaLT", "nothing here", "", "OTTER OT"]:
        _agrees(ts, text)


def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def test_finditer_by_trie_agrees_with_the_alternation():
    """finditer() finds where terms start with the trie finders and tries only the terms that start
    with the letter there; it must give exactly what the pattern of the terms a text holds gives:
    the longest term where several match ("speech and language therapist", not "speech"), whole
    words, acronyms by case, a term's space any run of spaces, matches not overlapping. Texts with
    a character that case-folds oddly (İ, ı, ſ, the Kelvin sign) take the alternation itself."""
    ts = TermSet(("speech", "speech and language therapist", "Dr", "dr.", "(parent)", "ta", "OT", "SaLT", "mum",
                  "mum's friend", "key worker", "mother", "grandmother"))
    assert ts._scan
    for text in ["Dr. Smith and the speech and language therapist", "dr.Jones", "a (parent) said", "tasks for the TA",
                 "SALT and SaLT", "Mum's friend", "x_ta ta_x ta", "key  worker\nkey\tworker", "İstanbul, Mum",
                 "Café: Mum and the OT", "ſalt and SaLT, mum", "mum\x00mum\x00 grandmother's mother", "nothing here",
                 "", "OTTER OT", "speech speech and language", "MUM MuM mUm", "Ta-ta, TA."]:
        pat = ts.pattern_for(text)
        assert _spans(ts.finditer(text)) == (_spans(pat.finditer(text)) if pat else []), text


def test_prefix_terms_keep_the_alternation():
    # two terms of one length matching at one place can end apart when one takes endings
    assert not TermSet(("ta", "tas*"))._scan
