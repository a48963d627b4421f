"""Speed tricks in the checks must find exactly what the plain patterns find."""
import json
import re
from pathlib import Path

import pytest

from ehcp_qa import nlp
from ehcp_qa.checks import provision as P

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "statements" / "provision.jsonl"
MADE_UP = [
    "A family support worker will visit fortnightly; the attendance officer will phone weekly.",
    "An early-help key worker and a youth officer will meet him each Monday.",
    "The Virtual School Head and a Qualified Teacher of the Deaf will advise termly.",
    "Zoë's OFFICER-led group: daily, 15 mins, with a Play Worker.",
    "A teaching assistant trained in Precision Teaching will deliver 3 x 10 minutes daily.",
]


def _texts() -> list[str]:
    texts = list(MADE_UP)
    if CORPUS.exists():
        texts += [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    return texts


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


def test_possessive_catch_alls_match_like_greedy_ones():
    greedy = re.compile(P._ROLE.pattern.replace("[\\w-]++", "[\\w-]+"), P._ROLE.flags)
    assert greedy.pattern != P._ROLE.pattern
    for text in _texts():
        assert _spans(P._ROLE, text) == _spans(greedy, text)


def test_roles_without_catch_alls_same_when_their_words_are_absent():
    checked = 0
    for text in _texts():
        low = nlp.fold_text(text)
        if low is None or "worker" in low or "officer" in low:
            continue
        checked += 1
        assert _spans(P._ROLE_NAMED, text) == _spans(P._ROLE, text)
        assert [m.span() for m in P._ROLE_NAMED_F.finditer(text, low)] == _spans(P._ROLE, text)
    assert checked >= 4


def test_catch_alls_still_found_when_present():
    a = P.analyse_provision(MADE_UP[0], P.lexicon_for(None))
    assert a.slot_text("who").endswith("family support worker")


@pytest.mark.parametrize("text", MADE_UP)
def test_analysis_same_on_folded_and_unfoldable_text(text):
    # a trailing cased non-ASCII letter makes fold_text refuse: the slow path must agree
    lex = P.lexicon_for(None)
    fast, slow = P.analyse_provision(text, lex), P.analyse_provision(text + " É", lex)
    assert fast.slots == slow.slots and fast.group_mentioned == slow.group_mentioned


def test_placeholder_block_gate():
    from ehcp_qa.checks.drafting import _placeholder_literals, _placeholder_patterns

    for skip in (False, True):
        lits = _placeholder_literals(skip)
        assert lits is not None  # every placeholder pattern opens with a literal
        pats = _placeholder_patterns(skip)
        assert set(lits[0]) | set(lits[1]) == {p for a in pats for p in a.prefixes}


def test_name_token_with_moved_look_behind_matches_the_plain_form():
    from ehcp_qa.checks.drafting import _NAME_TOKEN

    plain = re.compile(r"(?<![\w'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w])")
    texts = _texts() + ["Sam", "'Sam", "xSam", "Sam's mum Ali-Khan met O'Neil and McDonald.", "A Bb"]
    for text in texts:
        assert [m.span(1) for m in _NAME_TOKEN.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
