"""`ehcp-qa` command line. Data to stdout, progress and logs to stderr; exit 0 clean, 1 findings at
or above --fail-on, 2 tool or read error."""
from . import check, compare, items, rules_cmd, score, sections, train  # noqa: F401  (register commands)
from .app import app


def main() -> None:
    app()
