"""CLI command `status`: what a store can compute, what is missing for a full brief, and the years each
loaded dataset covers."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import UsageError
from ..store import Store, default_db_path

console = Console()

#: "events": any event in the store (GDELT, ICEWS or read from documents); "documents": ingested texts
EVENTS, DOCUMENTS = "events", "documents"

#: measure → its needs: (what, any one of these datasets); every need must be met
NEEDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "economic influence": (("trade", ("cow-trade", "imf-dots", "armstat-trade", "geostat-exports")),),
    "security influence": (("arms transfers", ("sipri", "sipri-register")),
                           ("alliances", ("atop", "cow-alliance"))),
    "political influence": (("shared IGOs, UN votes or events", ("cow-igo", "unga-ideal-points", EVENTS)),),
    "FBIC validation": (("FBIC", ("fbic",)),
                        ("trade", ("cow-trade", "imf-dots", "armstat-trade", "geostat-exports"))),
}
#: what a full brief needs besides the three influence domains (hedging and the network come from them)
BRIEF_EXTRA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("events (GDELT, ICEWS or ingested texts)", ("gdelt-events", "icews", EVENTS)),
    ("documents whose claims are checked", (DOCUMENTS,)),
)
#: datasets that add to a domain when present (not needed for it)
EXTRAS: dict[str, tuple[str, ...]] = {"economic influence": ("imf-dip", "aiddata")}


class Format(StrEnum):
    table = "table"
    json = "json"


def _how(name: str) -> str:
    if name == EVENTS:
        return "`multipolar ingest TEXTS` or `multipolar load gdelt-events/icews …`"
    if name == DOCUMENTS:
        return "`multipolar ingest TEXTS`"
    from ..datasets.base import get_loader

    folder = get_loader(name).folder  # the loader knows where its dataset lies in ../shared/data
    return f"`multipolar load {name} {'../shared/data/' + folder if folder else 'PATH'}`"


def _need(what: str, any_of: tuple[str, ...], have: dict[str, Any]) -> dict[str, Any]:
    met = [n for n in any_of if n in have]
    return {"need": what, "any_of": list(any_of), "have": met, "met": bool(met),
            "how": None if met else _how(any_of[0])}


def status(store: Store) -> dict[str, Any]:
    """What the store can compute and what it lacks (see :data:`NEEDS`)."""
    from ..datasets import api

    datasets = api.datasets(store)
    have: dict[str, Any] = {d["dataset"]: d for d in datasets if d["rows"]}
    n_events = int(store.scalar("SELECT count(*) FROM events") or 0)
    from ..store.lake import lake_runs

    n_events += sum(r.events for r in lake_runs(store.con))  # events loaded into a lake (load --lake)
    n_docs = int(store.scalar("SELECT count(*) FROM documents") or 0)
    if n_events:
        have[EVENTS] = n_events
    if n_docs:
        have[DOCUMENTS] = n_docs
    measures: list[dict[str, Any]] = []
    for name, needs in NEEDS.items():
        items = [_need(what, any_of, have) for what, any_of in needs]
        measures.append({"measure": name, "ready": all(i["met"] for i in items), "needs": items,
                         "also_used": [x for x in EXTRAS.get(name, ()) if x in have]})
    domains = [m for m in measures if m["measure"].endswith("influence")]
    brief_needs = [{"need": f"{m['measure']}", "met": m["ready"],
                    "how": None if m["ready"] else "; ".join(i["how"] for i in m["needs"] if not i["met"])}
                   for m in domains]
    brief_needs += [_need(what, any_of, have) for what, any_of in BRIEF_EXTRA]
    measures.append({"measure": "hedging", "ready": any(m["ready"] for m in domains),
                     "needs": [{"need": "at least one influence domain", "met": any(m["ready"] for m in domains),
                                "how": None}], "also_used": []})
    missing = [b for b in brief_needs if not b["met"]]
    return {
        "store": store.path,
        "measures": measures,
        "brief": {"full": not missing, "needs": brief_needs, "missing": [b["need"] for b in missing]},
        "datasets": [{"dataset": d["dataset"], "first_year": d["first_year"], "last_year": d["last_year"],
                      "rows": d["rows"]} for d in datasets],
        "events": n_events,
        "documents": n_docs,
    }


def status_cmd(
    db: Annotated[Path | None, typer.Option("--db", help="store file (default: $MULTIPOLAR_DB or the user data dir)",
                                            show_default=False)] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table or json")] = Format.table,
) -> None:
    """What this store can compute (influence by domain, hedging, FBIC validation), what a full brief still
    needs and how to get it, and the years each loaded dataset covers."""
    path = db if db is not None else default_db_path()
    if not Path(path).exists():
        raise UsageError("no store here yet", source=str(path),
                         hint=f"run `multipolar demo --db {path}` or load datasets: multipolar load DATASET PATH "
                              f"--db {path}")
    with Store(path, read_only=True) as store:
        st = status(store)
    if fmt is Format.json:
        console.print_json(json.dumps(st, default=str))
        return
    t = Table("measure", "can compute", "from", "missing", title=f"what {path} can compute")
    for m in st["measures"]:
        have = ", ".join(x for i in m["needs"] for x in i.get("have", [])) + (
            f" (+ {', '.join(m['also_used'])})" if m["also_used"] else "")
        lacking = "; ".join(f"{i['need']} (one of {', '.join(i['any_of'])})" for i in m["needs"]
                            if not i["met"] and i.get("any_of"))
        t.add_row(m["measure"], "[green]yes[/]" if m["ready"] else "[red]no[/]", have, lacking)
    console.print(t)
    if st["brief"]["full"]:
        console.print("[green]a full brief can be written[/] (multipolar brief)")
    else:
        console.print("[yellow]missing for a full brief:[/]", highlight=False)
        for b in st["brief"]["needs"]:
            if not b["met"]:
                console.print(f"  • {b['need']} — {b['how']}", highlight=False, soft_wrap=True)
    shown = {b["how"] for b in st["brief"]["needs"]}
    for m in st["measures"]:
        for i in m["needs"]:
            if not i["met"] and i["how"] and i["how"] not in shown:
                shown.add(i["how"])
                console.print(f"  • for {m['measure']}: {i['need']} — {i['how']}", highlight=False, soft_wrap=True)
    d = Table("dataset", "years", "rows", title="loaded datasets")
    for r in st["datasets"]:
        years = f"{r['first_year']}–{r['last_year']}" if r["first_year"] is not None else ""
        d.add_row(r["dataset"], years, f"{r['rows']:,}")
    console.print(d)
    console.print(f"{st['documents']:,} documents, {st['events']:,} events", highlight=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("status")(status_cmd)
