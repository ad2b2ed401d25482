"""CLI command `check`: decide an article's claims against the loaded data."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from .. import api
from .options import DbOption
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
    db: DbOption = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table, json or html")] = CheckFormat.table,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
) -> None:
    """Check the quantitative claims of articles against the loaded data: a verdict per claim with the rows
    that decide it. Without inputs, checks every stored document and saves the verdicts in the store."""
    report = api.check(inputs, db=db)
    if format is CheckFormat.json:
        sys.stdout.write(json.dumps(report.as_json(), indent=1, ensure_ascii=False, default=str) + "\n")
    elif format is CheckFormat.html:
        sys.stdout.write(report.as_html() + "\n")
    else:
        _table(report.verdicts, wide)
        if report.saved_in is not None:
            err.print(f"{len(report.verdicts)} verdicts saved in {report.saved_in}", highlight=False)


def _table(verdicts: tuple[api.Verdict, ...], wide: bool = False) -> None:
    style = {"supported": "green", "contradicted": "red", "insufficient_data": "yellow"}
    cols = [Col("claim", text=True), Col("verdict", markup=True), Col("data", text=True), Col("period"),
            Col("dataset", wide=True), Col("reason", text=True)]
    rows = []
    for v in verdicts:
        text = v.claim_text
        rows.append([text[:160] + ("…" if len(text) > 160 else ""), f"[{style.get(v.verdict, 'white')}]{v.verdict}[/]",
                     v.data_text, (v.period_used or "") + ("" if v.exact_period or not v.period_used else " *"),
                     v.dataset or "", v.reason])
    show(console, cols, rows, wide=wide, show_lines=True)
    if not verdicts:
        console.print("no quantitative claims found")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("check")(check_cmd)
