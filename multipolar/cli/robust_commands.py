"""CLI commands for robustness: `multipolar verify` checks a store's integrity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..errors import StoreError
from ..store import Store, default_db_path

console = Console()
err = Console(stderr=True)


def verify_cmd(
    db: Annotated[Path | None, typer.Option("--db", help="store file (default: $MULTIPOLAR_DB or the user data dir)",
                                            show_default=False)] = None,
    repair: Annotated[bool, typer.Option("--repair", help="delete the rows of unfinished loads, orphans and "
                                                          "spans outside their documents (one transaction)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Check a store: rows against load runs, orphaned evidence, spans inside their documents.

    Exits with status 1 when problems are found, and says what to do about each."""
    from ..store.verify import repair as do_repair
    from ..store.verify import verify

    path = db or default_db_path()
    deleted: dict[str, int] = {}
    if repair:
        with Store(path) as store:
            if not verify(store).ok:
                deleted = do_repair(store)
    with Store(path, read_only=True) as store:
        report = verify(store)
    if as_json:
        out = report.as_json()
        out["repaired"] = deleted
        console.print_json(json.dumps(out))
    else:
        for table, n in deleted.items():
            console.print(f"repaired: deleted {n:,} row(s) from {table}", highlight=False)
        for note in report.notes:
            console.print(f"note: {note}", highlight=False, soft_wrap=True)
        if report.ok:
            console.print(f"ok: {report.path} — {report.tables} tables, {report.rows:,} rows, "
                          f"{report.load_runs:,} load runs; no problems found", highlight=False)
        else:
            for p in report.problems:
                err.print(f"[bold red]problem:[/] {p}", highlight=False, soft_wrap=True)
    if not report.ok:
        # A project error (not typer.Exit): main() returns its exit status (5) whatever click does with Exit.
        raise StoreError(f"{len(report.problems)} integrity problem(s) found", source=report.path,
                         hint="see the problems above; `multipolar verify --repair` deletes the rows they name")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("verify")(verify_cmd)
