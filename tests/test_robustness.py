"""The situations a council's shared drive throws at a batch (issue 15), each on small files built
here: odd file names, lock and hidden files, empty input, outputs that cannot be written, a second
run into the same folder, bulk PDFs holding several plans, and shareable output that really holds
no name, date of birth or quoted text."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from ehcp_qa import api, errors
from ehcp_qa.batch import BatchOptions, find_plans, run_batch
from ehcp_qa.cli import app

from conftest import PLAN_ITEMS, _make_pdf
from test_batch import FakePipeline, write_plan

runner = CliRunner()
EXE = Path(sys.executable).with_name("ehcp-qa")
NOT_UTF8 = os.fsdecode(b"Caf\xe9 plan.txt")  # a Latin-1 name from an old share: not valid UTF-8


def fake_run(paths, **kw):
    kw.setdefault("workers", 1)
    kw.setdefault("timeout", 20)
    return run_batch([str(p) for p in paths], kw.pop("opts", BatchOptions()), factory=FakePipeline, **kw)


# --- file names, lock files, hidden files -------------------------------------------------------


def test_lock_and_hidden_files_are_skipped_and_counted(tmp_path):
    write_plan(tmp_path / "a.txt")
    write_plan(tmp_path / "sub" / "b.txt")
    (tmp_path / "~$a.docx").write_bytes(b"\x0bowner name")  # Word's lock file beside an open draft
    (tmp_path / "sub" / "~$b.docx").write_bytes(b"\x0bowner")
    (tmp_path / ".c.txt").write_text("hidden")
    (tmp_path / ".Trash").mkdir()
    (tmp_path / ".Trash" / "d.docx").write_text("x")
    (tmp_path / "notes.xlsx").write_text("not a plan type: neither scored nor counted")
    found = find_plans([str(tmp_path), str(tmp_path / "~$a.docx"), str(tmp_path / "sub" / "*.docx")])
    assert [Path(f).name for f in found.files] == ["a.txt", "b.txt"]
    assert found.skipped == {"lock": 4, "hidden": 2}


def test_a_hidden_file_named_outright_is_scored(tmp_path):
    f = write_plan(tmp_path / ".draft.txt")
    assert find_plans([str(f)]).files == [str(f)]


def test_a_name_that_is_not_utf8_is_an_escaped_error_row_and_the_batch_goes_on(tmp_path):
    good = write_plan(tmp_path / "good.txt")
    bad = tmp_path / NOT_UTF8
    bad.write_bytes(good.read_bytes())
    out = tmp_path / "out"
    res = fake_run([tmp_path], out_dir=out)
    rows = {r["file"]: r for r in res.rows}
    assert set(rows) == {str(good), str(tmp_path / "Caf\\xe9 plan.txt")}
    assert rows[str(good)]["status"] == "ok"
    assert rows[str(tmp_path / "Caf\\xe9 plan.txt")]["error"] == "bad_name"
    text = (out / "scores.jsonl").read_text(encoding="utf-8")  # written, and valid UTF-8
    assert text.count("\n") == 2 and "Caf\\\\xe9" in text


def test_check_shows_a_non_utf8_name_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / NOT_UTF8).write_text("no plan here\n")
    r = runner.invoke(app, ["check", NOT_UTF8])
    assert r.exit_code == 2 and "Caf\\xe9 plan.txt" in r.stderr and "internal" not in r.stderr


# --- empty input, output folders ---------------------------------------------------------------


@pytest.fixture
def no_batch(monkeypatch, tmp_path):
    """`score` up to the batch, which is replaced by the fake pipeline's (fast, no spaCy)."""
    import ehcp_qa.batch as batch

    real = batch.run_batch
    monkeypatch.setattr(batch, "run_batch", lambda paths, opts, **kw: real(paths, opts, factory=FakePipeline,
                                                                           **kw))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_empty_input_is_no_plans_found_exit_2(no_batch):
    (no_batch / "empty").mkdir()
    r = runner.invoke(app, ["score", "empty"])
    assert r.exit_code == 2 and r.stderr.strip() == (
        "ehcp-qa: no plans found in empty; expected .docx, .pdf, .txt or .md files")
    (no_batch / "locks").mkdir()
    (no_batch / "locks" / "~$plan.docx").write_bytes(b"x")
    r = runner.invoke(app, ["score", "locks", "nothing-*.docx"])
    assert r.exit_code == 2 and "no plans found" in r.stderr and "skipped 1 Word lock file" in r.stderr


def test_summary_counts_what_was_skipped(no_batch):
    write_plan(no_batch / "in" / "a.txt")
    (no_batch / "in" / "~$a.docx").write_bytes(b"x")
    (no_batch / "in" / ".b.txt").write_text("x")
    r = runner.invoke(app, ["score", "in", "--workers", "1", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stderr.strip().endswith("skipped 1 Word lock file, 1 hidden file")
    assert r.stdout.count("\n") == 2  # header + a.txt


def test_an_existing_run_is_refused_unless_resume_or_overwrite(no_batch):
    write_plan(no_batch / "in" / "a.txt")
    args = ["score", "in", "--out", "run1", "--workers", "1", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    first = (no_batch / "run1" / "scores.jsonl").read_bytes()
    write_plan(no_batch / "in" / "b.txt", name="Ben Carter")
    r = runner.invoke(app, args)
    assert r.exit_code == 2 and "run1 already holds a run" in r.stderr and "--resume" in r.stderr
    assert "--overwrite" in r.stderr and (no_batch / "run1" / "scores.jsonl").read_bytes() == first
    r = runner.invoke(app, [*args, "--resume", "--overwrite"])
    assert r.exit_code == 2 and "give one of them" in r.stderr
    r = runner.invoke(app, [*args, "--resume"])
    assert r.exit_code == 0 and "1 resumed" in r.stderr
    (no_batch / "run1" / "report.html").write_text("an old report")
    r = runner.invoke(app, [*args, "--overwrite"])
    assert r.exit_code == 0 and (no_batch / "run1" / "scores.jsonl").read_text().count("\n") == 2
    assert not (no_batch / "run1" / "report.html").exists()  # nothing of the old run is left
    r = runner.invoke(app, ["score", "in", "--overwrite"])
    assert r.exit_code == 2 and "--overwrite needs --out" in r.stderr


def test_an_unwritable_out_names_the_out_path_exit_2(no_batch):
    write_plan(no_batch / "in" / "a.txt")
    (no_batch / "afile").write_text("x")
    for out, why in (("afile", "it is a file, not a folder"), ("afile/run", "afile is a file, not a folder")):
        r = runner.invoke(app, ["score", "in", "--out", out])
        assert r.exit_code == 2
        assert r.stderr.strip() == f"ehcp-qa: {out}: cannot write output ({why})"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only folder")
def test_a_read_only_out_folder_names_the_folder(no_batch):
    write_plan(no_batch / "in" / "a.txt")
    ro = no_batch / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    r = runner.invoke(app, ["score", "in", "--out", "ro/run"])
    assert r.exit_code == 2 and r.stderr.strip() == "ehcp-qa: ro/run: cannot write output (permission denied)"


def test_annotate_into_an_unwritable_place_blames_the_output_not_the_draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    d = docx.Document()
    d.add_paragraph("Name: Sam Okafor")
    d.save("draft.docx")
    Path("afile").write_text("x")
    r = runner.invoke(app, ["check", "draft.docx", "--annotate", "afile/draft-qa.docx"])
    assert r.exit_code == 2
    assert r.stderr.strip() == "ehcp-qa: afile/draft-qa.docx: cannot write output (afile is a file, not a folder)"


def test_a_non_html_run_leaves_no_fragments_folder(tmp_path):
    f = write_plan(tmp_path / "a.txt")
    fake_run([f], out_dir=tmp_path / "o")
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["scores.jsonl"]
    fake_run([f], out_dir=tmp_path / "h", opts=BatchOptions(fragments=True))
    assert not (tmp_path / "h" / "fragments").exists()  # removed once the run is complete


# --- bulk PDFs -------------------------------------------------------------------------------------

CHILDREN = [("Sam Smith", "01/05/2013", 1), ("Ben Carter", "02/06/2014", 3), ("Amira Khan", "03/07/2012", 2)]


def plan_items(name: str, dob: str, extra: int) -> list:
    first = name.split()[0]
    out = []
    for kind, text in PLAN_ITEMS:
        text = text.replace("Sam Smith", name).replace("01/05/2013", dob).replace("Sam", first)
        out.append((kind, text))
        if text.startswith("Section B"):  # plans of different lengths, as real ones are
            out += [("p", f"{first} finds reading hard and reads {20 + i} common words.") for i in range(extra * 6)]
    return out


def bulk_items(children=CHILDREN, cover=True) -> list:
    items: list = []
    for i, (name, dob, extra) in enumerate(children):
        if i:
            items.append(("pagebreak", None))
        plan = plan_items(name, dob, extra)
        items += plan if cover else [x for x in plan if not x[1].startswith(("Name:", "Date of birth"))]
    return items


@pytest.fixture(scope="module")
def bulk_pdf(tmp_path_factory):
    return _make_pdf(tmp_path_factory.mktemp("bulk") / "bulk.pdf", bulk_items())


def test_a_bulk_pdf_splits_into_one_plan_per_child_with_page_ranges(bulk_pdf):
    plans = api.load_plans(bulk_pdf)
    assert [p.meta.name for p, _ in plans] == ["Sam Smith", "Ben Carter", "Amira Khan"]
    assert [p.meta.dob for p, _ in plans] == ["2013-05-01", "2014-06-02", "2012-07-03"]
    assert [p.source for p, _ in plans] == [f"{bulk_pdf}#{i}" for i in (1, 2, 3)]
    parts = [part for _, part in plans]
    assert [(x.index, x.of) for x in parts] == [(1, 3), (2, 3), (3, 3)]
    from ehcp_qa.parsers import read_blocks

    assert parts[0].first_page == 1 and parts[-1].last_page == read_blocks(bulk_pdf).pages
    assert all(a.last_page + 1 == b.first_page for a, b in zip(parts, parts[1:]))  # every page, once
    for (plan, _), (name, _, _) in zip(plans, CHILDREN):
        others = {n.split()[0] for n, _, _ in CHILDREN} - {name.split()[0]}
        assert not any(o in plan.text for o in others)  # no child's text in another's plan
        assert len(plan.sections) >= 10


def test_check_refuses_a_bulk_pdf_naming_the_plans_and_pages(bulk_pdf):
    with pytest.raises(errors.MultiplePlans) as e:
        api.load_plan(bulk_pdf)
    assert e.value.code == "multiple_plans" and "3 plans, pages 1-" in str(e.value)
    assert "Sam" not in str(e.value) and "Ben" not in str(e.value)


def test_sections_starting_again_without_a_cover_is_a_multiple_plans_error(tmp_path):
    pdf = _make_pdf(tmp_path / "two.pdf", bulk_items(CHILDREN[:2], cover=False))
    with pytest.raises(errors.MultiplePlans, match="could not be split with certainty") as e:
        api.load_plans(pdf)
    assert "Sam" not in str(e.value)


def test_ordinary_plans_are_never_split(tmp_path):
    from conftest import _make_docx

    with_contents = [PLAN_ITEMS[0], *[("p", f"Section {k}") for k in "ABCDEFG"], *PLAN_ITEMS[1:]]
    files = [_make_pdf(tmp_path / "one.pdf", plan_items("Sam Smith", "01/05/2013", 4)),
             _make_docx(tmp_path / "contents.docx", with_contents),
             *sorted((Path(__file__).parent.parent / "corpus" / "samples").glob("*.*[fx]"))]
    for f in files:
        plans = api.load_plans(f)
        assert len(plans) == 1 and plans[0][1] is None, f.name


def test_score_gives_each_plan_of_a_bulk_pdf_its_own_row(bulk_pdf, tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([str(EXE), "score", str(bulk_pdf), "--out", str(out), "--workers", "1", "--quiet",
                        "--no-models"], capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    assert "1 files (3 plans)" in r.stderr
    rows = [json.loads(x) for x in (out / "scores.jsonl").read_text().splitlines()]
    assert [x["file"] for x in rows] == [f"{bulk_pdf}#{i}" for i in (1, 2, 3)]
    assert [x["meta"]["name"] for x in rows] == ["Sam Smith", "Ben Carter", "Amira Khan"]
    assert [x["part"]["index"] for x in rows] == [1, 2, 3] and rows[0]["part"]["pages"].startswith("1-")
    csv_lines = (out / "scores.csv").read_text().splitlines()
    assert csv_lines[0].endswith(",pages") and csv_lines[1].endswith("," + rows[0]["part"]["pages"])
    # resume puts the three rows back together and does no work
    r = subprocess.run([str(EXE), "score", str(bulk_pdf), "--out", str(out), "--resume", "--quiet", "--no-models"],
                       capture_output=True, text=True, timeout=240)
    assert "1 resumed" in r.stderr and (out / "scores.jsonl").read_text().count("\n") == 3


# --- shareable output ------------------------------------------------------------------------------

DOB_FORMS = ("01/05/2013", "1 May 2013", "2013-05-01")


def shareable_plan(path: Path) -> Path:
    lines = ["Education, Health and Care Plan", "Name: Zebedee Okafor", "Date of birth: 01/05/2013",
             "Date of plan: 12 March 2026"]
    body = {"A": "Zebedee was born on 1 May 2013. I like trains and I want to drive one.",
            "B": "Zebedee has difficulty with reading and needs regular support.",
            "C": "No identified health needs.", "D": "No identified social care needs.",
            "E": "Zebedee will make progress in reading.",
            "F": "Zebedee will have access to speech therapy as needed.", "G": "None.", "H1": "None.",
            "H2": "None.", "I": "Hill Primary School.", "J": "None requested.",
            "K": "Educational psychologist advice dated 3 February 2026."}
    for k, text in body.items():
        lines += [f"Section {k}", text]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def shareable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return shareable_plan(tmp_path / "Zebedee_Okafor_EHCP.txt")


def _clean(text: str) -> None:
    assert "zebedee" not in text.lower() and "okafor" not in text.lower()
    for d in DOB_FORMS:
        assert d not in text


def test_check_hide_text_leaves_no_name_dob_or_quote_in_json_or_table(shareable):
    r = runner.invoke(app, ["check", shareable.name, "--format", "json", "--hide-text", "--no-models",
                            "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    _clean(r.stdout)
    assert d["meta"]["name"] == "[CHILD]" and d["meta"]["dob"] is None
    assert d["findings"] and all(f["text"] is None for f in d["findings"])
    assert "regular" not in r.stdout and "as needed" not in r.stdout  # no quoted plan text
    r = runner.invoke(app, ["check", shareable.name, "--hide-text", "--no-models", "--fail-on", "never"])
    assert r.exit_code == 0
    _clean(r.stdout)


def test_check_redact_keeps_quotes_but_not_the_name(shareable):
    r = runner.invoke(app, ["check", shareable.name, "--format", "json", "--redact", "--no-models",
                            "--fail-on", "never"])
    d = json.loads(r.stdout)
    _clean(r.stdout)
    assert any(f["text"] for f in d["findings"]) and "[CHILD]" in r.stdout


@pytest.mark.slow
def test_score_redact_leaves_no_name_or_dob_in_any_output(tmp_path):
    shareable_plan(tmp_path / "in" / "Zebedee_Okafor_EHCP.txt") if (tmp_path / "in").mkdir() is None else None
    out = tmp_path / "out"
    r = subprocess.run([str(EXE), "score", str(tmp_path / "in"), "--out", str(out), "--format", "html", "--redact",
                        "--quiet", "--no-models", "--workers", "1"], capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "scores.csv", "scores.jsonl"]
    for p in out.iterdir():
        _clean(p.read_text())
    _clean(r.stderr)
    assert "[DOB]" in (out / "report.html").read_text()  # the date in section A's own text


def test_a_permission_error_on_out_names_the_out_path(no_batch, monkeypatch):
    import tempfile

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    write_plan(no_batch / "in" / "a.txt")
    monkeypatch.setattr(tempfile, "TemporaryFile", denied)  # as a read-only share behaves, even for root
    r = runner.invoke(app, ["score", "in", "--out", "ro/run"])
    assert r.exit_code == 2 and r.stderr.strip() == "ehcp-qa: ro/run: cannot write output (permission denied)"


def test_sections_shows_a_non_utf8_name_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shareable_plan(tmp_path / NOT_UTF8)
    r = runner.invoke(app, ["sections", NOT_UTF8, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)[0]["file"] == "Caf\\xe9 plan.txt"
