"""COW Trade v4.0 (Barbieri & Keshk): dyadic flows and state totals, in current million USD.

Observations
------------
Dyadic file (``cow_trade_ndy*``; ``ccode1 < ccode2``, ``flow1`` = imports of ccode1 from ccode2):

* ``imports`` — from_actor = the **importer**, to_actor = the **exporter** (partner), value = imports of
  from_actor from to_actor. Each source row gives two observations (flow1: ccode1←ccode2; flow2:
  ccode2←ccode1). Unit ``usd_million`` (current USD, COW rounds to millions).
* ``imports_smoothed`` — the same with COW's smoothed values.

State-year file (``cow_trade_sy*``): ``total_imports`` and ``total_exports`` with from_actor = the state,
to_actor NULL. Missing values (NA) give no observation. Period = the year.

The original ``Dyadic_COW_4.0.csv`` (columns ``ccode1, ccode2, year, importer1, importer2, flow1, flow2,
smoothflow1, smoothflow2, …``) is also accepted; only the columns above are read.
"""

from __future__ import annotations

from .base import FileKind, Loader, LoadSession, register

NDY = FileKind("dyadic", ("cow_trade_ndy*.csv*", "dyadic_cow*.csv*"),
               (("ccode1", "DOUBLE"), ("ccode2", "DOUBLE"), ("year", "DOUBLE"), ("flow1", "DOUBLE"),
                ("flow2", "DOUBLE"), ("smoothflow1", "DOUBLE"), ("smoothflow2", "DOUBLE")))
SY = FileKind("state-year", ("cow_trade_sy*.csv*", "national_cow*.csv*"),
              (("ccode", "DOUBLE"), ("year", "DOUBLE"), ("imports", "DOUBLE"), ("exports", "DOUBLE")))
STATES = FileKind("states", ("cow_states*.csv",), (("stateabb", "VARCHAR"), ("ccode", "DOUBLE")),
                  signature_min=2, reference=True)


def map_cow(ctx: LoadSession, table: str, cols: dict[str, str], year: str = "year") -> None:
    """Stage ``table`` → ``_stage`` with each COW code column mapped to a code (``<col>_c``); rows with
    an unknown code, or a year that is not a whole number, are rejected."""
    cow = ctx.cow_table()
    joins = " ".join(
        f"LEFT JOIN {cow} m_{c} ON m_{c}.ccode = r.{c} AND r.{year} BETWEEN m_{c}.y0 AND m_{c}.y1" for c in cols)
    sel = ", ".join(f"m_{c}.code AS {alias}" for c, alias in cols.items())
    ctx.temp("_stage", f"SELECT r.rowid AS _rid, r.*, {sel} FROM {table} r {joins}")
    ctx.reject("_stage", f"{year} IS NULL OR {year} <> floor({year})",
               f"'missing or fractional year: ' || coalesce(CAST({year} AS VARCHAR), 'empty')")
    for c, alias in cols.items():
        ctx.reject("_stage", f"{alias} IS NULL",
                   f"'unknown COW country code in column {c}: ' || coalesce(CAST({c} AS VARCHAR), 'empty')")


@register
class CowTrade(Loader):
    name = "cow-trade"
    title = "Correlates of War Trade v4.0 (dyadic and national)"
    version = "4.0"
    licence = "COW data: free for research with citation; peacesciencer copy GPL-2"
    citation = ("Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, "
                "Version 4.0. Barbieri, Keshk & Pollins 2009, Conflict Management and Peace Science 26(5).")
    url = "https://correlatesofwar.org/data-sets/bilateral-trade/"
    folder = "cow_trade_v4_dyadic"
    kinds = (NDY, SY, STATES)
    method = "cow-trade.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        if ctx.kind is NDY:
            map_cow(ctx, "_raw", {"ccode1": "a", "ccode2": "b"})
            line = ctx.line_expr("_rid")
            parts = []
            for ind, f1, f2 in (("imports", "flow1", "flow2"), ("imports_smoothed", "smoothflow1", "smoothflow2")):
                parts.append(f"SELECT '{ind}' AS indicator, a AS from_actor, b AS to_actor, CAST(CAST(year AS INT) AS "
                             f"VARCHAR) AS period, CAST(year AS INT) AS year, NULL::INT AS month, {f1} AS value, "
                             f"'usd_million' AS unit, {line} AS source_row FROM _stage WHERE {f1} IS NOT NULL")
                parts.append(f"SELECT '{ind}', b, a, CAST(CAST(year AS INT) AS VARCHAR), CAST(year AS INT), NULL, {f2},"
                             f" 'usd_million', {line} FROM _stage WHERE {f2} IS NOT NULL")
            ctx.insert_observations(" UNION ALL ".join(parts))
        else:
            map_cow(ctx, "_raw", {"ccode": "a"})
            line = ctx.line_expr("_rid")
            parts = [f"SELECT 'total_{c}' AS indicator, a AS from_actor, NULL AS to_actor, CAST(CAST(year AS INT) AS "
                     f"VARCHAR) AS period, CAST(year AS INT) AS year, NULL::INT AS month, {c} AS value, "
                     f"'usd_million' AS unit, {line} AS source_row FROM _stage WHERE {c} IS NOT NULL"
                     for c in ("imports", "exports")]
            ctx.insert_observations(" UNION ALL ".join(parts))
