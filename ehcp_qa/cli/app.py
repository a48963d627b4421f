"""The Typer app object. Command modules register on it; cli/__init__.py imports them all."""
from typing import Optional

import typer

from .. import __version__

# show_locals=False: a traceback's locals would print plan text.
app = typer.Typer(
    name="ehcp-qa",
    help="Quality-assure EHC plans: find sections, check provision and outcomes, suggest a rating.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ehcp-qa {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                           help="Show the version and exit."),
) -> None:
    """Quality-assure EHC plans: find sections, check provision and outcomes, suggest a rating."""
