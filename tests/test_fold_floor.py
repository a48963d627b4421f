"""Leave-one-author-out folds choose their confidence floor as scripts/select_model.py chooses the
shipped one: the best worse-class F1 over out-of-fold lines, here of the training authors only.
Before, a fold ran at the default 0.5 while the shipped model used its chosen floor, so the left-out
figures measured a tool nobody ships."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402


def test_the_floor_keeps_the_errors_the_model_is_sure_of():
    # (label fine?, rules say fine?, model's probability fine): the rules call three items bad; the
    # model is sure (0.9) of one bad item and unsure (0.4 / 0.35 bad) of two good ones. A floor above
    # 0.4 turns the unsure errors into suggestions and keeps the sure one: every floor from 0.5 to 0.9
    # is perfect, and the lowest of equals is chosen (a suggestion costs less trust than an error)
    ps = [(False, False, 0.1), (True, False, 0.6), (True, False, 0.65), (True, True, 0.9), (True, True, 0.8)]
    scores = evaluate.floor_scores(ps, gaps=False)
    assert scores["0.3"] < 1.0 and scores["0.5"] == 1.0
    assert evaluate.choose_floor(ps, gaps=False) == 0.5


def test_no_model_no_floor():
    assert evaluate.choose_floor([(True, True, None)], gaps=False) is None


def test_a_folds_floor_is_written_to_its_manifest(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"models": {"provision": {"file": "p.skops"}}}))
    evaluate.set_fold_floors(tmp_path, {"provision": 0.7, "outcome": 0.3})
    man = json.loads((tmp_path / "manifest.json").read_text())
    assert man["models"] == {"provision": {"file": "p.skops", "floor": 0.7}}  # no model, no floor


def test_a_fold_never_chooses_its_floor_on_the_author_it_measures():
    # the floor a fold uses is chosen on the other authors' out-of-fold lines (outer_evidence)
    oof = {a: {"provision": [(True, True, i)], "outcome": [(False, False, i)]} for i, a in enumerate("abc")}
    assert evaluate.outer_evidence("b", oof) == {"provision": [(True, True, 0), (True, True, 2)],
                                                 "outcome": [(False, False, 0), (False, False, 2)]}


def test_nested_floor_evidence_comes_from_models_that_never_saw_the_held_out_author(tmp_path):
    # --nested: each training author b is judged by an inner fold trained on the authors but b and the
    # held-out one. Outer evidence leaks: the fold that judged b was trained with the held-out author.
    rows = {a: [{"author": a}] for a in ("a", "b", "c", "d")}
    trained, judged = [], []

    def train(b, inner, out_dir):
        assert "a" not in inner
        trained.append((b, sorted(x for x in inner if x != b)))
        (out_dir / "spans").mkdir(parents=True)
        return out_dir

    def judge(b, inner, model_dir):
        judged.append(b)
        return {"provision": [(True, True, b)], "outcome": []}

    ev = evaluate.nested_evidence("a", rows, tmp_path, train=train, judge=judge)
    assert trained == [("b", ["c", "d"]), ("c", ["b", "d"]), ("d", ["b", "c"])]
    assert judged == ["b", "c", "d"] and ev == {"provision": [(True, True, x) for x in "bcd"], "outcome": []}
    assert not list(tmp_path.iterdir())  # the inner folds' models are removed once used
