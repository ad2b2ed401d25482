"""Engines for the measurement SQL and the one place an engine is chosen by name.

>>> engine("duckdb").name
'duckdb'
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UsageError
from .base import Engine, Session, session
from .duckdb import DuckDBEngine


def _spark(master: str | None) -> Engine:
    from .spark import SparkEngine  # pyspark is imported only when Spark runs

    return SparkEngine(master=master)


_REGISTRY: dict[str, Callable[[str | None], Engine]] = {"duckdb": lambda master: DuckDBEngine(), "spark": _spark}
ENGINES = tuple(_REGISTRY)


def engine(name: str = "duckdb", *, master: str | None = None) -> Engine:
    """The engine called ``name`` (``master``: the Spark master, e.g. ``spark://host:7077``; local by default)."""
    make = _REGISTRY.get(name)
    if make is None:
        raise UsageError(f"unknown engine {name!r}", hint=f"choose one of: {', '.join(ENGINES)}")
    return make(master)


def resolve(chosen: Engine | str | None, *, master: str | None = None) -> Engine:
    """An engine object from what a caller passed: an engine, a name (with ``master`` for Spark) or None (DuckDB)."""
    if chosen is None or isinstance(chosen, str):
        return engine(chosen or "duckdb", master=master)
    return chosen


__all__ = ["ENGINES", "DuckDBEngine", "Engine", "Session", "engine", "resolve", "session"]
