"""The loader framework: one registered :class:`Loader` per DATASET name, and the files side of every load
(recognising files, hashing, headers, zips, streams and progress). What writes the store — staging with DuckDB's
CSV reader, rejects, supersede, one transaction — is the store's load session (:mod:`multipolar.store.loading`).

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
loader that can (``LoadSession.sole``): its rows go straight into the store, and any row to reject makes the
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
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from ..errors import DataError, InputError, MultipolarError, UsageError
from ..store import Store
from ..store.loading import (
    FileReport,
    LoadAgain,
    LoadSession,
    LoadTransaction,
    SourceFile,
    check_line_lengths,
    in_load_transaction,
    sql_str,
)

__all__ = ["LOADERS", "FileKind", "FileReport", "LoadAgain", "LoadReport", "LoadSession", "Loader", "Progress",
           "check_line_lengths", "get_loader", "read_head", "recognise", "register", "run_load", "sha256_file",
           "sql_str"]

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


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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

    def load_file(self, ctx: LoadSession) -> None:  # pragma: no cover - abstract
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

    def body(tx: LoadTransaction) -> None:
        report.files.clear()
        for i, (f, kind) in enumerate(files):
            if progress:
                progress(f"{loader.name}: {f.name}", i, total)
            if kind.name.startswith(SKIP_PREFIX):  # recognised, and left out on purpose (the kind says why)
                report.files.append(_skipped(f, kind))
                continue
            tick = None if progress is None else _ticker(progress, f"{loader.name}: {f.name}", i, total)
            report.files.append(_load_one(tx, loader, f.resolve(), kind, max_reject_share, alone=alone, tick=tick))
        if progress:
            progress(f"{loader.name}: done", total, total)

    in_load_transaction(store, loader, lake, body)
    return report


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

    def body(tx: LoadTransaction) -> None:
        done[:] = [_load_one(tx, loader, f, kind, max_share, alone=True, tick=tick)]

    in_load_transaction(store, loader, lake, body)
    return done[0]


def _ticker(progress: Progress, desc: str, done: int, total: int) -> Callable[[float], None]:
    """The progress line of one file, with the share of its current pass done (one pass: the whole file)."""
    return lambda pct: progress(f"{desc} — {pct:.0f} % of this pass", done, total)


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




def _load_one(tx: LoadTransaction, loader: Loader, f: Path, kind: FileKind, max_share: float, *, alone: bool,
              tick: Callable[[float], None] | None = None) -> FileReport:
    """One file of a load: unchanged if its content is loaded already, else checked and read by ``loader`` in the
    transaction's load session."""
    if f.stat().st_size == 0:
        raise DataError("the file is empty", source=str(f), line=1, hint=f"download the {loader.name} file again")
    sha = sha256_file(f)
    same = tx.unchanged(f, kind.name, sha)
    if same is not None:
        return same
    loader.check_header(f, kind)
    with readable_copy(f) as readable:
        source = SourceFile(f, kind, sha, readable, _unterminated_last_line(readable))
        return tx.load_file(source, loader.load_file, max_share=max_share, alone=alone, tick=tick)
