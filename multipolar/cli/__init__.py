"""The `multipolar` command: a thin layer over the Python API.

Each command parses its options, calls the API and formats the result. Errors
of the project's own hierarchy are translated here, once, into a one-line
message and an exit status.
"""

from __future__ import annotations

import os
import sys

import click
import typer
from rich.console import Console

from .. import __version__
from ..errors import MultipolarError

try:  # typer ≥ 0.20 carries its own copy of click: its exceptions are not click's
    from typer._click import exceptions as _tclick
except ImportError:  # pragma: no cover - older typer raises click's own
    _tclick = click.exceptions  # type: ignore[misc]

EXIT_CODES = ("Exit status: 0 all good; 1 some inputs failed (the rest were done), or `load` skipped malformed "
              "rows (named by line); 2 usage error (unknown "
              "option, command, code, year or dataset) or an input that could not be read; 3 a dataset file is "
              "malformed; 4 the extraction pipeline could not run; 5 the store could not be opened, read or "
              "written, or `verify` found problems; 70 internal error (a bug: please report it); 130 interrupted.")
_EXIT = tuple({click.exceptions.Exit, typer.Exit, getattr(_tclick, "Exit", typer.Exit)})
_ABORT = tuple({click.exceptions.Abort, typer.Abort, getattr(_tclick, "Abort", typer.Abort)})
_CLICK_ERROR = tuple({click.ClickException, getattr(_tclick, "ClickException", click.ClickException)})

app = typer.Typer(
    name="multipolar",
    help="Measure who holds influence over whom among states, and show the evidence.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"multipolar {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="print the version and exit", is_eager=True,
                                 callback=_version),
    reader: str | None = typer.Option(None, "--reader", help="events reader for extract, ingest and eval: rules, "
                                      "model or rules+model (default: rules; also $MULTIPOLAR_READER)",
                                      show_default=False),
) -> None:
    """Measure who holds influence over whom among states, and show the evidence."""
    if reader is not None:
        from ..api import use_reader

        use_reader(reader)


def _register() -> None:
    from . import (
        check_commands,
        data_commands,
        evidence_commands,
        measure_commands,
        present_commands,
        robust_commands,
        status_commands,
    )

    for module in (evidence_commands, data_commands, status_commands, measure_commands, check_commands,
                   present_commands, robust_commands):
        module.register(app)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and translate errors into exit statuses."""
    _register()
    try:
        rv = app(args=argv, standalone_mode=False)
    except MultipolarError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        return exc.exit_code
    except _EXIT as exc:
        return int(exc.exit_code or 0)
    except _CLICK_ERROR as exc:
        exc.show()
        return int(exc.exit_code)
    except _ABORT:
        err_console.print("aborted")
        return 130
    except KeyboardInterrupt:
        err_console.print("interrupted: nothing half-written was kept")
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place where unexpected errors become a message
        if os.environ.get("MULTIPOLAR_DEBUG"):
            raise
        err_console.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} — this is a bug in multipolar; "
                          "run again with MULTIPOLAR_DEBUG=1 for the traceback and report it", highlight=False,
                          soft_wrap=True)
        return 70
    return rv if isinstance(rv, int) else 0  # typer.Exit(n) comes back as n without standalone mode


def run() -> None:
    sys.exit(main())


__all__ = ["EXIT_CODES", "app", "main", "run"]
