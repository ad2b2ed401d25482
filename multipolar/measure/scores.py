"""A computation's scores as the store keeps them (one row per power, target, year, domain), written through
the store's typed writer (:mod:`multipolar.store.scores`)."""

from __future__ import annotations

import pyarrow as pa

from ..domain import ALL_DOMAINS
from ..store import Store
from ..store import scores as stored
from .compute import Computed
from .fingerprint import fingerprint
from .sql import Scope


def long_scores(comp: Computed) -> pa.Table:
    """One row per (power, target, year, domain) from the wide table."""
    t = comp.table
    parts = []
    n = t.num_rows
    for d in ALL_DOMAINS:
        has_iv = f"low_{d}" in t.column_names
        parts.append(pa.table({
            "method": pa.repeat(pa.scalar(comp.method.name, pa.string()), n),
            "power": t.column("power").cast(pa.string()), "target": t.column("target").cast(pa.string()),
            "year": t.column("year").cast(pa.int32()), "domain": pa.repeat(pa.scalar(d, pa.string()), n),
            "value": t.column(f"i_{d}").cast(pa.float64()),
            "low": t.column(f"low_{d}").cast(pa.float64()) if has_iv else pa.nulls(n, pa.float64()),
            "high": t.column(f"high_{d}").cast(pa.float64()) if has_iv else pa.nulls(n, pa.float64()),
            "coverage": t.column(f"cov_{d}").cast(pa.float64()),
            "bandwidth": t.column(f"bw_{d}").cast(pa.float64()),
            "dependence": t.column(f"dep_{d}").cast(pa.float64()),
        }))
    return pa.concat_tables(parts)


def save(store: Store, comp: Computed, scope: Scope, *, replace_all: bool = False) -> int | None:
    """Store the scores of ``comp`` (replacing those of the same method and dyad-years). Returns the
    measure run id, or None when the store is read-only. The run records the method's fingerprint
    (:mod:`multipolar.measure.fingerprint`): which method exactly made the scores."""
    if store.read_only:
        return None
    run = stored.MeasureRun(comp.method.name, comp.engine, scope.__dict__, comp.norms, fingerprint(comp.method))
    return stored.write_scores(store, run, long_scores(comp), replace_all=replace_all)


def last_norms(store: Store, method: str, *, method_fingerprint: str | None = None) -> dict[str, float | None] | None:
    """The scaling constants of the last full run of ``method`` on the current inputs, if any. With
    ``method_fingerprint``, only a run made by exactly that method counts."""
    return stored.last_norms(store, method, Scope().__dict__, fingerprint=method_fingerprint)
