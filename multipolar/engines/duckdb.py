"""The default engine: DuckDB, on the store's own connection where the input views were published."""

from __future__ import annotations

import pyarrow as pa

from ..store.inputs import PublishedInputs


class DuckDBSession:
    """Runs the SQL where the ``in_*`` views live."""

    name = "duckdb"

    def __init__(self, inputs: PublishedInputs):
        self.inputs = inputs

    def run(self, sql: str) -> pa.Table:
        return self.inputs.run(sql)

    def close(self) -> None:
        pass


class DuckDBEngine:
    """DuckDB (nothing to configure)."""

    name = "duckdb"
    reads_lake_events = False

    def open(self, inputs: PublishedInputs) -> DuckDBSession:
        return DuckDBSession(inputs)
