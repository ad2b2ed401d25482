"""`multipolar demo`: the main job on the bundled example texts (and the starter dataset when present)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from . import api
from .store import Store, default_db_path


def example_texts() -> Path:
    """The folder of bundled example articles (short original texts about the region)."""
    return Path(str(resources.files("multipolar").joinpath("examples/texts")))


def run_demo(db: str | Path | None = None, console: Console | None = None) -> Path:
    """Build a store from the bundled examples, print what was found and return the store path."""
    console = console or Console()
    path = Path(db) if db is not None else default_db_path().with_name("demo.duckdb")
    with Store(path) as store:
        _load_starter(store, console)
        console.print(f"reading the example corpus in {example_texts()}")
        report = api.ingest([example_texts()], store=store)
        console.print(f"{len(report.new) + len(report.replaced)} documents read, {len(report.unchanged)} already "
                      f"stored; {len(report.failed)} failed")
        events = api.query("events", store=store)
        t = Table("date", "type", "actors", "recipients", "document", title="Events found in the examples")
        for e in events:
            if e["origin"] != "article" or e["negated"] or e["hypothetical"]:
                continue
            t.add_row(e["date"] or "", e["type"], ",".join(e["actors"]), ",".join(e["recipients"]),
                      (e["document_title"] or "")[:40])
        console.print(t)
        claims = api.query("claims", store=store)
        t = Table("measure", "subject", "partner", "value", "unit", "period", title="Quantitative claims")
        for c in claims:
            t.add_row(c["measure"], c["subject"] or "", c["partner"] or "", f"{c['value']:g}", c["unit"],
                      c["period"] or "")
        console.print(t)
        stances = api.query("stances", store=store)
        t = Table("holder", "issue", "target", "polarity", title="Stances")
        for s in stances:
            t.add_row(s["holder"], s["issue"], s["target"] or "", s["polarity"])
        console.print(t)
    console.print(f"[bold]store:[/] {path}  — try `multipolar events --db {path}`")
    return path


def _load_starter(store: Store, console: Console) -> None:
    try:
        from .datasets.api import load_starter
    except ImportError:
        return
    try:
        load_starter(store)
        console.print("loaded the bundled South Caucasus starter dataset")
    except Exception as exc:  # noqa: BLE001 - the demo goes on without the starter pack
        console.print(f"[yellow]starter dataset not loaded:[/] {exc}")
