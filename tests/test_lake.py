"""The lake (`load --lake`): real GDELT, ICEWS and SIPRI files loaded into Parquet partitioned by year and month,
measured on DuckDB and on Spark (local mode), and the same numbers as with the same data in the store."""

from __future__ import annotations

import math
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from multipolar.cli import main
from multipolar.datasets.api import datasets, load
from multipolar.errors import DataError, UsageError
from multipolar.measure.compute import Computed, compute
from multipolar.measure.methods import INFLUENCE_V2
from multipolar.measure.sql import Scope
from multipolar.store import Store
from multipolar.store.lake import MARKER, lake_runs, parse_lake
from tests.measure_helpers import assert_same_results

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GDELT = DATA / "gdelt_samples" / "gdelt2_20180326044500.export.CSV"
GDELT1 = DATA / "gdelt_samples" / "gdelt1_events_sample_reed9999.tsv"
ICEWS = DATA / "icews_tkg_samples"
SIPRI = DATA / "sipri_arms_transfers_360info" / "sipri-exports-processed.csv"

needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")
needs_spark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 on PATH")

SCOPE = Scope(targets=("UKR", "SYR", "GEO", "IRQ", "AFG"), powers=("RUS", "CHN", "WEST", "TUR", "IRN", "USA"),
              years=(2010, 2018))
LOADS = (("icews", ICEWS), ("gdelt-events", GDELT), ("gdelt-events", GDELT1), ("sipri", SIPRI))


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.parquet"))


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The same real files loaded twice: into a store, and into a store with a lake (every dataset but SIPRI in the
    lake, SIPRI's observations in the store — then a second SIPRI copy into the lake, all of whose rows are known)."""
    if not DATA.exists():
        pytest.skip("../shared/data (the real datasets) is not beside the repo")
    d = tmp_path_factory.mktemp("lake")
    plain, laked, lake = d / "plain.duckdb", d / "laked.duckdb", d / "lake"
    reports: dict[str, Any] = {}
    with Store(plain) as s:
        for name, path in LOADS:
            load(s, name, path)
    with Store(laked) as s:
        for name, path in LOADS:
            reports[f"{name}:{path.name}"] = load(s, name, path, lake=None if name == "sipri" else str(lake))
    return {"plain": plain, "laked": laked, "lake": lake, "reports": reports, "dir": d}


@needs_data
def test_layout_and_provenance(stores: dict[str, Any]) -> None:
    lake = stores["lake"]
    assert (lake / MARKER).is_file() and not (lake / "_tmp").exists()
    parts = {p.relative_to(lake).parts[:3] for p in _files(lake)}
    assert ("events", "year=2014", "month=01") in parts and ("events", "year=2018", "month=03") in parts
    assert all(p[1].startswith("year=") and len(p[2]) == len("month=03") for p in parts)
    with Store(stores["laked"], read_only=True) as s, Store(stores["plain"], read_only=True) as p:
        runs = lake_runs(s._con)
        assert {r.dataset for r in runs} == {"icews", "gdelt-events"} and all(r.root == str(lake) for r in runs)
        assert s.scalar("SELECT count(*) FROM events") == 0  # the lake's rows are not in the store's tables
        assert sum(r.events for r in runs) == p.scalar("SELECT count(*) FROM events") > 40_000
        # every lake row carries its load run, and only its own token's files hold it
        for r in runs:
            got = s._con.execute(f"SELECT DISTINCT load_run FROM read_parquet('{r.glob('events')}', "
                                "hive_partitioning = true)").fetchall()
            assert got == [(r.run,)]
        # datasets/status count the lake's rows: the same listing as the plain store
        strip = ("files", "sha256")
        assert [{k: v for k, v in x.items() if k not in strip} for x in datasets(s)] == \
               [{k: v for k, v in x.items() if k not in strip} for x in datasets(p)]


def _same(a: Computed, b: Computed) -> None:
    assert_same_results(a, b, min_rows=100, min_checked=1000, norms_rel=1e-12)


@pytest.fixture(scope="module")
def from_store(stores: dict[str, Any]) -> Computed:
    with Store(stores["plain"], read_only=True) as s:
        return compute(s, INFLUENCE_V2, SCOPE)


@needs_data
def test_duckdb_reads_the_lake(stores: dict[str, Any], from_store: Computed) -> None:
    rows = from_store.rows()
    assert sum(1 for r in rows if r["event_count"]) > 50  # the events (ICEWS 2014, GDELT 2018) count
    assert any(r["year"] == 2018 and r["event_count"] for r in rows)
    with Store(stores["laked"], read_only=True) as s:
        _same(from_store, compute(s, INFLUENCE_V2, SCOPE))


@pytest.fixture
def orphan(stores: dict[str, Any]) -> Any:
    """A file no recorded run owns (as a load killed between moving its files and committing would leave),
    beside the real ones; removed afterwards."""
    real = next(p for p in _files(stores["lake"] / "events") if "month=03" in str(p))
    fake = real.with_name("r1-000000000000_0.parquet")
    shutil.copy(real, fake)
    yield fake
    fake.unlink()


@needs_data
def test_duckdb_reads_many_runs_by_token(stores: dict[str, Any], from_store: Computed, orphan: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("multipolar.store.lake.MANY_RUNS", 0)  # one glob over the lake, files kept by token
    with Store(stores["laked"], read_only=True) as s:
        _same(from_store, compute(s, INFLUENCE_V2, SCOPE))


@needs_data
@needs_spark
def test_spark_reads_the_lake(stores: dict[str, Any], from_store: Computed, orphan: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="pip install 'multipolar[spark]'")
    import multipolar.engines.spark as sp

    seen: list[int] = []
    real = sp.lake_events_view

    def spy(session: Any, runs: Any, view: str = "_mp_lake_events") -> str | None:
        seen.append(sum(r.events for r in runs))
        return real(session, runs, view)

    monkeypatch.setattr(sp, "lake_events_view", spy)
    with Store(stores["laked"], read_only=True) as s:
        got = compute(s, INFLUENCE_V2, SCOPE, engine="spark")
        # the DuckDB staging handed Spark no lake event: Spark read them from the Parquet files itself
        assert s.scalar("SELECT count(*) FROM in_events") == 0
    assert seen and seen[0] > 40_000
    assert got.engine == "spark"
    _same(from_store, got)
    # a cluster reads the lake where it was synced to (here: another folder, as a file:// URI); the recorded
    # folder is gone meanwhile, so the numbers can only come from the copy. Read as one glob kept by token, the
    # orphan file beside the runs' files is left out.
    monkeypatch.setattr("multipolar.store.lake.MANY_RUNS", 0)
    lake, moved = stores["lake"], stores["dir"] / "synced-lake"
    lake.rename(moved)
    try:
        monkeypatch.setenv("MULTIPOLAR_SPARK_LAKE_URI", f"{lake}=file://{moved}")
        with Store(stores["laked"], read_only=True) as s:
            _same(from_store, compute(s, INFLUENCE_V2, SCOPE, engine="spark"))
    finally:
        moved.rename(lake)


@needs_data
def test_reload_is_unchanged_and_known_rows_count_once(stores: dict[str, Any]) -> None:
    lake = stores["lake"]
    before = _files(lake)
    with Store(stores["laked"]) as s:
        rep = load(s, "gdelt-events", GDELT, lake=str(lake))
        assert [f.status for f in rep.files] == ["unchanged"]
        # SIPRI's rows are in the store; the same table from another path into the lake: one flow, one count
        copy = stores["dir"] / "copy" / SIPRI.name
        copy.parent.mkdir()
        copy.write_bytes(SIPRI.read_bytes() + b"\n")
        rep = load(s, "sipri", copy, lake=str(lake))
        assert rep.files[0].status == "loaded" and rep.rows_stored == 0
    assert _files(lake) == before


@needs_data
def test_duplicate_gdelt_ids_are_caught_against_the_lake(stores: dict[str, Any], tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    lines = GDELT.read_text(encoding="utf-8").splitlines(keepends=True)[:50]
    db = tmp_path / "dup.duckdb"
    shutil.copy(stores["laked"], db)
    # both with and without --lake: the lake's ids are known
    for i, extra in enumerate((["--lake", str(stores["lake"])], [])):
        dup = tmp_path / f"again{i}.export.CSV"  # other bytes (so not "unchanged"), the same GLOBALEVENTIDs
        dup.write_text("".join(ln.replace("http", "https" if i else "ftp", 1) for ln in lines), encoding="utf-8")
        code = main(["load", "gdelt-events", str(dup), "--db", str(db), "--max-reject-share", "1", *extra])
        err = " ".join(capsys.readouterr().out.split())
        assert code == 1
        assert "line 1: duplicate event: GLOBALEVENTID 741917022 is already in the lake" in err
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM events") == 0
        assert s.scalar("SELECT count(*) FROM rejects WHERE reason LIKE 'duplicate event:%in the lake%'") == 100
    # into a lake, ids already in the store's own table are caught too
    db2 = tmp_path / "plain.duckdb"
    shutil.copy(stores["plain"], db2)
    code = main(["load", "gdelt-events", str(dup), "--db", str(db2), "--max-reject-share", "1",
                 "--lake", str(tmp_path / "lake2")])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 1 and "line 1: duplicate event: GLOBALEVENTID 741917022 is already in the store" in out
    assert not _files(tmp_path / "lake2")


@needs_data
def test_a_failed_load_writes_nothing(stores: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lake = tmp_path / "lake"
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        load(s, "icews", ICEWS / "icews14_test.tsv", lake=lake)
    before = _files(lake)
    # (1) a file with too many bad rows: refused, nothing in the lake
    bad = tmp_path / "icews_bad.tsv"
    bad.write_text("".join(f"Russia\tMake statement\tUkraine\t2014-13-{i:02d}\n" for i in range(1, 30)))
    with Store(db) as s, pytest.raises(DataError):
        load(s, "icews", bad, lake=lake)
    assert _files(lake) == before and not (lake / "_tmp").exists()
    # (2) the move into the lake fails half-way (a folder of two files; the second rename fails)
    real, calls = os.replace, []

    def flaky(a: Any, b: Any) -> None:
        calls.append(b)
        if len(calls) > 3:
            raise OSError(28, "No space left on device")
        real(a, b)

    monkeypatch.setattr(os, "replace", flaky)
    with Store(db) as s:
        with pytest.raises(DataError, match="could not move"):
            load(s, "icews", ICEWS / "icews14_valid.tsv", lake=lake)
        assert s.scalar("SELECT count(*) FROM load_runs") == 1  # the store rolled back too
    monkeypatch.setattr(os, "replace", real)
    assert _files(lake) == before and not (lake / "_tmp").exists()
    # (3) a superseded lake run's files go: the same path with other content
    f = tmp_path / "icews14_x.tsv"
    f.write_text((ICEWS / "icews14_test.tsv").read_text()[:20_000].rsplit("\n", 1)[0] + "\n")
    with Store(db) as s:
        load(s, "icews", f, lake=lake)
        first = {p for p in _files(lake) if p not in before}
        f.write_text((ICEWS / "icews14_test.tsv").read_text()[:30_000].rsplit("\n", 1)[0] + "\n")
        load(s, "icews", f, lake=lake)
        assert first and not any(p.exists() for p in first)
        assert s.scalar("SELECT count(*) FROM load_runs WHERE status = 'superseded'") == 1


@needs_data
def test_observations_in_the_lake_count_once(tmp_path: Path) -> None:
    src = DATA / "aiddata_gcdf3_country_year" / "cow_gcdf.csv"
    lake, db = tmp_path / "lake", tmp_path / "s.duckdb"
    with Store(db) as s:
        first = load(s, "aiddata", src, lake=lake)
        assert first.rows_stored > 1000 and s.scalar("SELECT count(*) FROM observations") == 0
        assert {p.parent.name for p in _files(lake / "observations")} == {"month=00"}  # annual data
        # the same table from another path, into the lake and into the store: nothing counted again
        copy = tmp_path / "copy" / src.name
        copy.parent.mkdir()
        copy.write_bytes(src.read_bytes() + b"\n")
        assert load(s, "aiddata", copy, lake=lake).rows_stored == 0
        copy.write_bytes(src.read_bytes() + b"\n\n")
        assert load(s, "aiddata", copy).rows_stored == 0 and s.scalar("SELECT count(*) FROM observations") == 0
        # the lake's rows read back are the store's: same values, month NULL, year kept
        from multipolar.store.lake import lake_select

        sel = lake_select(s._con, "observations", lake_runs(s._con))
        assert sel is not None
        got = s._con.execute(f"SELECT count(*), count(month), min(year), sum(value) FROM ({sel})").fetchall()[0]
    with Store(tmp_path / "plain.duckdb") as p:
        load(p, "aiddata", src)
        want = p._con.execute("SELECT count(*), count(month), min(year), sum(value) FROM observations").fetchall()[0]
    assert got[:3] == want[:3] and math.isclose(got[3], want[3], rel_tol=1e-12)
    # a file that revises values in the lake is refused, and leaves the lake as it was
    lines = src.read_text().splitlines(keepends=True)
    head, row = lines[0], lines[1].split(",")
    row[-1] = "12345.5\n"
    revised = tmp_path / "rev" / src.name
    revised.parent.mkdir()
    revised.write_text(head + ",".join(row) + "".join(lines[2:]))
    before = _files(lake)
    with Store(db) as s, pytest.raises(DataError, match="revis"):
        load(s, "aiddata", revised, lake=lake)
    assert _files(lake) == before


def test_lake_locations(tmp_path: Path) -> None:
    assert parse_lake(f"file://{tmp_path}/a") == tmp_path / "a" and (tmp_path / "a" / MARKER).is_file()
    assert parse_lake(tmp_path / "b") == tmp_path / "b"
    for uri in ("s3://bucket/lake", "gs://b/l", "abfss://c@acct.dfs.core.windows.net/l"):
        with pytest.raises(UsageError, match="never downloads extensions") as e:
            parse_lake(uri)
        assert "scale-out.md" in (e.value.hint or "")
    (tmp_path / "f").write_text("x")
    with pytest.raises(UsageError, match="folder"):
        parse_lake(tmp_path / "f")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not a multipolar lake"):
        parse_lake(tmp_path / "full")


def test_cli_lake_to_object_storage_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "icews14_t.tsv"
    f.write_text("Russia\tMake statement\tUkraine\t2014-01-02\n")
    code = main(["load", "icews", str(f), "--db", str(tmp_path / "s.duckdb"), "--lake", "s3://bucket/lake"])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 2 and "s3://" in err and "docs/scale-out.md" in err
    code = main(["load", "icews", str(f), "--db", str(tmp_path / "s.duckdb"), "--lake", f"file://{tmp_path}/lk"])
    assert code == 0
    assert len(list((tmp_path / "lk" / "events" / "year=2014" / "month=01").glob("r1-*_0.parquet"))) == 1
