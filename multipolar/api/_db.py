"""How the door takes a store and an engine: a path or a :class:`Store` in, one engine resolved once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..store import Store, default_db_path

#: a store file, an open store (used and left open) or None for the default store
DbLike = str | Path | Store | None


def store_path(db: DbLike) -> Path:
    """The file a ``db`` argument names (the default store for None)."""
    if isinstance(db, Store):
        return Path(db.path)
    return Path(db) if db is not None else default_db_path()


def store_exists(db: DbLike = None) -> bool:
    """Whether the store ``db`` names is there (an open store always is)."""
    return isinstance(db, Store) or store_path(db).exists()


@contextlib.contextmanager
def opened(db: DbLike, *, read_only: bool) -> Iterator[Store]:
    """``db`` as an open store: a Store given is used and left open; a path is opened here and closed."""
    if isinstance(db, Store):
        yield db
        return
    with Store(store_path(db), read_only=read_only) as store:
        yield store
