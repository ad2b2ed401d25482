"""imf-dip: IMF Direct Investment Positions, outward, by counterpart — the reported-else-derived rule,
aggregates, scale, rejects. Real file from ../shared/data when present; small fixtures written per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from multipolar.cli import main
from multipolar.datasets import api
from multipolar.datasets.base import recognise
from multipolar.datasets.imfdip import HEADER, counterpart_code, investor_code
from multipolar.errors import DataError
from multipolar.store import Store
from multipolar.store.schema import TABLES

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FOLDER = DATA / "imf_direct_investment_positions"
REAL = FOLDER / "imf_dip_outward_positions_CHN_DEU_JPN_USA_SGP_2014_2024.csv"
needs_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/data/imf_direct_investment_positions "
                                                          "(the real IMF file) is not beside the repo")

IND = ("OTWD_D_NETAL_FALL_ALL", "Outward Direct investment, Net (assets less liabilities), All financial "
       "instruments, All entities")
DV = {"O": "Reported official data", "SCC": "Derived using counterparty information"}


def row(inv: str, dv: str, cp: str, year: str, value: str, scale: str = "6", indicator: tuple[str, str] = IND,
        freq: str = "A") -> str:
    fields = [inv, inv.title(), dv, DV.get(dv, dv), indicator[0], indicator[1], cp, cp.title(), freq,
              "Annual", year, value, scale, "Millions" if scale == "6" else ""]
    return ",".join(f'"{x}"' for x in fields)


def write(tmp_path: Path, rows: list[str], name: str = "imf_dip_test.csv") -> Path:
    p = tmp_path / name
    p.write_text("\ufeff" + ",".join(f'"{h}"' for h in HEADER) + "\n" + "".join(r + "\n" for r in rows),
                 encoding="utf-8")
    return p


def filler(n: int) -> list[str]:
    """n reported rows of Germany in Romania (years from 1900: they do not meet the cases under test)."""
    return [row("DEU", "O", "ROU", str(1900 + i), f"{i}.25") for i in range(n)]


def snapshot(store: Store) -> dict[str, tuple[int, int]]:
    return {t: tuple(store.query(f'SELECT count(*) n, coalesce(sum(hash(x)), 0) h FROM "{t}" x')[0].values())
            for t in TABLES}


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store.duckdb")
    yield s
    s.close()


def test_codes() -> None:
    assert [counterpart_code(c) for c in ("GEO", "KOS", "WBG", "TX585", "ANT")] == ["GEO", "XKX", "PSE", "IOT", "ANT"]
    assert [counterpart_code(c) for c in ("G001", "GX451", "U150", "TX983", "TX374")] == [
        "TOTAL", "AGGREGATE", "AGGREGATE", "AGGREGATE", "AGGREGATE"]
    assert counterpart_code("QQQ") is None and counterpart_code("XXX") is None and counterpart_code("") is None
    assert investor_code("CHN") == "CHN" and investor_code("G001") is None


# -- the real file ---------------------------------------------------------------------------------

@needs_real
def test_real_file_rule_and_checks(store: Store) -> None:
    report = api.load(store, "imf-dip", FOLDER)
    f = report.files[0]
    assert (f.rows_read, f.rows_stored, f.rows_rejected) == (15_721, 8_917, 0)  # PROVENANCE: 15,721 rows
    # China's outward position in Georgia: reported 2018–2024 (701.7 in 2020), derived (estimate) 2014–2017.
    geo = {r["year"]: (r["value"], r["estimate"]) for r in store.query(
        "SELECT year, value, estimate FROM observations WHERE dataset = 'imf-dip' AND from_actor = 'CHN' "
        "AND to_actor = 'GEO' AND indicator = 'fdi_outward_position'")}
    assert round(geo[2020][0], 1) == 701.7 and geo[2020][1] is False
    assert sorted(y for y, (_, est) in geo.items() if est) == [2014, 2015, 2016, 2017]
    assert round(geo[2014][0], 1) == 388.2 and len(geo) == 11
    assert store.scalar("SELECT source_row FROM observations WHERE dataset = 'imf-dip' AND from_actor = 'CHN' "
                        "AND to_actor = 'GEO' AND year = 2020") == 7021
    # one row per investor, counterpart, year; only states and territories as counterparts
    assert store.scalar("SELECT count(*) - count(DISTINCT (indicator, from_actor, to_actor, year)) FROM observations "
                        "WHERE dataset = 'imf-dip'") == 0
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'imf-dip' AND indicator = "
                        "'fdi_outward_position' AND (length(to_actor) <> 3 OR to_actor IS NULL)") == 0
    # World → fdi_outward_total with to_actor NULL, one per investor and year
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'imf-dip' AND indicator = "
                        "'fdi_outward_total' AND to_actor IS NULL") == 55
    # SCALE empty = units (SDMX): China in Korea 2018 is 6,128,490,598.3 USD in the file
    assert store.scalar("SELECT value FROM observations WHERE dataset = 'imf-dip' AND from_actor = 'CHN' "
                        "AND to_actor = 'KOR' AND year = 2018") == pytest.approx(6128.4905983)
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'imf-dip' AND value < 0") == 218
    units = store.query("SELECT DISTINCT unit, month, period = CAST(year AS VARCHAR) AS ok FROM observations "
                        "WHERE dataset = 'imf-dip'")
    assert units == [{"unit": "usd_million", "month": None, "ok": True}]
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'imf-dip' AND estimate IS NULL") == 0


@needs_real
def test_real_file_reload_listing_and_auto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.duckdb"
    assert main(["load", "imf-dip", str(REAL), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["datasets", "--db", str(db), "--format", "json"]) == 0
    d = {x["dataset"]: x for x in json.loads(capsys.readouterr().out)}["imf-dip"]
    assert (d["rows"], d["first_year"], d["last_year"]) == (8_917, 2014, 2024) and len(d["sha256"]) == 64
    assert "Direct Investment Positions" in d["citation"]
    s = Store(db)
    try:
        before = snapshot(s)
        assert {f.status for f in api.load(s, "auto", FOLDER).files} == {"unchanged"}
        assert snapshot(s) == before
    finally:
        s.close()
    renamed = tmp_path / "data.csv"
    shutil.copy(REAL, renamed)
    assert recognise(renamed).name == "imf-dip"


# -- small fixtures --------------------------------------------------------------------------------

def test_rule_reported_else_derived(store: Store, tmp_path: Path) -> None:
    rows = filler(100) + [
        row("CHN", "O", "GEO", "2020", "701.6655"), row("CHN", "SCC", "GEO", "2020", "662.6"),  # both: reported
        row("CHN", "SCC", "GEO", "2016", "602.3"),  # derived only: estimate
        row("CHN", "O", "ARM", "2020", ""), row("CHN", "SCC", "ARM", "2020", "-12.5"),  # reported empty: derived
        row("CHN", "O", "G001", "2020", "2580658.4"),  # World: total
        row("CHN", "O", "GX451", "2020", "5.0"), row("CHN", "O", "U150", "2020", "9.0"),  # regions: not stored
        row("CHN", "O", "TX983", "2020", "1.0"),  # not specified: not stored
        row("CHN", "O", "KOR", "2018", "6128490598.3", scale=""),  # units
        row("JPN", "O", "GEO", "", "", scale=""),  # a series with no observation
    ]
    report = api.load(store, "imf-dip", write(tmp_path, rows))
    assert (report.rows_read, report.rows_rejected) == (111, 0)
    got = {(r["indicator"], r["to_actor"], r["year"]): (r["value"], r["estimate"]) for r in store.query(
        "SELECT indicator, to_actor, year, value, estimate FROM observations WHERE from_actor = 'CHN'")}
    assert got == {
        ("fdi_outward_position", "GEO", 2020): (701.6655, False),
        ("fdi_outward_position", "GEO", 2016): (602.3, True),
        ("fdi_outward_position", "ARM", 2020): (-12.5, True),
        ("fdi_outward_total", None, 2020): (2580658.4, False),
        ("fdi_outward_position", "KOR", 2018): (pytest.approx(6128.4905983), False),
    }
    assert report.rows_stored == 100 + 5
    assert store.scalar("SELECT source_row FROM observations WHERE to_actor = 'GEO' AND year = 2020") == 102


def test_unknown_codes_and_bad_rows_are_rejects_with_lines(store: Store, tmp_path: Path) -> None:
    rows = filler(200) + [
        row("CHN", "O", "QQQ", "2020", "1.0"),  # line 202
        row("ZZZ", "O", "GEO", "2020", "1.0"),  # line 203
        row("CHN", "O", "GEO", "2020", "1.0", indicator=("OTWD_D_FALL", "Outward, assets")),  # line 204
        row("CHN", "X", "GEO", "2020", "1.0"),  # line 205
    ]
    p = write(tmp_path, rows)
    before = snapshot(store)
    with pytest.raises(DataError) as info:  # 4 of 204 rows: more than 1 %
        api.load(store, "imf-dip", p)
    assert snapshot(store) == before
    assert info.value.line == 202 and "unknown counterpart code in COUNTERPART_COUNTRY.ID: QQQ" in str(info.value)
    report = api.load(store, "imf-dip", p, max_reject_share=0.05)
    rej = store.query("SELECT line, reason FROM rejects WHERE load_run = ? ORDER BY line", [report.files[0].run_id])
    assert [r["line"] for r in rej] == [202, 203, 204, 205]
    assert "ZZZ" in rej[1]["reason"] and "OTWD_D_FALL" in rej[2]["reason"] and "DV_TYPE" in rej[3]["reason"]
    assert report.rows_stored == 200


def test_duplicate_row_is_a_reject(store: Store, tmp_path: Path) -> None:
    rows = filler(150) + [row("CHN", "O", "GEO", "2020", "701.6655"), row("CHN", "O", "GEO", "2020", "999")]
    report = api.load(store, "imf-dip", write(tmp_path, rows), max_reject_share=0.05)
    rej = store.query("SELECT line, reason FROM rejects")
    assert rej == [{"line": 153, "reason": "duplicate row for CHN O GEO 2020 (first on line 152)"}]
    assert report.rows_stored == 151
    assert store.scalar("SELECT value FROM observations WHERE to_actor = 'GEO'") == 701.6655


def test_truncated_file_fails_cleanly(store: Store, tmp_path: Path) -> None:
    api.load(store, "imf-dip", write(tmp_path, filler(20), name="imf_dip_first.csv"))
    before = snapshot(store)
    p = write(tmp_path, filler(30) + ['"CHN","China","O","Reported official data","OTWD_D_NETAL_FALL_ALL"'])
    with pytest.raises(DataError) as info:
        api.load(store, "imf-dip", p)
    assert snapshot(store) == before
    assert info.value.line == 32 and "wrong number of columns" in str(info.value) and p.name in str(info.value)


def test_wrong_header_fails_cleanly(store: Store, tmp_path: Path) -> None:
    before = snapshot(store)
    p = tmp_path / "imf_dip_test.csv"
    p.write_text('"COUNTRY.ID","COUNTERPART_COUNTRY.ID","TIME_PERIOD","OBS_VALUE"\n"CHN","GEO","2020","1"\n',
                 encoding="utf-8")
    with pytest.raises(DataError) as info:
        api.load(store, "imf-dip", p)
    assert snapshot(store) == before
    assert info.value.line == 1 and "unexpected columns" in str(info.value) and "DV_TYPE.ID" in str(info.value)
