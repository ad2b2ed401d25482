"""Named reads of loaded observations, as the claim checker needs them (:mod:`multipolar.check.sources` and
:mod:`multipolar.check.arms`): which datasets are loaded, their citations, the periods a reporter has, its
rows by partner, and sums by partner with the rows behind them; and the arms register's deliveries by
supplier, recipient and year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .records import Record
from .store import Store


@dataclass(frozen=True)
class ObservationRow(Record):
    """One observation with its source file, row and load run."""

    indicator: str
    from_actor: str | None
    to_actor: str | None
    value: float
    unit: str
    source_file: str | None
    source_row: int | None
    load_run: int
    estimate: bool


@dataclass(frozen=True)
class PartnerTotal(Record):
    """The sum of a partner's observations (months of a year, years of a window) with the rows behind it."""

    partner: str
    value: float
    unit: str
    source_file: str | None
    source_rows: list[int]
    n_rows: int
    load_runs: list[int]
    estimate: bool


@dataclass(frozen=True)
class DatasetCitation(Record):
    name: str
    version: str | None
    citation: str | None
    url: str | None


_ROW = ("SELECT indicator, from_actor, to_actor, value, unit, source_file, source_row, load_run, "
        "coalesce(estimate, false) AS estimate FROM observations WHERE dataset = ? AND ")


def _rows(store: Store, where: str, params: Sequence[object]) -> list[ObservationRow]:
    return [ObservationRow(**r) for r in store.query(_ROW + where, params)]


def loaded_datasets(store: Store) -> set[str]:
    """Datasets with a finished load run."""
    return {r["dataset"] for r in store.query(
        "SELECT DISTINCT dataset FROM load_runs WHERE kind = 'load' AND status = 'ok'")}


def dataset_citations(store: Store) -> list[DatasetCitation]:
    return [DatasetCitation(**r) for r in store.query("SELECT name, version, citation, url FROM datasets")]


# -- periods ------------------------------------------------------------------------------------------------
def dyadic_import_years(store: Store, dataset: str, actor: str) -> list[int]:
    """Years with import rows of ``actor`` as importer or exporter (COW's dyadic table)."""
    rows = store.query("SELECT DISTINCT year FROM observations WHERE dataset = ? AND indicator = 'imports' "
                       "AND (from_actor = ? OR to_actor = ?) ORDER BY year", [dataset, actor, actor])
    return [int(r["year"]) for r in rows if r["year"] is not None]


def mirror_years(store: Store, dataset: str, reporter: str) -> list[int]:
    """Years in which other states report annual exports or imports with ``reporter``."""
    rows = store.query("SELECT DISTINCT year FROM observations WHERE dataset = ? "
                       "AND indicator IN ('exports', 'imports') AND to_actor = ? AND from_actor IS NOT NULL "
                       "AND from_actor <> to_actor AND month IS NULL "
                       "ORDER BY year", [dataset, reporter])
    return [int(r["year"]) for r in rows if r["year"] is not None]


def reporter_months(store: Store, dataset: str, indicators: Sequence[str | None],
                    reporter: str) -> list[tuple[int, int | None]]:
    """(year, month) of ``reporter``'s rows of ``indicators`` (month None for annual rows)."""
    rows = store.query("SELECT year, month FROM observations WHERE dataset = ? AND indicator IN (?, ?) "
                       "AND from_actor = ? GROUP BY year, month", [dataset, *indicators, reporter])
    return [(int(r["year"]), None if r["month"] is None else int(r["month"])) for r in rows if r["year"] is not None]


def has_annual_rows(store: Store, dataset: str, reporter: str, year: int, indicators: Sequence[str | None]) -> bool:
    return bool(store.scalar("SELECT count(*) FROM observations WHERE dataset = ? AND from_actor = ? AND year = ? "
                             "AND month IS NULL AND indicator IN (?, ?)", [dataset, reporter, year, *indicators]))


def indicator_years(store: Store, dataset: str, indicator: str) -> tuple[int, int] | None:
    """First and last year of ``indicator``'s rows, or None without rows."""
    row = store.query("SELECT min(year) AS lo, max(year) AS hi FROM observations WHERE dataset = ? AND indicator = ?",
                      [dataset, indicator])
    return (int(row[0]["lo"]), int(row[0]["hi"])) if row and row[0]["lo"] is not None else None


def commodity_ranges(store: Store, dataset: str, reporter: str) -> list[tuple[str, str, str]]:
    """(indicator, first period, last period) of ``reporter``'s commodity-level indicators (``imports:8703``)."""
    rows = store.query("SELECT DISTINCT indicator, min(period) AS first, max(period) AS last FROM observations "
                       "WHERE dataset = ? AND from_actor = ? AND indicator LIKE '%:%' GROUP BY indicator "
                       "ORDER BY indicator", [dataset, reporter])
    return [(r["indicator"], r["first"], r["last"]) for r in rows]


# -- rows -----------------------------------------------------------------------------------------------------
def dyadic_imports(store: Store, dataset: str, reporter: str, year: int, *, as_importer: bool) -> list[ObservationRow]:
    """Import rows of a year with ``reporter`` as the importer (``as_importer``) or as the exporter."""
    me, other = ("from_actor", "to_actor") if as_importer else ("to_actor", "from_actor")
    return _rows(store, f"indicator = 'imports' AND {me} = ? AND year = ? AND {other} IS NOT NULL",
                 [dataset, reporter, year])


def total_rows(store: Store, dataset: str, indicator: str, reporter: str, year: int) -> list[ObservationRow]:
    """``reporter``'s rows of a total indicator (``total_exports``…) in ``year``."""
    return _rows(store, "indicator = ? AND from_actor = ? AND year = ?", [dataset, indicator, reporter, year])


def world_row(store: Store, dataset: str, indicator: str, reporter: str, year: int) -> ObservationRow | None:
    """``reporter``'s own annual world row of ``indicator`` (to_actor NULL), the first in the file."""
    rows = _rows(store, "indicator = ? AND from_actor = ? AND to_actor IS NULL AND year = ? AND month IS NULL "
                        "AND value IS NOT NULL ORDER BY source_row LIMIT 1", [dataset, indicator, reporter, year])
    return rows[0] if rows else None


def mirror_rows(store: Store, dataset: str, indicator: str, reporter: str, year: int) -> list[ObservationRow]:
    """Other states' annual rows of ``indicator`` with ``reporter`` as partner (mirror reports)."""
    return _rows(store, "indicator = ? AND to_actor = ? AND year = ? AND month IS NULL AND from_actor IS NOT NULL "
                        "AND from_actor <> ? AND value IS NOT NULL", [dataset, indicator, reporter, year, reporter])


# -- sums by partner ------------------------------------------------------------------------------------------
def _totals(store: Store, sql: str, params: Sequence[object]) -> list[PartnerTotal]:
    return [PartnerTotal(r["partner"], float(r["value"]), r["unit"], r["file"],
                         [int(x) for x in r["srows"] if x is not None], int(r["n"]),
                         sorted(int(x) for x in r["runs"]), bool(r["est"])) for r in store.query(sql, params)]


def partner_totals(store: Store, dataset: str, indicator: str, reporter: str, year: int, *,
                   month: int | None = None, monthly: bool = False) -> list[PartnerTotal]:
    """``reporter``'s ``indicator`` per partner in ``year``: of ``month``, else of the monthly rows
    (``monthly``) or of the annual ones."""
    cond, params = (("month = ?", [month]) if month is not None else
                    ("month IS NOT NULL", []) if monthly else ("month IS NULL", []))
    return _totals(store,
                   "SELECT to_actor AS partner, sum(value) AS value, any_value(unit) AS unit, "
                   "any_value(source_file) AS file, list(source_row ORDER BY source_row) AS srows, count(*) AS n, "
                   "list(DISTINCT load_run) AS runs, coalesce(bool_or(estimate), false) AS est "
                   f"FROM observations WHERE dataset = ? AND indicator = ? AND from_actor = ? AND year = ? AND {cond} "
                   "AND to_actor IS NOT NULL AND value IS NOT NULL GROUP BY to_actor",
                   [dataset, indicator, reporter, year, *params])


def supplier_totals(store: Store, dataset: str, indicator: str, recipient: str, first: int,
                    last: int) -> list[PartnerTotal]:
    """Deliveries of ``indicator`` to ``recipient`` per supplier, summed over ``first``–``last``."""
    return _totals(store,
                   "SELECT from_actor AS partner, sum(value) AS value, any_value(unit) AS unit, "
                   "string_agg(DISTINCT source_file, ', ') AS file, "
                   "list(source_row ORDER BY year, source_row) AS srows, count(*) AS n, "
                   "list(DISTINCT load_run) AS runs, coalesce(bool_or(estimate), false) AS est "
                   "FROM observations WHERE dataset = ? AND indicator = ? AND to_actor = ? AND year BETWEEN ? AND ? "
                   "AND from_actor IS NOT NULL AND value IS NOT NULL GROUP BY from_actor",
                   [dataset, indicator, recipient, first, last])


#: Supplier → recipient TIV (millions) by delivery year, summed over the deal rows of ``sipri-register``;
#: ``deals`` counts the rows (= deals with a delivery that year). Columns: supplier, recipient, year, tiv, deals.
REGISTER_DELIVERIES_SQL = """
SELECT from_actor AS supplier, to_actor AS recipient, year, sum(value) AS tiv, count(*) AS deals
FROM observations
WHERE dataset = 'sipri-register' AND indicator = 'arms_tiv_deal'
GROUP BY from_actor, to_actor, year
"""


def register_deliveries(store: Store, where: str = "", params: Sequence[object] = ()) -> list[dict[str, Any]]:
    """Rows of :data:`REGISTER_DELIVERIES_SQL` (dicts), optionally filtered by ``where`` (SQL over its
    columns), ordered by supplier, recipient, year."""
    sql = (f"SELECT * FROM ({REGISTER_DELIVERIES_SQL}) {('WHERE ' + where) if where else ''} "
           "ORDER BY supplier, recipient, year")
    return list(store.query(sql, list(params)))
