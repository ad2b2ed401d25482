"""The loader framework: one registered :class:`Loader` per DATASET name, and the shared logic that
every load goes through (hashing, supersede, staging with DuckDB's CSV reader, rejects, one transaction).

How a file is loaded
--------------------
1. The file is recognised (by name, then by its header) as one :class:`FileKind` of the dataset, and
   its header is checked against the kind's columns (a wrong header is a :class:`DataError` at line 1).
2. DuckDB's ``read_csv`` reads it with explicit column names and types into a temporary table
   ``_raw``; rows with the wrong number of columns or values that do not parse as the declared type
   are **rejected with their line number** (``store_rejects``), not loaded.
3. The loader maps codes with SQL joins against temporary code tables (``_cow``, ``_names`` …); a row
   with an unknown code is rejected with the code and column named.
4. If more than ``max_reject_share`` of the rows were rejected, the load fails with a
   :class:`DataError` and the transaction is rolled back: the store is left exactly as it was.
5. Otherwise the rows are inserted (observations, events, or the dataset's own tables), the rejects
   are written to ``rejects`` and the load run is finished.

Idempotency: a file whose sha256 is already loaded for the dataset is skipped (nothing changes); a file
at a path loaded before with another sha256 supersedes that load (its rows deleted, its run kept with
status ``superseded``).

A file alone in its transaction (a stream's file, or a load of one file) may be read **in one pass** by a
loader that can (``LoadContext.sole``): its rows go straight into the store, and any row to reject makes the
statement fail; :class:`LoadAgain` then rolls the transaction back and the file is loaded once more on the
checked path. Both store the same rows.
"""

from __future__ import annotations

import contextlib
import fnmatch
import gzip
import hashlib
import io
import shutil
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import duckdb

from ..errors import DataError, InputError, MultipolarError, UsageError
from ..resolve import codes
from ..store import Store
from ..store.schema import RUN_TABLES

if TYPE_CHECKING:
    from ..store.lake import LakeSession

#: progress(description, done, total) — called between the steps of a load.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class FileKind:
    """One kind of file a dataset is published as (e.g. COW trade's dyadic table)."""

    name: str
    patterns: tuple[str, ...]  # fnmatch patterns on the lower-cased file name
    columns: tuple[tuple[str, str], ...]  # (column, DuckDB type) in file order
    header: bool = True
    delim: str = ","
    quote: str = '"'
    skip: int = 0  # lines before the header (SIPRI's raw tables)
    header_names: tuple[str, ...] | None = None  # the header as written, if it differs from `columns`
    nullstr: tuple[str, ...] = ("NA", "")
    signature_min: int = 0  # for `load auto`: how many leading header names must match (0 = all)
    reference: bool = False  # a reference file of the folder that is not loaded (code lists)
    max_line: int = 65_536  # longest line (bytes) a real file of this kind can have; see check_line_lengths

    def expected_header(self) -> tuple[str, ...]:
        return self.header_names or tuple(c for c, _ in self.columns)


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


@dataclass
class LoadReport:
    """What a load did, file by file."""

    dataset: str
    path: str
    files: list[FileReport] = field(default_factory=list)
    seconds: float | None = None  # wall time of a stream load

    def summary(self) -> str:
        """One line: files by status, rows, rate and wall time."""
        by: dict[str, int] = {}
        for f in self.files:
            by[f.status] = by.get(f.status, 0) + 1
        parts = [f"{n} {st}" for st, n in sorted(by.items())]
        text = (f"{self.dataset}: {len(self.files)} file(s) ({', '.join(parts) or 'none'}); {self.rows_stored:,} rows "
                f"stored, {self.rows_read:,} read, {self.rows_rejected:,} rejected")
        if self.seconds:
            text += f"; {self.seconds:,.1f} s, {self.rows_stored / self.seconds:,.0f} rows/s"
        return text

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files)

    @property
    def rows_stored(self) -> int:
        return sum(f.rows_stored for f in self.files)

    @property
    def rows_rejected(self) -> int:
        return sum(f.rows_rejected for f in self.files)

    @property
    def changed(self) -> bool:
        return any(f.status == "loaded" for f in self.files)

    def asdict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(rows_read=self.rows_read, rows_stored=self.rows_stored, rows_rejected=self.rows_rejected)
        return d


def sql_str(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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


def _open_text(path: Path) -> io.TextIOBase:
    """Open a plain, gzip or zip (first member) file as text, for reading its head."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", errors="replace", newline="")
    if name.endswith(".zip"):
        zf = zipfile.ZipFile(path)
        members = [m for m in zf.namelist() if not m.endswith("/")]
        if not members:
            raise DataError("the zip archive is empty", source=str(path), hint="download the file again")
        return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8-sig", errors="replace", newline="")
    return open(path, encoding="utf-8-sig", errors="replace", newline="")  # noqa: SIM115


def read_head(path: Path, n: int) -> list[str]:
    """The first ``n`` lines of a (possibly compressed) file, without line ends."""
    lines: list[str] = []
    try:
        with _open_text(path) as f:
            for line in f:
                lines.append(line.rstrip("\r\n"))
                if len(lines) >= n:
                    break
    except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile, zlib.error, NotImplementedError,
            RuntimeError) as exc:
        kind = "zip" if path.name.lower().endswith(".zip") else "gzip" if path.name.lower().endswith(".gz") else ""
        raise DataError(f"cannot read the file: it is not a valid {kind} file ({exc})".replace("valid  file",
                        "readable file"), source=str(path), hint="download it again; the copy is damaged") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc})", source=str(path), hint="convert it to UTF-8") from None
    return lines


def split_header(line: str, delim: str, quote: str) -> list[str]:
    import csv

    try:
        row = next(csv.reader([line], delimiter=delim, quotechar=quote or None), [])
    except csv.Error:  # e.g. a field longer than the csv module's limit: not a header we know
        row = line.split(delim)
    return [c.strip().strip("\ufeff").strip('"') for c in row]


def _norm_col(name: str) -> str:
    return name.strip().lower()


class LoadAgain(Exception):
    """A one-pass load failed (a row to reject, an id twice): the transaction is aborted. The caller rolls it
    back, runs ``after_rollback`` (settings a failed statement could not restore) and loads the file again
    with ``LoadContext.sole`` false."""

    def __init__(self, reason: str, after_rollback: Sequence[str] = ()):
        super().__init__(reason)
        self.after_rollback = list(after_rollback)


class LoadContext:
    """Everything a loader needs while one file is loaded: the connection, the run, SQL helpers.

    ``sole``: the file is the only one in its transaction, so a loader may read it in one pass and raise
    :class:`LoadAgain` when that fails (the whole transaction is then rolled back and the file loaded again)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, loader: Loader, run_id: int, path: Path,
                 kind: FileKind, readable: Path, *, sole: bool = False):
        self.con = con
        self.sole = sole
        self.loader = loader
        self.run_id = run_id
        self.path = path
        self.source = str(path)
        self.kind = kind
        self.readable = readable  # path DuckDB reads (zip members are extracted)
        self.rows_read = 0
        self.rows_stored = 0
        self.first_line = kind.skip + (2 if kind.header else 1)
        self._min_rowid = 0
        self._has_rj = False
        self._temps: list[str] = []
        self._views: set[str] = set()

    # -- SQL helpers -------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params or [])).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    def temp(self, name: str, sql: str) -> None:
        """CREATE TEMP TABLE name AS sql (dropped after the file is loaded)."""
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        if name not in self._temps:
            self._temps.append(name)

    def view(self, name: str, sql: str) -> None:
        """CREATE TEMP VIEW name AS sql (dropped after the file is loaded)."""
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS {sql}")
        self._views.add(name)
        if name not in self._temps:
            self._temps.append(name)

    def temp_rows(self, name: str, columns: str, rows: Sequence[Sequence[Any]]) -> None:
        """A temp table from Python rows (small code tables)."""
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({columns})")
        if name not in self._temps:
            self._temps.append(name)
        if rows:
            self.con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})",
                                 [list(r) for r in rows])

    def track(self, *names: str) -> None:
        """Temp tables made by a query of the loader's own (e.g. read_csv's rejects tables): dropped with the rest."""
        self._temps.extend(n for n in names if n not in self._temps)

    def drop_temps(self) -> None:
        for name in reversed(self._temps):
            kind = "VIEW" if name in self._views else "TABLE"
            self.con.execute(f"DROP {kind} IF EXISTS {name}")
        self._temps.clear()

    # -- reading -----------------------------------------------------------------------------------
    def read_csv_sql(self, kind: FileKind | None = None, *, columns: Sequence[tuple[str, str]] | None = None,
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

    def read(self, kind: FileKind | None = None, *, columns: Sequence[tuple[str, str]] | None = None,
             null_padding: bool = False, table: str = "_raw") -> int:
        """Read the file with DuckDB into temp ``table``; structural and type errors become rejects.

        Returns the number of rows read (good + rejected)."""
        kind = kind or self.kind
        check_line_lengths(self.readable, kind.max_line, self.source)
        try:
            self.temp(table, f"SELECT * FROM {self.read_csv_sql(kind, columns=columns, null_padding=null_padding)}")
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            hint = "download the file again; it is damaged or not in the expected format"
            raise DataError(f"cannot read the file: {first}", source=self.source, hint=hint) from None
        self._temps.extend(t for t in ("_rej_err", "_rej_scan") if t not in self._temps)
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
            self.con.execute(f"INSERT INTO _rejects SELECT {sql_str(self.source)}, line, reason FROM _rj_lines")
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

    def reject(self, table: str, condition: str, reason: str, rid: str = "_rid") -> int:
        """Move rows of ``table`` matching ``condition`` to the rejects with ``reason`` (SQL)."""
        n = int(self.scalar(f"SELECT count(*) FROM {table} WHERE {condition}"))
        if n:
            self.con.execute(f"INSERT INTO _rejects SELECT {sql_str(self.source)}, {self.line_expr(rid)}, {reason} "
                             f"FROM {table} WHERE {condition}")
            self.con.execute(f"DELETE FROM {table} WHERE {condition}")
        return n

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

    # -- writing -----------------------------------------------------------------------------------
    def insert_observations(self, select_sql: str, *, with_estimate: bool = False) -> int:
        """Insert observations from a SELECT giving (indicator, from_actor, to_actor, period, year, month,
        value, unit, source_row) — and ``estimate`` (BOOLEAN) when ``with_estimate``."""
        before = int(self.scalar("SELECT count(*) FROM observations WHERE load_run = ?", [self.run_id]))
        est = "estimate" if with_estimate else "CAST(NULL AS BOOLEAN)"
        self.con.execute(f"""
            INSERT INTO observations (dataset, indicator, from_actor, to_actor, period, year, month, value, unit,
                                      source_file, source_row, load_run, estimate)
            SELECT {sql_str(self.loader.name)}, indicator, from_actor, to_actor, period, year, month, value, unit,
                   {sql_str(self.source)}, source_row, {self.run_id}, {est} FROM ({select_sql})""")
        after = int(self.scalar("SELECT count(*) FROM observations WHERE load_run = ?", [self.run_id]))
        self.rows_stored += after - before
        return after - before

    def insert_arrow_observations(self, rows: Any) -> int:
        """Insert observations from a ``pyarrow.Table`` with the columns of :meth:`insert_observations`
        (``estimate`` optional) — for files read in Python (spreadsheets)."""
        name = f"_mp_obs_{self.run_id}"
        self.con.register(name, rows)
        try:
            return self.insert_observations(f"SELECT * FROM {name}", with_estimate="estimate" in rows.column_names)
        finally:
            self.con.unregister(name)

    def insert_into(self, table: str, columns: str, select_sql: str) -> int:
        """INSERT INTO table (columns, load_run) SELECT …, run — for the dataset's own tables."""
        before = int(self.scalar(f"SELECT count(*) FROM {table} WHERE load_run = ?", [self.run_id]))
        self.con.execute(f"INSERT INTO {table} ({columns}, load_run) SELECT *, {self.run_id} FROM ({select_sql})")
        after = int(self.scalar(f"SELECT count(*) FROM {table} WHERE load_run = ?", [self.run_id]))
        self.rows_stored += after - before
        return after - before


class Loader:
    """A dataset's reader. Subclasses set the class attributes and implement :meth:`load_file`."""

    name: ClassVar[str]
    title: ClassVar[str]
    version: ClassVar[str] = ""
    licence: ClassVar[str] = ""
    citation: ClassVar[str] = ""
    url: ClassVar[str] = ""
    folder: ClassVar[str] = ""  # folder name in ../shared/data
    kinds: ClassVar[tuple[FileKind, ...]] = ()
    method: ClassVar[str] = ""
    #: each file is a whole edition of the dataset (one register, one table): a file loaded from another path
    #: supersedes every earlier load of the dataset instead of adding to it (its rows have no unique key)
    edition: ClassVar[bool] = False

    def load_file(self, ctx: LoadContext) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- recognising files -------------------------------------------------------------------------
    def kind_by_name(self, path: Path) -> FileKind | None:
        name = path.name.lower()
        for kind in self.kinds:
            if any(fnmatch.fnmatch(name, p) for p in kind.patterns):
                return kind
        return None

    def kind_by_header(self, path: Path) -> FileKind | None:
        for kind in self.kinds:
            if self.header_matches(path, kind):
                return kind
        return None

    def header_matches(self, path: Path, kind: FileKind) -> bool:
        head = read_head(path, kind.skip + 1)
        if len(head) <= kind.skip:
            return False
        line = head[kind.skip]
        found = [_norm_col(c) for c in split_header(line, kind.delim, kind.quote)]
        if not kind.header:
            return len(found) in self.headerless_widths(kind)
        expected = [_norm_col(c) for c in kind.expected_header()]
        n = kind.signature_min or len(expected)
        return found[:n] == expected[:n] and (kind.signature_min > 0 or len(found) == len(expected))

    def headerless_widths(self, kind: FileKind) -> tuple[int, ...]:
        return (len(kind.columns),)

    def check_header(self, path: Path, kind: FileKind) -> None:
        """Raise a clear DataError when the file is empty or its header is not the kind's."""
        head = read_head(path, kind.skip + 2)
        if not head or (len(head) <= kind.skip) or not any(h.strip() for h in head):
            raise DataError("the file is empty", source=str(path), line=1,
                            hint=f"download the {self.name} file again")
        if self.header_matches(path, kind):
            if kind.header and len(head) < kind.skip + 2:
                raise DataError("the file has a header but no data rows", source=str(path), line=kind.skip + 2,
                                hint=f"download the {self.name} file again")
            return
        found = split_header(head[kind.skip], kind.delim, kind.quote)
        if kind.header:
            exp = ", ".join(kind.expected_header())
            msg = f"unexpected columns: found {', '.join(found[:12])}{'…' if len(found) > 12 else ''}; expected {exp}"
        else:
            msg = (f"wrong number of columns: found {len(found)}, expected "
                   f"{' or '.join(str(w) for w in self.headerless_widths(kind))}")
        raise DataError(msg, source=str(path), line=kind.skip + 1,
                        hint=f"is this a {self.name} {kind.name} file? `multipolar load auto PATH` recognises files")

    def find_files(self, path: Path) -> list[tuple[Path, FileKind]]:
        """The files to load under ``path`` (a file or a folder laid out as the publisher's)."""
        if path.is_file():
            kind = self.kind_by_name(path) or self.kind_by_header(path)
            if kind is None:
                # Let check_header explain what is wrong with the first kind's expectations.
                kind = self.kinds[0]
                self.check_header(path, kind)
            return [(path, kind)]
        if not path.is_dir():
            raise InputError("no such file or folder", source=str(path), hint="check the path")
        found: list[tuple[Path, FileKind]] = []
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            kind = self.kind_by_name(f)
            if kind is not None and not kind.reference:
                found.append((f, kind))
        found = self.select_files(found)
        if not found:
            pats = ", ".join(p for k in self.kinds if not k.reference for p in k.patterns)
            raise InputError(f"no {self.name} files in this folder", source=str(path),
                             hint=f"expected files named like {pats}")
        return found

    def accepts_headerless(self, path: Path, kind: FileKind) -> bool:
        """For ``load auto``: does a headerless file of the right width look like this kind?"""
        return False

    def select_files(self, found: list[tuple[Path, FileKind]]) -> list[tuple[Path, FileKind]]:
        """Hook: drop files of a folder that duplicate others (e.g. SIPRI raw tables)."""
        return found


#: a FileKind whose name starts so is a file the loader recognised and leaves out (its reason follows)
SKIP_PREFIX = "skipped: "

LOADERS: dict[str, Loader] = {}


def register(cls: type[Loader]) -> type[Loader]:
    """Class decorator: register a loader under its DATASET name."""
    LOADERS[cls.name] = cls()
    return cls


def get_loader(name: str) -> Loader:
    from . import _all  # noqa: F401  (imports every dataset module)

    try:
        return LOADERS[name]
    except KeyError:
        raise UsageError(f"unknown dataset {name!r}",
                         hint=f"choose one of: auto, {', '.join(sorted(LOADERS))}") from None


def recognise(path: Path) -> Loader:
    """The loader whose file kinds match ``path`` (by header, then by name) — for ``load auto``."""
    from . import _all  # noqa: F401

    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []
    if not files:
        raise InputError("no such file or folder", source=str(path), hint="check the path")
    for f in files:
        for loader in LOADERS.values():
            for kind in loader.kinds:
                if kind.reference:
                    continue
                with contextlib.suppress(DataError):
                    if loader.header_matches(f, kind) and (kind.header or loader.kind_by_name(f) is kind
                                                           or loader.accepts_headerless(f, kind)):
                        return loader
    raise DataError("no known dataset has these columns", source=str(path),
                    hint=f"name the dataset: multipolar load DATASET PATH ({', '.join(sorted(LOADERS))})")


@contextlib.contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """A path DuckDB can read: zips are extracted to a temp dir (gzip is read natively)."""
    if not path.name.lower().endswith(".zip"):
        yield path
        return
    tmp = Path(tempfile.mkdtemp(prefix="multipolar-zip-"))
    try:
        try:
            with zipfile.ZipFile(path) as zf:
                members = [m for m in zf.infolist() if not m.is_dir()]
                if not members:
                    raise DataError("the zip archive is empty", source=str(path), hint="download it again")
                out = tmp / Path(members[0].filename).name
                with zf.open(members[0]) as src, out.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
            raise DataError(f"not a valid zip file ({exc})", source=str(path),
                            hint="download it again; the copy is damaged") from None
        yield out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _dataset_row(con: duckdb.DuckDBPyConnection, loader: Loader) -> None:
    row = [loader.name, loader.version, loader.licence, loader.citation, loader.url]
    have = con.execute("SELECT name, version, licence, citation, url FROM datasets WHERE name = ?",
                       [loader.name]).fetchall()
    if have and list(have[0]) == row:
        return
    con.execute("DELETE FROM datasets WHERE name = ?", [loader.name])
    con.execute("INSERT INTO datasets (name, version, licence, citation, url) VALUES (?, ?, ?, ?, ?)",
                [loader.name, loader.version, loader.licence, loader.citation, loader.url])


def _supersede(con: duckdb.DuckDBPyConnection, run_id: int) -> None:
    for table in RUN_TABLES:
        con.execute(f"DELETE FROM {table} WHERE load_run = ?", [run_id])
    con.execute("UPDATE load_runs SET status = 'superseded' WHERE id = ?", [run_id])


def run_load(store: Store, loader: Loader, path: Path, *, max_reject_share: float = 0.01,
             progress: Progress | None = None, lake: str | Path | None = None, stream: bool = False) -> LoadReport:
    """Load every file of ``path`` for ``loader`` in one transaction (see the module docstring). With ``lake`` (a
    folder or file:// URI) the runs' events and observations go to Parquet files there
    (:mod:`multipolar.store.lake`).

    ``stream``: one transaction per file instead (:func:`run_stream`) — for event streams of many files."""
    path = Path(path).expanduser()
    if not path.exists():
        raise InputError("no such file or folder", source=str(path), hint="check the path")
    files = loader.find_files(path)
    if stream:
        return run_stream(store, loader, path, files, max_reject_share=max_reject_share, progress=progress, lake=lake)
    report = LoadReport(dataset=loader.name, path=str(path))
    total = len(files)
    alone = sum(not kind.name.startswith(SKIP_PREFIX) for _, kind in files) == 1

    def body(con: duckdb.DuckDBPyConnection, ls: LakeSession | None, sole: bool) -> None:
        report.files.clear()
        for i, (f, kind) in enumerate(files):
            if progress:
                progress(f"{loader.name}: {f.name}", i, total)
            if kind.name.startswith(SKIP_PREFIX):  # recognised, and left out on purpose (the kind says why)
                report.files.append(_skipped(f, kind))
                continue
            tick = None if progress is None else _ticker(progress, f"{loader.name}: {f.name}", i, total)
            report.files.append(_load_one(store, con, loader, f.resolve(), kind, max_reject_share, ls,
                                          sole=sole and alone, tick=tick))
        if progress:
            progress(f"{loader.name}: done", total, total)

    _in_load_transaction(store, loader, lake, body)
    return report


def _in_load_transaction(store: Store, loader: Loader, lake: str | Path | None,
                         body: Callable[[duckdb.DuckDBPyConnection, LakeSession | None, bool], None]) -> None:
    """Run ``body(con, lake_session, sole)`` in one load transaction, first with ``sole`` true; when it raises
    :class:`LoadAgain` (a one-pass read failed), roll back and run it again with ``sole`` false."""
    from ..store import lake as lakes

    for sole in (True, False):
        ls = lakes.session(store.con, lake)
        try:
            with store.transaction() as con, (ls or contextlib.nullcontext()), _rejects_table(con, loader):
                body(con, ls, sole)
        except LoadAgain as again:
            if not sole:
                raise RuntimeError(f"a load with sole=False asked to load again: {again}") from None
            for sql in again.after_rollback:
                store.con.execute(sql)
            continue
        if ls is not None:
            ls.after_commit()
        return


@contextlib.contextmanager
def _rejects_table(con: duckdb.DuckDBPyConnection, loader: Loader) -> Iterator[None]:
    """Inside a load's transaction: the dataset's row, and the temp ``_rejects`` table its files report into."""
    _dataset_row(con, loader)
    con.execute("CREATE OR REPLACE TEMP TABLE _rejects (source VARCHAR, line BIGINT, reason VARCHAR)")
    try:
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            con.execute("DROP TABLE IF EXISTS _rejects")


def _skipped(f: Path, kind: FileKind) -> FileReport:
    return FileReport(path=str(f.resolve()), kind=kind.name, sha256=sha256_file(f), status="skipped",
                      message=kind.name[len(SKIP_PREFIX):])


def run_stream(store: Store, loader: Loader, path: Path, files: Sequence[tuple[Path, FileKind]], *,
               max_reject_share: float = 0.01, progress: Progress | None = None,
               lake: str | Path | None = None) -> LoadReport:
    """Load ``files`` as a stream: **one transaction per file**, in order.

    A crash (or a kill) after file *k* leaves files 1..*k* committed; loading the same folder again resumes —
    the committed files are ``unchanged`` (found by their sha256, so a file changed since is loaded again) and
    the rest are loaded. A file that fails is rolled back alone, reported ``failed`` with its error, and the
    stream goes on. ``progress`` is told the files done, the rows stored and the rate (see :class:`StreamStats`)."""
    report = LoadReport(dataset=loader.name, path=str(path))
    stats = StreamStats(total_files=len(files), total_bytes=sum(_size(f) for f, _ in files))
    for i, (f, kind) in enumerate(files):
        if progress:
            progress(stats.describe(loader.name, f.name), i, len(files))
        if kind.name.startswith(SKIP_PREFIX):
            report.files.append(_skipped(f, kind))
            stats.done(report.files[-1], _size(f))
            continue
        try:
            tick = None if progress is None else _ticker(progress, stats.describe(loader.name, f.name), i,
                                                         len(files))
            fr = _load_alone(store, loader, f.resolve(), kind, max_reject_share, lake, tick)
        except MultipolarError as exc:
            fr = FileReport(path=str(f.resolve()), kind=kind.name, sha256="", status="failed", message=str(exc))
        report.files.append(fr)
        stats.done(fr, _size(f))
    if progress:
        progress(stats.describe(loader.name, "done"), len(files), len(files))
    report.seconds = stats.seconds()
    return report


def _load_alone(store: Store, loader: Loader, f: Path, kind: FileKind, max_share: float,
                lake: str | Path | None, tick: Callable[[float], None] | None = None) -> FileReport:
    """One file in a transaction of its own (a stream's file)."""
    done: list[FileReport] = []

    def body(con: duckdb.DuckDBPyConnection, ls: LakeSession | None, sole: bool) -> None:
        done[:] = [_load_one(store, con, loader, f, kind, max_share, ls, sole=sole, tick=tick)]

    _in_load_transaction(store, loader, lake, body)
    return done[0]


#: seconds between two looks at a running statement's progress (while one big file loads)
PROGRESS_EVERY = 1.0


def _ticker(progress: Progress, desc: str, done: int, total: int) -> Callable[[float], None]:
    """The progress line of one file, with the share of its current pass done (one pass: the whole file)."""
    return lambda pct: progress(f"{desc} — {pct:.0f} % of this pass", done, total)


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


def _size(f: Path) -> int:
    try:
        return f.stat().st_size
    except OSError:
        return 0


@dataclass
class StreamStats:
    """Running totals of a stream load, for progress lines: files, rows, rows per second, time left (by bytes)."""

    total_files: int
    total_bytes: int
    files: int = 0
    bytes: int = 0
    rows: int = 0
    started: float = field(default_factory=time.monotonic)

    def done(self, fr: FileReport, size: int) -> None:
        self.files += 1
        self.bytes += size
        self.rows += fr.rows_stored

    def seconds(self) -> float:
        return time.monotonic() - self.started

    def describe(self, dataset: str, current: str) -> str:
        t = self.seconds()
        rate = self.rows / t if t > 0 else 0.0
        left = ""
        if self.bytes and self.total_bytes > self.bytes:
            left = f", about {_duration(t * (self.total_bytes - self.bytes) / self.bytes)} left"
        return f"{dataset}: {current} — {self.rows:,} rows, {rate:,.0f} rows/s{left}"


def _duration(s: float) -> str:
    s = int(round(s))
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


def _unterminated_last_line(path: Path) -> int | None:
    """The number of the file's last line when the file does not end with a line break (else None).

    Many real files lack the final line break, so this alone proves nothing; a last line that is also
    rejected is a file cut short (see ``_cut_last_row``). Gzip files are checked by their own format (a cut
    stream fails to decompress), so only plain files are looked at here."""
    if path.name.lower().endswith(".gz"):
        return None
    with path.open("rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        if size == 0:
            return None
        fh.seek(size - 1)
        if fh.read(1) in (b"\n", b"\r"):
            return None
        fh.seek(0)
        lf = cr = 0
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            lf += chunk.count(b"\n")
            cr += chunk.count(b"\r")
    return (lf or cr) + 1


def _cut_last_row(last_line: int | None, con: duckdb.DuckDBPyConnection) -> tuple[int, str] | None:
    """(line, reason) when the unterminated last line of the file was rejected: the file was cut mid-row."""
    if last_line is None:
        return None
    rows = con.execute("SELECT line, reason FROM _rejects WHERE line >= ? ORDER BY line LIMIT 1",
                       [last_line]).fetchall()
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def _load_one(store: Store, con: duckdb.DuckDBPyConnection, loader: Loader, f: Path, kind: FileKind,
              max_share: float, lake: LakeSession | None = None, *, sole: bool = False,
              tick: Callable[[float], None] | None = None) -> FileReport:
    if f.stat().st_size == 0:
        raise DataError("the file is empty", source=str(f), line=1, hint=f"download the {loader.name} file again")
    sha = sha256_file(f)
    same = con.execute("SELECT id, path FROM load_runs WHERE kind = 'load' AND dataset = ? AND sha256 = ? "
                       "AND status = 'ok' ORDER BY id", [loader.name, sha]).fetchall()
    if same:
        return FileReport(path=str(f), kind=kind.name, sha256=sha, status="unchanged", run_id=int(same[0][0]),
                          message=f"already loaded (run {same[0][0]} from {same[0][1]})")
    loader.check_header(f, kind)
    same_path = "" if loader.edition else " AND path = ?"
    old = [int(r[0]) for r in con.execute("SELECT id FROM load_runs WHERE kind = 'load' AND dataset = ? "
                                          f"AND status = 'ok'{same_path}",
                                          [loader.name] + ([] if loader.edition else [str(f)])).fetchall()]
    for run in old:
        _supersede(con, run)
    run_id = store.new_run(con, kind="load", path=str(f), sha256=sha, dataset=loader.name,
                           method=loader.method or f"{loader.name}.v1")
    con.execute("DELETE FROM _rejects")
    with readable_copy(f) as readable:
        readable_end = _unterminated_last_line(readable)
        # writing to a lake, ``events`` is a capture table without the primary key a one-pass read relies on
        ctx = LoadContext(con, loader, run_id, f, kind, readable, sole=sole and (lake is None or lake.root is None))
        if lake is not None:
            lake.before_file()
        try:
            with _statement_progress(con, tick):
                loader.load_file(ctx)
        except MultipolarError:
            raise
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise DataError(f"could not load the file: {first}", source=str(f),
                            hint="the file may be damaged or of another version; check it or report this") from None
        else:
            ctx.drop_temps()
    if lake is not None:  # rows already in the lake count as known too (multipolar.store.lake)
        lake.before_dedup(loader.name, run_id)
    dup, revised = _drop_known_content(con, loader.name, run_id)
    ctx.rows_stored -= dup
    if lake is not None:
        ctx.rows_stored -= lake.after_dedup(loader.name, run_id, str(f))
    n_rej = int(con.execute("SELECT count(*) FROM _rejects").fetchall()[0][0])
    sample = [(None if r[0] is None else int(r[0]), str(r[1]))
              for r in con.execute("SELECT line, reason FROM _rejects ORDER BY line LIMIT 5").fetchall()]
    if ctx.rows_read == 0:
        raise DataError("the file has no data rows", source=str(f), hint=f"download the {loader.name} file again")
    cut = _cut_last_row(readable_end, con) if n_rej else None
    if cut is not None:
        line, why = cut
        raise DataError(f"the file ends in the middle of a row: its last line ({line:,}) has no line break and is "
                        f"incomplete ({why}); the file looks truncated, so nothing of it was loaded", source=str(f),
                        line=line, hint=f"download the {loader.name} file again (the copy was cut short)")
    if n_rej > max_share * ctx.rows_read:
        first_line = sample[0][0] if sample else None
        shown = "; ".join(f"line {ln}: {why}" for ln, why in sample[:3])
        raise DataError(f"{n_rej:,} of {ctx.rows_read:,} rows are malformed ({n_rej / ctx.rows_read:.1%}), more than "
                        f"the {max_share:.1%} allowed — {shown}", source=str(f), line=first_line,
                        hint="fix or re-download the file, or raise --max-reject-share to load the good rows")
    con.execute("INSERT INTO rejects (load_run, source, line, reason) SELECT ?, source, line, reason FROM _rejects",
                [run_id])
    notes = [kind.name]
    if readable_end is not None:
        notes.append(f"no line break after the last line ({readable_end:,}); it was read as a whole row (if the "
                     "file was cut short there, download it again)")
    if old:
        notes.append(f"superseded run(s) {old}")
    if dup:
        notes.append(f"{dup:,} row(s) already in the store from another file (same dataset, same key and value): "
                     "not counted again")
    if revised:
        notes.append(f"{revised:,} row(s) of earlier loads replaced by this file's revised values")
    in_lake = lake.stage_run(loader.name, run_id) if lake is not None else None
    if in_lake:
        notes.append(in_lake)
    store.finish_run(con, run_id, rows_read=ctx.rows_read, rows_stored=ctx.rows_stored, rows_rejected=n_rej,
                     status="ok", message="; ".join(notes))
    return FileReport(path=str(f), kind=kind.name, sha256=sha, status="loaded", run_id=run_id,
                      rows_read=ctx.rows_read, rows_stored=ctx.rows_stored, rows_rejected=n_rej,
                      superseded_runs=old, rejects=sample, message="; ".join(notes[1:]) or None)


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
