"""`ehcp-qa` command line. Data to stdout, progress and logs to stderr; exit 0 clean, 1 findings at
or above --fail-on, 2 tool or read error."""
import os
import sys

from . import check, compare, items, merge, rules_cmd, score, sections, train  # noqa: F401  (register commands)
from .app import EXIT_ERROR, app

DEBUG_ENV = "EHCP_QA_DEBUG"


def main() -> None:
    try:
        app()
    except Exception as exc:  # noqa: BLE001
        # An unexpected error's message or traceback may quote plan text: show only its type,
        # unless the user asks for the traceback.
        if os.environ.get(DEBUG_ENV):
            raise
        sys.stderr.write(f"ehcp-qa: internal error ({type(exc).__name__}); "
                         f"set {DEBUG_ENV}=1 to see the traceback (it may quote plan text)\n")
        sys.exit(EXIT_ERROR)
