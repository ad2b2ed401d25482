"""One translation of DuckDB's errors into multipolar's, by exception class (never by message text).

* :class:`duckdb.IOException` while opening a store file: another process holds its lock (DuckDB lets one
  writer, or several readers, have a file open) → :class:`~multipolar.errors.StoreBusyError`; a file shorter
  than DuckDB's headers is damaged, not busy;
* :class:`duckdb.TransactionException`: another writer changed the same rows → ``StoreBusyError``;
* :class:`duckdb.CatalogException`: a table or column is missing → not a multipolar store, or an older one;
* anything else: the driver's first line, with a hint to run ``multipolar verify``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..errors import StoreBusyError, StoreError

#: a DuckDB file starts with a main header and two database headers of 4 KiB each
_MIN_FILE_SIZE = 3 * 4096

BUSY_HINT = "wait for the other multipolar command to finish, or use another --db"


def first_line(exc: BaseException) -> str:
    """The first line of a driver error (DuckDB appends context lines), or its class name."""
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _truncated(path: str) -> bool:
    p = Path(path)
    return path != ":memory:" and p.is_file() and p.stat().st_size < _MIN_FILE_SIZE


def translate(exc: duckdb.Error, path: str, *, opening: bool = False) -> StoreError:
    """The :class:`~multipolar.errors.StoreError` that says what ``exc`` means for the store at ``path``
    (``opening``: raised while connecting to the file)."""
    if isinstance(exc, duckdb.IOException) and opening and not _truncated(path):
        return StoreBusyError("the store is in use by another process", source=path, hint=BUSY_HINT)
    if isinstance(exc, duckdb.IOException) and opening:
        return StoreError(f"the store file is damaged ({first_line(exc)})", source=path,
                          hint="restore it from a backup, or build a new store by loading and ingesting the inputs "
                               "again")
    if isinstance(exc, duckdb.TransactionException):
        return StoreBusyError("another writer changed the same rows at the same time", source=path,
                              hint="run the command again")
    if isinstance(exc, duckdb.CatalogException):
        return StoreError(f"not a multipolar store, or one from another version ({first_line(exc)})", source=path,
                          hint="open it once for writing (e.g. `multipolar load`) to upgrade it, or pass another "
                               "--db")
    return StoreError(first_line(exc), source=path,
                      hint="check the path and that it is a multipolar store (run `multipolar verify`)")


@contextlib.contextmanager
def translated(path: str, *, opening: bool = False) -> Iterator[None]:
    """Run a block that talks to DuckDB; its driver errors leave it as :func:`translate` says."""
    try:
        yield
    except duckdb.Error as exc:
        raise translate(exc, path, opening=opening) from None
