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

from .. import api
from ..errors import DataError, MultipolarError
from .options import DbOption
from .tables import WIDE_HELP, Col, show

console = Console()
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


def _print_report(report: api.LoadReport, fmt: Format) -> None:
    if fmt is Format.json:
        console.print_json(json.dumps(report.as_json()))
        return
    table = Table(title=f"{report.dataset} ← {report.path}")
    for col in ("file", "kind", "status", "read", "stored", "rejected", "run"):
        table.add_column(col, justify="right" if col in ("read", "stored", "rejected", "run") else "left")
    shown = list(report.files)
    if len(shown) > 40:  # a stream of many files: the ones to look at, and the count of the rest
        shown = [f for f in report.files if f.status not in ("loaded", "unchanged") or f.rows_rejected][:40]
    for f in shown:
        table.add_row(Path(f.path).name, f.kind, f.status, f"{f.rows_read:,}", f"{f.rows_stored:,}",
                      f"{f.rows_rejected:,}", str(f.run_id or ""))
    if len(shown) < len(report.files):
        table.add_row(f"… {len(report.files) - len(shown):,} more files", "", "loaded or unchanged", "", "", "", "")
    console.print(table)
    for f in report.files:
        for line, why in f.rejects[:3]:
            console.print(f"  [yellow]rejected[/] {Path(f.path).name}, line {line}: {why}", highlight=False)
        if f.rows_rejected > 3:
            console.print(f"  … {f.rows_rejected - 3:,} more in the store's rejects table (load_run {f.run_id})")


def load_cmd(
    dataset: Annotated[str, typer.Argument(help="DATASET name (see `multipolar datasets --available`) or 'auto'")],
    path: Annotated[Path, typer.Argument(help="a file, or a folder laid out as the publisher's; with 'auto' a "
                                              "folder may hold several datasets (e.g. ../shared/data)")],
    db: DbOption = None,
    max_reject_share: Annotated[float, typer.Option(help="fail when more than this share of rows is malformed")] = 0.01,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
    lake: Annotated[str | None, typer.Option("--lake", metavar="DIR|URI",
                                             help="write the events and observations as Parquet partitioned by year "
                                                  "and month to this folder (or file:// URI) instead of the store; "
                                                  "the store records the runs (docs/scale-out.md)")] = None,
    stream: Annotated[bool, typer.Option("--stream", help="one transaction per file (event streams such as a folder "
                                                          "of GDELT 15-minute exports): a killed load keeps the "
                                                          "files it finished and loading again resumes; a file that "
                                                          "fails is reported and the others are loaded. Shows rows/s "
                                                          "and time left, and a summary. Automatic for a GDELT "
                                                          "masterfilelist.txt")] = False,
) -> None:
    """Load a public dataset into the store (one transaction; re-loading the same file changes nothing).

    `load gdelt-events FOLDER --stream` loads a folder of GDELT exports one file per transaction; `load
    gdelt-events masterfilelist.txt` loads the event exports a GDELT file list names, as a stream (taken from the
    list's folder or the fetch cache, downloaded and md5-checked when in neither).

    `load auto FOLDER` loads every dataset it recognises in the folder, reports each and the files it skipped
    and why, and exits with status 1 when some datasets failed (the others are loaded). A file with malformed rows
    (fewer than --max-reject-share) is loaded without them, each named by line, and the exit status is 1; a file
    cut short (its last row incomplete) is refused."""
    if dataset == "auto" and path.expanduser().is_dir():
        _load_auto_folder(path.expanduser(), db, max_reject_share, fmt, lake)
        return
    with _progress() as prog:
        task = prog.add_task(f"loading {dataset}", total=None)

        def cb(desc: str, done: int, total: int) -> None:
            prog.update(task, description=desc, completed=done, total=total)

        report = api.load(dataset, path, db=db, max_reject_share=max_reject_share, progress=cb, lake=lake,
                          stream=stream)
    _print_report(report, fmt)
    failed = report.failed
    if report.seconds is not None:  # a stream: the summary, and each file that failed
        for f in failed:
            err.print(f"[red]error:[/] {f.message}", highlight=False, soft_wrap=True)
        err.print(report.summary, highlight=False, soft_wrap=True)
    if failed:
        if report.rows_rejected:
            _warn_rejected(report)
        raise typer.Exit(1)  # the other files are loaded; some failed: exit status 1
    if report.rows_rejected:
        _warn_rejected(report)
        raise typer.Exit(1)  # the good rows are loaded; some rows failed: exit status 1


def _warn_rejected(report: api.LoadReport) -> None:
    for f in report.files:
        if f.rows_rejected:
            lines = ", ".join(str(ln) for ln, _ in f.rejects[:5]) + (" …" if f.rows_rejected > 5 else "")
            err.print(f"[yellow]warning:[/] {report.dataset}: {f.rows_rejected:,} row(s) of {Path(f.path).name} "
                      f"were malformed and not loaded (line {lines}); its other rows are loaded "
                      f"({f.rows_stored:,} values stored). "
                      "Fix or re-download the file and load it again (exit status 1).", highlight=False,
                      soft_wrap=True)


def _load_auto_folder(folder: Path, db: Path | None, max_reject_share: float, fmt: Format,
                      lake: str | None = None) -> None:
    """`load auto FOLDER`: every dataset recognised in the folder, each loaded from the folder its files share
    (the loader picks its files there, one transaction per dataset)."""
    import os

    with _progress() as prog:
        prog.add_task(f"recognising the files in {folder}", total=None)
        found = api.recognise(folder)
    groups, skipped = found.groups, list(found.skipped)
    if not groups:
        raise DataError("no known dataset in this folder", source=str(folder),
                        hint="name the dataset: multipolar load DATASET PATH (see `multipolar datasets --available`)")
    results: list[dict[str, Any]] = []
    reports: list[api.LoadReport] = []
    with api.Store(api.store_path(db)) as store:
        for name, files in sorted(groups.items()):
            where = Path(os.path.commonpath([str(f.parent) for f in files]))
            with _progress() as prog:
                task = prog.add_task(f"loading {name}", total=None)

                def cb(desc: str, done: int, total: int) -> None:
                    prog.update(task, description=desc, completed=done, total=total)  # noqa: B023

                try:
                    report = api.load(name, where, db=store, max_reject_share=max_reject_share, progress=cb,
                                      lake=lake)
                except MultipolarError as exc:
                    results.append({"dataset": name, "path": str(where), "status": "failed", "error": str(exc),
                                    "files": len(files), "rows_stored": 0})
                    continue
            reports.append(report)
            taken = {Path(f.path).resolve() for f in report.files}
            skipped += [(f, f"recognised as {name} but not part of its load (a duplicate or reference file)")
                        for f in files if f.resolve() not in taken]
            statuses = sorted({f.status for f in report.files})
            results.append({"dataset": name, "path": str(where), "status": ",".join(statuses) or "no files",
                            "error": None, "files": len(report.files), "rows_stored": report.rows_stored,
                            "rows_rejected": report.rows_rejected})
    failed = [r for r in results if r["status"] == "failed"]
    partial = [rep for rep in reports if rep.rows_rejected]
    if fmt is Format.json:
        console.print_json(json.dumps({"folder": str(folder), "datasets": results,
                                       "reports": [r.as_json() for r in reports],
                                       "skipped": [{"file": str(f), "reason": why} for f, why in skipped]}))
    else:
        t = Table("dataset", "from", "status", "files", "rows stored",
                  title=f"load auto: {len(results)} dataset(s) found")
        for r in results:
            status = "[red]failed[/] (below)" if r["status"] == "failed" else r["status"]
            if r.get("rows_rejected"):
                status += f" [yellow]({r['rows_rejected']:,} rows rejected)[/]"
            t.add_row(r["dataset"], _rel(r["path"], folder), status, str(r["files"]), f"{r['rows_stored']:,}")
        console.print(t)
        if skipped:
            st = Table("file", "why", title=f"skipped: {len(skipped)} file(s)")
            for f, why in skipped[:40]:
                st.add_row(_rel(str(f), folder), why)
            if len(skipped) > 40:
                st.add_row(f"… {len(skipped) - 40} more", "see --format json")
            console.print(st)
        console.print(f"{len(results) - len(failed)} dataset(s) loaded, {len(failed)} failed, "
                      f"{len(skipped)} file(s) skipped", highlight=False)
    for r in failed:
        err.print(f"[red]error:[/] {r['dataset']}: {r['error']}", highlight=False, soft_wrap=True)
    for rep in partial:
        _warn_rejected(rep)
    if failed or partial:
        raise typer.Exit(1)  # some datasets (or rows) failed, the others are loaded


def _rel(path: str, base: Path) -> str:
    try:
        return str(Path(path).relative_to(base)) or "."
    except ValueError:
        return path


def datasets_cmd(
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
    available: Annotated[bool, typer.Option("--available", help="list the DATASET names that can be loaded")] = False,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
) -> None:
    """List the datasets in the store: years, rows, actors, source files and hashes, licence and citation."""
    if available:
        names = api.loadable()
        if fmt is Format.json:
            console.print_json(json.dumps([n.as_json() for n in names]))
        else:
            t = Table("dataset", "title", "folder in ../shared/data")
            for n in names:
                t.add_row(n.dataset, n.title, n.folder)
            console.print(t)
        return
    items = api.datasets(db=db) if api.store_exists(db) else ()
    if fmt is Format.json:
        console.print_json(json.dumps([d.as_json() for d in items], default=str))
        return
    cols = [Col("dataset"), Col("years"), Col("rows", right=True), Col("actors", right=True),
            Col("files", text=True, wide=True), Col("sha256", wide=True), Col("licence", text=True)]
    cells: list[list[str]] = []
    for d in items:
        years = f"{d.first_year}–{d.last_year}" if d.first_year is not None else ""
        files = ", ".join(Path(f.path).name for f in d.files[:2]) + (" …" if len(d.files) > 2 else "")
        cells.append([d.dataset, years, f"{d.rows:,}", str(d.actors), files, d.sha256[:12], d.licence or ""])
    show(console, cols, cells, wide=wide)
    for d in items:
        console.print(f"[bold]{d.dataset}[/]: {d.citation}", highlight=False)


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
    with _progress() as prog:
        task = prog.add_task(f"fetching {source}", total=None)

        def cb(desc: str, done: int, total: int) -> None:
            prog.update(task, description=desc, completed=done, total=total)

        result = api.fetch(source, cache=cache, base_url=base_url, since=since, until=until, limit=limit,
                           progress=cb)
    for f in result.files:
        console.print(f"fetched {f}", highlight=False)
    if no_load:
        return
    _print_report(api.load(result.dataset, result.path, db=db), Format.table)


def register(app: typer.Typer) -> None:
    """Add the dataset commands to the app."""
    app.command("load")(load_cmd)
    app.command("datasets")(datasets_cmd)
    app.command("fetch")(fetch_cmd)
