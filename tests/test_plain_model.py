"""The plain-array form of the shipped model (ehcp_qa/ml/plain.py) gives exactly the probabilities of
the scikit-learn model it was derived from, and is used only while it matches the skops files."""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from ehcp_qa.ml import io as mlio
from ehcp_qa.ml.combine import predict
from ehcp_qa.checks.engine import rule_verdicts
from ehcp_qa.ml.features import feature_rows, logit, rule_matrix
from ehcp_qa.ml.plain import export_arrays, read_plain

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = ROOT / "corpus" / "statements"


def _texts() -> list[str]:
    texts = []
    for name in ("provision.jsonl", "outcomes.jsonl"):
        texts += [json.loads(line)["text"] for line in (STATEMENTS / name).open(encoding="utf-8")]
    rng = random.Random(16)
    words = " ".join(texts).split()
    # made-up statements: shuffled words, repeats (sublinear tf), accents, nothing in the vocabulary
    texts += [" ".join(rng.sample(words, rng.randint(1, 40))) for _ in range(1500)]
    texts += [" ".join([rng.choice(words)] * rng.randint(2, 9)) for _ in range(100)]
    texts += ["Zoë's ÉCOLE programme, 3×10 mins — daily", "", "   ", "zzzz qqqq", "a", "OT OT OT weekly weekly"]
    return texts


@pytest.fixture(scope="module")
def both():
    mlio._load.cache_clear()
    skl = mlio.load_models(plain=False)
    plain = mlio.load_models()
    if not skl:
        pytest.skip("no models shipped")
    return skl, plain


def test_shipped_models_load_plain_without_sklearn_arrays_from_the_skops_files(both):
    skl, plain = both
    for kind, m in plain.items():
        assert m.plain, f"{kind}: the plain form should ship beside the skops file"
        assert m.version == skl[kind].version
        # the shipped arrays are exactly what the skops model gives today
        entry = mlio.read_manifest()["models"][kind]
        shipped = read_plain(mlio.MODEL_DIR / entry["plain_file"])
        fresh = export_arrays(skl[kind].pipeline, skl[kind].combiner)
        for key, arr in fresh.items():
            assert np.array_equal(shipped[key], arr), key


def test_plain_probabilities_equal_predict_proba_exactly(both):
    skl, plain = both
    texts = _texts()
    assert len(texts) > 3000
    for kind in skl:
        sec = "E" if kind == "outcome" else "F"
        verdicts = rule_verdicts(sec, texts)
        x = feature_rows(kind, texts, verdicts)
        s, p = skl[kind], plain[kind]
        expected = s.pipeline.predict_proba(x)  # scikit-learn's own, no fast path
        expected = np.column_stack([o[:, 1] for o in expected]) if isinstance(expected, list) else expected[:, 1:2]
        got = p.pipeline.text_probas(x)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)
        if s.combiner is not None:
            z = np.hstack([rule_matrix(kind, verdicts), logit(expected)])
            assert np.array_equal(p.combiner.predict_proba(z), s.combiner.predict_proba(z))
        fs, ps = predict(kind, texts, verdicts, s)
        fp, pp = predict(kind, texts, verdicts, p)
        assert np.array_equal(fs, fp) and np.array_equal(ps, pp)


def test_stale_or_tampered_plain_file_falls_back_to_skops(tmp_path, both):
    d = tmp_path / "m"
    shutil.copytree(mlio.MODEL_DIR, d)
    man = json.loads((d / "manifest.json").read_text())
    kind = next(iter(man["models"]))
    with open(d / man["models"][kind]["plain_file"], "ab") as fh:  # the file changed: sha256 differs
        fh.write(b"\0")
    mlio._load.cache_clear()
    assert not mlio.load_models(d)[kind].plain
    shutil.copyfile(mlio.MODEL_DIR / man["models"][kind]["plain_file"], d / man["models"][kind]["plain_file"])
    man["models"][kind]["sha256"] = "0" * 64  # derived from another skops file than the one named
    (d / "manifest.json").write_text(json.dumps(man))
    mlio._load.cache_clear()
    with pytest.raises(mlio.ConfigError):  # so the skops file is checked, and refused
        mlio.load_models(d)
    mlio._load.cache_clear()


def test_save_models_writes_a_matching_plain_file(tmp_path):
    from ehcp_qa.ml.models import build_combiner, build_text_model, slim

    texts = ["A speech therapist will deliver 30 minutes weekly.", "Support as needed.",
             "Daily phonics for 10 minutes with a trained teaching assistant.", "Help where possible."] * 5
    y = np.array([True, False, True, False] * 5)
    v = rule_verdicts("F", texts)
    x = feature_rows("provision", texts, v)
    text = slim(build_text_model(C=1.0, char_ngrams=None).fit(x, y.reshape(-1, 1)))
    from ehcp_qa.ml.models import text_probas

    comb = build_combiner(1.0).fit(np.hstack([rule_matrix("provision", v), logit(text_probas(text, x))]), y)
    mlio.save_models({"provision": {"pipeline": text, "combiner": comb, "target": "specific", "strategy": "stack",
                                    "threshold": 0.5, "margin": 0.0}}, {"model_version": "t"}, tmp_path)
    mlio._load.cache_clear()
    plain, skl = mlio.load_models(tmp_path)["provision"], mlio.load_models(tmp_path, plain=False)["provision"]
    mlio._load.cache_clear()
    assert plain.plain and not skl.plain
    assert np.array_equal(predict("provision", texts, v, plain)[1], predict("provision", texts, v, skl)[1])
