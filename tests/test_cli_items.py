"""`ehcp-qa check-items` and `ehcp-qa rules list`."""
import json

from typer.testing import CliRunner

import ehcp_qa.cli.items  # noqa: F401  (registers check-items until cli/__init__ imports it)
from ehcp_qa.cli import app

runner = CliRunner()


def test_check_items_from_stdin_skips_blank_lines():
    res = runner.invoke(app, ["check-items", "--section", "E", "--no-models", "-"],
                        input="By July 2027 Ava will read 40 words independently.\n\nAva will receive speech therapy.\n")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["smart"] for r in rows] == [True, False]
    assert rows[1]["provision_as_outcome"] is True


def test_check_items_from_file(tmp_path):
    p = tmp_path / "items.txt"
    p.write_text("Staff will provide support as needed.\nTalk Boost 1:1 with a TA trained in Talk Boost, daily for 15 minutes.\n")
    res = runner.invoke(app, ["check-items", "--section", "F", str(p), "--no-models"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["specific"] for r in rows] == [False, True]
    assert "as needed" in rows[0]["vague"]
    assert {f["rule_id"] for f in rows[0]["findings"]} >= {"specificity.missing-who", "specificity.vague-provision"}


def test_check_items_says_whether_each_statement_is_an_item_and_takes_field_blocks():
    # a row of column titles and a nil statement are not provision, so they get no verdict and no
    # specificity finding; the four field lines are one provision item (what, how often, who, group)
    text = ("Provision | Who | How often\n\nProvision: Talk Boost language group\nFrequency: 3 x 30 minutes weekly\n"
            "Delivered by: a teaching assistant trained in Talk Boost\nGroup size: 4\n\nNone.\n")
    res = runner.invoke(app, ["check-items", "--section", "F", "--no-models", "-"], input=text)
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["item"], r["role"]) for r in rows] == [(False, "column_titles"), (True, None), (False, "nil")]
    assert rows[1]["text"].count("\n") == 3 and rows[1]["specific"] is True
    assert rows[0]["specific"] is None and not [f for f in rows[0]["findings"] if f["dimension"] == "specificity"]


def test_sections_items_shows_what_was_judged(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("Section E: Outcomes\nCommunication\nBy July 2027 Sam will ask for help in 4 of 5 lessons.\n"
                 "Section F: Special educational provision\nThe school will provide the following:\n"
                 "Talk Boost 3 x weekly for 30 minutes with a TA trained in Talk Boost, group of 4.\n"
                 "Section G: Health provision\nNone.\n")
    res = runner.invoke(app, ["sections", str(p), "--items", "--format", "json"])
    assert res.exit_code == 0, res.output
    items = json.loads(res.stdout)[0]["items"]
    assert [(i["section"], i["kind"], i["role"]) for i in items] == [
        ("E", "non_item", "heading"), ("E", "outcome", None), ("F", "non_item", "framing"),
        ("F", "provision", None), ("G", "non_item", "nil")]
    table = runner.invoke(app, ["sections", str(p), "--items"]).stdout
    assert "not an item: framing" in table and "Talk Boost 3 x weekly" in table


def test_check_items_errors_exit_2_with_one_line(tmp_path):
    res = runner.invoke(app, ["check-items", "--section", "Q", "-"], input="x\n")
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1
    res = runner.invoke(app, ["check-items", "--section", "F", str(tmp_path / "none.txt")])
    assert res.exit_code == 2 and "file not found" in res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: nope\n")
    res = runner.invoke(app, ["check-items", "--section", "F", "--rules", str(bad), "-"], input="x\n")
    assert res.exit_code == 2 and "bad.yaml" in res.output


def test_check_items_follows_the_council_config(tmp_path):
    (tmp_path / "council.yaml").write_text("disable: [specificity.vague-provision]\n")
    cfg = tmp_path / "ehcp-qa.toml"
    cfg.write_text('rules = ["council.yaml"]\nmodels = false\n')
    args = ["check-items", "--section", "F", "-"]
    item = "Staff will provide support as needed.\n"
    plain = [json.loads(line) for line in runner.invoke(app, [*args, "--no-models"], input=item).stdout.splitlines()]
    res = runner.invoke(app, [*args, "--config", str(cfg)], input=item)
    assert res.exit_code == 0, res.output
    council = [json.loads(line) for line in res.stdout.splitlines()]
    assert "specificity.vague-provision" in {f["rule_id"] for f in plain[0]["findings"]}
    assert "specificity.vague-provision" not in {f["rule_id"] for f in council[0]["findings"]}
    assert council[0]["source"] == plain[0]["source"]  # models = false, as --no-models
    res = runner.invoke(app, [*args, "--config", str(tmp_path / "none.toml")], input=item)
    assert res.exit_code == 2 and "config file not found" in res.output


def test_rules_list_shows_every_rule_and_council_changes(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("disable: [specificity.group-size]\n")
    res = runner.invoke(app, ["rules", "list", "--rules", str(p)])
    assert res.exit_code == 0, res.output
    assert "completeness.missing-section" in res.output
    line = next(row for row in res.output.splitlines() if "specificity.group-size" in row)
    assert "no" in line.split("│")[-2]
