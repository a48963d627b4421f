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
