"""Scores in the store: the typed writer of a measure run (``scores``, ``measure_runs``) and the read of the
scaling constants of the last full run."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from .inputs import inputs_hash
from .store import Store

#: the columns of a scores table handed to :func:`write_scores` (one row per power, target, year, domain)
SCORE_COLUMNS = ("method", "power", "target", "year", "domain", "value", "low", "high", "coverage", "bandwidth",
                 "dependence")


@dataclass(frozen=True)
class MeasureRun:
    """What made a set of scores: the method (name and fingerprint), the engine, the scope, the norms."""

    method: str
    engine: str
    scope: dict[str, Any]
    norms: dict[str, float | None]
    fingerprint: str


def write_scores(store: Store, run: MeasureRun, scores: pa.Table, *, replace_all: bool = False) -> int | None:
    """Store ``scores`` (columns :data:`SCORE_COLUMNS`), replacing the method's scores of the same dyad-years (or
    all of them with ``replace_all``), and record the run. Returns its id, or None when the store is read-only."""
    if store.read_only:
        return None
    from .. import __version__ as code_version

    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    h = inputs_hash(store)
    with store.transaction() as con:
        run_id = int(con.execute("SELECT coalesce(max(id), 0) + 1 FROM measure_runs").fetchall()[0][0])
        rows = scores.append_column("measure_run", pa.repeat(pa.scalar(run_id, pa.int64()), scores.num_rows))
        con.register("_mp_scores", rows)
        try:
            if replace_all:
                con.execute("DELETE FROM scores WHERE method = ?", [run.method])
            else:
                con.execute("""DELETE FROM scores s WHERE s.method = ? AND EXISTS (
                    SELECT 1 FROM _mp_scores n WHERE n.power = s.power AND n.target = s.target AND n.year = s.year)""",
                            [run.method])
            # the rows' physical order in `scores` means nothing (every reader sorts): letting DuckDB insert in
            # parallel, in any order, halves the CPU time of a full save (8.9 M rows)
            con.execute("SET preserve_insertion_order = false")
            columns = ", ".join((*SCORE_COLUMNS, "measure_run"))
            con.execute(f"INSERT INTO scores ({columns}) SELECT {columns} FROM _mp_scores")
        finally:
            con.execute("RESET preserve_insertion_order")
            con.unregister("_mp_scores")
        con.execute("INSERT INTO measure_runs (id, method, engine, scope, inputs_hash, code_version, norms, started, "
                    "finished, rows, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [run_id, run.method, run.engine, json.dumps(run.scope), h, code_version, json.dumps(run.norms),
                     started, dt.datetime.now(dt.UTC).replace(tzinfo=None), rows.num_rows, run.fingerprint])
    return run_id


def last_norms(store: Store, method: str, scope: dict[str, Any], *,
               fingerprint: str | None = None) -> dict[str, float | None] | None:
    """The scaling constants of the last run of ``method`` over ``scope``, if any. With ``fingerprint``, only a
    run made by exactly that method counts."""
    extra, params = (" AND fingerprint = ?", [fingerprint]) if fingerprint else ("", [])
    try:
        rows = store.query("SELECT norms, inputs_hash FROM measure_runs WHERE method = ? AND scope = ?" + extra
                           + " ORDER BY id DESC LIMIT 1", [method, json.dumps(scope), *params])
    except Exception:
        return None
    if not rows:
        return None
    norms: dict[str, float | None] = json.loads(rows[0]["norms"])
    return norms
