"""The lake: a load run's events and observations as Parquet files partitioned by year and month, for data
that outgrows the store. Both engines read it (DuckDB with ``read_parquet``, Spark with ``spark.read.parquet``).

Layout (hive partitioning; ``<token>`` is ``r<load run>-<12 hex digits>``, unique per run)::

    LAKE/_multipolar_lake.json                        what this folder is (format version)
    LAKE/events/year=2018/month=03/<token>_0.parquet  the store's ``events`` columns (year/month from the path)
    LAKE/observations/year=2014/month=00/<token>_0.parquet

* events are partitioned by the year and month of ``day`` (the day the event happened); an event without a
  day goes to ``year=0/month=00``;
* observations by their ``year`` and ``month``; annual (and multi-month) observations have no month and go to
  ``month=00``, so a year's annual values sit in one folder beside its monthly ones. Read back, month 0 is
  NULL again (and year 0 NULL), exactly the store's values;
* every row keeps its ``load_run``.

The store stays the record of what was loaded: ``load_runs`` has the run (path, sha256, counts, status) and
``lake_runs`` says in which lake its rows are and under which token. Readers take only the files of runs whose
status is ``ok`` — a superseded run's files are ignored (and deleted after the superseding load commits), and
files a crashed load left behind are never read (their token is not recorded). A load writes its files under
``LAKE/_tmp/<uuid>/`` and moves them into place (a rename on the same filesystem) only when every file of the
load succeeded, just before the store's transaction commits; a failed load leaves the lake as it was.

Only local folders (and ``file://`` URIs) can be written: object storage (``s3://``, ``gs://``, ``abfss://``)
needs DuckDB's httpfs/azure extensions, which multipolar never downloads. See docs/scale-out.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import duckdb

from ..errors import DataError, UsageError

LAKE_TABLES = ("events", "observations")
MARKER = "_multipolar_lake.json"
FORMAT = 1
_OBJECT_STORES = {"s3": "s3a", "s3a": "s3a", "s3n": "s3a", "gs": "gs", "gcs": "gs", "abfs": "abfss",
                  "abfss": "abfss", "az": "abfss", "azure": "abfss", "wasb": "abfss", "wasbs": "abfss",
                  "hdfs": "hdfs", "http": "http", "https": "http"}


def parse_lake(location: str | Path) -> Path:
    """The lake folder for ``--lake DIR|URI``: a plain folder or a ``file://`` URI (created if missing).

    Object-storage URIs are refused with what would be needed: multipolar writes the lake with DuckDB, whose
    httpfs/azure extensions it never downloads, and the measurement reads it from the path recorded in the store."""
    text = str(location).strip()
    if not text:
        raise UsageError("--lake needs a folder or a file:// URI", hint="e.g. --lake ./lake")
    parsed = urlparse(text)
    scheme = parsed.scheme.lower()
    if len(scheme) > 1 and scheme != "file":  # (a one-letter scheme is a Windows drive)
        if scheme in _OBJECT_STORES:
            raise UsageError(
                f"cannot write a lake to {scheme}:// — multipolar writes lake files with DuckDB, which would need "
                "its httpfs/azure extension, and it never downloads extensions",
                hint="load into a local folder (--lake ./lake) and copy it to object storage (e.g. `aws s3 sync`, "
                     "`gsutil rsync`, `azcopy sync`); Spark jobs can read it there — see docs/scale-out.md")
        raise UsageError(f"unknown lake URI scheme {scheme!r}", hint="give a folder or a file:// URI")
    if scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            raise UsageError(f"file:// URI with a host ({parsed.netloc!r}) is not a local folder",
                             hint="write file:///absolute/path")
        text = unquote(parsed.path)
    root = Path(text).expanduser().resolve()
    if root.exists() and not root.is_dir():
        raise UsageError("the lake must be a folder, and this is a file", hint=f"pick another --lake than {root}")
    marker = root / MARKER
    if root.exists() and any(root.iterdir()) and not marker.exists() and not any(
            (root / t).is_dir() for t in LAKE_TABLES):
        raise UsageError("this folder is not empty and is not a multipolar lake",
                         hint=f"give an empty or new folder for --lake (not {root})")
    try:
        root.mkdir(parents=True, exist_ok=True)
        if not marker.exists():
            marker.write_text(json.dumps({"format": FORMAT, "layout": "hive: <table>/year=YYYY/month=MM/"
                                          "<token>_N.parquet", "tables": list(LAKE_TABLES)}, indent=1) + "\n")
    except OSError as exc:
        raise UsageError(f"cannot write the lake folder ({exc.strerror or exc})", hint=f"check {root}") from None
    return root


@dataclass(frozen=True)
class LakeRun:
    """One load run's rows in a lake: where, under which token, how many of each table."""

    run: int
    root: str
    token: str
    events: int
    observations: int
    dataset: str | None = None

    def base(self, table: str) -> str:
        return str(Path(self.root) / table)

    def glob(self, table: str) -> str:
        """The files of this run's ``table`` (events or observations)."""
        return f"{self.base(table)}/*/*/{self.token}_*.parquet"

    def rows(self, table: str) -> int:
        return self.events if table == "events" else self.observations


def lake_runs_table(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'lake_runs' "
                            "AND database_name = current_database()").fetchall()[0][0])


def lake_runs(con: duckdb.DuckDBPyConnection, *, dataset: str | None = None) -> list[LakeRun]:
    """The runs in force (status ok) whose rows are in a lake."""
    if not lake_runs_table(con):
        return []
    sql = ("SELECT l.load_run, l.lake, l.token, l.events, l.observations, r.dataset FROM lake_runs l "
           "JOIN load_runs r ON r.id = l.load_run WHERE r.status = 'ok'")
    params: list[Any] = []
    if dataset is not None:
        sql += " AND r.dataset = ?"
        params.append(dataset)
    rows = con.execute(sql + " ORDER BY l.load_run", params).fetchall()
    return [LakeRun(int(r[0]), str(r[1]), str(r[2]), int(r[3] or 0), int(r[4] or 0), r[5]) for r in rows]


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    db = con.execute("SELECT current_database()").fetchall()[0][0]
    rows = con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' "
                       "AND table_name = ? ORDER BY column_index", [db, table]).fetchall()
    return [str(r[0]) for r in rows]


#: beyond this many runs in one lake, a table is read as one glob over the lake filtered by the files' tokens
#: (a GDELT feed makes a run per 15-minute file: thousands of per-run globs would each list the folders)
MANY_RUNS = 16

#: the run token in a lake file's name (``<token>_<n>.parquet``)
TOKEN_RE = r"([^/]+)_[0-9]+\.parquet$"


def read_plan(runs: list[LakeRun], table: str, many: int | None = None) -> list[tuple[str, list[str], list[str]]]:
    """How to read ``table`` of ``runs``: (base folder, globs, tokens to keep — empty: every file the globs
    match). Runs of one lake past ``MANY_RUNS`` are read with one glob and filtered by token."""
    many = MANY_RUNS if many is None else many
    by_base: dict[str, list[LakeRun]] = {}
    for r in runs:
        if r.rows(table) > 0:
            by_base.setdefault(r.base(table), []).append(r)
    plan: list[tuple[str, list[str], list[str]]] = []
    for base, rs in sorted(by_base.items()):
        if len(rs) > many:
            plan.append((base, [f"{base}/*/*/*.parquet"], sorted(r.token for r in rs)))
        else:
            plan.append((base, [r.glob(table) for r in rs], []))
    return plan


def lake_select(con: duckdb.DuckDBPyConnection, table: str, runs: list[LakeRun]) -> str | None:
    """SQL reading ``table``'s rows of ``runs`` from their Parquet files, with exactly the store table's columns
    (None when none of the runs has rows of it)."""
    plan = read_plan(runs, table)
    if not plan:
        return None
    cols = []
    for c in _columns(con, table):
        if table == "observations" and c in ("year", "month"):
            cols.append(f"CAST(nullif({c}, 0) AS INTEGER) AS {c}")  # month=00 / year=0: none in the store
        else:
            cols.append(f'"{c}"')
    parts = []
    for _base, globs, tokens in plan:
        src = (f"read_parquet([{', '.join(_lit(g) for g in globs)}], hive_partitioning = true, union_by_name = true, "
               "hive_types = {'year': INTEGER, 'month': INTEGER}" + (", filename = true)" if tokens else ")"))
        where = (f" WHERE regexp_extract(filename, {_lit(TOKEN_RE)}, 1) IN ({', '.join(_lit(t) for t in tokens)})"
                 if tokens else "")
        parts.append(f"SELECT {', '.join(cols)} FROM {src}{where}")
    return " UNION ALL ".join(parts)


@contextlib.contextmanager
def lake_views(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...] = LAKE_TABLES) -> Iterator[list[LakeRun]]:
    """While open, ``events`` and ``observations`` on ``con`` are the store's rows plus the lake's (temporary
    views of the same name shadow the store's tables). Used to stage the measurement's inputs unchanged."""
    runs = lake_runs(con)
    made: list[str] = []
    try:
        if runs:
            db = str(con.execute("SELECT current_database()").fetchall()[0][0]).replace('"', '""')
            for t in tables:
                sel = lake_select(con, t, runs)
                if sel is None:
                    continue
                con.execute(f'CREATE OR REPLACE TEMP VIEW {t} AS SELECT * FROM "{db}".main.{t} '
                            f"UNION ALL BY NAME {sel}")
                made.append(t)
        yield runs
    finally:
        for t in made:
            with contextlib.suppress(duckdb.Error):
                con.execute(f"DROP VIEW IF EXISTS temp.main.{t}")


# -- writing --------------------------------------------------------------------------------------------------
def _partition_sql(source: str, table: str, run: int) -> str:
    if table == "events":
        return (f"SELECT *, coalesce(year(day), 0) AS year, lpad(CAST(coalesce(month(day), 0) AS VARCHAR), 2, '0') "
                f"AS month FROM {source} WHERE load_run = {int(run)}")
    return (f"SELECT * EXCLUDE (year, month), coalesce(year, 0) AS year, "
            f"lpad(CAST(coalesce(month, 0) AS VARCHAR), 2, '0') AS month FROM {source} "
            f"WHERE load_run = {int(run)}")


#: while a file is loaded into a lake its events go to this temporary table (no primary-key index to fill and
#: then empty again), which stands in for ``events`` during the loader's own SQL
CAPTURE = "_lake_events"


class LakeSession:
    """The lake side of one load transaction: catches rows already in the lake, writes the new runs' rows when a lake
    is given, and moves them into place only if the whole load succeeds (see the module docstring).

    Used by :func:`multipolar.store.loading.in_load_transaction` as a context manager inside the store's transaction:
    leaving it normally publishes the files, leaving it with an exception removes them.

    Loading into a lake, the loader's ``INSERT INTO events`` lands in a temporary table of the same name that
    shadows the store's (created by :meth:`before_file`, renamed to ``_lake_events`` after the loader ran); the
    duplicate-id check the GDELT loader makes against the store is then made here, against the store and the lake."""

    def __init__(self, con: duckdb.DuckDBPyConnection, root: Path | None):
        self._con = con
        self.root = root
        self.tmp = root / "_tmp" / uuid.uuid4().hex if root is not None else None
        self.pending: list[_Pending] = []
        self.moved: list[Path] = []
        self._lake_obs = 0
        self._lake_ids: tuple[int, ...] = ()
        db = str(con.execute("SELECT current_database()").fetchall()[0][0]).replace('"', '""')
        self.events = f'"{db}".main.events'  # the store's tables, never a temporary one of the same name
        self.observations = f'"{db}".main.observations'
        self._capturing = False

    def _new_events(self) -> str:
        """Where the events of the file being loaded are."""
        return f"temp.main.{CAPTURE}" if self._capturing else self.events

    # -- during a file's load (inside the transaction) ------------------------------------------------------
    def before_file(self) -> None:
        """Before the loader runs: when writing to a lake, ``events`` becomes a temporary table (see the class)."""
        if self.root is None:
            return
        from .schema import TABLES

        ddl = TABLES["events"].replace("CREATE TABLE IF NOT EXISTS events", "CREATE TEMP TABLE events", 1)
        ddl = ddl.replace("id VARCHAR PRIMARY KEY", "id VARCHAR", 1)
        self._con.execute(f"DROP TABLE IF EXISTS temp.main.{CAPTURE}")
        self._con.execute(ddl)
        for c in _columns(self._con, "events"):  # columns a migrated store has beyond the DDL
            typ = self._con.execute("SELECT data_type FROM duckdb_columns() WHERE database_name = current_database() "
                                   "AND schema_name = 'main' AND table_name = 'events' AND column_name = ?",
                                   [c]).fetchall()[0][0]
            self._con.execute(f'ALTER TABLE temp.main.events ADD COLUMN IF NOT EXISTS "{c}" {typ}')
        self._capturing = True

    def _end_capture(self) -> None:
        """After the loader ran: the temporary ``events`` gets its own name, so ``events`` is the store's again."""
        if self._capturing and self._con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'temp' AND table_name = 'events'"
        ).fetchall()[0][0]:
            self._con.execute(f"ALTER TABLE temp.main.events RENAME TO {CAPTURE}")

    def _runs(self, dataset: str | None = None) -> list[LakeRun]:
        mine = {r.run for r in self.pending}  # recorded already, but their files are still in the temp folder
        done = [r for r in lake_runs(self._con, dataset=dataset) if r.run not in mine]
        return done + [r for r in self.pending if dataset is None or r.dataset == dataset]

    def before_dedup(self, dataset: str, run: int) -> None:
        """One flow, one count across store and lake: the dataset's lake observations are put beside the new run's
        rows (in the transaction) so the usual content de-duplication sees them."""
        self._end_capture()
        self._lake_obs = 0
        runs = [r for r in self._runs(dataset) if r.run != run]
        sel = lake_select(self._con, "observations", runs)
        if sel is None:
            return
        self._con.execute(f"INSERT INTO {self.observations} {sel}")
        self._lake_ids = tuple(r.run for r in runs if r.observations > 0)
        self._lake_obs = sum(r.observations for r in runs)

    def after_dedup(self, dataset: str, run: int, source: str) -> int:
        """Take the lake's observations out again; move the run's events whose id is already in the lake (or, when
        writing to a lake, in the store) to the rejects. Returns the number of the run's rows removed (rejected)."""
        if self._lake_obs:
            ids = ", ".join(str(i) for i in self._lake_ids)
            left = int(self._con.execute(f"SELECT count(*) FROM {self.observations} WHERE load_run IN ({ids})")
                       .fetchall()[0][0])
            self._con.execute(f"DELETE FROM {self.observations} WHERE load_run IN ({ids})")
            if left != self._lake_obs:
                raise DataError(f"this file revises {self._lake_obs - left:,} value(s) of earlier {dataset} loads that "
                                "are in the lake; revising lake rows is not supported, so nothing was loaded",
                                source=source, hint="load the revised edition into a new lake (or into the store), "
                                                    "or remove the earlier runs first")
            self._lake_obs = 0
        new = self._new_events()
        n_new = int(self._con.execute(f"SELECT count(*) FROM {new} WHERE load_run = ?", [run]).fetchall()[0][0])
        if not n_new:
            return 0
        n = 0
        if self._capturing:
            n += self._reject_known(new, run, source, f"SELECT id, load_run FROM {self.events} "
                                                      "WHERE origin <> 'article'", "store")
        sel = lake_select(self._con, "events", [r for r in self._runs() if r.run != run])
        if sel is not None:
            n += self._reject_known(new, run, source, f"SELECT id, load_run FROM ({sel})", "lake")
        return n

    def _reject_known(self, new: str, run: int, source: str, known_sql: str, where: str) -> int:
        """Move the events of run ``run`` (in ``new``) whose id is in ``known_sql`` (id, load_run) to the rejects."""
        self._con.execute(f"""CREATE OR REPLACE TEMP TABLE _lake_dup AS
            SELECT e.id, e.origin, e.source_event_id, k.load_run AS known_run FROM {new} e
            JOIN ({known_sql}) k ON k.id = e.id WHERE e.load_run = ?""", [run])
        try:
            n = int(self._con.execute("SELECT count(*) FROM _lake_dup").fetchall()[0][0])
            if n:
                lines = _lines_of_ids(Path(source), [str(r[0]) for r in self._con.execute(
                    "SELECT source_event_id FROM _lake_dup WHERE origin = 'gdelt'").fetchall()])
                self._con.execute("CREATE OR REPLACE TEMP TABLE _lake_dup_line (sid VARCHAR, line BIGINT)")
                if lines:
                    self._con.executemany("INSERT INTO _lake_dup_line VALUES (?, ?)", list(lines.items()))
                self._con.execute(
                    "INSERT INTO _rejects SELECT ?, l.line, 'duplicate event: ' || CASE WHEN d.origin = 'gdelt' THEN "
                    "'GLOBALEVENTID ' || coalesce(d.source_event_id, d.id) ELSE d.id END || ' is already in the "
                    f"{where} (run ' || d.known_run || ')' FROM _lake_dup d "
                    "LEFT JOIN _lake_dup_line l ON l.sid = d.source_event_id "
                    "ORDER BY l.line, d.id", [source])
                self._con.execute(f"DELETE FROM {new} WHERE load_run = ? AND id IN (SELECT id FROM _lake_dup)", [run])
        finally:
            self._con.execute("DROP TABLE IF EXISTS _lake_dup")
            self._con.execute("DROP TABLE IF EXISTS _lake_dup_line")
        return n

    def stage_run(self, dataset: str, run: int) -> str | None:
        """Write run ``run``'s events and observations to the lake's temp folder and take them out of the store's
        tables; record the run in ``lake_runs``. Returns a note for the run's message (None without a lake)."""
        if self.root is None or self.tmp is None:
            return None
        token = f"r{run}-{uuid.uuid4().hex[:12]}"
        src = {"events": self._new_events(), "observations": self.observations}
        counts: dict[str, int] = {}
        for table in LAKE_TABLES:
            n = int(self._con.execute(f"SELECT count(*) FROM {src[table]} WHERE load_run = ?", [run])
                    .fetchall()[0][0])
            counts[table] = n
            if not n:
                continue
            out = self.tmp / token / table
            out.parent.mkdir(parents=True, exist_ok=True)
            self._con.execute(f"COPY ({_partition_sql(src[table], table, run)}) TO {_lit(str(out))} "
                             f"(FORMAT parquet, PARTITION_BY (year, month), FILENAME_PATTERN '{token}_{{i}}')")
        ev, obs = src["events"], src["observations"]
        span = self._con.execute(
            f"SELECT min(y), max(y) FROM (SELECT year(day) AS y FROM {ev} WHERE load_run = ? "
            f"UNION ALL SELECT year FROM {obs} WHERE load_run = ?)", [run, run]).fetchall()[0]
        actors = self._con.execute(
            f"SELECT list_sort(list(DISTINCT a)) FROM (SELECT unnest(actors || recipients) AS a FROM {ev} "
            f"WHERE load_run = ? AND origin <> 'article' UNION ALL SELECT from_actor FROM {obs} "
            f"WHERE load_run = ? UNION ALL SELECT to_actor FROM {obs} WHERE load_run = ?) "
            "WHERE a IS NOT NULL", [run, run, run]).fetchall()[0][0]
        for table in LAKE_TABLES:
            if counts[table] and src[table] != f"temp.main.{CAPTURE}":
                self._con.execute(f"DELETE FROM {src[table]} WHERE load_run = ?", [run])
        if self._capturing:
            self._con.execute(f"DROP TABLE temp.main.{CAPTURE}")
            self._capturing = False
        self._con.execute("INSERT INTO lake_runs (load_run, lake, token, events, observations, first_year, last_year, "
                         "actors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [run, str(self.root), token, counts["events"], counts["observations"], span[0], span[1],
                          actors or []])
        self.pending.append(_Pending(run, str(self.root), token, counts["events"], counts["observations"], dataset,
                                     tmp=str(self.tmp)))
        total = counts["events"] + counts["observations"]
        return f"{total:,} row(s) written to the lake {self.root} (token {token})"

    # -- the end of the load ----------------------------------------------------------------------------------
    def __enter__(self) -> LakeSession:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.publish()
            except OSError as e:  # the transaction rolls back; nothing of this load stays in the lake
                self.abort()
                raise DataError(f"could not move the load's files into the lake ({e.strerror or e})",
                                source=str(self.root),
                                hint="check the lake folder's permissions and free space") from None
        else:
            for t in ("events", CAPTURE):  # (a rolled-back transaction has dropped them already)
                with contextlib.suppress(duckdb.Error):
                    self._con.execute(f"DROP TABLE IF EXISTS temp.main.{t}")
            self.abort()

    def publish(self) -> None:
        """Move every pending file from the temp folder into the lake (renames within one filesystem)."""
        if self.root is None or self.tmp is None:
            return
        for p in self.pending:
            for table in LAKE_TABLES:
                src = self.tmp / p.token / table
                if not src.is_dir():
                    continue
                for f in sorted(src.glob(f"*/*/{p.token}_*.parquet")):
                    dest = self.root / table / f.parent.parent.name / f.parent.name / f.name
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(f, dest)
                    self.moved.append(dest)
        shutil.rmtree(self.tmp, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.tmp.parent.rmdir()  # _tmp itself, when no other load is writing

    def abort(self) -> None:
        """Remove whatever this load wrote (its temp folder and any file already moved)."""
        for f in self.moved:
            with contextlib.suppress(OSError):
                f.unlink()
        self.moved.clear()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            with contextlib.suppress(OSError):
                self.tmp.parent.rmdir()

    def after_commit(self) -> None:
        """Delete the files of lake runs that are superseded (their rows no longer count)."""
        if not lake_runs_table(self._con):
            return
        rows = self._con.execute("SELECT l.lake, l.token FROM lake_runs l JOIN load_runs r ON r.id = l.load_run "
                                "WHERE r.status = 'superseded'").fetchall()
        for root, token in rows:
            for table in LAKE_TABLES:
                for f in Path(root).glob(f"{table}/*/*/{token}_*.parquet"):
                    with contextlib.suppress(OSError):
                        f.unlink()


def _lines_of_ids(path: Path, ids: list[str]) -> dict[str, int]:
    """The line numbers of GDELT rows by GLOBALEVENTID (the first tab-separated field) in a plain-text file,
    to name the line of a duplicate found in the lake (zipped and gzipped files: none)."""
    want = set(ids)
    found: dict[str, int] = {}
    if not want or path.name.lower().endswith((".zip", ".gz")):
        return found
    with contextlib.suppress(OSError), path.open("rb") as fh:
        for i, line in enumerate(fh, start=1):
            gid = line.split(b"\t", 1)[0].decode("ascii", "replace")
            if gid in want and gid not in found:
                found[gid] = i
                if len(found) == len(want):
                    break
    return found


@dataclass(frozen=True)
class _Pending(LakeRun):
    """A run written by the load in progress: its files are still in the load's temp folder."""

    tmp: str = ""

    def base(self, table: str) -> str:
        return str(Path(self.tmp) / self.token / table)


def session(con: duckdb.DuckDBPyConnection, lake: str | Path | None) -> LakeSession | None:
    """A :class:`LakeSession` for a load: when writing to a lake, or when the store already has lake runs (so rows
    already in the lake are caught); None otherwise."""
    root = parse_lake(lake) if lake is not None else None
    if root is None and not lake_runs(con):
        return None
    return LakeSession(con, root)
