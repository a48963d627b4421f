import pytest

from ehcp_qa.config import load_config
from ehcp_qa.errors import ConfigError


def test_no_config_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config().source is None


def test_found_in_parent_and_paths_relative_to_file(tmp_path, monkeypatch):
    (tmp_path / "ehcp-qa.toml").write_text('rules = "ours.yaml"\nrubric = "r.yaml"\n[limits]\nmax_pages = 10\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    cfg = load_config()
    assert cfg.rules == (tmp_path / "ours.yaml",)
    assert cfg.rubric == tmp_path / "r.yaml"
    assert cfg.limits == {"max_pages": 10}


@pytest.mark.parametrize("text", ["colour = 1\n", "[limits]\nmax_pagez = 3\n", "rules = [\n"])
def test_bad_config_names_the_file(tmp_path, text):
    p = tmp_path / "ehcp-qa.toml"
    p.write_text(text)
    with pytest.raises(ConfigError, match="ehcp-qa.toml"):
        load_config(p)


def test_explicit_missing_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize("text, key, allowed", [
    ('workers = "two"\n', 'workers = "two"', "whole number"),
    ("workers = 0\n", "workers = 0", "whole number"),
    ("workers = true\n", "workers = true", "whole number"),
    ("timeout = -5\n", "timeout = -5", "seconds"),
    ('timeout = "fast"\n', 'timeout = "fast"', "seconds"),
    ('fail_on = "errors"\n', 'fail_on = "errors"', '"error", "warning", "suggestion", "never"'),
    ('models = "yes"\n', 'models = "yes"', "true or false"),
    ("rules = 5\n", "rules = 5", "file name"),
    ("rubric = [1]\n", "rubric = [1]", "file name"),
    ("limits = 3\n", "limits = 3", "[limits] table"),
    ("[limits]\nmax_pages = 0\n", "limits.max_pages = 0", "pages"),
    ('[limits]\nmax_mb = "big"\n', 'limits.max_mb = "big"', "megabytes"),
])
def test_a_bad_value_names_the_key_the_value_and_what_is_allowed(tmp_path, text, key, allowed):
    p = tmp_path / "ehcp-qa.toml"
    p.write_text(text)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    msg = str(e.value)
    assert "\n" not in msg and str(p) in msg and key in msg and allowed in msg


def test_good_values_pass(tmp_path):
    p = tmp_path / "ehcp-qa.toml"
    p.write_text('workers = 3\ntimeout = 30.5\nfail_on = "never"\nmodels = false\n[limits]\nmax_mb = 1.5\n')
    cfg = load_config(p)
    assert (cfg.workers, cfg.timeout, cfg.fail_on, cfg.models, cfg.limits) == (3, 30.5, "never", False, {"max_mb": 1.5})


@pytest.mark.parametrize("command", ["score", "check", "sections"])
def test_every_command_refuses_a_bad_config_with_exit_2_and_one_line(tmp_path, command):
    from typer.testing import CliRunner

    from ehcp_qa.cli import app

    cfg = tmp_path / "ehcp-qa.toml"
    cfg.write_text("timeout = -5\n")
    plan = tmp_path / "plan.txt"
    plan.write_text("Section A: hello\n")
    r = CliRunner().invoke(app, [command, str(plan), "--config", str(cfg)])
    assert r.exit_code == 2
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "timeout = -5" in lines[0] and "internal" not in lines[0]
