"""CLI command `check`: decide an article's claims against the loaded data."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..store import Store, default_db_path
from .tables import WIDE_HELP, Col, show

console = Console()
err = Console(stderr=True)


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


def check_cmd(
    inputs: Annotated[list[str] | None, typer.Argument(help="article files, folders or http(s) URLs; none: every "
                                                           "document in the store", show_default=False)] = None,
    db: Annotated[Path | None, typer.Option("--db", help="store file with the loaded datasets (default: "
                                                         "$MULTIPOLAR_DB or the user data dir)",
                                            show_default=False)] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table, json or html")] = CheckFormat.table,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
) -> None:
    """Check the quantitative claims of articles against the loaded data: a verdict per claim with the rows
    that decide it. Without inputs, checks every stored document and saves the verdicts in the store."""
    from ..check import check, check_stored

    path = db if db is not None else default_db_path()
    if inputs:
        with Store(path, read_only=True) as store:
            verdicts = check(inputs, store)
    else:
        verdicts = check_stored(path)
    if format is CheckFormat.json:
        sys.stdout.write(json.dumps(verdicts, indent=1, ensure_ascii=False, default=str) + "\n")
    elif format is CheckFormat.html:
        from ..check.report import to_html

        sys.stdout.write(to_html(verdicts) + "\n")
    else:
        _table(verdicts, wide)
        if not inputs:
            err.print(f"{len(verdicts)} verdicts saved in {path}", highlight=False)


def _table(verdicts: list[dict[str, Any]], wide: bool = False) -> None:
    from ..check.report import claim_text, value_text

    style = {"supported": "green", "contradicted": "red", "insufficient_data": "yellow"}
    cols = [Col("claim", text=True), Col("verdict", markup=True), Col("data", text=True), Col("period"),
            Col("dataset", wide=True), Col("reason", text=True)]
    rows = []
    for v in verdicts:
        text = claim_text(v)
        rows.append([text[:160] + ("…" if len(text) > 160 else ""),
                     f"[{style.get(v['verdict'], 'white')}]{v['verdict']}[/]", value_text(v),
                     (v.get("period_used") or "") + ("" if v.get("exact_period") or not v.get("period_used")
                                                     else " *"), v.get("dataset") or "", v["reason"]])
    show(console, cols, rows, wide=wide, show_lines=True)
    if not verdicts:
        console.print("no quantitative claims found")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("check")(check_cmd)
