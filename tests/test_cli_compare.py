"""`ehcp-qa compare` on the command line: formats, --out files, exit codes."""
from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from ehcp_qa.cli import app

runner = CliRunner()


@pytest.fixture()
def inputs(tmp_path):
    auto = tmp_path / "scores.csv"
    with auto.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sha256", "status", "error", "rating", "score", "completeness", "specificity",
                    "measurability", "health_care", "golden_thread", "voice", "language", "errors", "warnings",
                    "suggestions", "top_findings", "name", "plan_date", "tool_version", "rubric_version"])
        for name, rating, top in (("a.docx", "good", ""), ("b.docx", "requires_improvement", "specificity.vague-provision"),
                                  ("c.pdf", "inadequate", "completeness.missing-section"), ("d.docx", "good", "")):
            w.writerow([f"plans/{name}", "", "ok", "", rating, "5", *["5"] * 7, 0, 1, 0, top, "", "", "0.1.0", "1"])
        w.writerow(["plans/e.pdf", "", "error", "encrypted", *[""] * 17])
    human = tmp_path / "grades.csv"
    human.write_text(
        "file,grade,quadrant,moderator\n"
        "a.docx,Good,North,Ann\nb.docx,Good,North,Ann\nc.pdf,1,South,Bob\nc.pdf,Inadequate,South,Ann\n"
        "missing.docx,RI,South,Bob\n"
    )
    return auto, human


def test_json_to_stdout(inputs):
    auto, human = inputs
    res = runner.invoke(app, ["compare", str(auto), str(human), "--format", "json", "--bootstrap", "50"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.stdout)
    for key in ("n", "exact", "adjacent", "kappa", "qwk", "confusion", "by_quadrant", "by_moderator",
                "human_ceiling", "bias", "only_auto", "only_human", "disagreements"):
        assert key in r
    assert r["n"] == 3
    assert [x["file"] for x in r["only_auto"]] == ["d.docx"]
    assert [x["plan"] for x in r["only_human"]] == ["missing.docx"]
    assert r["auto_errors"][0]["file"] == "e.pdf"
    assert r["bootstrap"] == {"resamples": 50, "seed": 0, "interval": "percentile 95%"}


def test_table_is_default(inputs):
    auto, human = inputs
    res = runner.invoke(app, ["compare", str(auto), str(human), "--bootstrap", "20"])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for text in ("exact agreement", "quadratic-weighted kappa", "Confusion matrix", "Inadequate", "By quadrant",
                 "missing.docx", "d.docx", "e.pdf"):
        assert text in out


def test_out_writes_json_plots_and_html(inputs, tmp_path):
    auto, human = inputs
    out = tmp_path / "panel"
    res = runner.invoke(app, ["compare", str(auto), str(human), "--out", str(out), "--bootstrap", "20", "--seed", "3"])
    assert res.exit_code == 0, res.output
    for name in ("compare.json", "confusion.png", "distribution.png", "quadrants.png", "report.html"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "confusion.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads((out / "compare.json").read_text())["bootstrap"]["seed"] == 3
    assert "<table" in (out / "report.html").read_text()


def test_seed_makes_intervals_repeat(inputs):
    auto, human = inputs
    args = ["compare", str(auto), str(human), "--format", "json", "--bootstrap", "100", "--seed", "9"]
    assert runner.invoke(app, args).stdout == runner.invoke(app, args).stdout


def test_html_to_stdout(inputs):
    auto, human = inputs
    res = runner.invoke(app, ["compare", str(auto), str(human), "--format", "html", "--bootstrap", "0"])
    assert res.exit_code == 0
    assert res.stdout.startswith("<!DOCTYPE html>")


def test_unknown_grade_exits_2_naming_the_row(inputs):
    auto, human = inputs
    human.write_text("file,grade\na.docx,Good\nb.docx,Meh\n")
    res = runner.invoke(app, ["compare", str(auto), str(human)])
    assert res.exit_code == 2
    assert "row 3" in res.stderr and "b.docx" in res.stderr
    assert res.stdout == ""


def test_missing_input_exits_2(inputs, tmp_path):
    auto, _ = inputs
    res = runner.invoke(app, ["compare", str(auto), str(tmp_path / "none.csv")])
    assert res.exit_code == 2 and "not found" in res.stderr
