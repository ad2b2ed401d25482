"""Load runs, in one place: every ingest and every dataset load is a run; a newer run of the same input
supersedes the older one (its rows are deleted, its record stays with status ``superseded``)."""

from __future__ import annotations

import datetime as dt

import duckdb

from .schema import RUN_TABLES

OK = "ok"
SUPERSEDED = "superseded"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_run(con: duckdb.DuckDBPyConnection, *, kind: str, path: str, sha256: str | None,
            dataset: str | None = None, method: str | None = None) -> int:
    """Insert a load run (status ``running``) inside the caller's transaction and return its id."""
    row = con.execute("SELECT coalesce(max(id), 0) + 1 FROM load_runs").fetchone()
    run_id = int(row[0]) if row else 1
    con.execute("INSERT INTO load_runs (id, kind, dataset, path, sha256, started, status, method) "
                "VALUES (?, ?, ?, ?, ?, ?, 'running', ?)", [run_id, kind, dataset, path, sha256, _now(), method])
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, *, rows_read: int, rows_stored: int,
               rows_rejected: int = 0, status: str = OK, message: str | None = None) -> None:
    """Record a run's end, counts and status inside the caller's transaction."""
    con.execute("UPDATE load_runs SET finished = ?, rows_read = ?, rows_stored = ?, rows_rejected = ?, status = ?, "
                "message = ? WHERE id = ?", [_now(), rows_read, rows_stored, rows_rejected, status, message, run_id])


def supersede(con: duckdb.DuckDBPyConnection, run_id: int) -> None:
    """Delete every row of run ``run_id`` and mark the run ``superseded``, inside the caller's transaction."""
    for table in RUN_TABLES:
        con.execute(f'DELETE FROM "{table}" WHERE load_run = ?', [run_id])
    con.execute("UPDATE load_runs SET status = ? WHERE id = ?", [SUPERSEDED, run_id])
