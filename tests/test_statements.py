"""The labelled statements match the shared contract, are deterministic, and split by family."""
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STMT = ROOT / "corpus" / "statements"
SLOTS = {"what", "who", "frequency", "duration", "group", "review"}


def _rows(name):
    return [json.loads(line) for line in (STMT / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def prov():
    return _rows("provision.jsonl")


@pytest.fixture(scope="module")
def outs():
    return _rows("outcomes.jsonl")


def test_provision_shape_and_size(prov):
    assert len(prov) >= 1500 + 50
    ids = set()
    for r in prov:
        assert set(r) == {"id", "text", "split", "specific", "slots", "source"}
        assert r["id"].startswith("p") and r["id"] not in ids
        ids.add(r["id"])
        assert r["split"] in {"train", "dev", "test"} and isinstance(r["specific"], bool)
        assert set(r["slots"]) == SLOTS
        for v in r["slots"].values():  # every slot span is verbatim text of its item
            assert v is None or (isinstance(v, str) and v in r["text"])


def test_outcome_shape_and_smart_is_the_conjunction(outs):
    assert len(outs) >= 1000 + 50
    for r in outs:
        assert set(r) == {"id", "text", "split", "smart", "specific", "measurable", "time_bound",
                          "provision_as_outcome", "aspiration_only", "source"}
        want = (r["specific"] and r["measurable"] and r["time_bound"]
                and not r["provision_as_outcome"] and not r["aspiration_only"])
        assert r["smart"] == want


def test_hand_cases_present_and_split(prov, outs):
    hand = [r for r in prov + outs if r["source"] == "hand"]
    assert len(hand) >= 150 + 60
    assert {r["split"] for r in hand} == {"train", "dev", "test"}


@pytest.mark.parametrize("name", ["provision.jsonl", "outcomes.jsonl"])
def test_split_is_by_family_and_about_three_to_one(name):
    rows = _rows(name)
    splits = defaultdict(set)
    for r in rows:
        if r["source"] != "hand":
            splits[r["source"].split(":")[1]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values()), "a generator family sits in two splits"
    assert all(s == {"dev"} for f, s in splits.items() if f.startswith("dev-"))
    train_test = [r for r in rows if r["split"] != "dev"]
    test_share = sum(r["split"] == "test" for r in train_test) / len(train_test)
    assert 0.18 <= test_share <= 0.35
    assert 300 <= sum(r["split"] == "dev" for r in rows)
    texts = [r["text"].lower() for r in rows]
    assert len(texts) == len(set(texts))


def test_both_labels_in_both_splits(prov, outs):
    for rows, lab in ((prov, "specific"), (outs, "smart")):
        for split in ("train", "dev", "test"):
            vals = [r[lab] for r in rows if r["split"] == split]
            assert 0.25 < sum(vals) / len(vals) < 0.75


def test_generator_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_statements.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("provision.jsonl", "outcomes.jsonl"):
        assert (tmp_path / name).read_bytes() == (STMT / name).read_bytes()


def test_known_labels_by_construction(prov):
    by_text = {r["text"]: r for r in prov}
    assert by_text["SALT | 3 x 30 min weekly | HCPC SLT"]["specific"] is True
    hedged = [r for r in prov if r["source"] != "hand" and ("where possible" in r["text"] or "e.g." in r["text"])]
    assert hedged and not any(r["specific"] for r in hedged)


def test_dev_rows_come_after_train_and_test(prov, outs):
    """Dev rows are appended, so adding them left every train/test row (and id) as it was."""
    for rows in (prov, outs):
        splits = [r["split"] for r in rows]
        first_dev = splits.index("dev")
        assert "dev" not in splits[:first_dev] and set(splits[first_dev:]) == {"dev"}


def test_dev_words_are_new():
    sys.path.insert(0, str(ROOT / "scripts"))
    from statementgen import banks as B, dev_banks as D
    from statementgen.outcomes import BANKS

    def entries(bank):
        return {e[0] if isinstance(e, tuple) else e for e in bank}

    for name in ("WHAT_GENERIC", "WHAT_VAGUE", "WHO_BARE", "FREQ", "FREQ_VAGUE", "FREQ_HEDGED", "DURATION",
                 "DURATION_HEDGED", "GROUP", "GROUP_UNSIZED", "GROUP_HEDGED", "REVIEW", "HEDGE_SUFFIX",
                 "HEDGE_WHAT_PREFIX", "HEDGE_WHAT_SUFFIX", "HEDGE_MODAL", "NAMES"):
        old, dev = getattr(B, name), getattr(D, name)
        assert dev[1] and not entries(dev[1]) & (entries(old[0]) | entries(old[1])), name
    for k in ("F", "G", "H"):
        assert not set(D.WHAT[k][1]) & set(B.WHAT[k][0] + B.WHAT[k][1])
        assert not set(D.WHO[k][1]) & set(B.WHO[k][0] + B.WHO[k][1])
    for name, extra in D.OUTCOME_EXTRA.items():
        old = BANKS[name]
        old = set(old) if name == "NO_SUBJECT" else set(old[0]) | set(old[1])
        assert not set(extra) & old, name
