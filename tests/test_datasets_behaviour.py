"""Loading behaviour: bad input gives a clear DataError and leaves the store unchanged; superseding;
`load auto`; the CLI. Small files are written per test; the real samples come from ../shared/data."""

from __future__ import annotations

import gzip
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from multipolar.cli import main
from multipolar.datasets import api
from multipolar.errors import DataError, InputError, UsageError
from multipolar.store import Store
from multipolar.store.schema import TABLES

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "data" / "datasets"
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")

NDY_HEADER = "ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n"
NDY_ROWS = "".join(f"{a},{b},{y},{y - 1990}.0,{y - 1980}.0,1.0,2.0\n"
                   for a, b in ((2, 372), (365, 372), (372, 710)) for y in range(1995, 2015))


def snapshot(store: Store) -> dict[str, tuple[int, int]]:
    return {t: tuple(store.query(f'SELECT count(*) n, coalesce(sum(hash(x)), 0) h FROM "{t}" x')[0].values())
            for t in TABLES}


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    """A store file holding one good load already, so 'unchanged' means more than 'empty'."""
    s = Store(tmp_path / "store.duckdb")
    good = tmp_path / "good" / "cow_trade_ndy_v4.csv"
    good.parent.mkdir()
    good.write_text(NDY_HEADER + NDY_ROWS)
    api.load(s, "cow-trade", good)
    yield s
    s.close()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


def _assert_fails_cleanly(store: Store, dataset: str, path: Path, match: str, **kw: object) -> DataError:
    before = snapshot(store)
    with pytest.raises((DataError, InputError)) as info:
        api.load(store, dataset, path, **kw)  # type: ignore[arg-type]
    assert snapshot(store) == before
    assert str(path.name) in str(info.value)
    assert match in str(info.value), str(info.value)
    return info.value  # type: ignore[return-value]


def test_datasets_truncated_rows(store: Store, tmp_path: Path) -> None:
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[5] = "2,372,2000,5.0\n"  # truncated: 4 of 7 fields
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    err = _assert_fails_cleanly(store, "cow-trade", p, "wrong number of columns")
    assert err.line == 7  # header is line 1, rows[5] is line 7
    assert "1 of 60 rows" in str(err)


def test_datasets_truncated_last_line_gzip(store: Store, tmp_path: Path) -> None:
    p = tmp_path / "cow_trade_ndy_v4.csv.gz"
    p.write_bytes(gzip.compress((NDY_HEADER + NDY_ROWS + "373,710,2014,3").encode()))
    err = _assert_fails_cleanly(store, "cow-trade", p, "wrong number of columns")
    assert err.line == 62


def test_datasets_wrong_header(store: Store, tmp_path: Path) -> None:
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", "ccode1,ccode2,year,flow1\n2,372,2000,1\n")
    err = _assert_fails_cleanly(store, "cow-trade", p, "unexpected columns")
    assert err.line == 1 and "flow2" in str(err)


def test_datasets_extra_columns_in_rows(store: Store, tmp_path: Path) -> None:
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[0] = rows[0].rstrip("\n") + ",9,9\n"
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    err = _assert_fails_cleanly(store, "cow-trade", p, "wrong number of columns")
    assert err.line == 2


def test_datasets_non_numeric_value(store: Store, tmp_path: Path) -> None:
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[10] = "2,372,2005,lots,3.0,1.0,2.0\n"
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    err = _assert_fails_cleanly(store, "cow-trade", p, "non-numeric or malformed value in column flow1")
    assert err.line == 12 and "lots" in str(err)


def test_datasets_unknown_code(store: Store, tmp_path: Path) -> None:
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[3] = "2,999,1998,1.0,3.0,1.0,2.0\n"
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    err = _assert_fails_cleanly(store, "cow-trade", p, "unknown COW country code in column ccode2: 999")
    assert err.line == 5


def test_datasets_unknown_partner_name(store: Store, tmp_path: Path) -> None:
    text = ('"country","year","month","export","import_origin","import_consignment","date"\n'
            '"Atlantis",2019,1,1,2,3,"2019-01-01"\n"China",2019,1,1,2,3,"2019-01-01"\n')
    p = _write(tmp_path, "arm_trade_country_monthly.csv", text)
    _assert_fails_cleanly(store, "armstat-trade", p, "unknown partner country: Atlantis")


def test_datasets_bad_rows_below_threshold_are_reported(tmp_path: Path) -> None:
    store = Store(tmp_path / "fresh.duckdb")  # a fresh store: rows already loaded elsewhere are not stored again
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[3] = "2,999,1998,1.0,3.0,1.0,2.0\n"
    rows[7] = "2,372,2002,x,3.0,1.0,2.0\n"
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    report = api.load(store, "cow-trade", p, max_reject_share=0.05)
    f = report.files[0]
    assert (f.rows_read, f.rows_rejected) == (60, 2)
    rej = store.query("SELECT line, reason FROM rejects WHERE load_run = ? ORDER BY line", [f.run_id])
    assert [r["line"] for r in rej] == [5, 9]
    assert "999" in rej[0]["reason"] and "flow1" in rej[1]["reason"]
    # the good rows keep their own line numbers even after rejected lines
    assert store.scalar("SELECT min(source_row) FROM observations WHERE load_run = ? AND year = 2003 AND "
                        "from_actor = 'USA'", [f.run_id]) == 10


def test_datasets_empty_files(store: Store, tmp_path: Path) -> None:
    _assert_fails_cleanly(store, "cow-trade", _write(tmp_path, "cow_trade_ndy_v4.csv", ""), "empty")
    _assert_fails_cleanly(store, "cow-trade", _write(tmp_path, "cow_trade_sy_v4.csv", "ccode,year,imports,exports\n"),
                          "no data rows")
    gz = tmp_path / "cow_trade_ndy_v4.csv.gz"
    gz.write_bytes(gzip.compress(b""))
    _assert_fails_cleanly(store, "cow-trade", gz, "empty")


def test_datasets_corrupt_gzip_and_zip(store: Store, tmp_path: Path) -> None:
    good = gzip.compress((NDY_HEADER + NDY_ROWS * 50).encode())
    gz = tmp_path / "cow_trade_ndy_v4.csv.gz"
    gz.write_bytes(good[: len(good) // 2])  # cut in the middle
    _assert_fails_cleanly(store, "cow-trade", gz, "cannot read the file")
    junk = tmp_path / "un_votes.csv.gz"
    junk.write_bytes(b"this is not gzip at all")
    _assert_fails_cleanly(store, "unga-votes", junk, "not a valid gzip file")
    z = tmp_path / "20180326044500.export.CSV.zip"
    z.write_bytes(b"PK\x03\x04 broken zip")
    _assert_fails_cleanly(store, "gdelt-events", z, "zip")


def test_datasets_unknown_dataset_and_path(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown dataset"):
        api.load(store, "cow-trad", tmp_path)
    with pytest.raises(InputError, match="no such file"):
        api.load(store, "cow-trade", tmp_path / "missing.csv")
    with pytest.raises(InputError, match="no cow-trade files"):
        api.load(store, "cow-trade", FIXTURES)


def test_datasets_supersede_changed_file(store: Store, tmp_path: Path) -> None:
    p = tmp_path / "good" / "cow_trade_ndy_v4.csv"
    first = store.scalar("SELECT id FROM load_runs WHERE path = ?", [str(p.resolve())])
    p.write_text(NDY_HEADER + NDY_ROWS.replace("372,710,2014,24.0", "372,710,2014,999.0"))
    report = api.load(store, "cow-trade", p)
    f = report.files[0]
    assert f.status == "loaded" and f.superseded_runs == [first]
    runs = store.query("SELECT id, status FROM load_runs ORDER BY id")
    assert runs == [{"id": first, "status": "superseded"}, {"id": f.run_id, "status": "ok"}]
    assert store.scalar("SELECT count(*) FROM observations WHERE load_run = ?", [first]) == 0
    assert store.scalar("SELECT value FROM observations WHERE indicator = 'imports' AND from_actor = 'GEO' "
                        "AND to_actor = 'CHN' AND year = 2014") == 999.0
    # and loading it again changes nothing
    before = snapshot(store)
    assert api.load(store, "cow-trade", p).files[0].status == "unchanged"
    assert snapshot(store) == before


@needs_data
@pytest.mark.parametrize(("path", "dataset"), [
    ("cow_trade_v4_dyadic/cow_trade_ndy_v4.csv.gz", "cow-trade"),
    ("cow_trade_v4_dyadic/cow_trade_sy_v4.csv", "cow-trade"),
    ("armstat_armenia_trade_by_country/arm_trade_country_monthly_2007_2024.csv", "armstat-trade"),
    ("comtrade_georgia_vehicle_imports/vehicle_trade_georgia_comtrade_hs8703.csv", "comtrade"),
    ("unga_votes_voeten_unvotes/un_votes.csv.gz", "unga-votes"),
    ("unga_votes_voeten_unvotes/un_roll_calls.csv.gz", "unga-votes"),
    ("unga_ideal_points_voeten_2024/IdealpointestimatesAll_Jun2024.csv", "unga-ideal-points"),
    ("sipri_arms_transfers_360info/sipri-exports-processed.csv", "sipri"),
    ("sipri_arms_transfers_360info/trademap-raw/TIV-Export-RUS-1950-2021.csv", "sipri"),
    ("aiddata_gcdf3_country_year/cow_gcdf.csv", "aiddata"),
    ("peacesciencer_cow_atop_igo_nmc_leaders/atop_alliance_dyadyear.csv.gz", "atop"),
    ("peacesciencer_cow_atop_igo_nmc_leaders/cow_alliance_v4.1_dyadyear.csv.gz", "cow-alliance"),
    ("peacesciencer_cow_atop_igo_nmc_leaders/cow_igo_shared_memberships_ndy.csv.gz", "cow-igo"),
    ("peacesciencer_cow_atop_igo_nmc_leaders/cow_nmc_cinc.csv", "cow-nmc"),
    ("peacesciencer_cow_atop_igo_nmc_leaders/archigos_leaders.csv", "archigos"),
    ("fbic_china_west_influence_base/fbic_china_and_west_by_country_year_base.csv", "fbic"),
    ("gdelt_samples/gdelt2_20180326044500.export.CSV", "gdelt-events"),
    ("gdelt_samples/gdelt1_events_sample_reed9999.tsv", "gdelt-events"),
    ("gdelt_samples/gkg21_parsed_urls_20180918051500_DIAS.tsv", "gdelt-gkg"),
    ("icews_tkg_samples/icews14_test.tsv", "icews"),
])
def test_datasets_load_auto_recognises(path: str, dataset: str, tmp_path: Path) -> None:
    from multipolar.datasets.base import recognise

    # renamed copies: recognition is by columns, not by file name
    src = DATA / path
    renamed = tmp_path / ("data" + "".join(src.suffixes[-2:] if src.name.endswith(".gz") else src.suffixes[-1:]))
    shutil.copy(src, renamed)
    assert recognise(renamed).name == dataset
    assert recognise(src).name == dataset


def test_datasets_auto_gkg21_and_zip(tmp_path: Path) -> None:
    from multipolar.datasets.base import recognise

    gkg = FIXTURES / "20191105120000.gkg.csv"
    assert recognise(gkg).name == "gdelt-gkg"
    s = Store(":memory:")
    report = api.load(s, "auto", gkg)
    assert report.dataset == "gdelt-gkg" and report.rows_stored == 3
    rec = s.query("SELECT countries, persons, tone FROM gkg_records WHERE id = '20191105120000-0'")[0]
    assert rec["countries"] == ["AZE", "CHN", "GEO"] and sorted(rec["persons"]) == ["Ilham Aliyev", "Wang Yi"]
    assert rec["tone"] == -1.2


@needs_data
def test_datasets_gdelt_zip_and_duplicate_ids(tmp_path: Path) -> None:
    src = DATA / "gdelt_samples" / "gdelt2_20180326044500.export.CSV"
    z = tmp_path / "20180326044500.export.CSV.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(src, "20180326044500.export.CSV")
    s = Store(":memory:")
    assert api.load(s, "gdelt-events", z).rows_stored == 1540
    # The same events again from the unzipped file (other bytes, other path): every event is a duplicate.
    before = snapshot(s)
    with pytest.raises(DataError, match="duplicate event"):
        api.load(s, "gdelt-events", src)
    assert snapshot(s) == before


def test_datasets_cli_load_and_json_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.duckdb"
    f = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + NDY_ROWS)
    assert main(["load", "cow-trade", str(f), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["datasets", "--db", str(db), "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items[0]["dataset"] == "cow-trade" and items[0]["rows"] == 240
    assert (items[0]["first_year"], items[0]["last_year"]) == (1995, 2014) and len(items[0]["sha256"]) == 64
    bad = _write(tmp_path, "cow_trade_sy_v4.csv", "ccode,year\n1,2\n")
    assert main(["load", "cow-trade", str(bad), "--db", str(db)]) == DataError.exit_code
    assert "unexpected columns" in capsys.readouterr().err


def test_datasets_starter_pack_loads_and_is_idempotent() -> None:
    from multipolar.datasets.api import STARTER_DIR

    total = sum(p.stat().st_size for p in STARTER_DIR.iterdir())
    assert total < 2_000_000 and (STARTER_DIR / "SOURCES.md").exists()
    s = Store(":memory:")
    reports = api.load_starter(s)
    assert {r.files[0].status for r in reports} == {"loaded"}
    assert s.scalar("SELECT value FROM observations WHERE dataset = 'cow-trade' AND indicator = 'imports' AND "
                    "from_actor = 'GEO' AND to_actor = 'CHN' AND year = 2002") == 9.0
    assert s.scalar("SELECT round(value, 7) FROM observations WHERE dataset = 'unga-ideal-points' AND "
                    "indicator = 'unga_agreement' AND from_actor = 'GEO' AND to_actor = 'USA' AND year = 2023") == 0.4939759  # noqa: E501
    before = snapshot(s)
    assert {r.files[0].status for r in api.load_starter(s)} == {"unchanged"}
    assert snapshot(s) == before
    names = {d["dataset"] for d in api.datasets(s)}
    assert {"cow-trade", "sipri", "unga-votes", "armstat-trade"} <= names


@pytest.mark.parametrize("container", ["plain", "gzip", "zip"])
def test_an_absurdly_long_line_is_refused_before_duckdb_reads_it(store: Store, tmp_path: Path,
                                                                  container: str) -> None:
    """Found by bench/fuzz.py: a 2.5 MB line of commas in a CSV made DuckDB's rejects scan run for hours. The
    line is refused up front with its number, and the store is unchanged."""
    body = (NDY_HEADER + NDY_ROWS[:200] + "," * 2_500_000 + "\n" + NDY_ROWS[200:]).encode()
    path = tmp_path / "long" / "cow_trade_ndy_v4.csv"
    path.parent.mkdir()
    if container == "gzip":
        path = path.with_name(path.name + ".gz")
        path.write_bytes(gzip.compress(body))
    elif container == "zip":
        path = path.with_name(path.name + ".zip")
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("cow_trade_ndy_v4.csv", body)
    else:
        path.write_bytes(body)
    line = NDY_HEADER.count("\n") + NDY_ROWS[:200].count("\n") + 1
    before = snapshot(store)
    with pytest.raises(DataError) as caught:
        api.load(store, "cow-trade", path)
    assert caught.value.line == line and "longer than 65,536 bytes" in str(caught.value)
    assert str(path) in str(caught.value)
    assert snapshot(store) == before


def test_line_length_check_accepts_cr_only_files_and_long_gkg_records(tmp_path: Path) -> None:
    from multipolar.datasets.base import check_line_lengths

    cr = tmp_path / "cr.csv"
    cr.write_bytes(("a,b\r" + "1,2\r" * 50_000).encode())  # 200 KB, no \n at all
    check_line_lengths(cr, 65_536, str(cr))
    long = tmp_path / "long.csv"
    long.write_bytes(b"a\n" + b"x" * 70_000 + b"\n")
    check_line_lengths(long, 10_000_000, str(long))  # a GKG-sized limit
    with pytest.raises(DataError) as caught:
        check_line_lengths(long, 65_536, str(long))
    assert caught.value.line == 2


def test_a_file_cut_mid_row_is_refused_naming_the_line(store: Store, tmp_path: Path) -> None:
    """A plain file whose last line has no line break and is incomplete was cut short: refused whole (even when
    that one row is below --max-reject-share), the store unchanged."""
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + NDY_ROWS + "373,710,2014,3")
    err = _assert_fails_cleanly(store, "cow-trade", p, "ends in the middle of a row", max_reject_share=0.5)
    assert err.line == 62 and "truncated" in str(err)


def test_a_complete_last_row_without_line_break_loads_with_a_note(tmp_path: Path) -> None:
    """Many real files lack the final line break: a last row that parses is loaded, and the load says so."""
    store = Store(tmp_path / "fresh.duckdb")
    p = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + NDY_ROWS.rstrip("\n"))
    f = api.load(store, "cow-trade", p).files[0]
    assert (f.status, f.rows_read, f.rows_rejected) == ("loaded", 60, 0)
    assert "no line break after the last line (61)" in (f.message or "")


def test_cli_load_with_malformed_rows_warns_by_line_and_exits_1(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    rows = NDY_ROWS.splitlines(keepends=True)
    rows[7] = "2,372,2002,x,3.0,1.0,2.0\n"
    f = _write(tmp_path, "cow_trade_ndy_v4.csv", NDY_HEADER + "".join(rows))
    db = tmp_path / "cli.duckdb"
    assert main(["load", "cow-trade", str(f), "--db", str(db), "--max-reject-share", "0.05"]) == 1
    out = capsys.readouterr()
    assert "warning:" in out.err and "1 row(s)" in out.err and "line 9" in out.err
    with Store(db, read_only=True) as s:  # the good rows are stored
        assert s.scalar("SELECT count(DISTINCT source_row) FROM observations") == 59


@needs_data
def test_real_file_cut_at_200kb_is_refused_by_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The case a user hit: COW's state-year table cut at 200 KB once loaded 5,884 of 14,410 rows silently."""
    raw = (DATA / "cow_trade_v4_dyadic" / "cow_trade_sy_v4.csv").read_bytes()
    cut = tmp_path / "cow_trade_sy_v4.csv"
    cut.write_bytes(raw[:200_000])
    db = tmp_path / "cli.duckdb"
    assert main(["load", "cow-trade", str(cut), "--db", str(db)]) == DataError.exit_code
    err = capsys.readouterr().err
    assert "line 5885" in err and "truncated" in err and "download the cow-trade file again" in err
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM observations") == 0


def test_loaders_never_touch_the_store_connection() -> None:
    """The store owns its tables: the datasets package reads files and hands SELECTs to the load session
    (multipolar.store.loading); it neither imports duckdb nor uses the store's connection or transaction."""
    import ast

    pkg = Path(api.__file__).resolve().parent
    for f in sorted(pkg.glob("*.py")):
        tree = ast.parse(f.read_text(), str(f))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                     and not n.level}
        assert "duckdb" not in imported, f.name
        attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        assert not attrs & {"con", "transaction"}, f"{f.name}: {attrs & {'con', 'transaction'}}"


def test_dataset_listing_is_the_datasets_json(store: Store) -> None:
    """datasets.api.datasets is the catalogue's named read, as JSON."""
    from multipolar.store.catalog import dataset_listing

    api.load_starter(store)  # beside the fixture's cow-trade file: a dataset of two loads
    listing = dataset_listing(store)
    assert [d.as_json() for d in listing] == api.datasets(store)
    cow = next(d for d in listing if d.dataset == "cow-trade")
    assert len(cow.files) == 2 and cow.rows == sum(f.rows for f in cow.files) and cow.actors > 0
    assert cow.first_year is not None and cow.first_year <= 1995 and cow.last_year is not None
