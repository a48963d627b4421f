"""ehcp_qa.patterns runs the spaCy Matcher patterns of resources/items.yaml,
resources/patterns/outcomes.yaml and resources/patterns/needs.yaml without importing spaCy
(a one-file check must start fast: tests/test_startup.py). These tests hold it to spaCy itself:
the patterns are valid spaCy patterns, the runner finds exactly spaCy's matches on the same tokens,
and with each side's own tokenizer the roles found agree on every labelled line of the authored
corpus (lines written by other hands, not tuned to the tokenizer)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

spacy = pytest.importorskip("spacy")
from spacy.matcher import Matcher  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from ehcp_qa.items import _strip_lead, lexicon  # noqa: E402
from ehcp_qa.nlp import PATTERNS_DIR  # noqa: E402
from ehcp_qa.patterns import compile_pattern, matches, tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def both():
    nlp = spacy.blank("en")
    m = Matcher(nlp.vocab, validate=True)  # validate: a pattern spaCy would refuse fails here
    ours = []
    for role, entries in lexicon().patterns.items():
        for i, e in enumerate(entries):
            key = f"{role}:{i}"
            m.add(key, [e["pattern"]])
            ours.append((key, compile_pattern(e["pattern"])))
    # the outcome wording patterns (resources/patterns/outcomes.yaml) run on the same runner
    outcome_data = yaml.safe_load((PATTERNS_DIR / "outcomes.yaml").read_text(encoding="utf-8"))
    for label, entries in outcome_data["labels"].items():
        for i, e in enumerate(entries):
            key = f"outcome-{label}:{i}"
            m.add(key, [e["pattern"]])
            ours.append((key, compile_pattern(e["pattern"])))
    for i, pat in enumerate(outcome_data["not_provision_object"]):
        m.add(f"outcome-not_provision_object:{i}", [pat])
        ours.append((f"outcome-not_provision_object:{i}", compile_pattern(pat)))
    # and the need patterns of the golden thread (resources/patterns/needs.yaml)
    need_data = yaml.safe_load((PATTERNS_DIR / "needs.yaml").read_text(encoding="utf-8"))
    for i, pat in enumerate(need_data["denied_need"]):
        m.add(f"denied_need:{i}", [pat])
        ours.append((f"denied_need:{i}", compile_pattern(pat)))
    return nlp, m, ours


def _spacy(nlp, m, doc):
    return {(nlp.vocab.strings[i], s, e) for i, s, e in m(doc)}


def _ours(ours, tokens):
    return {(k, s, e) for k, p in ours for s, e in matches(p, tokens)}


HAND = [
    "None.", "N/A", "Not applicable.", "No health provision is required.",
    "Esme does not currently receive any provision under section 2 of the CSDPA.",
    "Agreed by Mrs Helen Burrows, SENDCo, on ____________", "The school will provide the following:",
    "See Section G.", "[Insert outcome]", "Top-up funding: Band 3, £6,000 per annum",
    "A teaching assistant will deliver the programme 3 x 30 minutes weekly, 1:1, reviewed termly.",
    "These outcomes were agreed at the annual review on 4 June 2026.",
]


def _corpus_lines():
    sys.path.insert(0, str(ROOT / "scripts"))
    import authored

    return [r["text"] for rows in authored.all_rows().values() for r in rows]


def test_runner_gives_spacys_matches_on_the_same_tokens(both):
    nlp, m, ours = both
    for text in HAND + _corpus_lines():
        tokens = tokenize(_strip_lead(text)[:400])
        assert _ours(ours, tokens) == _spacy(nlp, m, Doc(nlp.vocab, words=tokens)), text[:60]


def test_roles_agree_with_spacys_own_tokenizer_on_the_authored_corpus(both):
    nlp, m, ours = both
    lines = HAND + _corpus_lines()
    differ = [t for t in lines
              if {k.split(":")[0] for k, _, _ in _ours(ours, tokenize(_strip_lead(t)[:400]))}
              != {k.split(":")[0] for k, _, _ in _spacy(nlp, m, nlp.tokenizer(_strip_lead(t)[:400]))}]
    assert len(differ) <= len(lines) // 500, differ[:5]  # at most 1 line in 500


def test_tokenizer_splits_as_spacy_does_where_patterns_look():
    # hyphens and slashes between letters split, numbers with separators kept, "'s" split
    assert tokenize("day-to-day 1:1 £2,400 Poppy's N/A.") == \
        ["day", "-", "to", "-", "day", "1:1", "£", "2,400", "Poppy", "'s", "N", "/", "A."]
