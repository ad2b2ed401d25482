"""CLI commands for robustness: `multipolar verify` checks a store's integrity."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from .. import api
from ..errors import StoreError
from .options import DbOption

console = Console()
err = Console(stderr=True)


def verify_cmd(
    db: DbOption = None,
    repair: Annotated[bool, typer.Option("--repair", help="delete the rows of unfinished loads, orphans and "
                                                          "spans outside their documents (one transaction)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Check a store: rows against load runs, orphaned evidence, spans inside their documents.

    Exits with status 1 when problems are found, and says what to do about each."""
    report = api.verify(db=db, repair=repair)
    if as_json:
        console.print_json(json.dumps(report.as_json()))
    else:
        for table, n in report.repaired.items():
            console.print(f"repaired: deleted {n:,} row(s) from {table}", highlight=False)
        for note in report.notes:
            console.print(f"note: {note}", highlight=False, soft_wrap=True)
        if report.ok:
            console.print(f"ok: {report.path} — {report.tables} tables, {report.rows:,} rows, "
                          f"{report.load_runs:,} load runs; no problems found", highlight=False)
        else:
            for p in report.problems:
                err.print(f"[bold red]problem:[/] {p.text}", highlight=False, soft_wrap=True)
    if not report.ok:
        # A project error (not typer.Exit): main() returns its exit status (5) whatever click does with Exit.
        raise StoreError(f"{len(report.problems)} integrity problem(s) found", source=report.path,
                         hint="see the problems above; `multipolar verify --repair` deletes the rows they name")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("verify")(verify_cmd)
