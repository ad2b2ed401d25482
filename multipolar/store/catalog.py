"""What datasets the store holds: named reads of the loaded data, as frozen dataclasses."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from .errors import translated
from .lake import lake_runs_table
from .store import Store

#: rows and years per load run, over every table a dataset load writes (and the runs written to a lake)
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

#: distinct actors per dataset
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


@dataclass(frozen=True)
class DatasetFile:
    """One loaded file (one load run) of a dataset."""

    path: str
    sha256: str
    rows: int
    load_run: int

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "rows": self.rows, "load_run": self.load_run}


@dataclass(frozen=True)
class LoadedDataset:
    """A dataset in the store: its rows, years and actors over every loaded file, and where it comes from.
    ``sha256`` is the file's, or — for a dataset loaded from several files — the sha256 of their sorted digests."""

    dataset: str
    rows: int
    first_year: int | None
    last_year: int | None
    actors: int
    files: tuple[DatasetFile, ...]
    sha256: str
    version: str | None
    licence: str | None
    citation: str | None
    url: str | None

    def as_json(self) -> dict[str, Any]:
        """The dict of ``multipolar datasets --format json``."""
        return {"dataset": self.dataset, "rows": self.rows, "first_year": self.first_year,
                "last_year": self.last_year, "actors": self.actors, "files": [f.as_json() for f in self.files],
                "sha256": self.sha256, "version": self.version, "licence": self.licence, "citation": self.citation,
                "url": self.url}


def _without_lake(sql: str, *also: str) -> str:
    """``sql`` without its lines on the lake (a store made before the lake, opened read-only)."""
    return "\n".join(ln for ln in sql.splitlines() if "lake_runs" not in ln and not any(a in ln for a in also))


def _combined_sha256(shas: list[str]) -> str:
    shas = sorted(shas)
    return shas[0] if len(shas) == 1 else hashlib.sha256("".join(shas).encode()).hexdigest()


def dataset_listing(store: Store) -> tuple[LoadedDataset, ...]:
    """Every dataset loaded in the store, by name."""
    rows_sql, actors_sql = _ROWS_SQL, _ACTORS_SQL
    with translated(store.path):
        if not lake_runs_table(store._con):
            rows_sql, actors_sql = _without_lake(rows_sql), _without_lake(actors_sql, "r.status")
        meta = {r[0]: r[1:] for r in store._con.execute(
            "SELECT name, version, licence, citation, url FROM datasets").fetchall()}
        actors = {r[0]: int(r[1]) for r in store._con.execute(actors_sql).fetchall()}
        runs = store._con.execute(rows_sql).fetchall()
    files: dict[str, list[DatasetFile]] = {}
    firsts: dict[str, list[int]] = {}
    lasts: dict[str, list[int]] = {}
    for name, run, path, sha, n, y0, y1 in runs:
        files.setdefault(name, []).append(DatasetFile(path, sha, int(n), int(run)))
        firsts.setdefault(name, []).extend([int(y0)] if y0 is not None else [])
        lasts.setdefault(name, []).extend([int(y1)] if y1 is not None else [])
    out = []
    for name in sorted(files):
        version, licence, citation, url = meta.get(name, (None, None, None, None))
        out.append(LoadedDataset(name, sum(f.rows for f in files[name]), min(firsts[name], default=None),
                                 max(lasts[name], default=None), actors.get(name, 0), tuple(files[name]),
                                 _combined_sha256([f.sha256 for f in files[name]]), version, licence, citation, url))
    return tuple(out)
