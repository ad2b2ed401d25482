"""`multipolar demo`: the main job on the bundled example texts (and the starter dataset when present)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from . import api
from .dashboard import serve as serve_dashboard
from .domain import DEFAULT_POWERS, region
from .present.findings import findings


def example_texts() -> Path:
    """The folder of bundled example articles (short original texts about the region)."""
    return Path(str(resources.files("multipolar").joinpath("examples/texts")))


def run_demo(db: str | Path | None = None, console: Console | None = None, *, serve: bool = False,
             brief: str | Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> Path:
    """The main job: build a store from the starter pack and the example texts, compute the indices, check
    the claims, write the brief (next to the store unless ``brief`` is given) and, with ``serve``, serve
    the dashboard. Returns the store path."""
    import time

    t0 = time.perf_counter()
    console = console or Console()
    path = Path(db) if db is not None else api.store_path(None).with_name("demo.duckdb")
    brief_path = Path(brief) if brief is not None else path.with_name("brief.html")
    with api.Store(path) as store:
        _load_starter(store, console)
        console.print(f"reading the example corpus in {example_texts()}")
        report = api.ingest([example_texts()], db=store)
        console.print(f"{len(report.new) + len(report.replaced)} documents read, {len(report.unchanged)} already "
                      f"stored; {len(report.failed)} failed")
        _show_evidence(store, console)
        _indices(store, console)
        _checks(store, console)
        brief_path.write_text(api.brief(db=store).text, encoding="utf-8")
    console.print(f"[bold]store:[/] {path}  — try `multipolar events --db {path}`")
    console.print(f"[bold]brief:[/] {brief_path.resolve()}  (one file, opens offline)")
    console.print(f"done in {time.perf_counter() - t0:.1f} s")
    if serve:
        serve_dashboard(path, host=host, port=port, out=console)
    return path


def _show_evidence(store: api.Store, console: Console) -> None:
    t = Table("date", "type", "actors", "recipients", "document", title="Events found in the examples")
    for e in api.evidence("events", db=store):
        if isinstance(e, api.EventRow) and e.origin == "article" and not e.negated and not e.hypothetical:
            t.add_row(e.date or "", e.type, ",".join(e.actors or ()), ",".join(e.recipients or ()),
                      (e.document_title or "")[:40])
    console.print(t)
    t = Table("measure", "subject", "partner", "value", "unit", "period", title="Quantitative claims")
    for c in api.evidence("claims", db=store):
        if isinstance(c, api.ClaimRow):
            t.add_row(c.measure, c.subject or "", c.partner or "", f"{c.value:g}", c.unit, c.period or "")
    console.print(t)
    t = Table("holder", "issue", "target", "polarity", title="Stances")
    for s in api.evidence("stances", db=store):
        if isinstance(s, api.StanceRow):
            t.add_row(s.holder, s.issue, s.target or "", s.polarity)
    console.print(t)


def _indices(store: api.Store, console: Console) -> None:
    """Influence of the default powers over the region's states, saved in `scores`; the headline findings."""
    targets = region("south-caucasus").targets
    rep = api.influence(targets=targets, powers=DEFAULT_POWERS, db=store)
    hed = api.hedging(targets=targets, powers=DEFAULT_POWERS, db=store)
    console.print(f"computed {rep.method}: {len(rep.scores):,} scores (power × state × year × domain), saved in "
                  "the store")
    names = api.state_names()
    hedging = hed.as_json()
    for f in findings([s.as_json() for s in rep.scores], {"rows": hedging["hedging"], "divergence":
                                                          hedging["divergence"]}, lambda c: names.get(c, c)):
        if f.kind in ("lead", "rise"):
            console.print(f"  • {f.text}", highlight=False)


def _checks(store: api.Store, console: Console) -> None:
    verdicts = api.check(db=store).verdicts
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    console.print(f"checked {len(verdicts)} claims: " + (", ".join(f"{n} {k.replace('_', ' ')}"
                                                                   for k, n in sorted(counts.items())) or "none"))


def _load_starter(store: api.Store, console: Console) -> None:
    try:
        api.load_starter(db=store)
        console.print("loaded the bundled South Caucasus starter dataset")
    except Exception as exc:  # noqa: BLE001 - the demo goes on without the starter pack
        console.print(f"[yellow]starter dataset not loaded:[/] {exc}")
