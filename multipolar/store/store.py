"""The embedded store: one DuckDB file, every write in one transaction."""

from __future__ import annotations

import contextlib
import copy
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, UsageError
from . import runs
from .errors import translate, translated
from .migrations import migrate, require_current
from .paths import default_db_path
from .schema import TABLES

MEMORY_VAR = "MULTIPOLAR_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "2GB"


def memory_limit() -> str:
    """DuckDB's memory limit for a store (``MULTIPOLAR_MEMORY_LIMIT``, e.g. ``4GB``; default 2 GB).

    Past it DuckDB spills to a temporary folder beside the store (``<store>.tmp``) instead of growing, so
    loading a file larger than memory keeps the process bounded."""
    value = os.environ.get(MEMORY_VAR, "").strip() or DEFAULT_MEMORY_LIMIT
    if not re.fullmatch(r"\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", value, flags=re.IGNORECASE):
        raise UsageError(f"{MEMORY_VAR}={value!r} is not an amount of memory", hint=f"set {MEMORY_VAR} to e.g. 4GB")
    return value


#: DuckDB must never fetch an extension over the network on its own (e.g. to read a SQLite file as a store).
NO_EXTENSION_DOWNLOADS: dict[str, Any] = {"autoinstall_known_extensions": False,
                                          "autoload_known_extensions": False}

#: the first bytes of files that are not DuckDB stores, and what they are
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip file"),
)


def _check_not_foreign(p: Path) -> None:
    """Refuse a file that is plainly not a DuckDB store before DuckDB opens it (and perhaps tries to
    download an extension to read it)."""
    if not p.is_file() or p.stat().st_size == 0:
        return
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read the store file ({exc.strerror or exc})", source=str(p),
                         hint="check the path and its permissions") from None
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise StoreError(f"this is {what}, not a multipolar (DuckDB) store", source=str(p),
                             hint="pass --db a .duckdb file made by multipolar, or a new path to start a store")
    if len(head) >= 12 and head[8:12] != b"DUCK":
        raise StoreError("this is not a multipolar (DuckDB) store", source=str(p),
                         hint="pass --db a .duckdb file made by multipolar, or a new path to start a store")


class Store:
    """A multipolar store in a DuckDB file (or in memory with ``":memory:"``).

    >>> with Store(":memory:") as s:
    ...     s.scalar("select count(*) from documents")
    0
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = str(path) if path is not None else str(default_db_path())
        self.read_only = read_only
        if self.path != ":memory:":
            p = Path(self.path)
            if read_only and not p.exists():
                raise StoreError("no store here yet", source=self.path,
                                 hint="ingest or load something first, or pass --db to an existing store")
            if p.exists() and p.is_dir():
                raise StoreError("is a folder, not a store file", source=self.path, hint="pass a file path to --db")
            _check_not_foreign(p)
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(self.path, read_only=read_only,
                                      config={"memory_limit": memory_limit(), **NO_EXTENSION_DOWNLOADS})
        except duckdb.Error as exc:
            raise translate(exc, self.path, opening=True) from None
        with contextlib.suppress(duckdb.Error):  # DuckDB tracks a long statement's progress and never prints it:
            # progress is the CLI's to show (con.query_progress(), read by the loaders while a big file loads)
            self._con.execute("SET enable_progress_bar = true")
            self._con.execute("SET enable_progress_bar_print = false")
            self._con.execute("SET progress_bar_time = 1000")
        try:
            if read_only:
                require_current(self._con, self.path)
            else:
                migrate(self._con, self.path)
        except BaseException:
            self.close()
            raise

    # -- lifecycle -------------------------------------------------------
    def cursor(self) -> Store:
        """This store over a cursor of its own (DuckDB connections are not shared between threads): for one
        thread of a server; closing it closes the cursor only."""
        twin = copy.copy(self)
        with translated(self.path):
            twin._con = self._con.cursor()
        return twin

    def checkpoint(self) -> None:
        """Write the store's log into the file (what a benchmark does before measuring the file's size)."""
        with translated(self.path):
            self._con.execute("CHECKPOINT")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block in one transaction: all of it lands, or none of it."""
        if self.read_only:
            raise StoreError("the store is open read-only", source=self.path, hint="open it without read_only to write")
        with translated(self.path):
            self._con.execute("BEGIN")
        try:
            yield self._con
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK")
            raise
        try:
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK")
            raise translate(exc, self.path) from None

    def new_run(self, con: duckdb.DuckDBPyConnection, *, kind: str, path: str, sha256: str | None,
                dataset: str | None = None, method: str | None = None) -> int:
        """Start a load run inside the caller's transaction (:func:`multipolar.store.runs.new_run`)."""
        return runs.new_run(con, kind=kind, path=path, sha256=sha256, dataset=dataset, method=method)

    def finish_run(self, con: duckdb.DuckDBPyConnection, run_id: int, *, rows_read: int, rows_stored: int,
                   rows_rejected: int = 0, status: str = "ok", message: str | None = None) -> None:
        """Close a load run (:func:`multipolar.store.runs.finish_run`)."""
        runs.finish_run(con, run_id, rows_read=rows_read, rows_stored=rows_stored, rows_rejected=rows_rejected,
                        status=status, message=message)

    # -- reading ---------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a query as dicts; parameters are always bound, never formatted in."""
        with translated(self.path):
            cur = self._con.execute(sql, list(params or []))
            cols = [d[0] for d in cur.description or []]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        with translated(self.path):
            row = self._con.execute(sql, list(params or [])).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: int(self.scalar(f'SELECT count(*) FROM "{t}"')) for t in TABLES}
