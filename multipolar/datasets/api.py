"""The public API of the datasets package: load a dataset, list what is loaded, load the starter pack."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..store import Store
from ..store.lake import lake_runs_table
from .base import LOADERS, LoadReport, Progress, get_loader, recognise, run_load

STARTER_DIR = Path(__file__).resolve().parents[1] / "examples" / "starter"


def load(store: Store, dataset: str, path: str | Path, *, max_reject_share: float = 0.01,
         progress: Progress | None = None, lake: str | Path | None = None, stream: bool = False) -> LoadReport:
    """Load the file or folder ``path`` as ``dataset`` (a DATASET name, or ``"auto"`` to recognise it).

    One transaction: if anything fails, the store is left exactly as it was. Loading the same file
    again changes nothing; a changed file at the same path supersedes its earlier load.

    ``lake`` (a folder or ``file://`` URI): the events and observations of the load go to Parquet files there,
    partitioned by year and month, instead of the store's tables; the store records the runs (see
    :mod:`multipolar.store.lake` and docs/scale-out.md).

    ``stream``: one transaction per file (an event stream: a killed load keeps the files it finished, and loading
    again resumes; a file that fails is reported and the others are loaded). A GDELT file list
    (``masterfilelist.txt``) given as ``path`` is always loaded as a stream of the exports it names."""
    from .fetch import is_gdelt_list

    p = Path(path).expanduser()
    if not p.exists():
        raise InputError("no such file or folder", source=str(p), hint="check the path")
    gdelt_list = is_gdelt_list(p)
    loader = get_loader("gdelt-events") if gdelt_list and dataset == "auto" else (
        recognise(p) if dataset == "auto" else get_loader(dataset))
    return run_load(store, loader, p, max_reject_share=max_reject_share, progress=progress, lake=lake,
                    stream=stream or gdelt_list)


def dataset_names() -> list[str]:
    get_loader("cow-trade")  # imports every module
    return sorted(LOADERS)


_ROWS_SQL = """
WITH runs AS (SELECT id, dataset, path, sha256 FROM load_runs WHERE kind = 'load' AND status = 'ok'),
per_run AS (
    SELECT load_run, count(*) AS n, min(year) AS y0, max(year) AS y1 FROM observations GROUP BY load_run
    UNION ALL SELECT load_run, count(*), min(year(day)), max(year(day)) FROM events WHERE origin <> 'article'
              GROUP BY load_run
    UNION ALL SELECT load_run, count(*), min(year(date)), max(year(date)) FROM un_roll_calls GROUP BY load_run
    UNION ALL SELECT v.load_run, count(*), min(year(r.date)), max(year(r.date)) FROM un_votes v
              LEFT JOIN (SELECT DISTINCT rcid, date FROM un_roll_calls) r USING (rcid) GROUP BY v.load_run
    UNION ALL SELECT load_run, count(*), NULL, NULL FROM un_roll_call_issues GROUP BY load_run
    UNION ALL SELECT load_run, count(*), min(year(start)), max(year("end")) FROM leaders GROUP BY load_run
    UNION ALL SELECT load_run, count(*), min(year(day)), max(year(day)) FROM gkg_records GROUP BY load_run
    UNION ALL SELECT load_run, events + observations, first_year, last_year FROM lake_runs
)
SELECT runs.dataset, runs.id, runs.path, runs.sha256, coalesce(sum(p.n), 0), min(p.y0), max(p.y1)
FROM runs LEFT JOIN per_run p ON p.load_run = runs.id
GROUP BY runs.dataset, runs.id, runs.path, runs.sha256 ORDER BY runs.dataset, runs.id
"""

_ACTORS_SQL = """
SELECT dataset, count(DISTINCT a) FROM (
    SELECT dataset, from_actor AS a FROM observations UNION ALL SELECT dataset, to_actor FROM observations
    UNION ALL SELECT r.dataset, unnest(e.actors || e.recipients) FROM events e JOIN load_runs r ON r.id = e.load_run
              WHERE e.origin <> 'article'
    UNION ALL SELECT r.dataset, v.actor FROM un_votes v JOIN load_runs r ON r.id = v.load_run
    UNION ALL SELECT dataset, actor FROM leaders
    UNION ALL SELECT r.dataset, unnest(l.actors) FROM lake_runs l JOIN load_runs r ON r.id = l.load_run
              WHERE r.status = 'ok'
) WHERE a IS NOT NULL GROUP BY dataset
"""


def datasets(store: Store) -> list[dict[str, Any]]:
    """What is loaded, one dict per dataset: ``dataset``, ``rows``, ``first_year``, ``last_year``, ``actors``,
    ``sha256`` (of the file, or — for a dataset loaded from several files — the sha256 of their sorted
    sha256 digests), ``files`` (path, sha256, rows each), ``licence``, ``citation``, ``url``, ``version``."""
    meta = {r["name"]: r for r in store.query("SELECT * FROM datasets")}
    rows_sql, actors_sql = _ROWS_SQL, _ACTORS_SQL
    if not lake_runs_table(store.con):  # a store made before the lake, opened read-only
        rows_sql = "\n".join(ln for ln in rows_sql.splitlines() if "lake_runs" not in ln)
        actors_sql = "\n".join(ln for ln in actors_sql.splitlines() if "lake_runs" not in ln and "r.status" not in ln)
    actors = {r[0]: int(r[1]) for r in store.con.execute(actors_sql).fetchall()}
    out: dict[str, dict[str, Any]] = {}
    for name, run, path, sha, n, y0, y1 in store.con.execute(rows_sql).fetchall():
        d = out.setdefault(name, {"dataset": name, "rows": 0, "first_year": None, "last_year": None,
                                  "actors": actors.get(name, 0), "files": []})
        d["rows"] += int(n)
        if y0 is not None:
            d["first_year"] = int(y0) if d["first_year"] is None else min(d["first_year"], int(y0))
        if y1 is not None:
            d["last_year"] = int(y1) if d["last_year"] is None else max(d["last_year"], int(y1))
        d["files"].append({"path": path, "sha256": sha, "rows": int(n), "load_run": int(run)})
    for name, d in out.items():
        shas = sorted(f["sha256"] for f in d["files"])
        d["sha256"] = shas[0] if len(shas) == 1 else hashlib.sha256("".join(shas).encode()).hexdigest()
        m = meta.get(name, {})
        d.update(version=m.get("version"), licence=m.get("licence"), citation=m.get("citation"), url=m.get("url"))
    return [out[k] for k in sorted(out)]


def load_starter(store: Store, *, progress: Progress | None = None) -> list[LoadReport]:
    """Load the committed South Caucasus starter pack (no downloads needed)."""
    from .starter import load_starter_pack

    return load_starter_pack(store, STARTER_DIR, progress=progress)
