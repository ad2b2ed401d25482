"""Bring a store's schema up to date: run the migrations it lacks, in one transaction, and record them.

A store records every applied migration in ``schema_migrations`` (number, name, applied_at). A store written
before that table existed is recognised by ``meta.schema_version``: release 2 wrote '2', so migrations 1–2
count as applied. Their statements are idempotent (``IF NOT EXISTS``), and a store without the ledger runs them
all again when it is upgraded: that also completes a store made before a table or column was added without a
new schema version. A store that records a migration this version does not know was written by a newer
multipolar and is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt

import duckdb

from ..errors import StoreError
from .errors import translated
from .schema import MIGRATIONS, SCHEMA_VERSION

LEDGER = """CREATE TABLE IF NOT EXISTS schema_migrations (
    number INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"""

_KNOWN = {m.number for m in MIGRATIONS}


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = 'main' AND table_catalog = current_database()").fetchall()}


def applied(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Numbers of the migrations the store has (recorded, or implied by an older store's schema version)."""
    tables = _tables(con)
    if "schema_migrations" in tables:
        return {int(r[0]) for r in con.execute("SELECT number FROM schema_migrations").fetchall()}
    if "meta" not in tables:
        return set()
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else 0
    if version > SCHEMA_VERSION:
        return {version}  # a newer store that did not record its migrations: refused below
    return {n for n in _KNOWN if n <= version}


def _refuse_newer(done: set[int], path: str) -> None:
    unknown = sorted(done - _KNOWN)
    if unknown:
        raise StoreError(f"the store was written by a newer multipolar (schema migration(s) "
                         f"{', '.join(map(str, unknown))} unknown to this version, which knows 1–{SCHEMA_VERSION})",
                         source=path, hint="upgrade multipolar (pip install -U multipolar) to open it")


def pending(con: duckdb.DuckDBPyConnection, path: str) -> list[int]:
    """Numbers of the migrations the store lacks; refuses a store from a newer version."""
    with translated(path):
        done = applied(con)
    _refuse_newer(done, path)
    return [m.number for m in MIGRATIONS if m.number not in done]


def require_current(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """For a read-only open: the store must have every migration (reading never changes it)."""
    missing = pending(con, path)
    if missing and missing[0] == MIGRATIONS[0].number:
        raise StoreError("this is not a multipolar store (it has no multipolar tables)", source=path,
                         hint="pass --db a store made by multipolar, or ingest or load something to start one")
    if missing:
        raise StoreError(f"the store is out of date (schema migration(s) {', '.join(map(str, missing))} not applied)",
                         source=path, hint="open it writable once to upgrade it (run any writing command, e.g. "
                                           "`multipolar load` or `multipolar ingest`)")


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> list[int]:
    """Apply the missing migrations in one transaction and record every migration the store has; returns the
    numbers applied now (empty for an up-to-date store, which is left untouched)."""
    missing = pending(con, path)
    with translated(path):
        recorded = "schema_migrations" in _tables(con)
    if not missing and recorded:
        return []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with translated(path):
        con.execute("BEGIN")
        try:
            for m in MIGRATIONS:
                if m.number in missing or not recorded:
                    for statement in m.statements:
                        con.execute(statement)
            con.execute(LEDGER)
            con.executemany("INSERT OR IGNORE INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                            [[m.number, m.name, now] for m in MIGRATIONS])
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise
    return missing
