"""Run a method over a scope: stage the inputs, compute norms and indicators on an engine, add intervals."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from ..domain import DEFAULT_GROUPS
from ..engines import Engine, Session, resolve, session
from ..store import Store
from .methods import Method
from .sql import LOG_MAX, Scope, indicators_sql, norms_sql
from .uncertainty import intervals, widen_for_missing


@dataclass
class Computed:
    """The wide table (one row per power, target, year) with indicators, domain scores and intervals."""

    method: Method
    engine: str
    table: pa.Table
    norms: dict[str, float | None]
    timings: dict[str, float] = field(default_factory=dict)
    draws: dict[str, np.ndarray] = field(default_factory=dict)

    def rows(self) -> list[dict[str, Any]]:
        return self.table.to_pylist()


def compute_norms(eng: Session, method: Method | None = None) -> dict[str, float | None]:
    row = eng.run(norms_sql(method)).to_pylist()[0]
    return {k: (float(row[k]) if row.get(k) is not None and row[k] > 0 else None) for k in LOG_MAX}


def compute(store: Store, method: Method, scope: Scope | None = None, *, engine: Engine | str | None = None,
            groups: Sequence[str] = DEFAULT_GROUPS, norms: Mapping[str, float | None] | None = None,
            with_intervals: bool = True, keep_draws: bool = False, opened: Session | None = None,
            detail: bool = True, order: bool = True) -> Computed:
    """Compute ``method`` for the dyad-years of ``scope`` on ``engine`` (None: DuckDB), or in an ``opened``
    session (whose input views are then used as they are). ``norms`` (from an earlier full run) may be
    given to skip recomputing the scaling constants."""
    scope = scope or Scope()
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    ctx = contextlib.nullcontext(opened) if opened is not None else session(resolve(engine), store, groups)
    with ctx as e:
        assert e is not None
        timings["stage"] = time.perf_counter() - t0
        t = time.perf_counter()
        nm = dict(norms) if norms is not None else compute_norms(e, method)
        timings["norms"] = time.perf_counter() - t
        t = time.perf_counter()
        table = e.run(indicators_sql(method, nm, scope, detail=detail, order=order))
        timings["indicators"] = time.perf_counter() - t
        name = e.name
    res = Computed(method, name, table, nm, timings)
    if with_intervals:
        t = time.perf_counter()
        iv = intervals(table, method, keep_draws=keep_draws)
        if method.missing == "absent":
            iv["low_overall"], iv["high_overall"] = widen_for_missing(table, method, iv["low_overall"],
                                                                      iv["high_overall"])
        for k, v in iv.items():
            if k.startswith("draws_"):
                res.draws[k[6:]] = v
            else:
                res.table = res.table.append_column(k, pa.array(v, type=pa.float64(), from_pandas=True))
        timings["intervals"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    return res
