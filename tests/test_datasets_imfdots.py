"""imf-dots: the IMF DOTS country tables (235 .xlsx workbooks) — facts of PROVENANCE §14, the aggregate and
duplicate rules, estimates, idempotency, recognition, and clear errors that leave the store unchanged.

Small workbooks are derived from a real one (``DOTS_76.xlsx``, Georgia) by rewriting cells of its sheet XML."""

from __future__ import annotations

import json
import re
import shutil
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from multipolar.cli import main
from multipolar.datasets import api
from multipolar.datasets.base import LoadReport, get_loader, recognise
from multipolar.datasets.imfdots import AGGREGATES, IMF_NAMES, is_state_or_territory, partner_code
from multipolar.errors import DataError, InputError
from multipolar.resolve.codes import actor_code_for_name
from multipolar.store import Store
from multipolar.store.schema import TABLES

from .conftest import SHARED

DOTS = SHARED / "data" / "imf_dots_country_tables"
GEORGIA = DOTS / "DOTS_76.xlsx"
pytestmark = pytest.mark.skipif(not DOTS.exists(), reason="../shared/data/imf_dots_country_tables is not beside repo")

SHEET_XML = {"Exports, FOB": "xl/worksheets/sheet1.xml", "Imports, CIF": "xl/worksheets/sheet2.xml"}


def snapshot(store: Store) -> dict[str, tuple[Any, ...]]:
    return {t: tuple(store.query(f'SELECT count(*) n, coalesce(sum(hash(x)), 0) h FROM "{t}" x')[0].values())
            for t in TABLES}


def derive(dst: Path, cells: dict[tuple[str, str], str], src: Path = GEORGIA) -> Path:
    """A copy of ``src`` with some cells ((sheet, "B12") → text) replaced by inline strings."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for (sheet, ref), text in cells.items():
                if SHEET_XML[sheet] == item.filename:
                    xml = data.decode("utf-8")
                    new = f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
                    xml, n = re.subn(rf'<c r="{ref}"[^>]*?/>|<c r="{ref}"[^>]*?>.*?</c>', new, xml, count=1)
                    assert n == 1, (sheet, ref)
                    data = xml.encode("utf-8")
            zout.writestr(item, data)
    return dst


def obs(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.query(f"SELECT * FROM observations WHERE dataset = 'imf-dots' AND {where} ORDER BY year, source_row",
                       params)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, LoadReport, float]]:
    store = Store(tmp_path_factory.mktemp("dots") / "dots.duckdb")
    t0 = time.perf_counter()
    report = api.load(store, "imf-dots", DOTS)
    seconds = time.perf_counter() - t0
    print(f"\nimf-dots: {report.rows_stored:,} rows from {len(report.files)} workbooks in {seconds:.1f} s")
    yield store, report, seconds
    store.close()


# -- the real folder -----------------------------------------------------------------------------------

def test_imfdots_georgia_china(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    ex = {r["year"]: r for r in obs(store, "indicator = 'exports' AND from_actor = 'GEO' AND to_actor = 'CHN'", [])}
    assert round(ex[2018]["value"], 1) == 199.1 and round(ex[2020]["value"], 1) == 477.3
    r = ex[2018]
    assert r["period"] == "2018" and r["month"] is None and r["unit"] == "usd_million" and r["estimate"] is False
    assert r["source_file"] == str(GEORGIA.resolve()) and r["source_row"] == 55  # "China, P.R.: Mainland"
    im = obs(store, "indicator = 'imports' AND from_actor = 'GEO' AND to_actor = 'CHN' AND year = 2019", [])
    assert len(im) == 1 and round(im[0]["value"], 1) == 858.7


def test_imfdots_mirror_flows_disagree(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    chn = obs(store, "indicator = 'exports' AND from_actor = 'CHN' AND to_actor = 'ARM' AND year = 2019", [])
    arm = obs(store, "indicator = 'imports' AND from_actor = 'ARM' AND to_actor = 'CHN' AND year = 2019", [])
    assert len(chn) == 1 and len(arm) == 1
    assert abs(chn[0]["value"] - 220) < 1 and abs(arm[0]["value"] - 751) < 1


def test_imfdots_world_totals(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    tot = obs(store, "indicator = 'total_exports' AND from_actor = 'GEO' AND year = 2019", [])
    assert len(tot) == 1 and tot[0]["to_actor"] is None and round(tot[0]["value"], 1) == 3798.4
    assert store.query("SELECT count(*) AS n FROM observations WHERE dataset = 'imf-dots' AND to_actor IS NULL "
                       "AND indicator NOT IN ('total_exports', 'total_imports')")[0]["n"] == 0
    assert store.query("SELECT DISTINCT indicator FROM observations WHERE dataset = 'imf-dots' ORDER BY 1") == [
        {"indicator": i} for i in ("exports", "imports", "total_exports", "total_imports")]


def test_imfdots_no_aggregate_is_a_state(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    actors = {r["a"] for r in store.query("SELECT DISTINCT to_actor AS a FROM observations WHERE dataset = 'imf-dots' "
                                          "AND to_actor IS NOT NULL UNION SELECT DISTINCT from_actor "
                                          "FROM observations WHERE dataset = 'imf-dots'")}
    assert {"CHN", "HKG", "MAC", "TWN", "GEO", "ARM", "AZE", "RUS", "XKX", "PSE"} <= actors
    assert all(is_state_or_territory(a) for a in actors), sorted(a for a in actors if not is_state_or_territory(a))
    assert not actors & {"EUU", "XXX", "EU", "WEST1", "WEST2"}
    # no dyad of a reporter with itself, no key twice
    assert store.query("SELECT count(*) AS n FROM observations WHERE dataset = 'imf-dots' AND from_actor = to_actor"
                       )[0]["n"] == 0
    assert store.query("SELECT count(*) AS n FROM (SELECT indicator, from_actor, to_actor, year FROM observations "
                       "WHERE dataset = 'imf-dots' GROUP BY ALL HAVING count(*) > 1)")[0]["n"] == 0


def test_imfdots_skipped_workbooks(loaded: tuple[Store, LoadReport, float]) -> None:
    store, report, _ = loaded
    kinds = {Path(f.path).name: f for f in report.files}
    assert len(kinds) == 235
    dup = kinds["DOTS_144.xlsx"]
    assert dup.kind == "skipped: duplicate of DOTS_143.xlsx" and dup.rows_stored == 0
    assert kinds["DOTS_143.xlsx"].kind == "country-table" and kinds["DOTS_143.xlsx"].rows_stored > 0
    world = kinds["DOTS_221.xlsx"]
    assert world.kind == "skipped: aggregate reporter 'World', not a state" and world.rows_stored == 0
    skipped = [f for f in report.files if f.kind.startswith("skipped")]
    assert len(skipped) == 18 and all(f.rows_stored == 0 and f.status == "skipped" for f in skipped)
    assert dup.message == "duplicate of DOTS_143.xlsx"
    nic = store.query("SELECT DISTINCT source_file FROM observations WHERE dataset = 'imf-dots' AND from_actor = 'NIC'")
    assert [Path(r["source_file"]).name for r in nic] == ["DOTS_143.xlsx"]
    # a skipped workbook opens no load run
    assert not store.query("SELECT id FROM load_runs WHERE path LIKE '%DOTS_144.xlsx'")


def test_imfdots_estimates(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    n = store.query("SELECT count(*) FILTER (WHERE estimate) AS e, count(*) FILTER (WHERE estimate IS NULL) AS z "
                    "FROM observations WHERE dataset = 'imf-dots'")[0]
    assert n["e"] > 100_000 and n["z"] == 0
    aut = obs(store, "indicator = 'exports' AND from_actor = 'GEO' AND to_actor = 'AUT' AND year = 1992", [])
    assert len(aut) == 1 and aut[0]["value"] == 1.37 and aut[0]["estimate"] is True and aut[0]["source_row"] == 12


def test_imfdots_years_and_listing(loaded: tuple[Store, LoadReport, float]) -> None:
    store, report, seconds = loaded
    assert report.rows_rejected == 0
    item = {d["dataset"]: d for d in api.datasets(store)}["imf-dots"]
    assert item["first_year"] == 1960 and item["last_year"] == 2020
    assert item["rows"] == report.rows_stored > 1_800_000
    # 235 workbooks less the 18 skipped (they open no load run)
    assert len(item["files"]) == 217 and item["citation"].startswith("International Monetary Fund, Direction of Trade")
    # dissolved federations: the USSR only up to 1991 (later "USSR" cells are the unallocated remainder)
    assert store.query("SELECT max(year) AS y FROM observations WHERE dataset = 'imf-dots' AND from_actor = 'RUS' "
                       "AND source_file LIKE '%DOTS_203.xlsx'")[0]["y"] == 1991


def test_imfdots_reload_changes_nothing(loaded: tuple[Store, LoadReport, float]) -> None:
    store, _, _ = loaded
    before = snapshot(store)
    again = api.load(store, "imf-dots", DOTS)
    assert {f.status for f in again.files} == {"unchanged", "skipped"} and not again.changed
    one = api.load(store, "imf-dots", GEORGIA)
    assert [f.status for f in one.files] == ["unchanged"]
    assert snapshot(store) == before


def test_imfdots_bad_file_leaves_store_unchanged(loaded: tuple[Store, LoadReport, float], tmp_path: Path) -> None:
    store, _, _ = loaded
    before = snapshot(store)
    folder = tmp_path / "dots"
    folder.mkdir()
    shutil.copy(DOTS / "DOTS_1.xlsx", folder / "DOTS_1.xlsx")
    (folder / "DOTS_x.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook" * 50)
    with pytest.raises(DataError) as exc:
        api.load(store, "imf-dots", folder)
    assert "DOTS_x.xlsx" in str(exc.value) and exc.value.line == 1 and exc.value.hint
    (folder / "DOTS_x.xlsx").write_text("country,year,value\nGeorgia,2019,1\n")
    with pytest.raises(DataError, match="not an .xlsx workbook"):
        api.load(store, "imf-dots", folder)
    # wrong layout in the second sheet: met inside the transaction, after other workbooks were loaded
    (folder / "DOTS_x.xlsx").unlink()
    derive(folder / "DOTS_2.xlsx", {("Imports, CIF", "B5"): "US Dollars, Thousands"})
    with pytest.raises(DataError) as exc:
        api.load(store, "imf-dots", folder)
    assert exc.value.source == f"{(folder / 'DOTS_2.xlsx').resolve()}#Imports, CIF" and exc.value.line == 5
    assert "US Dollars, Thousands" in exc.value.message
    assert snapshot(store) == before


# -- derived workbooks ----------------------------------------------------------------------------------

def test_imfdots_cells_and_rejects(tmp_path: Path) -> None:
    wb = derive(tmp_path / "georgia.xlsx", {
        ("Exports, FOB", "B12"): "Atlantis",  # unknown partner (was Austria): a reject naming sheet and row
        ("Exports, FOB", "AE55"): "1,234.5 e",  # China 2020 with a thousands separator and the estimate mark
        ("Exports, FOB", "AD55"): "n.a.",  # China 2019: missing, no row
        ("Imports, CIF", "AE55"): "abc",  # not a number: a reject naming the year
    })
    s = Store(":memory:")
    report = api.load(s, "imf-dots", wb)
    (f,) = report.files
    assert f.status == "loaded" and f.rows_rejected == 2
    rej = s.query("SELECT source, line, reason FROM rejects ORDER BY source")
    assert rej[0]["source"] == f"{wb.resolve()}#Exports, FOB" and rej[0]["line"] == 12
    assert "Atlantis" in rej[0]["reason"]
    assert rej[1]["source"] == f"{wb.resolve()}#Imports, CIF" and rej[1]["reason"].startswith("2020: not a number")
    chn = {r["year"]: r for r in obs(s, "indicator = 'exports' AND to_actor = 'CHN'", [])}
    assert chn[2020]["value"] == 1234.5 and chn[2020]["estimate"] is True
    assert 2019 not in chn and chn[2018]["estimate"] is False
    assert not obs(s, "to_actor = 'AUT' AND indicator = 'exports'", [])


def test_imfdots_duplicate_loaded_alone_is_stored_once(tmp_path: Path) -> None:
    s = Store(":memory:")
    api.load(s, "imf-dots", DOTS / "DOTS_143.xlsx")
    n = s.query("SELECT count(*) AS n FROM observations")[0]["n"]
    second = api.load(s, "imf-dots", DOTS / "DOTS_144.xlsx")
    assert second.files[0].rows_stored == 0 and s.query("SELECT count(*) AS n FROM observations")[0]["n"] == n
    # two workbooks of one reporter with different values: the folder is ambiguous
    folder = tmp_path / "two"
    folder.mkdir()
    shutil.copy(GEORGIA, folder / "DOTS_1.xlsx")
    derive(folder / "DOTS_2.xlsx", {("Exports, FOB", "AE55"): "1"})
    with pytest.raises(DataError, match="two workbooks for the reporter 'Georgia'"):
        api.load(s, "imf-dots", folder)


def test_imfdots_aggregate_reporter_alone(tmp_path: Path) -> None:
    s = Store(":memory:")
    report = api.load(s, "imf-dots", DOTS / "DOTS_221.xlsx")
    assert report.files[0].kind.startswith("skipped: aggregate reporter 'World'") and report.rows_stored == 0


def test_imfdots_recognised(tmp_path: Path) -> None:
    renamed = tmp_path / "data.xlsx"
    shutil.copy(GEORGIA, renamed)
    assert recognise(GEORGIA).name == "imf-dots" and recognise(renamed).name == "imf-dots"
    small = tmp_path / "folder"
    small.mkdir()
    shutil.copy(GEORGIA, small / "DOTS_76.xlsx")
    assert recognise(small).name == "imf-dots"
    report = api.load(Store(":memory:"), "auto", small)
    assert report.dataset == "imf-dots" and report.rows_stored > 5_000
    loader = get_loader("imf-dots")
    csv = tmp_path / "x.csv"
    csv.write_text("a,b\n1,2\n")
    assert loader.header_matches(csv, loader.kinds[0]) is False
    garbage = tmp_path / "DOTS_9.xlsx"
    garbage.write_bytes(b"\x00\xff" * 100)
    assert loader.header_matches(garbage, loader.kinds[0]) is False
    with pytest.raises(DataError):
        recognise(garbage)  # no loader crashes on it; none claims it
    with pytest.raises(InputError):
        api.load(Store(":memory:"), "imf-dots", tmp_path / "empty-folder-does-not-exist")


def test_imfdots_cli_datasets_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.duckdb"
    assert main(["load", "imf-dots", str(GEORGIA), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["datasets", "--db", str(db), "--format", "json"]) == 0
    (item,) = [d for d in json.loads(capsys.readouterr().out) if d["dataset"] == "imf-dots"]
    assert item["rows"] > 5_000 and (item["first_year"], item["last_year"]) == (1992, 2020)
    bad = tmp_path / "DOTS_1.xlsx"
    bad.write_bytes(b"garbage")
    assert main(["load", "imf-dots", str(bad), "--db", str(db)]) == DataError.exit_code
    err = capsys.readouterr().err
    assert "not an .xlsx workbook" in err and "Traceback" not in err


def test_imfdots_name_table_reviewed() -> None:
    # every hand-mapped IMF spelling gives a state or territory code, and is one codes.py does not already know
    for name, code in IMF_NAMES.items():
        assert is_state_or_territory(code), name
        assert actor_code_for_name(name) in (None, code), name
    assert partner_code("China, P.R.: Hong Kong") == actor_code_for_name("China, Hong Kong SAR") == "HKG"
    assert partner_code("USSR") == actor_code_for_name("USSR") == "RUS"
    assert all(partner_code(a) is None for a in AGGREGATES)
