"""The door to public datasets: load, list what is loaded, fetch from a publisher, recognise a folder's files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datasets import api as datasets_api
from ..datasets.base import LoadReport as _LoadReport
from ..store.catalog import LoadedDataset as DatasetInfo
from ..store.catalog import dataset_listing
from ._db import DbLike, opened

#: ``progress(description, done, total)`` while loading or fetching
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class FileLoad:
    """What a load did with one file."""

    path: str
    kind: str
    sha256: str
    status: str  # 'loaded', 'unchanged', 'skipped'; in a stream also 'failed' (message: the error)
    run_id: int | None
    rows_read: int
    rows_stored: int
    rows_rejected: int
    superseded_runs: tuple[int, ...]
    rejects: tuple[tuple[int | None, str], ...]  # the first few (line, reason)
    message: str | None

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "sha256": self.sha256, "status": self.status,
                "run_id": self.run_id, "rows_read": self.rows_read, "rows_stored": self.rows_stored,
                "rows_rejected": self.rows_rejected, "superseded_runs": list(self.superseded_runs),
                "rejects": [list(r) for r in self.rejects], "message": self.message}


@dataclass(frozen=True)
class LoadReport:
    """What a load did, file by file."""

    dataset: str
    path: str
    files: tuple[FileLoad, ...]
    seconds: float | None  # wall time of a stream load
    rows_read: int
    rows_stored: int
    rows_rejected: int
    summary: str  # one line: files by status, rows, rate and wall time

    @classmethod
    def of(cls, rep: _LoadReport) -> LoadReport:
        files = tuple(FileLoad(f.path, f.kind, f.sha256, f.status, f.run_id, f.rows_read, f.rows_stored,
                               f.rows_rejected, tuple(f.superseded_runs), tuple(tuple(r) for r in f.rejects),  # type: ignore[misc]
                               f.message) for f in rep.files)
        return cls(rep.dataset, rep.path, files, rep.seconds, rep.rows_read, rep.rows_stored, rep.rows_rejected,
                   rep.summary())

    @property
    def failed(self) -> tuple[FileLoad, ...]:
        return tuple(f for f in self.files if f.status == "failed")

    def as_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "path": self.path, "files": [f.as_json() for f in self.files],
                "seconds": self.seconds, "rows_read": self.rows_read, "rows_stored": self.rows_stored,
                "rows_rejected": self.rows_rejected}


@dataclass(frozen=True)
class LoadableDataset:
    """A dataset that can be loaded: its DATASET name, title, folder in ../shared/data and licence."""

    dataset: str
    title: str
    folder: str
    licence: str

    def as_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "title": self.title, "folder": self.folder, "licence": self.licence}


@dataclass(frozen=True)
class Recognised:
    """A folder's files by the dataset each is recognised as, and the files skipped with the reason."""

    groups: Mapping[str, tuple[Path, ...]]
    skipped: tuple[tuple[Path, str], ...]


@dataclass(frozen=True)
class Fetched:
    """What a fetch downloaded: the dataset, the folder to load and the files."""

    source: str
    dataset: str
    path: Path
    files: tuple[Path, ...]


def load(dataset: str, path: str | Path, *, db: DbLike = None, max_reject_share: float = 0.01,
         progress: Progress | None = None, lake: str | Path | None = None, stream: bool = False) -> LoadReport:
    """Load the file or folder ``path`` as ``dataset`` (a DATASET name, or ``auto``), in one transaction
    (one per file with ``stream``); see :func:`multipolar.datasets.api.load`."""
    with opened(db, read_only=False) as store:
        return LoadReport.of(datasets_api.load(store, dataset, path, max_reject_share=max_reject_share,
                                               progress=progress, lake=lake, stream=stream))


def load_starter(*, db: DbLike = None, progress: Progress | None = None) -> tuple[LoadReport, ...]:
    """Load the bundled South Caucasus starter pack (no downloads needed)."""
    with opened(db, read_only=False) as store:
        return tuple(LoadReport.of(r) for r in datasets_api.load_starter(store, progress=progress))


def datasets(*, db: DbLike = None) -> tuple[DatasetInfo, ...]:
    """The datasets loaded in the store, by name."""
    with opened(db, read_only=True) as store:
        return dataset_listing(store)


def loadable() -> tuple[LoadableDataset, ...]:
    """Every dataset that can be loaded, by name."""
    from ..datasets.base import get_loader

    return tuple(LoadableDataset(n, get_loader(n).title, get_loader(n).folder, get_loader(n).licence)
                 for n in datasets_api.dataset_names())


def recognise(folder: Path) -> Recognised:
    """Files under ``folder`` grouped by the loader that recognises each (header, then name), and the files
    no loader recognises with the reason (hidden files are skipped)."""
    from ..datasets.base import recognise as recognise_file
    from ..errors import MultipolarError

    groups: dict[str, list[Path]] = {}
    skipped: list[tuple[Path, str]] = []
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in f.relative_to(folder).parts):
            skipped.append((f, "hidden file"))
            continue
        try:
            groups.setdefault(recognise_file(f).name, []).append(f)
        except MultipolarError as exc:
            skipped.append((f, exc.message))
    return Recognised({k: tuple(v) for k, v in groups.items()}, tuple(skipped))


def fetch(source: str, *, cache: Path | None = None, base_url: str | None = None, since: str | None = None,
          until: str | None = None, limit: int = 4, progress: Progress | None = None) -> Fetched:
    """Download ``source`` (a DATASET name, or ``gdelt``) from its publisher into the cache, checked."""
    from ..datasets.fetch import fetch as fetch_files

    r = fetch_files(source, cache_dir=cache, base_url=base_url, since=since, until=until, limit=limit,
                    progress=progress)
    return Fetched(r.source, r.dataset, r.path, tuple(r.files))
