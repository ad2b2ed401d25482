"""geostat-exports: Georgia's exports by destination (Geostat), Georgian partner names mapped through CLDR
and the reviewed table. Real file from ../shared/data when present; small fixtures written per test."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from multipolar.cli import main
from multipolar.datasets import api
from multipolar.datasets.base import recognise
from multipolar.datasets.geostat import (
    NAMES_CSV,
    cldr_names,
    georgian_name_to_iso3,
    normalise_ka,
    reviewed_names,
)
from multipolar.errors import DataError
from multipolar.resolve import codes
from multipolar.store import Store
from multipolar.store.schema import TABLES

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
REAL = DATA / "geostat_georgia_exports_by_country" / "ExportByCoutry.csv"
needs_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/data/geostat_georgia_exports_by_country "
                                                          "(the real Geostat file) is not beside the repo")

HEADER = "\ufeffCountry,ThsdUSD1000,Year,Code,Additional\r\n"
CHINA, RUSSIA, ARMENIA = "ჩინეთი", "რუსეთი", "სომხეთი"


def snapshot(store: Store) -> dict[str, tuple[int, int]]:
    return {t: tuple(store.query(f'SELECT count(*) n, coalesce(sum(hash(x)), 0) h FROM "{t}" x')[0].values())
            for t in TABLES}


def write(tmp_path: Path, rows: list[str], name: str = "ExportByCoutry.csv") -> Path:
    p = tmp_path / name
    p.write_text(HEADER + "".join(r + "\r\n" for r in rows), encoding="utf-8")
    return p


def good_rows(n: int = 40) -> list[str]:
    """n rows: China, Russia, Armenia over consecutive years (one of the notes spilled into Additional)."""
    names = (CHINA, RUSSIA, ARMENIA)
    rows = []
    for i in range(n):
        note = "(ათასი აშშ დოლარი)" if i == 0 else ""
        rows.append(f"{names[i % 3]},{100 + i}.5,{1995 + i // 3},4სხვა ქვეყნები,{note}")
    return rows


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store.duckdb")
    yield s
    s.close()


# -- the name mapping ------------------------------------------------------------------------------

def test_normalisation_ignores_spaces_hyphens_case_and_punctuation() -> None:
    assert normalise_ka("შრი-ლანკა") == normalise_ka("შრილანკა") == normalise_ka(" შრი ლანკა ")
    assert normalise_ka("ᲩᲘᲜᲔᲗᲘ") == normalise_ka("ჩინეთი")  # Mtavruli capitals fold to Mkhedruli
    assert normalise_ka("\ufeffჩინეთი") == "ჩინეთი"


def test_cldr_and_reviewed_names() -> None:
    assert georgian_name_to_iso3(CHINA) == "CHN"  # CLDR
    assert georgian_name_to_iso3("გაერთიანებული სამეფო") == "GBR"  # CLDR
    assert georgian_name_to_iso3("კოსტარიკა") == "CRI"  # CLDR "კოსტა-რიკა" after normalisation
    assert georgian_name_to_iso3("აშშ") == "USA"  # table
    assert georgian_name_to_iso3("ყატარი") == "QAT"  # table (CLDR: კატარი)
    assert georgian_name_to_iso3("კონგო") == "COG"  # table: ambiguous in CLDR
    assert georgian_name_to_iso3("ცენტრალური აფრიკა") == "CAF"
    assert georgian_name_to_iso3("სამხრეთი აფრიკა") == "ZAF"  # the state; CLDR "სამხრეთ აფრიკა" is the region
    assert georgian_name_to_iso3("სამხრეთ აფრიკა") == "GROUP"
    assert georgian_name_to_iso3("სერბიამონტენეგრო", 2005) == "SCG"
    assert georgian_name_to_iso3("სერბიამონტენეგრო", 2006) == "SRB"
    assert georgian_name_to_iso3("მსოფლიო") == "TOTAL"  # CLDR 001 World
    assert georgian_name_to_iso3("ევროპა") == "GROUP"
    assert georgian_name_to_iso3("ატლანტიდა") is None  # Atlantis
    assert georgian_name_to_iso3("") is None and georgian_name_to_iso3(None) is None


def test_reviewed_table_is_valid_and_only_holds_what_cldr_lacks() -> None:
    table = reviewed_names()
    cldr = cldr_names()
    with NAMES_CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["note"].strip() for r in rows), "every hand mapping says why"
    for key, entries in table.items():
        for e in entries:
            assert e.code in ("TOTAL", "GROUP") or e.code in codes.SPECIAL_CODES or codes.is_iso3(e.code)
        # not redundant: CLDR does not already give the same single answer
        assert not (len(entries) == 1 and cldr.get(key) == entries[0].code), key


def test_a_bad_reviewed_table_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "names.csv"
    bad.write_text("name_ka,iso3,first_year,last_year,note\nაშშ,USX,,,typo\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad entry") as info:
        reviewed_names(bad)
    assert info.value.line == 2
    bad.write_text("name_ka,iso3,first_year,last_year,note\nა,SCG,1990,2006,x\nა,SRB,2006,,y\n", encoding="utf-8")
    with pytest.raises(DataError, match="overlapping years"):
        reviewed_names(bad)


# -- the real file ---------------------------------------------------------------------------------

@needs_real
def test_real_file_loads_every_row_with_china_checks(store: Store) -> None:
    report = api.load(store, "geostat-exports", REAL.parent)
    f = report.files[0]
    # PROVENANCE says 2,741 rows; the file has 2,743 lines: the header and 2,742 rows (no final newline).
    assert (f.rows_read, f.rows_stored, f.rows_rejected) == (2742, 2742, 0)
    china = {r["year"]: r["value"] for r in store.query(
        "SELECT year, value FROM observations WHERE dataset = 'geostat-exports' AND to_actor = 'CHN'")}
    assert round(china[2018], 1) == 199_107.8 and round(china[2021], 1) == 615_581.2
    assert round(china[2022], 1) == 736_837.9 and len(china) == 28
    rows = store.query("SELECT DISTINCT indicator, from_actor, unit, month FROM observations "
                       "WHERE dataset = 'geostat-exports'")
    assert rows == [{"indicator": "exports", "from_actor": "GEO", "unit": "usd_thousand", "month": None}]
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'geostat-exports' "
                        "AND (to_actor IS NULL OR period <> CAST(year AS VARCHAR))") == 0
    # hand-mapped names landed where the reviewed table says
    by = {(r["to_actor"]): (r["y0"], r["y1"], r["n"]) for r in store.query(
        "SELECT to_actor, min(year) AS y0, max(year) AS y1, count(*) AS n FROM observations "
        "WHERE dataset = 'geostat-exports' AND to_actor IN ('SCG', 'SRB', 'MNE', 'HKG', 'USA', 'CAF', 'COG') "
        "GROUP BY to_actor")}
    assert by["SCG"] == (1996, 2005, 10) and by["SRB"] == (2006, 2022, 17) and by["MNE"] == (2017, 2022, 6)
    assert by["HKG"] == (2000, 2022, 23)  # ჰონკონგი 2000–2021 and ჰონ-კონგი 2022
    assert by["USA"][2] == 28 and by["CAF"][2] == 2 and by["COG"][2] == 7
    # the line of ჩინეთი 2018 (header = line 1)
    assert store.scalar("SELECT source_row FROM observations WHERE dataset = 'geostat-exports' "
                        "AND to_actor = 'CHN' AND year = 2018") == 2228


@needs_real
def test_real_file_reload_is_a_noop_and_auto_recognises(store: Store, tmp_path: Path) -> None:
    api.load(store, "geostat-exports", REAL)
    before = snapshot(store)
    assert {f.status for f in api.load(store, "geostat-exports", REAL).files} == {"unchanged"}
    assert {f.status for f in api.load(store, "auto", REAL).files} == {"unchanged"}
    assert snapshot(store) == before
    renamed = tmp_path / "data.csv"
    shutil.copy(REAL, renamed)
    assert recognise(renamed).name == "geostat-exports"


@needs_real
def test_real_file_cli_load_and_json_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.duckdb"
    assert main(["load", "geostat-exports", str(REAL), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["datasets", "--db", str(db), "--format", "json"]) == 0
    items = {d["dataset"]: d for d in json.loads(capsys.readouterr().out)}
    d = items["geostat-exports"]
    assert (d["rows"], d["first_year"], d["last_year"]) == (2742, 1995, 2022) and len(d["sha256"]) == 64
    assert "Geostat" in d["citation"]


# -- small fixtures --------------------------------------------------------------------------------

def test_fixture_loads_and_is_idempotent(store: Store, tmp_path: Path) -> None:
    p = write(tmp_path, good_rows())
    report = api.load(store, "geostat-exports", p)
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (40, 40, 0)
    assert store.scalar("SELECT value FROM observations WHERE to_actor = 'RUS' AND year = 1995") == 101.5
    before = snapshot(store)
    assert {f.status for f in api.load(store, "geostat-exports", p).files} == {"unchanged"}
    assert snapshot(store) == before


def test_unknown_georgian_name_is_a_reject_with_its_line(store: Store, tmp_path: Path) -> None:
    rows = good_rows()
    rows[6] = "ატლანტიდა,5.0,2001,4სხვა ქვეყნები,"  # "Atlantis": line 8 (header = line 1)
    p = write(tmp_path, rows)
    before = snapshot(store)
    with pytest.raises(DataError) as info:  # 1 of 40 rows is more than the 1 % allowed
        api.load(store, "geostat-exports", p)
    assert snapshot(store) == before
    assert info.value.line == 8 and "unknown Georgian country name: ატლანტიდა" in str(info.value)
    report = api.load(store, "geostat-exports", p, max_reject_share=0.05)
    assert (report.rows_stored, report.rows_rejected) == (39, 1)
    rej = store.query("SELECT line, reason FROM rejects")
    assert rej[0]["line"] == 8 and "georgian_country_names.csv" in rej[0]["reason"]


def test_totals_other_countries_and_groups(store: Store, tmp_path: Path) -> None:
    rows = good_rows(3) + ["სულ,1000.0,1995,,", "სხვა ქვეყნები,7.0,1995,,", "დსთ-ის ქვეყნები,300.0,1995,,",
                           "ევროპა,200.0,1995,,"]
    report = api.load(store, "geostat-exports", write(tmp_path, rows))
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (7, 5, 0)
    got = {(r["indicator"], r["to_actor"]): r["value"] for r in store.query(
        "SELECT indicator, to_actor, value FROM observations")}
    assert got[("total_exports", None)] == 1000.0 and got[("exports", "XXX")] == 7.0
    assert len(got) == 5  # the CIS and Europe rows (groups of states) are not stored


def test_duplicate_destination_year_is_a_reject(store: Store, tmp_path: Path) -> None:
    rows = good_rows()
    rows[10] = "შრი-ლანკა,1.0,2020,,"
    rows[20] = "შრილანკა,2.0,2020,,"  # the same state and year under another spelling
    report = api.load(store, "geostat-exports", write(tmp_path, rows), max_reject_share=0.05)
    rej = store.query("SELECT line, reason FROM rejects WHERE load_run = ?", [report.files[0].run_id])
    assert [r["line"] for r in rej] == [22] and "first on line 12" in rej[0]["reason"]
    assert store.scalar("SELECT value FROM observations WHERE to_actor = 'LKA'") == 1.0


def test_truncated_file_fails_cleanly(store: Store, tmp_path: Path) -> None:
    api.load(store, "geostat-exports", write(tmp_path, good_rows(), name="first.csv"))
    before = snapshot(store)
    p = tmp_path / "ExportByCoutry.csv"
    p.write_text(HEADER + "".join(r + "\r\n" for r in good_rows(40)[:-1]) + f"{CHINA},55", encoding="utf-8")
    with pytest.raises(DataError) as info:
        api.load(store, "geostat-exports", p)
    assert snapshot(store) == before
    assert info.value.line == 41 and "wrong number of columns" in str(info.value) and p.name in str(info.value)


def test_wrong_header_fails_cleanly(store: Store, tmp_path: Path) -> None:
    before = snapshot(store)
    p = tmp_path / "ExportByCoutry.csv"
    p.write_text("Country,Value,Year\nჩინეთი,1,2020\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        api.load(store, "geostat-exports", p)
    assert snapshot(store) == before
    assert info.value.line == 1 and "unexpected columns" in str(info.value) and "ThsdUSD1000" in str(info.value)
