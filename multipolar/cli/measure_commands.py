"""CLI commands for measurement: influence, hedging, explain, validate fbic."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .. import api
from ..domain import DOMAINS
from ..errors import UsageError
from ..present.csvout import rows_to_csv
from .options import DbOption, YearsOption
from .selectors import check_years, resolve_codes, resolve_one
from .tables import WIDE_HELP, Col, show

console = Console()

EngineOption = Annotated[str, typer.Option("--engine", help="duckdb (default) or spark")]
MasterOption = Annotated[str | None, typer.Option("--spark-master", help="Spark master URL (default local[2])",
                                                  show_default=False)]
MethodOption = Annotated[str, typer.Option("--method", help="registered method (default influence.v2)")]


class InfluenceFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class TableJson(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _store(db: Path | None, *, write: bool = True) -> api.Store:
    path = api.store_path(db)
    if not api.store_exists(path):
        raise UsageError("no store here yet", hint=f"load datasets first: multipolar load DATASET PATH --db {path}")
    return api.Store(path, read_only=not write)


def _num(v: Any, digits: int = 3) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def _write_rows(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
    if fmt == "csv":
        text = rows_to_csv(rows)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return
    flat = [{k: (json.dumps(v) if isinstance(v, list | dict) else v) for k, v in r.items()} for r in rows]
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if output is None:
            raise UsageError("parquet needs a file", hint="add -o scores.parquet")
        pq.write_table(pa.Table.from_pylist(flat), output)
        console.print(f"wrote {len(flat):,} rows to {output}")
        return


def influence_cmd(
    target: Annotated[str | None, typer.Option("--target", help="target state(s), comma-separated: ISO3, "
                                               "ISO2 or name (GEO, ge, Georgia)",
                                               show_default=False)] = None,
    power: Annotated[str | None, typer.Option("--power", help="one power across all targets", show_default=False)]
    = None,
    powers: Annotated[str | None, typer.Option("--powers", help="powers, comma-separated (default "
                                                                "CHN,RUS,WEST,TUR,IRN)", show_default=False)] = None,
    years: YearsOption = None,
    fmt: Annotated[InfluenceFormat, typer.Option("--format", help="table, csv, json or parquet")] =
    InfluenceFormat.table,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write to this file")] = None,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
    db: DbOption = None,
    engine: EngineOption = "duckdb",
    spark_master: MasterOption = None,
    method: MethodOption = api.DEFAULT_METHOD,
) -> None:
    """How much influence each power has over a state, per year and domain, with 90 % intervals."""
    with _store(db) as store:
        tg = resolve_codes(target, option="--target", store=store, groups=False, what="target")
        pw = resolve_codes(powers, option="--powers", store=store, groups=True, what="power") if powers else \
            resolve_codes(power, option="--power", store=store, groups=True, what="power")
        yr = check_years(years, store)
        rep = api.influence(targets=tg, powers=pw, years=yr, db=store, engine=engine, method=method,
                            spark_master=spark_master)
    if fmt is InfluenceFormat.json:
        text = json.dumps(rep.as_json(), indent=1)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text + "\n")
        return
    if fmt in (InfluenceFormat.csv, InfluenceFormat.parquet):
        _write_rows([s.as_json() for s in rep.scores], fmt.value, output)
        return
    by: dict[tuple[str, str, int], dict[str, api.Score]] = {}
    for sc in rep.scores:
        by.setdefault((sc.target, sc.power, sc.year), {})[sc.domain] = sc
    cols = [Col("target"), Col("power"), Col("year"), Col("overall", right=True), Col("90 %"),
            Col("economic", right=True), Col("political", right=True), Col("security", right=True),
            Col("Δ", right=True), Col("share", right=True, wide=True), Col("trend", wide=True),
            Col("coverage", right=True, wide=True)]
    rows = []
    for (t, p, y), doms in sorted(by.items()):  # every domain of a dyad-year is scored, overall included
        o = doms["overall"]
        rows.append([t, p, str(y), _num(o.value), f"{_num(o.low, 2)}–{_num(o.high, 2)}",
                     *(_num(doms[d].value) for d in DOMAINS),
                     _num(o.delta, 3) if o.delta is not None else "",
                     _num(o.share, 2) if o.share is not None else "",
                     (o.trend or "") + ("*" if o.comparable is False and o.trend else ""), _num(o.coverage, 2)])
    show(console, cols, rows, wide=wide, title=f"{rep.method} ({rep.engine}) — index 0–1, 90 % interval")
    if any(d["overall"].comparable is False for d in by.values()):
        console.print("* change measured like for like: inputs one of the two years lacks were left out "
                      "(see --format json: not_compared)", highlight=False)


def hedging_cmd(
    targets: Annotated[str, typer.Option("--targets", help="small states, comma-separated")] = "ARM,AZE,GEO",
    powers: Annotated[str | None, typer.Option("--powers", help="powers, comma-separated (default "
                                                                "CHN,RUS,WEST,TUR,IRN)", show_default=False)] = None,
    years: YearsOption = None,
    fmt: Annotated[TableJson, typer.Option("--format", help="table, json or csv")] = TableJson.table,
    db: DbOption = None,
    engine: EngineOption = "duckdb",
    spark_master: MasterOption = None,
    method: MethodOption = api.DEFAULT_METHOD,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
) -> None:
    """How each small state spreads its ties among the powers: entropy, leader and lead gap per domain,
    and the split between economic and security leaders."""
    with _store(db, write=False) as store:
        tg = resolve_codes(targets, option="--targets", store=store, groups=False, what="target")
        pw = resolve_codes(powers, option="--powers", store=store, groups=True, what="power")
        yr = check_years(years, store)
        rep = api.hedging(targets=tg, powers=pw, years=yr, db=store, engine=engine, method=method,
                          spark_master=spark_master)
    if fmt is TableJson.json:
        sys.stdout.write(json.dumps(rep.as_json(), indent=1) + "\n")
        return
    if fmt is TableJson.csv:
        rows = [{**{k: v for k, v in r.as_json().items() if k != "shares"},
                 **{f"share_{p}": s for p, s in r.shares.items()}} for r in rep.rows]
        _write_rows(rows, "csv", None)
        return
    div = {(d.target, d.year): d for d in rep.divergence}
    cols = [Col("target"), Col("year"), Col("H overall", right=True), Col("90 %"), Col("leader"),
            Col("gap", right=True), Col("economic"), Col("security"), Col("split (JSD)", wide=True)]
    by: dict[tuple[str, int], dict[str, api.Hedging]] = {}
    for r in rep.rows:
        by.setdefault((r.target, r.year), {})[r.domain] = r
    cells: list[list[str]] = []
    for (t, y), doms in sorted(by.items()):  # every domain of a target-year is there, overall included
        o, e, s = doms["overall"], doms["economic"], doms["security"]
        dv = div.get((t, y))
        split = f"{'yes' if dv.split else 'no'} ({dv.jsd:.2f})" if dv is not None and dv.jsd is not None else ""
        cells.append([t, str(y), _num(o.entropy, 2), f"{_num(o.entropy_low, 2)}–{_num(o.entropy_high, 2)}",
                      o.leader or "—", _num(o.lead_gap, 2), f"{e.leader or '—'} H={_num(e.entropy, 2)}",
                      f"{s.leader or '—'} H={_num(s.entropy, 2)}", split])
    show(console, cols, cells, wide=wide,
         title=f"{rep.method} over {rep.influence_method}: entropy H 1 = ties spread evenly, 0 = one power")


def explain_cmd(
    power: Annotated[str, typer.Option("--power", help="the power (ISO3 or WEST/EU/NATO/EAEU)")],
    target: Annotated[str, typer.Option("--target", help="the target state (ISO3)")],
    year: Annotated[int, typer.Option("--year", help="the year")],
    fmt: Annotated[TableJson, typer.Option("--format", help="table or json")] = TableJson.table,
    db: DbOption = None,
    engine: EngineOption = "duckdb",
    spark_master: MasterOption = None,
    method: MethodOption = api.DEFAULT_METHOD,
    wide: Annotated[bool, typer.Option("--wide", help=WIDE_HELP)] = False,
) -> None:
    """The indicators behind one score, their source rows and documents, and what changed since the year before."""
    with _store(db, write=False) as store:
        p = resolve_one(power, option="--power", store=store, groups=True, what="power")
        t = resolve_one(target, option="--target", store=store, groups=False, what="target")
        check_years(str(year), store, option="--year")
        ex = api.explain(power=p, target=t, year=year, db=store, engine=engine, method=method,
                         spark_master=spark_master)
    if fmt is not TableJson.table:
        sys.stdout.write(json.dumps(ex.as_json(), indent=1, default=str) + "\n")
        return
    _explain_tables(ex, wide)


def _explain_tables(ex: api.Explanation, wide: bool) -> None:
    cols = [Col("domain"), Col("index", right=True), Col("90 %"), Col("bandwidth", right=True, wide=True),
            Col("dependence", right=True, wide=True), Col("coverage", right=True), Col("Δ", right=True),
            Col("drivers", text=True)]
    rows: list[list[str]] = []
    for d, s in ex.scores.items():
        drv = ", ".join(f"{x.indicator} {x.effect:+.3f}" for x in s.drivers)
        rows.append([d, _num(s.value), f"{_num(s.low, 2)}–{_num(s.high, 2)}", _num(s.bandwidth),
                     _num(s.dependence), _num(s.coverage, 2), _num(s.delta) if s.delta is not None else "", drv])
    show(console, cols, rows, wide=wide, title=f"{ex.method}: {ex.power} → {ex.target}, {ex.year}")
    cols = [Col("indicator"), Col("domain", wide=True), Col("role", wide=True), Col("weight", right=True),
            Col("value", right=True), Col("scaled", right=True), Col("previous", right=True, wide=True),
            Col("sources", text=True)]
    rows = [[i.indicator, i.domain, i.role, f"{i.weight:g}", "NA" if i.value is None else f"{i.value:.4g}",
             _num(i.scaled), "NA" if i.previous is None else f"{i.previous:.4g}", ", ".join(i.sources)]
            for i in ex.indicators]
    show(console, cols, rows, wide=wide, title="indicators (NA = no data: left out, never counted as 0)")
    src = ex.sources
    if src.members:
        console.print(f"members of {ex.power} in {ex.year}: {', '.join(src.members)}")
    cols = [Col("what", wide=True), Col("dataset"), Col("indicator", text=True), Col("from"), Col("to"),
            Col("period"), Col("value", right=True), Col("file:row", wide=True)]
    rows = []
    for what in ("trade", "armstat", "arms", "finance", "alliance", "igo", "unga"):
        block = src.block(what)
        for r in block.rows[:8]:
            rows.append([what, r.dataset, r.indicator, r.from_actor or "", r.to_actor or "", r.period,
                         f"{r.value:.4g}" if r.value is not None else "NA",
                         f"{Path(str(r.source_file or '')).name}:{r.source_row}"])
        if block.count > 8:
            rows.append([what, f"… {block.count - 8} more", "", "", "", "", "", ""])
    show(console, cols, rows, wide=wide, title="source rows (first rows of each; `--format json` for all shown)")
    if src.events.count:
        console.print(f"events: {src.events.count}")
        for e in src.events.rows[:10]:
            console.print(f"  {e.date} {e.type} {e.document or ''} {(e.sentence or e.source_url or '')[:100]}",
                          highlight=False)
    if src.stances.count:
        console.print(f"stances: {src.stances.count}")
        for st in src.stances.rows[:10]:
            console.print(f"  {st.date} {st.issue} {st.document or ''} {(st.sentence or '')[:100]}", highlight=False)
    for doc in src.documents:
        console.print(f"document {doc.id}: {doc.title or ''} {doc.url or ''}", highlight=False)


validate_app = typer.Typer(help="Check our index against published benchmarks.", no_args_is_help=True)


@validate_app.command("fbic")
def validate_fbic_cmd(
    power: Annotated[str, typer.Option("--power", help="CHN or WEST")] = "CHN",
    years: YearsOption = None,
    fmt: Annotated[TableJson, typer.Option("--format", help="table or json")] = TableJson.table,
    db: DbOption = None,
    engine: EngineOption = "duckdb",
    spark_master: MasterOption = None,
    method: MethodOption = api.DEFAULT_METHOD,
) -> None:
    """Spearman ρ per year between our index and FBIC over all targets with both, and the median."""
    with _store(db, write=False) as store:
        power = resolve_one(power, option="--power", store=store, groups=True, what="power")
        years = check_years(years, store)
        v = api.validate("fbic", power=power, years=years, db=store, method=method, engine=engine,
                         spark_master=spark_master)
    if fmt is TableJson.json:
        sys.stdout.write(json.dumps(v.as_json()) + "\n")
        return
    table = Table(title=f"{v.method} vs FBIC, {v.power}: Spearman ρ across targets")
    table.add_column("year")
    table.add_column("ρ", justify="right")
    table.add_column("targets", justify="right")
    for y, r in sorted(v.per_year.items()):
        table.add_row(str(y), f"{r:.3f}", str(v.n_per_year.get(y, "")))
    table.add_row("median", f"{v.median:.3f}", "")
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("influence")(influence_cmd)
    app.command("hedging")(hedging_cmd)
    app.command("explain")(explain_cmd)
    app.add_typer(validate_app, name="validate")
