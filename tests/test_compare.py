"""compare.py: loading score output and moderation CSVs, matching, agreement statistics."""
from __future__ import annotations

import csv
import json
import warnings

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from ehcp_qa.compare import (
    GRADES,
    CompareError,
    agreement,
    compare,
    compare_files,
    consensus,
    kappa_from_confusion,
    load_auto,
    load_human,
)
from ehcp_qa.model import Rating

O, G, RI, I = GRADES
SCORE_COLUMNS = ["file", "sha256", "status", "error", "rating", "score", "completeness", "specificity",
                 "measurability", "health_care", "golden_thread", "voice", "language", "errors", "warnings",
                 "suggestions", "top_findings", "name", "plan_date", "tool_version", "rubric_version"]


def score_csv(path, rows):
    """Write `ehcp-qa score` CSV: rows are dicts with at least file and rating (or status error)."""
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SCORE_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({"status": "ok", "tool_version": "0.1.0", "rubric_version": "1", **r})
    return path


def human_csv(path, header, rows):
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def pairs(human, tool, **kw):
    return agreement(human, tool, bootstrap=kw.pop("bootstrap", 200), seed=0, **kw)


# --- statistics ------------------------------------------------------------------------------


def test_kappa_matches_sklearn_on_random_pairs():
    rng = np.random.default_rng(42)
    for trial in range(60):
        n = int(rng.integers(2, 80))
        h = rng.integers(0, 4, n)
        # half the trials correlated (realistic), half independent; some trials miss a grade entirely
        t = np.clip(h + rng.integers(-1, 2, n), 0, 3) if trial % 2 else rng.integers(0, 4, n)
        if trial % 5 == 0:
            t = np.where(t == 0, 1, t)
        r = pairs([GRADES[i] for i in h], [GRADES[i] for i in t], bootstrap=0)
        for weights, key in ((None, "kappa"), ("quadratic", "qwk")):
            expected = cohen_kappa_score(h, t, labels=[0, 1, 2, 3], weights=weights)
            assert r[key]["value"] == pytest.approx(expected, rel=1e-9, abs=1e-12), (trial, weights)


def test_bootstrap_stack_kappa_equals_single_matrix_kappa():
    rng = np.random.default_rng(7)
    stack = rng.integers(0, 9, size=(20, 4, 4))
    for weights in (None, "quadratic"):
        batch = kappa_from_confusion(stack, weights)
        for b in range(len(stack)):
            assert batch[b] == pytest.approx(kappa_from_confusion(stack[b], weights))


def test_exact_adjacent_confusion_orientation():
    r = pairs([G, G, RI, I, O], [G, RI, RI, G, O])
    assert r["n"] == 5
    assert r["exact"]["value"] == pytest.approx(3 / 5)
    assert r["adjacent"]["value"] == pytest.approx(4 / 5)  # inadequate vs good is two grades apart
    m = r["confusion"]["matrix"]
    assert r["confusion"]["rows"] == "human" and r["confusion"]["labels"][0] == "outstanding"
    assert m[1][2] == 1  # human good, tool RI
    assert m[3][1] == 1  # human inadequate, tool good
    assert sum(map(sum, m)) == 5


def test_bootstrap_is_seeded_and_brackets_the_value():
    rng = np.random.default_rng(3)
    h = [GRADES[i] for i in rng.integers(0, 4, 40)]
    t = [GRADES[i] for i in rng.integers(0, 4, 40)]
    a = agreement(h, t, bootstrap=300, seed=5)
    assert a == agreement(h, t, bootstrap=300, seed=5)
    assert a != agreement(h, t, bootstrap=300, seed=6)
    for key in ("exact", "adjacent", "qwk", "bias"):
        assert a[key]["low"] <= a[key]["value"] <= a[key]["high"]


def test_one_grade_only_gives_null_kappa_with_reason_and_no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = pairs([G] * 6, [G] * 6)
    assert r["exact"]["value"] == 1.0
    for key in ("kappa", "qwk"):
        assert r[key]["value"] is None and r[key]["low"] is None
        assert "same grade" in r[key]["reason"]
    json.dumps(r)  # JSON-ready: no NaN


def test_panel_using_one_grade_gets_a_note_not_a_crash():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = pairs([G] * 6, [G, RI, G, O, G, G])
    assert r["kappa"]["value"] == pytest.approx(cohen_kappa_score([1] * 6, [1, 2, 1, 0, 1, 1]))
    assert "only one grade" in r["kappa"]["note"]


def test_no_pairs_at_all():
    r = pairs([], [])
    assert r["n"] == 0 and r["kappa"]["value"] is None and r["kappa"]["reason"]


def test_bias_sentence_only_when_interval_excludes_zero():
    harsh = pairs([G] * 8 + [RI] * 8, [RI] * 8 + [I] * 8)  # tool always one grade lower
    assert harsh["bias"]["value"] == -1.0
    assert "harsher than the panel by 1.00 grades" in harsh["bias"]["sentence"]
    lenient = pairs([RI] * 12, [G] * 10 + [RI] * 2)
    assert "more lenient" in lenient["bias"]["sentence"]
    mixed = pairs([G, RI] * 8, [RI, G] * 8)
    assert mixed["bias"]["low"] < 0 < mixed["bias"]["high"]
    assert mixed["bias"]["sentence"].startswith("No consistent bias")
    few = pairs([G] * 3, [RI] * 3)
    assert few["bias"]["sentence"].startswith("Too few plans")


def test_consensus_is_median_lower_on_ties():
    assert consensus([G, RI, RI]) == RI
    assert consensus([O, G, I]) == G
    assert consensus([G, RI]) == RI  # even count: the more cautious middle grade
    assert consensus([O]) == O


# --- loading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling, grade",
    [("Outstanding", O), ("good", G), ("RI", RI), ("Requires Improvement", RI), ("requires_improvement", RI),
     ("Inadequate", I), ("1", O), ("2", G), ("3", RI), ("4", I)],
)
def test_grade_spellings(tmp_path, spelling, grade):
    rows = load_human(human_csv(tmp_path / "g.csv", ["file", "grade"], [["a.docx", spelling]]))
    assert rows[0].grade == grade


def test_unknown_grade_names_the_row(tmp_path):
    path = human_csv(tmp_path / "g.csv", ["file", "grade"], [["a.docx", "Good"], ["b.docx", "RI"], ["c.docx", "Satisfactory"]])
    with pytest.raises(CompareError) as exc:
        load_human(path)
    msg = str(exc.value)
    assert "row 4" in msg and "c.docx" in msg and "Outstanding" in msg


def test_unknown_section_grade_names_row_and_column(tmp_path):
    path = human_csv(tmp_path / "g.csv", ["file", "grade", "Section F"], [["a.docx", "Good", "5"]])
    with pytest.raises(CompareError, match=r"row 2 \(a.docx\), column section f"):
        load_human(path)


def test_missing_columns_are_named(tmp_path):
    with pytest.raises(CompareError, match="grade"):
        load_human(human_csv(tmp_path / "g.csv", ["file", "rating"], [["a.docx", "Good"]]))
    with pytest.raises(CompareError, match="plan_id"):
        load_human(human_csv(tmp_path / "g.csv", ["name", "grade"], [["a", "Good"]]))
    with pytest.raises(CompareError, match="not found"):
        load_human(tmp_path / "nope.csv")


def test_auto_csv_and_jsonl_load_alike(tmp_path):
    score_csv(tmp_path / "s.csv", [
        {"file": "x/a.docx", "sha256": "AA", "rating": "good", "score": "7.5", "specificity": "6",
         "top_findings": "specificity.vague-provision;measurability.not-time-bound", "name": "Child Name"},
        {"file": "x/b.pdf", "status": "error", "error": "encrypted"},
    ])
    jl = tmp_path / "s.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in [
        {"file": "x/a.docx", "sha256": "aa", "status": "ok", "error": None, "rating": "good", "score": 7.5,
         "criterion_scores": {"specificity": 6},
         "reasons": [{"criterion": "specificity", "text": "2 of 5 provision items lack a frequency", "findings": [1]}],
         "findings": [{"rule_id": "measurability.not-time-bound", "severity": "warning", "text": "PLAN TEXT"},
                      {"rule_id": "specificity.vague-provision", "severity": "error", "text": "PLAN TEXT"}]},
        {"file": "x/b.pdf", "status": "error", "error": "encrypted"},
    ]) + "\n")
    for path in (tmp_path / "s.csv", jl):
        a, b = load_auto(path)
        assert (a.file, a.sha256, a.status, a.rating, a.score) == ("x/a.docx", "aa", "ok", Rating.GOOD, 7.5)
        assert a.criterion_scores["specificity"] == 6
        assert a.top_findings == ["specificity.vague-provision", "measurability.not-time-bound"]
        assert (b.status, b.error, b.rating) == ("error", "encrypted", None)
    assert load_auto(jl)[0].reasons == ["specificity: 2 of 5 provision items lack a frequency"]


def test_folder_and_torn_jsonl_line(tmp_path):
    (tmp_path / "scores.jsonl").write_text(
        json.dumps({"file": "a.docx", "status": "ok", "rating": "good"}) + '\n{"file": "b.docx", "sta')
    notes: list[str] = []
    rows = load_auto(tmp_path, notes)
    assert [r.file for r in rows] == ["a.docx"]
    assert notes and "line 2" in notes[0]


def test_bad_tool_rating_names_row(tmp_path):
    path = score_csv(tmp_path / "s.csv", [{"file": "a.docx", "rating": "good"}, {"file": "b.docx", "rating": "great"}])
    with pytest.raises(CompareError, match=r"row 3 \(b.docx\)"):
        load_auto(path)


# --- matching and the whole comparison -------------------------------------------------------


def test_missing_plans_on_either_side_are_listed(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [
        {"file": "plans/A.docx", "rating": "good"},
        {"file": "plans/only-tool.docx", "rating": "inadequate"},
        {"file": "plans/broken.pdf", "status": "error", "error": "scanned"},
    ])
    human = human_csv(tmp_path / "g.csv", ["file", "grade"],
                      [["a.DOCX", "Good"], ["only-panel.docx", "RI"], ["broken.pdf", "Good"]])
    r = compare_files(auto, human, bootstrap=0)
    assert r["n"] == 1 and r["exact"]["value"] == 1.0
    assert r["only_auto"] == [{"file": "only-tool.docx", "rating": "inadequate"}]
    assert r["only_human"] == [{"plan": "only-panel.docx", "rows": [3], "grade": "requires_improvement"}]
    assert r["auto_errors"] == [{"file": "broken.pdf", "error": "scanned", "graded": True}]


def test_sha256_beats_name_and_plan_id_matches_stem(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [
        {"file": "north/renamed.docx", "sha256": "abc123", "rating": "good"},
        {"file": "south/Plan-007.pdf", "rating": "requires_improvement"},
    ])
    human = human_csv(tmp_path / "g.csv", ["file", "plan_id", "sha256", "grade"], [
        ["original.docx", "", "ABC123", "Good"],
        ["", "plan-007", "", "Inadequate"],
    ])
    r = compare_files(auto, human, bootstrap=0)
    assert r["n"] == 2 and not r["only_auto"] and not r["only_human"]
    assert r["disagreements"][0]["file"] == "Plan-007.pdf"


def test_several_moderators_median_ceiling_and_by_moderator(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [
        {"file": "a.docx", "rating": "good"},
        {"file": "b.docx", "rating": "good"},
        {"file": "c.docx", "rating": "inadequate"},
    ])
    human = human_csv(tmp_path / "g.csv", ["file", "grade", "moderator"], [
        ["a.docx", "Good", "Ann"], ["a.docx", "RI", "Bob"], ["a.docx", "RI", "Cat"],  # median RI
        ["b.docx", "Good", "Ann"], ["b.docx", "Outstanding", "Bob"],  # even: lower middle = good
        ["c.docx", "Inadequate", "Ann"],
    ])
    r = compare_files(auto, human, bootstrap=100)
    assert r["n"] == 3
    assert r["exact"]["value"] == pytest.approx(2 / 3)  # a: tool good vs consensus RI
    ceiling = r["human_ceiling"]
    assert ceiling["plans"] == 2 and ceiling["pairs"] == 4  # 3 pairs on a, 1 on b
    assert ceiling["exact"]["value"] == pytest.approx(1 / 4)  # only Bob-Cat on a agree
    assert sum(map(sum, ceiling["confusion"]["matrix"])) == 8  # each pair counted both ways
    assert ceiling["tool_vs_moderators"]["n"] == 5
    assert set(r["by_moderator"]) == {"Ann", "Bob", "Cat"}
    assert r["by_moderator"]["Ann"]["n"] == 3 and r["by_moderator"]["Ann"]["exact"]["value"] == 1.0
    assert r["by_moderator"]["Cat"]["exact"]["value"] == 0.0


def test_same_moderator_twice_counts_once(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [{"file": "a.docx", "rating": "good"}])
    human = human_csv(tmp_path / "g.csv", ["file", "grade", "moderator", "date"], [
        ["a.docx", "Good", "Ann", "01/03/2025"], ["a.docx", "RI", "Ann", "2025-02-01"]])
    r = compare_files(auto, human, bootstrap=0)
    assert r["exact"]["value"] == 1.0  # the later (by date) grade, Good, is used
    assert r["human_ceiling"]["pairs"] == 0
    assert any("twice" in w for w in r["warnings"])


def test_per_quadrant_breakdown(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [{"file": f"{q}{i}.docx", "rating": t}
                                          for q, grades in (("n", ["good", "good", "requires_improvement"]),
                                                            ("s", ["inadequate", "good"]))
                                          for i, t in enumerate(grades)])
    human = human_csv(tmp_path / "g.csv", ["file", "grade", "quadrant"], [
        ["n0.docx", "Good", "North"], ["n1.docx", "Good", "North"], ["n2.docx", "RI", "North"],
        ["s0.docx", "Good", "South"], ["s1.docx", "Good", "South"],
    ])
    r = compare_files(auto, human, bootstrap=100)
    assert list(r["by_quadrant"]) == ["North", "South"]
    north, south = r["by_quadrant"]["North"], r["by_quadrant"]["South"]
    assert north["n"] == 3 and north["exact"]["value"] == 1.0 and north["kappa"]["value"] == pytest.approx(1.0)
    assert south["n"] == 2 and south["exact"]["value"] == 0.5 and south["adjacent"]["value"] == 0.5
    assert south["confusion"]["matrix"][1] == [0, 1, 0, 1]
    assert south["bias"]["value"] == -1.0


def test_disagreements_largest_gap_first_with_explanations(tmp_path):
    auto = tmp_path / "s.jsonl"
    auto.write_text("\n".join(json.dumps(r) for r in [
        {"file": "small.docx", "status": "ok", "rating": "requires_improvement", "score": 5.5},
        {"file": "big.docx", "status": "ok", "rating": "inadequate", "score": 2.0,
         "criterion_scores": {"completeness": 2.0},
         "reasons": [{"criterion": "limiting", "text": "section J is missing", "findings": [0]}],
         "findings": [{"rule_id": "completeness.missing-section", "severity": "error", "text": "Section J secret"}]},
        {"file": "same.docx", "status": "ok", "rating": "good", "score": 7.0},
    ]) + "\n")
    human = human_csv(tmp_path / "g.csv", ["file", "grade", "quadrant", "moderator"], [
        ["small.docx", "Good", "West", "Ann"], ["big.docx", "Outstanding", "East", "Bob"], ["same.docx", "Good", "West", "Ann"]])
    r = compare_files(auto, human, bootstrap=0)
    dis = r["disagreements"]
    assert [d["file"] for d in dis] == ["big.docx", "small.docx"]
    big = dis[0]
    assert big["gap"] == -3 and big["human"] == "outstanding" and big["tool"] == "inadequate"
    assert big["top_findings"] == ["completeness.missing-section"]
    assert big["reasons"] == ["limiting: section J is missing"]
    assert big["quadrant"] == "East" and big["moderators"] == ["Bob"]
    assert big["criterion_scores"]["completeness"] == 2.0
    assert "secret" not in json.dumps(r)  # a finding's matched text is plan text: never copied


def test_child_names_from_score_csv_never_reach_the_result(tmp_path):
    auto = score_csv(tmp_path / "s.csv", [{"file": "a.docx", "rating": "good", "name": "Zebedee Quill"}])
    human = human_csv(tmp_path / "g.csv", ["file", "grade"], [["a.docx", "RI"]])
    assert "Zebedee" not in json.dumps(compare_files(auto, human, bootstrap=10))


def test_compare_rejects_negative_bootstrap():
    with pytest.raises(CompareError):
        compare([], [], bootstrap=-1)


def test_reads_what_the_score_writers_write(tmp_path):
    """Contract check against the batch writers themselves (report/csv_out.py, report/jsonl.py)."""
    from ehcp_qa.report.csv_out import write_csv
    from ehcp_qa.report.jsonl import write_rows

    rows = [
        {"file": "plans/a.docx", "sha256": "ab" * 32, "status": "ok", "error": None, "rating": "good", "score": 7.2,
         "criterion_scores": {"completeness": 9.0, "specificity": 6.5}, "counts": {"error": 0, "warning": 2, "suggestion": 1},
         "meta": {"name": "Child Name"}, "reasons": [{"criterion": "specificity", "text": "vague items", "findings": [0]}],
         "findings": [{"rule_id": "specificity.vague-provision", "severity": "warning", "text": "x"}]},
        {"file": "plans/b.pdf", "sha256": None, "status": "error", "error": "encrypted"},
    ]
    with (tmp_path / "scores.csv").open("w", newline="") as fh:
        write_csv(fh, rows)
    with (tmp_path / "scores.jsonl").open("w") as fh:
        write_rows(fh, rows)
    for name in ("scores.csv", "scores.jsonl"):
        a, b = load_auto(tmp_path / name)
        assert (a.rating, a.score, a.sha256, a.criterion_scores["specificity"]) == (Rating.GOOD, 7.2, "ab" * 32, 6.5)
        assert a.top_findings == ["specificity.vague-provision"]
        assert (b.status, b.error) == ("error", "encrypted")
