"""The load session the store owns: everything that writes the store's tables while a dataset is loaded.

A loader (:mod:`multipolar.datasets`) recognises a file and says how to read it — the ``read_csv`` options of its
:class:`SourceLayout`, the SELECTs that map codes and name rejects — and hands those to a :class:`LoadSession`;
it never holds the connection. The session stages the file in temporary tables, moves rows to reject (with their
line numbers) and inserts into observations, events and the datasets' own tables. :class:`LoadTransaction` runs
one load transaction around it: the datasets row, the load run and the supersede of earlier runs, dedup against
stored rows, the reject share, the lake's hooks (:mod:`multipolar.store.lake`), and the one-pass read that falls
back to the checked one (:class:`LoadAgain`).
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb

from ..errors import DataError, MultipolarError
from ..resolve import codes
from . import lake as lakes
from . import runs
from .errors import first_line, translated
from .lake import LakeSession
from .store import Store


class SourceLayout(Protocol):
    """How a source file is laid out (a dataset's ``FileKind``): what ``read_csv`` needs."""

    @property
    def name(self) -> str: ...

    @property
    def columns(self) -> tuple[tuple[str, str], ...]: ...

    @property
    def header(self) -> bool: ...

    @property
    def delim(self) -> str: ...

    @property
    def quote(self) -> str: ...

    @property
    def skip(self) -> int: ...

    @property
    def nullstr(self) -> tuple[str, ...]: ...

    @property
    def max_line(self) -> int: ...


class DatasetInfo(Protocol):
    """What the store records of a dataset (a registered loader)."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def licence(self) -> str: ...

    @property
    def citation(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def method(self) -> str: ...

    @property
    def edition(self) -> bool: ...


@dataclass(frozen=True)
class SourceFile:
    """One file to load: its path, layout and digest, the path DuckDB reads (zip members are extracted) and the
    number of its last line when that line has no line break (else None)."""

    path: Path
    kind: SourceLayout
    sha256: str
    readable: Path
    open_last_line: int | None = None


@dataclass
class FileReport:
    path: str
    kind: str
    sha256: str
    status: str  # 'loaded', 'unchanged', 'skipped'; in a stream also 'failed' (message: the error)
    run_id: int | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rows_rejected: int = 0
    superseded_runs: list[int] = field(default_factory=list)
    rejects: list[tuple[int | None, str]] = field(default_factory=list)  # first few (line, reason)
    message: str | None = None


class LoadAgain(Exception):
    """A one-pass load failed (a row to reject, an id twice): the transaction is aborted. It is rolled back,
    ``after_rollback`` is run (settings a failed statement could not restore) and the file loaded again with
    ``LoadSession.sole`` false."""

    def __init__(self, reason: str, after_rollback: Sequence[str] = ()):
        super().__init__(reason)
        self.after_rollback = list(after_rollback)


def sql_str(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def check_line_lengths(path: Path, limit: int, source: str) -> None:
    """Refuse a file with a line longer than ``limit`` bytes, before DuckDB reads it.

    DuckDB's CSV reader with a rejects table spends time that grows with the square of a malformed line's
    length (a 150 KB line of commas: 11 s; 2.5 MB: hours — found by ``bench/fuzz.py``), so an absurdly long
    line is refused here. The scan is cheap: from each line start it looks for the next newline only within
    the next ``limit`` bytes (``bytes.rfind`` over a window), about file size / limit calls."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        _scan_lines(path, opener, limit, source)
    except (EOFError, OSError, zlib.error) as exc:  # truncated or corrupt gzip (gzip.BadGzipFile is an OSError)
        raise DataError(f"cannot read the file: {exc}", source=source,
                        hint="download the file again; it is damaged or not in the expected format") from None


def _scan_lines(path: Path, opener: Any, limit: int, source: str) -> None:
    offset = 0  # file offset of data[0]
    data = b""
    with opener(path, "rb") as f:
        while True:
            chunk = f.read(1 << 22)
            data = data + chunk if data else chunk
            start = 0
            while len(data) - start > limit:
                end = start + limit + 1
                nl = max(data.rfind(b"\n", start, end), data.rfind(b"\r", start, end))  # CR-only files too
                if nl < 0:
                    line = _line_number(path, opener, offset + start)
                    raise DataError(f"the line is longer than {limit:,} bytes, which no row of this file kind "
                                    "is: the file is damaged or not what it seems", source=source, line=line,
                                    hint="download the file again, or check that it is the dataset named")
                start = nl + 1
            if not chunk:
                return
            offset += start
            data = data[start:]


def _line_number(path: Path, opener: Any, offset: int) -> int:
    """1-based number of the line that starts at byte ``offset``."""
    count = 0
    with opener(path, "rb") as f:
        done = 0
        while done < offset:
            chunk = f.read(min(1 << 22, offset - done))
            if not chunk:
                break
            count += chunk.count(b"\n")
            done += len(chunk)
    return count + 1


class LoadSession:
    """One file being loaded: its staging tables, its rejects and the rows it stores, in the load's transaction.

    ``sole``: the file is the only one in its transaction, so a loader may read it in one pass
    (:meth:`insert_into` with ``one_pass``); when that fails the whole transaction is rolled back and the file
    loaded again with ``sole`` false."""

    def __init__(self, con: duckdb.DuckDBPyConnection, dataset: str, run_id: int, source: SourceFile, *,
                 sole: bool = False):
        self._con = con
        self.dataset = dataset
        self.sole = sole
        self.run_id = run_id
        self.sha256 = source.sha256
        self.path = source.path
        self.source = str(source.path)
        self.kind = source.kind
        self.readable = source.readable  # path DuckDB reads (zip members are extracted)
        self.rows_read = 0
        self.rows_stored = 0
        self.first_line = source.kind.skip + (2 if source.kind.header else 1)
        self._min_rowid = 0
        self._has_rj = False
        self._temps: list[str] = []
        self._views: set[str] = set()
        self._restore: list[str] = []  # statements that restore settings after a failed one-pass statement

    # -- staging -----------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run SQL over the staged tables (reads, or changes to the session's temp tables)."""
        return self._con.execute(sql, list(params or [])).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    def temp(self, name: str, sql: str) -> None:
        """CREATE TEMP TABLE name AS sql (dropped after the file is loaded)."""
        self._con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        self.track(name)

    def view(self, name: str, sql: str) -> None:
        """CREATE TEMP VIEW name AS sql (dropped after the file is loaded)."""
        self._con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS {sql}")
        self._views.add(name)
        self.track(name)

    def temp_rows(self, name: str, columns: str, rows: Sequence[Sequence[Any]]) -> None:
        """A temp table from Python rows (small code tables)."""
        self._con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({columns})")
        self.track(name)
        if rows:
            self._con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})",
                                  [list(r) for r in rows])

    def track(self, *names: str) -> None:
        """Temp tables made by a query of the loader's own (e.g. read_csv's rejects tables): dropped with the rest."""
        self._temps.extend(n for n in names if n not in self._temps)

    def drop_temps(self) -> None:
        for name in reversed(self._temps):
            kind = "VIEW" if name in self._views else "TABLE"
            self._con.execute(f"DROP {kind} IF EXISTS {name}")
        self._temps.clear()

    @contextlib.contextmanager
    def file_probes(self) -> Iterator[None]:
        """Joins of the file with the code tables hash the code tables, never the file: DuckDB does not know how
        many rows read_csv gives and may pick the file as the side to hash — all of it in memory (3 M rows: past
        the 2 GB limit, out of memory). Its build-side optimizer is turned off for the block."""
        before = str(self.scalar("SELECT current_setting('disabled_optimizers')") or "")
        names = [n for n in before.split(",") if n.strip()]
        undo = f"SET disabled_optimizers = {sql_str(before)}"
        self._con.execute(f"SET disabled_optimizers = {sql_str(','.join([*names, 'build_side_probe_side']))}")
        self._restore = [undo]  # for a one-pass statement whose failure aborts the transaction
        try:
            yield
        finally:  # (in a transaction a failed statement aborted, SET fails too: LoadAgain runs it after rollback)
            with contextlib.suppress(duckdb.Error):
                self._con.execute(undo)

    # -- reading -----------------------------------------------------------------------------------
    def read_csv_sql(self, kind: SourceLayout | None = None, *, columns: Sequence[tuple[str, str]] | None = None,
                     null_padding: bool = False, rejects: tuple[str, str] = ("_rej_err", "_rej_scan")) -> str:
        """The ``read_csv(…)`` table function :meth:`read` reads the file with (explicit columns and types, no
        auto-detection; rows that do not parse go to the temp tables ``rejects``), for loaders that read the
        file in a query of their own (e.g. a streaming INSERT)."""
        kind = kind or self.kind
        cols = list(columns or kind.columns)
        spec = "{" + ", ".join(f"{sql_str(c)}: {sql_str(t)}" for c, t in cols) + "}"
        nulls = "[" + ", ".join(sql_str(n) for n in kind.nullstr) + "]"
        quote = sql_str(kind.quote) if kind.quote else "''"
        opts = (f"columns={spec}, header={'true' if kind.header else 'false'}, delim={sql_str(kind.delim)}, "
                f"quote={quote}, escape={quote}, skip={kind.skip}, nullstr={nulls}, auto_detect=false, "
                f"ignore_errors=true, store_rejects=true, rejects_table={sql_str(rejects[0])}, "
                f"rejects_scan={sql_str(rejects[1])}, "
                f"null_padding={'true' if null_padding else 'false'}, max_line_size={max(kind.max_line, 1 << 20)}, "
                f"compression={sql_str('gzip' if self.readable.name.lower().endswith('.gz') else 'none')}")
        return f"read_csv({sql_str(str(self.readable))}, {opts})"

    def read(self, kind: SourceLayout | None = None, *, columns: Sequence[tuple[str, str]] | None = None,
             null_padding: bool = False, table: str = "_raw") -> int:
        """Read the file with DuckDB into temp ``table``; structural and type errors become rejects.

        Returns the number of rows read (good + rejected)."""
        kind = kind or self.kind
        check_line_lengths(self.readable, kind.max_line, self.source)
        try:
            self.temp(table, f"SELECT * FROM {self.read_csv_sql(kind, columns=columns, null_padding=null_padding)}")
        except duckdb.Error as exc:
            hint = "download the file again; it is damaged or not in the expected format"
            raise DataError(f"cannot read the file: {first_line(exc)}", source=self.source, hint=hint) from None
        self.track("_rej_err", "_rej_scan")
        good = int(self.scalar(f"SELECT count(*) FROM {table}"))
        self._min_rowid = int(self.scalar(f"SELECT coalesce(min(rowid), 0) FROM {table}"))
        # Structural / type rejects, one per line.
        self.temp("_rj_lines", """
            SELECT line, first(CASE WHEN error_type = 'CAST'
                     THEN 'non-numeric or malformed value in column ' || coalesce(column_name, '?') || ': '
                          || error_message
                     WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
                     THEN 'wrong number of columns (truncated or extra fields): ' || error_message
                     ELSE lower(error_type) || ': ' || error_message END ORDER BY column_idx) AS reason
            FROM _rej_err GROUP BY line ORDER BY line""")
        bad = int(self.scalar("SELECT count(*) FROM _rj_lines"))
        self.rows_read += good + bad
        if bad:
            self.reject_lines("SELECT line, reason FROM _rj_lines")
            # t = good rows before each rejected line; j = rejects up to it (see line_expr).
            self.temp("_rj", f"""
                SELECT t, max(j) AS j FROM (
                    SELECT (line - {self.first_line}) - (row_number() OVER (ORDER BY line) - 1) AS t,
                           row_number() OVER (ORDER BY line) AS j FROM _rj_lines) GROUP BY t""")
            self._has_rj = True
        else:
            self._has_rj = False
        return good + bad

    def line_expr(self, rid: str = "rowid") -> str:
        """SQL for the 1-based line number of a staged row, given its ``_raw`` rowid column."""
        k = f"({rid} - {self._min_rowid})"
        if not self._has_rj:
            return f"({self.first_line} + {k})"
        return f"({self.first_line} + {k} + coalesce((SELECT max(j) FROM _rj WHERE _rj.t <= {k}), 0))"

    # -- rejects -----------------------------------------------------------------------------------
    def reject(self, table: str, condition: str, reason: str, rid: str = "_rid") -> int:
        """Move rows of ``table`` matching ``condition`` to the rejects with ``reason`` (SQL)."""
        n = int(self.scalar(f"SELECT count(*) FROM {table} WHERE {condition}"))
        if n:
            self.reject_lines(f"SELECT {self.line_expr(rid)}, {reason} FROM {table} WHERE {condition}")
            self._con.execute(f"DELETE FROM {table} WHERE {condition}")
        return n

    def reject_lines(self, select_sql: str) -> None:
        """Record the (line, reason) rows of ``select_sql`` as rejects of this file."""
        self._con.execute(f"INSERT INTO _rejects SELECT {sql_str(self.source)}, * FROM ({select_sql})")

    def reject_rows(self, rows: Sequence[tuple[str, int, str]]) -> None:
        """Record (source, line, reason) rejects found in Python (spreadsheets)."""
        if rows:
            self._con.executemany("INSERT INTO _rejects VALUES (?, ?, ?)", [list(r) for r in rows])

    # -- code tables -------------------------------------------------------------------------------
    def cow_table(self) -> str:
        if "_cow" not in self._temps:
            self.temp_rows("_cow", "ccode BIGINT, y0 INTEGER, y1 INTEGER, code VARCHAR", codes.cow_rows())
        return "_cow"

    def gw_table(self) -> str:
        if "_gw" not in self._temps:
            self.temp_rows("_gw", "ccode BIGINT, y0 INTEGER, y1 INTEGER, code VARCHAR", codes.gw_rows())
        return "_gw"

    def name_table(self, name: str, distinct_sql: str, mapper: Callable[[str], str | None]) -> str:
        """A temp table (name VARCHAR, code VARCHAR) mapping the distinct names of ``distinct_sql``."""
        names = [r[0] for r in self.execute(distinct_sql) if r[0] is not None]
        self.temp_rows(name, "name VARCHAR, code VARCHAR", [(n, mapper(n)) for n in names])
        return name

    # -- the store's tables ------------------------------------------------------------------------
    def insert_observations(self, select_sql: str, *, with_estimate: bool = False) -> int:
        """Insert observations from a SELECT giving (indicator, from_actor, to_actor, period, year, month,
        value, unit, source_row) — and ``estimate`` (BOOLEAN) when ``with_estimate``."""
        est = "estimate" if with_estimate else "CAST(NULL AS BOOLEAN)"
        return self._insert(f"""
            INSERT INTO observations (dataset, indicator, from_actor, to_actor, period, year, month, value, unit,
                                      source_file, source_row, load_run, estimate)
            SELECT {sql_str(self.dataset)}, indicator, from_actor, to_actor, period, year, month, value, unit,
                   {sql_str(self.source)}, source_row, {self.run_id}, {est} FROM ({select_sql})""")

    def insert_arrow_observations(self, rows: Any) -> int:
        """Insert observations from a ``pyarrow.Table`` with the columns of :meth:`insert_observations`
        (``estimate`` optional) — for files read in Python (spreadsheets)."""
        name = f"_mp_obs_{self.run_id}"
        self._con.register(name, rows)
        try:
            return self.insert_observations(f"SELECT * FROM {name}", with_estimate="estimate" in rows.column_names)
        finally:
            self._con.unregister(name)

    def insert_into(self, table: str, columns: str, select_sql: str, *, one_pass: bool = False) -> int:
        """INSERT INTO table (columns, load_run) SELECT …, run — events or the dataset's own tables.

        ``one_pass``: the statement reads the file itself and fails on any row to reject; a failure is
        :class:`LoadAgain` (only where :attr:`sole`)."""
        sql = f"INSERT INTO {table} ({columns}, load_run) SELECT *, {self.run_id} FROM ({select_sql})"
        if not one_pass:
            return self._insert(sql)
        try:
            return self._insert(sql)
        except duckdb.Error as exc:  # the transaction is aborted
            raise LoadAgain(f"one pass failed: {first_line(exc)}", self._restore) from None

    def _insert(self, sql: str) -> int:
        n = int(self._con.execute(sql).fetchall()[0][0])
        self.rows_stored += n
        return n

    def stored_events_sql(self, origin: str, lo: str | None, hi: str | None) -> str:
        """SQL of the stored events of ``origin`` whose ``source_event_id`` (text) lies between ``lo`` and ``hi``
        (id, load_run): a superset of a file's ids already stored, found by the column's min/max per row group
        without reading every stored id."""
        if lo is None or hi is None:
            return "SELECT id, load_run FROM events WHERE false"
        return (f"SELECT id, load_run FROM events WHERE origin = {sql_str(origin)} "
                f"AND source_event_id BETWEEN {sql_str(lo)} AND {sql_str(hi)}")


#: the natural key of an observation: what it measures, between whom, when (the value is the content)
NATURAL_KEY = ("indicator", "from_actor", "to_actor", "period")


def _key_expr(alias: str) -> str:
    return " || chr(31) || ".join(f"coalesce(CAST({alias}{c} AS VARCHAR), '')" for c in NATURAL_KEY)


def _drop_known_content(con: duckdb.DuckDBPyConnection, dataset: str, run_id: int) -> tuple[int, int]:
    """One flow, one count: identity is the content, not the file's bytes. Rows of run ``run_id`` whose natural
    key and value are already stored for the dataset by another load (the same table as plain CSV, another
    folder, the starter pack) are dropped, matched one for one; where a key that is unique in both loads has
    another value in an earlier load, this file is a revision and its value replaces the earlier one.
    Returns (rows dropped, earlier rows replaced)."""
    key = _key_expr("")
    # Only earlier rows of the same dataset that share an actor with this load can match (a cheap semi-join:
    # loading a folder file by file must not rescan the whole dataset per file).
    con.execute("CREATE OR REPLACE TEMP TABLE _mine AS SELECT DISTINCT coalesce(from_actor, '') AS fa FROM "
                "observations WHERE load_run = ?", [run_id])
    con.execute("""CREATE OR REPLACE TEMP TABLE _theirs AS SELECT rowid AS rid, * FROM observations
                   WHERE dataset = ? AND load_run <> ? AND coalesce(from_actor, '') IN (SELECT fa FROM _mine)""",
                [dataset, run_id])
    try:
        if not int(con.execute("SELECT count(*) FROM _theirs").fetchall()[0][0]):
            return 0, 0
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _known AS
            WITH new AS (SELECT rowid AS rid, {key} AS k, value,
                                row_number() OVER (PARTITION BY {key}, value ORDER BY rowid) AS nth
                         FROM observations WHERE load_run = ?),
                 old AS (SELECT {key} AS k, value, count(*) AS n FROM _theirs GROUP BY ALL)
            SELECT rid FROM new JOIN old ON new.k = old.k AND new.value IS NOT DISTINCT FROM old.value
            WHERE new.nth <= old.n""", [run_id])
        dropped = int(con.execute("SELECT count(*) FROM _known").fetchall()[0][0])
        if dropped:
            con.execute("DELETE FROM observations WHERE rowid IN (SELECT rid FROM _known)")
        # a key unique in both loads with another value: this file revises the earlier one
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _known AS
            WITH new AS (SELECT {key} AS k FROM observations WHERE load_run = ? GROUP BY 1 HAVING count(*) = 1),
                 old AS (SELECT {key} AS k, load_run, min(rid) AS rid FROM _theirs GROUP BY {key}, load_run
                         HAVING count(*) = 1)
            SELECT old.rid FROM old JOIN new ON new.k = old.k""", [run_id])
        revised = int(con.execute("SELECT count(*) FROM _known").fetchall()[0][0])
        if revised:
            con.execute("DELETE FROM observations WHERE rowid IN (SELECT rid FROM _known)")
    finally:
        for t in ("_known", "_theirs", "_mine"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    return dropped, revised


#: seconds between two looks at a running statement's progress (while one big file loads)
PROGRESS_EVERY = 1.0


@contextlib.contextmanager
def _statement_progress(con: duckdb.DuckDBPyConnection, tick: Callable[[float], None] | None) -> Iterator[None]:
    """While a file loads, tell ``tick`` how far its running statement is (DuckDB's ``query_progress``, read
    from a thread every :data:`PROGRESS_EVERY` seconds): one statement may read a 4 GB file for a minute."""
    if tick is None:
        yield
        return
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(PROGRESS_EVERY):
            with contextlib.suppress(Exception):  # progress is best effort; the load's own errors are elsewhere
                pct = con.query_progress()
                if pct >= 0:
                    tick(pct)

    thread = threading.Thread(target=poll, name="multipolar-load-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


class LoadTransaction:
    """The files of one load transaction of a dataset: each becomes a load run (see :meth:`load_file`)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, dataset: DatasetInfo, lake: LakeSession | None, sole: bool):
        self._con = con
        self.dataset = dataset
        self._lake = lake
        self.sole = sole  # the first attempt: a file alone in the transaction may be read in one pass

    def unchanged(self, path: Path, kind: str, sha256: str) -> FileReport | None:
        """The report of a file whose content is already loaded for the dataset (None if it is not)."""
        same = self._con.execute("SELECT id, path FROM load_runs WHERE kind = 'load' AND dataset = ? AND sha256 = ? "
                                 "AND status = 'ok' ORDER BY id", [self.dataset.name, sha256]).fetchall()
        if not same:
            return None
        return FileReport(path=str(path), kind=kind, sha256=sha256, status="unchanged", run_id=int(same[0][0]),
                          message=f"already loaded (run {same[0][0]} from {same[0][1]})")

    def load_file(self, source: SourceFile, read: Callable[[LoadSession], None], *, max_share: float,
                  alone: bool, tick: Callable[[float], None] | None = None) -> FileReport:
        """Load one file as a new run: earlier runs of its path (of the dataset, for an edition) are superseded,
        ``read`` stages and stores its rows through a :class:`LoadSession`, rows already stored are dropped,
        and the load fails (DataError) when the file is empty, cut short or has more rejects than
        ``max_share``."""
        con, ds, f = self._con, self.dataset, source.path
        same_path = "" if ds.edition else " AND path = ?"
        old = [int(r[0]) for r in con.execute("SELECT id FROM load_runs WHERE kind = 'load' AND dataset = ? "
                                              f"AND status = 'ok'{same_path}",
                                              [ds.name] + ([] if ds.edition else [str(f)])).fetchall()]
        for run in old:
            runs.supersede(con, run)
        run_id = runs.new_run(con, kind="load", path=str(f), sha256=source.sha256, dataset=ds.name,
                                     method=ds.method or f"{ds.name}.v1")
        con.execute("DELETE FROM _rejects")
        # writing to a lake, ``events`` is a capture table without the primary key a one-pass read relies on
        lake = self._lake
        one_pass = self.sole and alone and (lake is None or lake.root is None)
        session = LoadSession(con, ds.name, run_id, source, sole=one_pass)
        if lake is not None:
            lake.before_file()
        try:
            with _statement_progress(con, tick):
                read(session)
        except MultipolarError:
            raise
        except duckdb.Error as exc:
            raise DataError(f"could not load the file: {first_line(exc)}", source=str(f),
                            hint="the file may be damaged or of another version; check it or report this") from None
        session.drop_temps()
        if lake is not None:  # rows already in the lake count as known too (multipolar.store.lake)
            lake.before_dedup(ds.name, run_id)
        dup, revised = _drop_known_content(con, ds.name, run_id)
        session.rows_stored -= dup
        if lake is not None:
            session.rows_stored -= lake.after_dedup(ds.name, run_id, str(f))
        n_rej, sample = self._rejects_found()
        self._refuse(session, source, n_rej, sample, max_share)
        con.execute("INSERT INTO rejects (load_run, source, line, reason) SELECT ?, source, line, reason "
                    "FROM _rejects", [run_id])
        notes = [source.kind.name]
        if source.open_last_line is not None:
            notes.append(f"no line break after the last line ({source.open_last_line:,}); it was read as a whole "
                         "row (if the file was cut short there, download it again)")
        if old:
            notes.append(f"superseded run(s) {old}")
        if dup:
            notes.append(f"{dup:,} row(s) already in the store from another file (same dataset, same key and value): "
                         "not counted again")
        if revised:
            notes.append(f"{revised:,} row(s) of earlier loads replaced by this file's revised values")
        in_lake = lake.stage_run(ds.name, run_id) if lake is not None else None
        if in_lake:
            notes.append(in_lake)
        runs.finish_run(con, run_id, rows_read=session.rows_read, rows_stored=session.rows_stored,
                               rows_rejected=n_rej, status="ok", message="; ".join(notes))
        return FileReport(path=str(f), kind=source.kind.name, sha256=source.sha256, status="loaded", run_id=run_id,
                          rows_read=session.rows_read, rows_stored=session.rows_stored, rows_rejected=n_rej,
                          superseded_runs=old, rejects=sample, message="; ".join(notes[1:]) or None)

    def _rejects_found(self) -> tuple[int, list[tuple[int | None, str]]]:
        """How many rows the file rejected, and the first five (line, reason)."""
        n = int(self._con.execute("SELECT count(*) FROM _rejects").fetchall()[0][0])
        sample = [(None if r[0] is None else int(r[0]), str(r[1])) for r in
                  self._con.execute("SELECT line, reason FROM _rejects ORDER BY line LIMIT 5").fetchall()]
        return n, sample

    def _refuse(self, session: LoadSession, source: SourceFile, n_rej: int, sample: list[tuple[int | None, str]],
                max_share: float) -> None:
        """Fail the load of a file with no data rows, cut mid-row, or with too many rows rejected."""
        f, name, read = str(source.path), self.dataset.name, session.rows_read
        if read == 0:
            raise DataError("the file has no data rows", source=f, hint=f"download the {name} file again")
        cut = self._cut_last_row(source.open_last_line) if n_rej else None
        if cut is not None:
            line, why = cut
            raise DataError(f"the file ends in the middle of a row: its last line ({line:,}) has no line break and "
                            f"is incomplete ({why}); the file looks truncated, so nothing of it was loaded", source=f,
                            line=line, hint=f"download the {name} file again (the copy was cut short)")
        if n_rej > max_share * read:
            first_line = sample[0][0] if sample else None
            shown = "; ".join(f"line {ln}: {why}" for ln, why in sample[:3])
            raise DataError(f"{n_rej:,} of {read:,} rows are malformed ({n_rej / read:.1%}), more than "
                            f"the {max_share:.1%} allowed — {shown}", source=f, line=first_line,
                            hint="fix or re-download the file, or raise --max-reject-share to load the good rows")

    def _cut_last_row(self, last_line: int | None) -> tuple[int, str] | None:
        """(line, reason) when the unterminated last line of the file was rejected: the file was cut mid-row."""
        if last_line is None:
            return None
        rows = self._con.execute("SELECT line, reason FROM _rejects WHERE line >= ? ORDER BY line LIMIT 1",
                                 [last_line]).fetchall()
        return (int(rows[0][0]), str(rows[0][1])) if rows else None


def in_load_transaction(store: Store, dataset: DatasetInfo, lake: str | Path | None,
                        body: Callable[[LoadTransaction], None]) -> None:
    """Run ``body`` in one load transaction of ``dataset`` (its datasets row written, a temp ``_rejects`` table
    its files report into), first with ``sole`` true; when it raises :class:`LoadAgain` (a one-pass read failed),
    roll back and run it again with ``sole`` false. ``lake``: the runs' events and observations go there."""
    for sole in (True, False):
        ls = lakes.session(store._con, lake)
        try:
            with store.transaction() as con, (ls or contextlib.nullcontext()), _rejects_table(con, dataset):
                body(LoadTransaction(con, dataset, ls, sole))
        except LoadAgain as again:
            if not sole:
                raise RuntimeError(f"a load with sole=False asked to load again: {again}") from None
            for sql in again.after_rollback:
                _execute(store, sql)
            continue
        if ls is not None:
            ls.after_commit()
        return


def _execute(store: Store, sql: str) -> None:
    with translated(store.path):
        store._con.execute(sql)


def _dataset_row(con: duckdb.DuckDBPyConnection, dataset: DatasetInfo) -> None:
    row = [dataset.name, dataset.version, dataset.licence, dataset.citation, dataset.url]
    have = con.execute("SELECT name, version, licence, citation, url FROM datasets WHERE name = ?",
                       [dataset.name]).fetchall()
    if have and list(have[0]) == row:
        return
    _replace_dataset_row(con, row)


def _replace_dataset_row(con: duckdb.DuckDBPyConnection, row: list[Any]) -> None:
    con.execute("DELETE FROM datasets WHERE name = ?", [row[0]])
    con.execute("INSERT INTO datasets (name, version, licence, citation, url) VALUES (?, ?, ?, ?, ?)", row)


@contextlib.contextmanager
def _rejects_table(con: duckdb.DuckDBPyConnection, dataset: DatasetInfo) -> Iterator[None]:
    """Inside a load's transaction: the dataset's row, and the temp ``_rejects`` table its files report into."""
    _dataset_row(con, dataset)
    con.execute("CREATE OR REPLACE TEMP TABLE _rejects (source VARCHAR, line BIGINT, reason VARCHAR)")
    try:
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            con.execute("DROP TABLE IF EXISTS _rejects")


class PackLoad:
    """The starter pack's load, in one transaction (:func:`pack_transaction`): each dataset of each Parquet file of
    the pack is one load run (path ``<file>#<dataset>``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con

    def datasets_in(self, path: Path) -> list[str]:
        """The datasets a pack file has rows of."""
        return [r[0] for r in self._con.execute(f"SELECT DISTINCT dataset FROM read_parquet({sql_str(str(path))}) "
                                                "ORDER BY 1").fetchall()]

    def load_table(self, table: str, path: Path, columns: str, dataset: str, sha256: str,
                   meta: dict[str, Any]) -> FileReport:
        """Load the rows of ``dataset`` in the pack file ``path`` into ``table`` (unchanged when this file is
        loaded already; a rebuilt pack supersedes the old run)."""
        con, key = self._con, f"{path}#{dataset}"
        same = con.execute("SELECT id FROM load_runs WHERE dataset = ? AND sha256 = ? AND path = ? AND status = 'ok'",
                           [dataset, sha256, key]).fetchall()
        if same:
            return FileReport(key, table, sha256, "unchanged", int(same[0][0]))
        old = [int(r[0]) for r in con.execute("SELECT id FROM load_runs WHERE path = ? AND status = 'ok'",
                                              [key]).fetchall()]
        for run in old:
            runs.supersede(con, run)
        _replace_dataset_row(con, [dataset, meta.get("version"), meta.get("licence"), meta.get("citation"),
                                   meta.get("url")])
        run_id = runs.new_run(con, kind="load", path=key, sha256=sha256, dataset=dataset, method="starter.v1")
        where = f"dataset = {sql_str(dataset)}"
        if table == "events":
            where += " AND id NOT IN (SELECT id FROM events)"
        con.execute(f"INSERT INTO {table} ({columns}, load_run) SELECT {columns}, {run_id} "
                    f"FROM read_parquet({sql_str(str(path))}) WHERE {where}")
        n = self._rows_of(table, run_id)
        note = f"starter pack ({table})"
        if table == "observations":  # the full dataset may be loaded already: its rows are not counted twice
            dup, _ = _drop_known_content(con, dataset, run_id)
            if dup:
                note += f"; {dup:,} row(s) already in the store from the full dataset: not counted again"
        stored = self._rows_of(table, run_id)
        runs.finish_run(con, run_id, rows_read=n, rows_stored=stored, message=note)
        return FileReport(key, table, sha256, "loaded", run_id, n, stored, superseded_runs=old, message=note)

    def _rows_of(self, table: str, run_id: int) -> int:
        return int(self._con.execute(f"SELECT count(*) FROM {table} WHERE load_run = ?", [run_id]).fetchall()[0][0])


@contextlib.contextmanager
def pack_transaction(store: Store) -> Iterator[PackLoad]:
    """One transaction loading the starter pack."""
    with store.transaction() as con:
        yield PackLoad(con)
