"""What the measurement needs from an engine: open a session over the store's published input views
(:mod:`multipolar.store.inputs`), run SQL there and get Arrow tables back, close."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Protocol

import pyarrow as pa

from ..domain import DEFAULT_GROUPS
from ..store import Store
from ..store.inputs import PublishedInputs, publish


class Session(Protocol):
    """An engine at work over one publication of the input views."""

    name: str
    #: the publication the session reads
    inputs: PublishedInputs

    def run(self, sql: str) -> pa.Table:
        """Run one query over the ``in_*`` views and return its rows as an Arrow table."""
        ...

    def close(self) -> None: ...


class Engine(Protocol):
    """A configured engine (no resources held until :meth:`open`)."""

    name: str
    #: True when the engine reads the lake's events from their Parquet files itself (the store then leaves
    #: them out of ``in_events``)
    reads_lake_events: bool

    def open(self, inputs: PublishedInputs) -> Session:
        """A session over the published ``inputs``."""
        ...


@contextlib.contextmanager
def session(engine: Engine, store: Store, groups: Sequence[str] = DEFAULT_GROUPS) -> Iterator[Session]:
    """Publish the store's input views (with the ``groups`` as powers) and open ``engine`` over them."""
    opened = engine.open(publish(store, groups, lake_events=not engine.reads_lake_events))
    try:
        yield opened
    finally:
        opened.close()
