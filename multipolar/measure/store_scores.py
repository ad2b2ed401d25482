"""Writing computed scores to the store (``scores``, ``measure_runs``)."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa

from ..store import Store
from .compute import ALL_DOMAINS, Computed
from .fingerprint import fingerprint
from .inputs import inputs_hash
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
    from .. import __version__ as code_version

    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    long = long_scores(comp)
    h = inputs_hash(store)
    fp = fingerprint(comp.method)
    with store.transaction() as con:
        run = int(con.execute("SELECT coalesce(max(id), 0) + 1 FROM measure_runs").fetchall()[0][0])
        long = long.append_column("measure_run", pa.repeat(pa.scalar(run, pa.int64()), long.num_rows))
        con.register("_mp_scores", long)
        try:
            if replace_all:
                con.execute("DELETE FROM scores WHERE method = ?", [comp.method.name])
            else:
                con.execute("""DELETE FROM scores s WHERE s.method = ? AND EXISTS (
                    SELECT 1 FROM _mp_scores n WHERE n.power = s.power AND n.target = s.target AND n.year = s.year)""",
                            [comp.method.name])
            # the rows' physical order in `scores` means nothing (every reader sorts): letting DuckDB insert in
            # parallel, in any order, halves the CPU time of a full save (8.9 M rows)
            con.execute("SET preserve_insertion_order = false")
            con.execute("INSERT INTO scores (method, power, target, year, domain, value, low, high, coverage, "
                        "bandwidth, dependence, measure_run) SELECT method, power, target, year, domain, value, low, "
                        "high, coverage, bandwidth, dependence, measure_run FROM _mp_scores")
        finally:
            con.execute("RESET preserve_insertion_order")
            con.unregister("_mp_scores")
        con.execute("INSERT INTO measure_runs (id, method, engine, scope, inputs_hash, code_version, norms, started, "
                    "finished, rows, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [run, comp.method.name, comp.engine, json.dumps(scope.__dict__), h, code_version,
                     json.dumps(comp.norms), started, dt.datetime.now(dt.UTC).replace(tzinfo=None), long.num_rows,
                     fp])
    return run


def last_norms(store: Store, method: str, *, method_fingerprint: str | None = None) -> dict[str, float | None] | None:
    """The scaling constants of the last full run of ``method`` on the current inputs, if any. With
    ``method_fingerprint``, only a run made by exactly that method counts."""
    extra, params = (" AND fingerprint = ?", [method_fingerprint]) if method_fingerprint else ("", [])
    try:
        rows = store.query("SELECT norms, inputs_hash FROM measure_runs WHERE method = ? AND scope = ?" + extra
                           + " ORDER BY id DESC LIMIT 1", [method, json.dumps(Scope().__dict__), *params])
    except Exception:
        return None
    if not rows:
        return None
    norms: dict[str, float | None] = json.loads(rows[0]["norms"])
    return norms
