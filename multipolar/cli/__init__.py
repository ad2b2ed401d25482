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

from ..errors import MultipolarError

app = typer.Typer(
    name="multipolar",
    help="Measure who holds influence over whom among states, and show the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


def _register() -> None:
    from . import check_commands, data_commands, evidence_commands, measure_commands, present_commands, robust_commands

    for module in (evidence_commands, data_commands, measure_commands, check_commands, present_commands,
                   robust_commands):
        module.register(app)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and translate errors into exit statuses."""
    _register()
    try:
        rv = app(args=argv, standalone_mode=False)
    except MultipolarError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
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
