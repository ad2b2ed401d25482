"""CLI commands for public datasets: load, datasets, fetch."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..store import Store, default_db_path

console = Console()
err = Console(stderr=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="store file (default: $MULTIPOLAR_DB or the user data dir)",
                                               show_default=False)]


class Format(StrEnum):
    table = "table"
    json = "json"


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


def _print_report(report: Any, fmt: Format) -> None:
    if fmt is Format.json:
        console.print_json(json.dumps(report.asdict()))
        return
    table = Table(title=f"{report.dataset} ← {report.path}")
    for col in ("file", "kind", "status", "read", "stored", "rejected", "run"):
        table.add_column(col, justify="right" if col in ("read", "stored", "rejected", "run") else "left")
    for f in report.files:
        table.add_row(Path(f.path).name, f.kind, f.status, f"{f.rows_read:,}", f"{f.rows_stored:,}",
                      f"{f.rows_rejected:,}", str(f.run_id or ""))
    console.print(table)
    for f in report.files:
        for line, why in f.rejects[:3]:
            console.print(f"  [yellow]rejected[/] {Path(f.path).name}, line {line}: {why}", highlight=False)
        if f.rows_rejected > 3:
            console.print(f"  … {f.rows_rejected - 3:,} more in the store's rejects table (load_run {f.run_id})")


def load_cmd(
    dataset: Annotated[str, typer.Argument(help="DATASET name (see `multipolar datasets --available`) or 'auto'")],
    path: Annotated[Path, typer.Argument(help="a file, or a folder laid out as the publisher's")],
    db: DbOption = None,
    max_reject_share: Annotated[float, typer.Option(help="fail when more than this share of rows is malformed")] = 0.01,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Load a public dataset into the store (one transaction; re-loading the same file changes nothing)."""
    from ..datasets import api

    with Store(db or default_db_path()) as store, _progress() as prog:
        task = prog.add_task(f"loading {dataset}", total=None)

        def cb(desc: str, done: int, total: int) -> None:
            prog.update(task, description=desc, completed=done, total=total)

        report = api.load(store, dataset, path, max_reject_share=max_reject_share, progress=cb)
    _print_report(report, fmt)


def datasets_cmd(
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
    available: Annotated[bool, typer.Option("--available", help="list the DATASET names that can be loaded")] = False,
) -> None:
    """List the datasets in the store: years, rows, actors, source files and hashes, licence and citation."""
    from ..datasets import api
    from ..datasets.base import get_loader

    if available:
        rows = [{"dataset": n, "title": get_loader(n).title, "folder": get_loader(n).folder,
                 "licence": get_loader(n).licence} for n in api.dataset_names()]
        if fmt is Format.json:
            console.print_json(json.dumps(rows))
        else:
            t = Table("dataset", "title", "folder in ../shared/data")
            for r in rows:
                t.add_row(r["dataset"], r["title"], r["folder"])
            console.print(t)
        return
    path = db or default_db_path()
    if not Path(path).exists():
        items: list[dict[str, Any]] = []
    else:
        with Store(path, read_only=True) as store:
            items = api.datasets(store)
    if fmt is Format.json:
        console.print_json(json.dumps(items, default=str))
        return
    t = Table("dataset", "years", "rows", "actors", "files", "sha256", "licence")
    for d in items:
        years = f"{d['first_year']}–{d['last_year']}" if d["first_year"] is not None else ""
        files = ", ".join(Path(f["path"]).name for f in d["files"][:2]) + (" …" if len(d["files"]) > 2 else "")
        t.add_row(d["dataset"], years, f"{d['rows']:,}", str(d["actors"]), files, d["sha256"][:12], d["licence"] or "")
    console.print(t)
    for d in items:
        console.print(f"[bold]{d['dataset']}[/]: {d['citation']}", highlight=False)


def fetch_cmd(
    source: Annotated[str, typer.Argument(help="what to download: a DATASET name, or 'gdelt' for GDELT 2.0 exports")],
    db: DbOption = None,
    cache: Annotated[Path | None, typer.Option(help="download folder (default: the user cache dir)")] = None,
    base_url: Annotated[str | None, typer.Option(help="publisher base URL (default: the publisher's)")] = None,
    since: Annotated[str | None, typer.Option(help="GDELT: first timestamp to fetch, YYYYMMDDHHMMSS")] = None,
    until: Annotated[str | None, typer.Option(help="GDELT: last timestamp to fetch, YYYYMMDDHHMMSS")] = None,
    limit: Annotated[int, typer.Option(help="GDELT: at most this many files")] = 4,
    no_load: Annotated[bool, typer.Option("--no-load", help="download only, do not load")] = False,
) -> None:
    """Download a dataset from its publisher into the cache, check it, and load it."""
    from ..datasets import api, fetch

    with _progress() as prog:
        task = prog.add_task(f"fetching {source}", total=None)

        def cb(desc: str, done: int, total: int) -> None:
            prog.update(task, description=desc, completed=done, total=total)

        result = fetch.fetch(source, cache_dir=cache, base_url=base_url, since=since, until=until, limit=limit,
                             progress=cb)
    for f in result.files:
        console.print(f"fetched {f}", highlight=False)
    if no_load:
        return
    with Store(db or default_db_path()) as store:
        report = api.load(store, result.dataset, result.path)
    _print_report(report, Format.table)


def register(app: typer.Typer) -> None:
    """Add the dataset commands to the app."""
    app.command("load")(load_cmd)
    app.command("datasets")(datasets_cmd)
    app.command("fetch")(fetch_cmd)
