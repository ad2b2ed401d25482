"""The presentation layer's reads: only through the door and the store's named reads, verdicts flattened one
way, results cached until the store changes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb

import multipolar.present
from multipolar.api import Reader
from multipolar.api._cache import Cache
from multipolar.store import Store
from tests.test_present_brief import build_store

PRESENT = Path(multipolar.present.__file__).parent


def test_present_touches_no_connection_and_writes_no_sql() -> None:
    """No DuckDB, no raw connection, no Store.__new__ and no SQL in multipolar/present (docstrings aside)."""
    found = []
    for path in PRESENT.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if (re.search(r"\bimport duckdb|\.con\b|__new__|\.(query|scalar)\(\s*[\"f]", code)
                    or re.search(r"\b(SELECT|INSERT|DELETE|UPDATE)\b .* \b(FROM|INTO|SET)\b", code)):
                found.append(f"{path.relative_to(PRESENT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_present_saved_and_fresh_verdicts_flatten_alike(tmp_path: Path) -> None:
    """The verdicts saved in the store and those checked on the fly (none saved) give the same rows."""
    fresh = tmp_path / "fresh.duckdb"
    shutil.copy(build_store(), fresh)
    with duckdb.connect(str(fresh)) as con:
        con.execute("DELETE FROM checks")
    with Store(build_store(), read_only=True) as s:
        saved_rows = Reader(s).checks()
    with Store(fresh, read_only=True) as s:
        fresh_rows = Reader(s).checks()
    assert saved_rows and len(saved_rows) == len(fresh_rows)
    assert sorted(saved_rows, key=lambda r: r["claim"]) == sorted(fresh_rows, key=lambda r: r["claim"])


def test_present_cache_follows_the_store_version(tmp_path: Path) -> None:
    """A result stays cached while the store is unchanged and is dropped once a load or ingest committed."""
    path = tmp_path / "s.duckdb"
    shutil.copy(build_store(), path)
    data = Reader(Store(path, read_only=True), keep_open=False)
    data.acquire()
    first = data.source_years()
    assert data.source_years() is first
    data.release()
    data.acquire()
    assert data.source_years() is first  # reopened, nothing written meanwhile
    data.release()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO load_runs (id, kind, path, started, status) "
                    "SELECT max(id) + 1, 'ingest', 'x', now(), 'ok' FROM load_runs")
    data.acquire()
    try:
        assert data.source_years() is not first and data.source_years() == first
    finally:
        data.release()


def test_present_cache_computes_once_per_key() -> None:
    import threading

    cache = Cache(threading.RLock())
    calls: list[str] = []

    def compute(value: str) -> str:
        calls.append(value)
        return value

    assert cache.cached(("k",), lambda: compute("v")) == "v"
    assert cache.cached(("k",), lambda: compute("w")) == "v" and calls == ["v"]
    cache.follow((1, 1))
    assert cache.get(("k",)) is None
