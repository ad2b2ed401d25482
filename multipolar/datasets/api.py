"""The public API of the datasets package: load a dataset, list what is loaded, load the starter pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..store import Store
from ..store.catalog import dataset_listing
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


def datasets(store: Store) -> list[dict[str, Any]]:
    """What is loaded, one dict per dataset (:meth:`multipolar.store.catalog.LoadedDataset.as_json`): ``dataset``,
    ``rows``, ``first_year``, ``last_year``, ``actors``, ``files`` (path, sha256, rows, load_run each), ``sha256``,
    ``version``, ``licence``, ``citation``, ``url``."""
    return [d.as_json() for d in dataset_listing(store)]


def load_starter(store: Store, *, progress: Progress | None = None) -> list[LoadReport]:
    """Load the committed South Caucasus starter pack (no downloads needed)."""
    from .starter import load_starter_pack

    return load_starter_pack(store, STARTER_DIR, progress=progress)
