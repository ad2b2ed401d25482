"""The measurement's input views, published by the store.

The measurement SQL (:mod:`multipolar.measure.sql`) reads only the ``in_*`` views below, never the store's
own tables. Publishing is the one DuckDB-specific step (arrays are flattened, monthly series summed, group
membership expanded by year): :func:`publish` makes them temporary tables on the store's connection; the
DuckDB engine queries them there (:meth:`PublishedInputs.run`), the Spark engine receives Parquet copies
(:meth:`PublishedInputs.export`). Everything downstream is engine-neutral SQL.

``in_tflows(src, target, partner, year, m, x)``
    target's imports from (m) and exports to (x) partner, million current USD. ``src``:
    ``armstat`` (Armenia's own statistics, annual sums of months, thousand USD / 1000);
    ``geostat`` (Georgia's own statistics, exports only, thousand USD / 1000);
    ``dots`` (the target's own report to the IMF, Direction of Trade Statistics: imports CIF, exports FOB);
    ``dots_mirror`` (the partner's report to the IMF: the partner's exports to the target are the target's m,
    the partner's imports from the target its x);
    ``cow`` (COW Trade v4: each dyadic ``imports`` row gives the importer's m and the exporter's x).
``in_totals(src, actor, year, tm, tx)``
    the state's total imports and exports: COW state-year totals; Armstat and Geostat: the sum over
    partners; DOTS: the state's "World" row; DOTS mirror: the sum of every partner's report.
``in_arms(src, power, target, year, tiv)``  TIV delivered by power to target: ``sipri`` (the 2022 edition,
    supplier × recipient × year) or ``sipri-register`` (the 2026 trade register, deals summed by delivery year).
``in_fdi(power, target, year, usd)``  outward direct investment position of power in target, million USD
    (IMF DIP; a negative net position counts as 0).
``in_finance(power, target, year, usd)``  AidData GCDF: Chinese official finance, adjusted, constant 2021 USD.
``in_alliance(src, a, b, year, score)``  graded alliance tie (both directions), ``atop`` or ``cow``.
``in_igo(a, b, year, n)``  IGOs both are full members of (both directions).
``in_agree(a, b, year, share)``  UNGA agreement share of a with b (Voeten, b ∈ USA RUS CHN BRA IND ISR).
``in_ideal(actor, year, theta)``  UNGA ideal point (Bailey–Strezhnev–Voeten).
``in_events(origin, actor, recipient, year, quad, goldstein, kind, dkey)``  one row per (actor, recipient)
    pair of each event (arrays flattened); ``dkey`` the de-duplication key.
``in_stances(holder, issue, about, polarity, year)``  stances from the evidence.
``in_groups(grp, member, year)``  membership of the group powers, year by year (from the actor registry).
``in_coverage(source, y0, y1)``  first and last year of each register whose absence means zero.
``in_lags(k)``  0 … 4, used to spread rolling windows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from ..domain import DEFAULT_GROUPS
from ..errors import StoreError
from .lake import LakeRun, lake_views
from .store import Store

INPUT_TABLES = ("in_tflows", "in_totals", "in_arms", "in_fdi", "in_finance", "in_alliance", "in_igo", "in_agree",
                "in_ideal", "in_events", "in_stances", "in_groups", "in_coverage", "in_lags")

# ATOP/COW alliance types and the grade each gives (the strongest type present counts).
ALLIANCE_GRADES = {"atop_defense": 1.0, "atop_offense": 1.0, "atop_neutral": 0.5, "atop_nonagg": 0.5,
                   "atop_consul": 0.25, "cow_defense": 1.0, "cow_neutral": 0.5, "cow_nonagg": 0.5,
                   "cow_entente": 0.25}

FINANCE_INDICATORS = ("finance_oda_adj", "finance_oof_adj", "finance_vague_adj")

def _grade_case(col: str = "indicator") -> str:
    whens = " ".join(f"WHEN {col} = '{k}' THEN CAST({v} AS DOUBLE)" for k, v in ALLIANCE_GRADES.items())
    return f"CASE {whens} END"


STAGING_SQL: dict[str, str] = {
    "in_tflows": """
        SELECT src, target, partner, CAST(year AS INTEGER) AS year, SUM(m) AS m, SUM(x) AS x FROM (
            SELECT 'cow' AS src, from_actor AS target, to_actor AS partner, year, value AS m, NULL::DOUBLE AS x
              FROM observations WHERE dataset = 'cow-trade' AND indicator = 'imports'
            UNION ALL
            SELECT 'cow', to_actor, from_actor, year, NULL, value
              FROM observations WHERE dataset = 'cow-trade' AND indicator = 'imports'
            UNION ALL
            SELECT 'armstat', from_actor, to_actor, year,
                   CASE WHEN indicator = 'imports' THEN value / 1000.0 END,
                   CASE WHEN indicator = 'exports' THEN value / 1000.0 END
              FROM observations WHERE dataset = 'armstat-trade' AND indicator IN ('imports', 'exports')
            UNION ALL
            SELECT 'geostat', from_actor, to_actor, year, NULL, value / 1000.0
              FROM observations WHERE dataset = 'geostat-exports' AND indicator = 'exports'
            UNION ALL
            SELECT 'dots', from_actor, to_actor, year, CASE WHEN indicator = 'imports' THEN value END,
                   CASE WHEN indicator = 'exports' THEN value END
              FROM observations WHERE dataset = 'imf-dots' AND indicator IN ('imports', 'exports')
            UNION ALL
            SELECT 'dots_mirror', to_actor, from_actor, year, CASE WHEN indicator = 'exports' THEN value END,
                   CASE WHEN indicator = 'imports' THEN value END
              FROM observations WHERE dataset = 'imf-dots' AND indicator IN ('imports', 'exports')
        ) WHERE target IS NOT NULL AND partner IS NOT NULL AND target <> partner
        GROUP BY src, target, partner, year""",
    "in_totals": """
        SELECT 'cow' AS src, from_actor AS actor, CAST(year AS INTEGER) AS year,
               SUM(CASE WHEN indicator = 'total_imports' THEN value END) AS tm,
               SUM(CASE WHEN indicator = 'total_exports' THEN value END) AS tx
          FROM observations WHERE dataset = 'cow-trade' AND indicator IN ('total_imports', 'total_exports')
         GROUP BY from_actor, year
        UNION ALL
        SELECT 'armstat', from_actor, CAST(year AS INTEGER),
               SUM(CASE WHEN indicator = 'imports' THEN value END) / 1000.0,
               SUM(CASE WHEN indicator = 'exports' THEN value END) / 1000.0
          FROM observations WHERE dataset = 'armstat-trade' AND indicator IN ('imports', 'exports')
         GROUP BY from_actor, year
        UNION ALL
        SELECT 'geostat', from_actor, CAST(year AS INTEGER), NULL, SUM(value) / 1000.0
          FROM observations WHERE dataset = 'geostat-exports' AND indicator = 'exports' AND to_actor IS NOT NULL
         GROUP BY from_actor, year
        UNION ALL
        SELECT 'dots', from_actor, CAST(year AS INTEGER),
               SUM(CASE WHEN indicator = 'total_imports' THEN value END),
               SUM(CASE WHEN indicator = 'total_exports' THEN value END)
          FROM observations WHERE dataset = 'imf-dots' AND indicator IN ('total_imports', 'total_exports')
         GROUP BY from_actor, year
        UNION ALL
        SELECT 'dots_mirror', to_actor, CAST(year AS INTEGER),
               SUM(CASE WHEN indicator = 'exports' THEN value END),
               SUM(CASE WHEN indicator = 'imports' THEN value END)
          FROM observations WHERE dataset = 'imf-dots' AND indicator IN ('imports', 'exports')
           AND to_actor IS NOT NULL AND from_actor <> to_actor
         GROUP BY to_actor, year""",
    "in_arms": """
        SELECT 'sipri' AS src, from_actor AS power, to_actor AS target, CAST(year AS INTEGER) AS year,
               SUM(value) AS tiv
          FROM observations WHERE dataset = 'sipri' AND indicator = 'arms_tiv' AND value IS NOT NULL
         GROUP BY from_actor, to_actor, year
        UNION ALL
        SELECT 'sipri-register', from_actor, to_actor, CAST(year AS INTEGER), SUM(value)
          FROM observations WHERE dataset = 'sipri-register' AND indicator = 'arms_tiv_deal' AND value IS NOT NULL
         GROUP BY from_actor, to_actor, year""",
    "in_fdi": """
        SELECT from_actor AS power, to_actor AS target, CAST(year AS INTEGER) AS year,
               SUM(CASE WHEN value > 0 THEN value ELSE 0 END) AS usd
          FROM observations WHERE dataset = 'imf-dip' AND indicator = 'fdi_outward_position'
           AND to_actor IS NOT NULL AND value IS NOT NULL
         GROUP BY from_actor, to_actor, year""",
    "in_finance": f"""
        SELECT from_actor AS power, to_actor AS target, CAST(year AS INTEGER) AS year, SUM(value) AS usd
          FROM observations WHERE dataset = 'aiddata' AND indicator IN {FINANCE_INDICATORS}
         GROUP BY from_actor, to_actor, year""",
    "in_alliance": f"""
        SELECT CASE WHEN dataset = 'atop' THEN 'atop' ELSE 'cow' END AS src, from_actor AS a, to_actor AS b,
               CAST(year AS INTEGER) AS year,
               CAST(MAX(CASE WHEN value > 0 THEN {_grade_case()} ELSE 0 END) AS DOUBLE) AS score
          FROM observations WHERE dataset IN ('atop', 'cow-alliance')
         GROUP BY dataset, from_actor, to_actor, year""",
    "in_igo": """
        SELECT from_actor AS a, to_actor AS b, CAST(year AS INTEGER) AS year, value AS n
          FROM observations WHERE dataset = 'cow-igo' AND indicator = 'shared_igos' AND to_actor IS NOT NULL""",
    "in_agree": """
        SELECT from_actor AS a, to_actor AS b, CAST(year AS INTEGER) AS year, AVG(value) AS share
          FROM observations WHERE dataset = 'unga-ideal-points' AND indicator = 'unga_agreement'
         GROUP BY from_actor, to_actor, year""",
    "in_ideal": """
        SELECT from_actor AS actor, CAST(year AS INTEGER) AS year, AVG(value) AS theta
          FROM observations WHERE dataset = 'unga-ideal-points' AND indicator = 'unga_ideal_point'
         GROUP BY from_actor, year""",
    "in_events": """
        SELECT origin, a.actor, r.recipient, CAST(year(day) AS INTEGER) AS year, quad, goldstein,
               coalesce(type, cameo) AS kind, coalesce(dedup_key, id) AS dkey
          FROM events e, UNNEST(e.actors) AS a(actor), UNNEST(e.recipients) AS r(recipient)
         WHERE day IS NOT NULL AND NOT coalesce(negated, FALSE) AND NOT coalesce(hypothetical, FALSE)
           AND a.actor IS NOT NULL AND r.recipient IS NOT NULL AND a.actor <> r.recipient""",
    "in_stances": """
        SELECT holder, issue, target AS about, polarity, CAST(substr(date, 1, 4) AS INTEGER) AS year
          FROM stances WHERE holder IS NOT NULL AND issue IS NOT NULL AND polarity IN ('support', 'oppose')
           AND date IS NOT NULL AND regexp_matches(date, '^[0-9]{4}')""",
}


#: the views made from the others (``in_groups`` comes from the actor registry, :func:`group_rows`)
DERIVED_SQL: dict[str, str] = {
    "in_coverage": """
        SELECT src AS source, MIN(year) AS y0, MAX(year) AS y1 FROM in_arms GROUP BY src
        UNION ALL SELECT 'aiddata', MIN(year), MAX(year) FROM in_finance HAVING COUNT(*) > 0
        UNION ALL SELECT 'imf-dip', MIN(year), MAX(year) FROM in_fdi HAVING COUNT(*) > 0
        UNION ALL SELECT src, MIN(year), MAX(year) FROM in_alliance GROUP BY src""",
    "in_lags": "SELECT CAST(range AS INTEGER) AS k FROM range(0, 5)",
}


def group_rows(groups: Sequence[str], y0: int, y1: int) -> list[tuple[str, str, int]]:
    """(group, member, year) for every group power and year, from the actor registry."""
    from ..resolve.registry import Registry

    reg = Registry.default()
    return [(g, m, y) for g in groups for y in range(y0, y1 + 1) for m in sorted(reg.members(g, y))]


def stage(con: duckdb.DuckDBPyConnection, groups: Sequence[str], years: tuple[int, int] = (1816, 2030)) -> None:
    """Create the ``in_*`` tables as TEMP tables on ``con`` (a connection to the store)."""
    for name, sql in STAGING_SQL.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
    rows = group_rows(groups, *years)
    grp = pa.table({"grp": pa.array([r[0] for r in rows], pa.string()),
                    "member": pa.array([r[1] for r in rows], pa.string()),
                    "year": pa.array([r[2] for r in rows], pa.int32())})
    con.register("_mp_groups", grp)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE in_groups AS SELECT * FROM _mp_groups")
    finally:
        con.unregister("_mp_groups")
    for name, sql in DERIVED_SQL.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")


def _lake_tables(lake_events: bool) -> tuple[str, ...]:
    return ("events", "observations") if lake_events else ("observations",)


class PublishedInputs:
    """The ``in_*`` views published on a store's connection, and the lake runs whose events were left out of
    ``in_events`` (for an engine that reads the lake's Parquet files itself)."""

    def __init__(self, store: Store, lake_runs: Sequence[LakeRun], *, lake_events: bool):
        self._store = store
        self.lake_runs = list(lake_runs)
        self._lake_events = lake_events

    def run(self, sql: str) -> pa.Table:
        """One query over the views, as an Arrow table."""
        try:
            return self._store._con.sql(sql).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"the measurement query failed: {str(exc).splitlines()[0]}",
                             hint="this is a bug in multipolar.measure; please report it") from None

    def export(self, folder: Path) -> dict[str, Path]:
        """Parquet copies of the views in ``folder``, by view name."""
        out = {}
        for name in INPUT_TABLES:
            path = folder / f"{name}.parquet"
            self._store._con.execute(f"COPY (SELECT * FROM {name}) TO '{path}' (FORMAT parquet)")
            out[name] = path
        return out

    def restage_evidence(self) -> None:
        """Publish the evidence views again (after ingesting documents)."""
        with lake_views(self._store._con, _lake_tables(self._lake_events)):
            for name in ("in_events", "in_stances"):
                self._store._con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {STAGING_SQL[name]}")


def publish(store: Store, groups: Sequence[str] = DEFAULT_GROUPS, *, lake_events: bool = True) -> PublishedInputs:
    """Publish the ``in_*`` views from the store's tables and its lake (``lake_events=False``: the lake's events
    are left out of ``in_events``, for an engine that reads them itself)."""
    with lake_views(store._con, _lake_tables(lake_events)) as runs:
        stage(store._con, groups)
    return PublishedInputs(store, runs, lake_events=lake_events)


def inputs_hash(store: Store) -> str:
    """A hash of what the measurement reads: the load runs in force and the evidence rows."""
    runs = store.query("SELECT id, dataset, sha256 FROM load_runs WHERE status = 'ok' ORDER BY id")
    ev = store.query("SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM stances) AS s, "
                     "(SELECT coalesce(max(load_run), 0) FROM events) AS le, "
                     "(SELECT coalesce(max(load_run), 0) FROM stances) AS ls")
    h = hashlib.sha256(repr((runs, ev)).encode())
    return h.hexdigest()[:16]
