"""Speed tricks in the checks must find exactly what the plain paths find."""
import json
import re
from pathlib import Path


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


def test_role_found_by_its_head_noun():
    # "worker" heads a role whatever words come before it (an open notion of a provider)
    a = P.analyse_provision(MADE_UP[0], P.lexicon_for(None))
    assert a.slot_text("who").endswith("family support worker")


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
