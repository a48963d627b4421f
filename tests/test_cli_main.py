"""The console entry point: an unexpected error never prints its message or a traceback (either could
quote plan text) unless EHCP_QA_DEBUG is set."""
import pytest

from ehcp_qa import api, cli

SECRET = "Amira's seizures last four minutes"


@pytest.fixture
def boom(monkeypatch, tmp_path):
    def load(path, limits=None):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(api, "load_plan", load)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("Section A\n")
    monkeypatch.setattr("sys.argv", ["ehcp-qa", "sections", "plan.txt"])


def test_unexpected_error_is_one_line_without_plan_text(boom, monkeypatch, capsys):
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert SECRET not in err and "Traceback" not in err
    assert err.strip() == f"ehcp-qa: internal error (RuntimeError); set {cli.DEBUG_ENV}=1 to see the traceback (it may quote plan text)"


def test_debug_env_shows_the_real_error(boom, monkeypatch):
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    with pytest.raises(RuntimeError, match="seizures"):
        cli.main()


def test_version_prints_the_package_version_and_exits_0():
    from typer.testing import CliRunner

    from ehcp_qa import __version__

    r = CliRunner().invoke(cli.app, ["--version"])
    assert r.exit_code == 0 and r.output == f"ehcp-qa {__version__}\n"
