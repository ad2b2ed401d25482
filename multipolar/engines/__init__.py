"""Other engines for the measurement SQL (DuckDB, the default, lives in :mod:`multipolar.measure.engine`)."""
