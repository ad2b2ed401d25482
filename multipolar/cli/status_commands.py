"""CLI command `status`: what a store can compute, what is missing for a full brief, and the years each
loaded dataset covers."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .. import api
from ..errors import UsageError
from .options import DbOption

console = Console()

class Format(StrEnum):
    table = "table"
    json = "json"


def status_cmd(
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="table or json")] = Format.table,
) -> None:
    """What this store can compute (influence by domain, hedging, FBIC validation), what a full brief still
    needs and how to get it, and the years each loaded dataset covers."""
    path = api.store_path(db)
    if not api.store_exists(path):
        raise UsageError("no store here yet", source=str(path),
                         hint=f"run `multipolar demo --db {path}` or load datasets: multipolar load DATASET PATH "
                              f"--db {path}")
    st = api.status(db=path)
    if fmt is Format.json:
        console.print_json(json.dumps(st.as_json(), default=str))
        return
    t = Table("measure", "can compute", "from", "missing", title=f"what {path} can compute")
    for m in st.measures:
        have = ", ".join(x for i in m.needs for x in i.have or ()) + (
            f" (+ {', '.join(m.also_used)})" if m.also_used else "")
        lacking = "; ".join(f"{i.need} (one of {', '.join(i.any_of)})" for i in m.needs if not i.met and i.any_of)
        t.add_row(m.measure, "[green]yes[/]" if m.ready else "[red]no[/]", have, lacking)
    console.print(t)
    if st.brief_full:
        console.print("[green]a full brief can be written[/] (multipolar brief)")
    else:
        console.print("[yellow]missing for a full brief:[/]", highlight=False)
        for b in st.brief_needs:
            if not b.met:
                console.print(f"  • {b.need} — {b.how}", highlight=False, soft_wrap=True)
    shown = {b.how for b in st.brief_needs}
    for m in st.measures:
        for i in m.needs:
            if not i.met and i.how and i.how not in shown:
                shown.add(i.how)
                console.print(f"  • for {m.measure}: {i.need} — {i.how}", highlight=False, soft_wrap=True)
    d = Table("dataset", "years", "rows", title="loaded datasets")
    for r in st.datasets:
        years = f"{r.first_year}–{r.last_year}" if r.first_year is not None else ""
        d.add_row(r.dataset, years, f"{r.rows:,}")
    console.print(d)
    console.print(f"{st.documents:,} documents, {st.events:,} events", highlight=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("status")(status_cmd)
