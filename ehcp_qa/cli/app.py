"""The Typer app object. Command modules register on it; cli/__init__.py imports them all."""
import typer

# show_locals=False: a traceback's locals would print plan text.
app = typer.Typer(
    name="ehcp-qa",
    help="Quality-assure EHC plans: find sections, check provision and outcomes, suggest a rating.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
