"""`ehcp-qa sections`: table and JSON output, exit codes, limits options."""
import json

from typer.testing import CliRunner

from ehcp_qa.cli import app

runner = CliRunner()


def test_json_lists_sections_missing_and_meta(tmp_path, make_docx, plan_items):
    items = [x for x in plan_items if x[1] not in ("Section J: Personal budget", "No personal budget has been requested.")]
    p = make_docx(tmp_path / "plan.docx", items)
    r = runner.invoke(app, ["sections", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    [view] = json.loads(r.stdout)
    assert view["file"] == str(p)
    keys = [s["key"] for s in view["sections"]]
    assert keys == ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "K"]
    assert view["missing"] == ["J"]
    status = {s["key"]: s["status"] for s in view["sections"]}
    assert (status["B"], status["C"], status["D"], status["I"]) == ("content", "nil", "empty", "empty")
    b = view["sections"][1]
    assert set(b) == {"key", "title", "start", "end", "pages", "words", "status"}
    assert b["title"] == "Section B: Special educational needs" and b["words"] > 5 and b["end"] > b["start"]
    assert view["meta"] == {"name": "Sam Smith", "dob": "2013-05-01", "plan_date": "2026-03-12",
                            "status": "draft", "age": 12, "year_group": "Year 7"}


def test_pdf_pages_and_table(tmp_path, make_pdf, plan_items):
    p = make_pdf(tmp_path / "plan.pdf", plan_items[:16] + [("pagebreak", None)] + plan_items[16:])
    r = runner.invoke(app, ["sections", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    pages = {s["key"]: s["pages"] for s in json.loads(r.stdout)[0]["sections"]}
    assert pages["A"] == [1, 1] and pages["K"] == [2, 2]
    r = runner.invoke(app, ["sections", str(p)])
    assert r.exit_code == 0 and "│ K " in r.stdout and "│ H2 " in r.stdout and "Sam" in r.stdout


def test_unreadable_file_exit_2_others_still_reported(tmp_path, make_docx, plan_items):
    good = make_docx(tmp_path / "good.docx", plan_items)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    r = runner.invoke(app, ["sections", str(bad), str(good), "--format", "json"])
    assert r.exit_code == 2
    assert [v["file"] for v in json.loads(r.stdout)] == [str(good)]
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "bad.docx" in err[0]


def test_max_pages_and_max_mb(tmp_path, make_pdf, plan_items):
    p = make_pdf(tmp_path / "plan.pdf", plan_items[:16] + [("pagebreak", None)] + plan_items[16:])
    r = runner.invoke(app, ["sections", str(p), "--max-pages", "1"])
    assert r.exit_code == 2 and "plan.pdf" in r.stderr and "page" in r.stderr
    r = runner.invoke(app, ["sections", str(p), "--max-mb", "0.001"])
    assert r.exit_code == 2 and "size limit" in r.stderr


def test_config_limits_and_cli_override(tmp_path, make_pdf, plan_items, monkeypatch):
    p = make_pdf(tmp_path / "plan.pdf", plan_items[:16] + [("pagebreak", None)] + plan_items[16:])
    (tmp_path / "ehcp-qa.toml").write_text("[limits]\nmax_pages = 1\n")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["sections", str(p)]).exit_code == 2  # the file's limit applies
    assert runner.invoke(app, ["sections", str(p), "--max-pages", "5"]).exit_code == 0  # the option wins
