"""Engines that run the measurement SQL: DuckDB (default, on the store's connection) and Spark
(:mod:`multipolar.engines.spark`). Both receive the same ``in_*`` tables and the same SQL text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from ..errors import StoreError, UsageError

ENGINES = ("duckdb", "spark")


class Engine(Protocol):
    name: str

    def run(self, sql: str) -> pa.Table:
        """Run one query and return its rows as an Arrow table."""
        ...

    def close(self) -> None: ...


class DuckDBEngine:
    """Runs the SQL on the DuckDB connection where the ``in_*`` tables were staged."""

    name = "duckdb"

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def run(self, sql: str) -> pa.Table:
        try:
            return self.con.sql(sql).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"the measurement query failed: {str(exc).splitlines()[0]}",
                             hint="this is a bug in multipolar.measure; please report it") from None

    def close(self) -> None:
        pass


def make_engine(name: str, con: duckdb.DuckDBPyConnection, *, spark_master: str | None = None,
                lake: Sequence[Any] = ()) -> Engine:
    """An engine over the staged ``in_*`` tables of ``con``. For Spark, ``lake`` are the lake runs
    (:class:`multipolar.store.lake.LakeRun`) whose events Spark reads from their Parquet files itself (they were
    left out of the DuckDB staging of ``in_events``)."""
    if name == "duckdb":
        return DuckDBEngine(con)
    if name == "spark":
        from ..engines.spark import SparkEngine

        return SparkEngine.from_duckdb(con, master=spark_master, lake=lake)
    raise UsageError(f"unknown engine {name!r}", hint=f"choose one of: {', '.join(ENGINES)}")
