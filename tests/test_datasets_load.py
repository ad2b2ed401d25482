"""Every dataset in ../shared/data loads with the row counts of PROVENANCE.md; spot checks read by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipolar.datasets import api
from multipolar.datasets.base import LoadReport
from multipolar.store import Store
from multipolar.store.schema import TABLES

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def snapshot(store: Store) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent checksum of every table's contents."""
    return {t: tuple(store.query(f'SELECT count(*) n, coalesce(sum(hash(x)), 0) h FROM "{t}" x')[0].values())
            for t in TABLES}


pytestmark = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")

PS = "peacesciencer_cow_atop_igo_nmc_leaders"
FOLDERS = {
    "cow-trade": "cow_trade_v4_dyadic",
    "armstat-trade": "armstat_armenia_trade_by_country",
    "comtrade": "comtrade_georgia_vehicle_imports",
    "unga-votes": "unga_votes_voeten_unvotes",
    "unga-ideal-points": "unga_ideal_points_voeten_2024",
    "sipri": "sipri_arms_transfers_360info",
    "aiddata": "aiddata_gcdf3_country_year",
    "atop": PS, "cow-alliance": PS, "cow-igo": PS, "cow-nmc": PS, "archigos": PS,
    "fbic": "fbic_china_west_influence_base",
    "gdelt-events": "gdelt_samples",
    "gdelt-gkg": "gdelt_samples",
    "icews": "icews_tkg_samples",
}

# Rows per file, from ../shared/data/PROVENANCE.md.
PROVENANCE_ROWS = {
    "cow_trade_ndy_v4.csv.gz": 673_654, "cow_trade_sy_v4.csv": 14_410,
    "arm_trade_country_monthly_2007_2024.csv": 28_367,
    "vehicle_trade_georgia_comtrade_hs8703.csv": 2_493,
    "un_votes.csv.gz": 870_109, "un_roll_calls.csv.gz": 6_203, "un_roll_call_issues.csv": 5_745,
    "IdealpointestimatesAll_Jun2024.csv": 11_238,
    "sipri-exports-processed.csv": 21_324,
    "cow_gcdf.csv": 2_458,
    "atop_alliance_dyadyear.csv.gz": 273_296, "cow_alliance_v4.1_dyadyear.csv.gz": 120_784,
    "cow_igo_shared_memberships_ndy.csv.gz": 917_695, "cow_igo_stateyear.csv": 15_557,
    "cow_nmc_cinc.csv": 17_121, "archigos_leaders.csv": 3_409,
    "fbic_china_and_west_by_country_year_base.csv": 5_368,
    "gdelt2_20180326044500.export.CSV": 1_540, "gdelt1_events_sample_reed9999.tsv": 710,
    "gkg21_parsed_urls_20180918051500_DIAS.tsv": 2_094,
    "icews14_valid.tsv": 8_941, "icews14_test.tsv": 8_963, "icews11-14_valid.tsv": 14_859,
    "icews11-14_test.tsv": 14_756,
}


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, LoadReport]]:
    """One store file with every dataset loaded once for the whole session."""
    store = Store(tmp_path_factory.mktemp("datasets") / "all.duckdb")
    reports = {name: api.load(store, name, DATA / folder) for name, folder in FOLDERS.items()}
    yield store, reports
    store.close()


def test_datasets_every_file_has_provenance_row_count(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    _, reports = loaded
    seen = {}
    for report in reports.values():
        for f in report.files:
            seen[Path(f.path).name] = f.rows_read
    assert seen == PROVENANCE_ROWS


def test_datasets_rows_stored_match_tables(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, reports = loaded
    assert store.scalar("SELECT count(*) FROM un_votes") == 870_109
    assert store.scalar("SELECT count(*) FROM un_roll_calls") == 6_203
    assert store.scalar("SELECT count(*) FROM leaders") == 3_409
    # COW dyadic: two directed `imports` observations per row where the flow is not NA.
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'cow-trade' AND indicator = 'imports' "
                        "AND source_file LIKE '%ndy%'") == reports["cow-trade"].files[0].rows_stored // 2
    assert store.scalar("SELECT count(*) FROM observations WHERE dataset = 'sipri'") == 21_324
    assert store.scalar("SELECT count(*) FROM events WHERE origin = 'gdelt'") == 1_540 + 710
    assert store.scalar("SELECT count(*) FROM events WHERE origin = 'icews'") == 8_941 + 8_963 + 14_859 + 14_756
    for report in reports.values():
        for f in report.files:
            runs = store.query("SELECT rows_read, rows_stored, rows_rejected, status FROM load_runs WHERE id = ?",
                               [f.run_id])
            assert runs == [{"rows_read": f.rows_read, "rows_stored": f.rows_stored,
                             "rows_rejected": f.rows_rejected, "status": "ok"}]


def test_datasets_rejects_are_few_and_explained(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, _ = loaded
    rows = store.query("SELECT r.dataset, j.line, j.reason FROM rejects j JOIN load_runs r ON r.id = j.load_run")
    # No row of the real data is malformed. GKG records located in the oceans (FIPS 'OS') were rejected up to
    # gdelt-gkg.v1; they are valid records with no country, kept with none (lines 376, 548, 734, 1065).
    assert rows == []
    oceans = store.query("SELECT source_row, countries FROM gkg_records WHERE source_row IN (376, 548, 734, 1065) "
                         "AND source_file LIKE '%DIAS%' ORDER BY source_row")
    assert [(r["source_row"], list(r["countries"])) for r in oceans] == [(n, []) for n in (376, 548, 734, 1065)]


def test_datasets_cow_china_georgia_trade(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    # By hand: zcat cow_trade_ndy_v4.csv.gz | grep '^372,710,20\(02\|14\),'
    #   372,710,2002,9.0,5.0,…   372,710,2014,810.0,56.0,…
    store, _ = loaded
    got = {(r["from_actor"], r["year"]): r["value"] for r in store.query(
        "SELECT from_actor, year, value FROM observations WHERE dataset = 'cow-trade' AND indicator = 'imports' "
        "AND ((from_actor = 'GEO' AND to_actor = 'CHN') OR (from_actor = 'CHN' AND to_actor = 'GEO')) "
        "AND year IN (2002, 2014)")}
    assert got == {("GEO", 2002): 9.0, ("CHN", 2002): 5.0, ("GEO", 2014): 810.0, ("CHN", 2014): 56.0}
    assert got[("GEO", 2002)] + got[("CHN", 2002)] == 14 and got[("GEO", 2014)] + got[("CHN", 2014)] == 866
    row = store.query("SELECT source_row FROM observations WHERE dataset = 'cow-trade' AND from_actor = 'GEO' "
                      "AND to_actor = 'CHN' AND year = 2002 AND indicator = 'imports'")
    assert row == [{"source_row": 442_754}]  # the line of 372,710,2002 in the file (header = line 1)


def test_datasets_armstat_import_shares_2018(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    # By hand (csv module over the file): 2018 import_origin total 4,975,217.17 thousand USD;
    # Russian Federation 1,259,687.89 (25.32%), China 663,586.69 (13.34%).
    store, _ = loaded
    shares = {r["to_actor"]: r["share"] for r in store.query(
        "SELECT to_actor, sum(value) / sum(sum(value)) OVER () AS share FROM observations "
        "WHERE dataset = 'armstat-trade' AND indicator = 'imports' AND year = 2018 GROUP BY to_actor")}
    assert shares["RUS"] == pytest.approx(1_259_687.89205 / 4_975_217.17447, rel=1e-9)
    assert shares["CHN"] == pytest.approx(663_586.68973 / 4_975_217.17447, rel=1e-9)
    assert round(shares["RUS"], 4) == 0.2532 and round(shares["CHN"], 4) == 0.1334
    ranked = sorted(shares, key=lambda k: -shares[k])
    assert ranked[:2] == ["RUS", "CHN"]


def test_datasets_sipri_russia_azerbaijan_2010_2021(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    # By hand: grep '^Russia,Azerbaijan' sipri-exports-processed.csv → 2010 97, 2011 477, 2012 256, 2013 305,
    # 2014 550, 2015 210, 2016 7, 2017 109, 2018 53 (none 2019–2021); total 2,064 (PROVENANCE says 2,064).
    store, _ = loaded
    got = {r["year"]: r["value"] for r in store.query(
        "SELECT year, value FROM observations WHERE dataset = 'sipri' AND indicator = 'arms_tiv' "
        "AND from_actor = 'RUS' AND to_actor = 'AZE' AND year BETWEEN 2010 AND 2021")}
    assert got == {2010: 97, 2011: 477, 2012: 256, 2013: 305, 2014: 550, 2015: 210, 2016: 7, 2017: 109, 2018: 53}
    assert sum(got.values()) == 2064


def test_datasets_unga_georgia_usa_agreement_session_78(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    # By hand: line 4569 of IdealpointestimatesAll_Jun2024.csv: "4568",372,78,84,…,"GEO","Georgia",0.4939759,…
    store, _ = loaded
    rows = store.query("SELECT value, period, source_row FROM observations WHERE dataset = 'unga-ideal-points' "
                       "AND indicator = 'unga_agreement' AND from_actor = 'GEO' AND to_actor = 'USA' AND year = 2023")
    assert rows == [{"value": pytest.approx(0.4939759), "period": "2023", "source_row": 4569}]


def test_datasets_unga_votes_georgia(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, _ = loaded
    assert store.scalar("SELECT count(*) FROM un_votes WHERE actor = 'GEO'") == 2_272  # PROVENANCE
    assert store.scalar("SELECT count(*) FROM un_votes WHERE actor = 'ARM'") == 2_362
    assert store.scalar("SELECT count(*) FROM un_votes WHERE actor = 'AZE'") == 2_251


def test_datasets_events_one_table_with_article_events(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, _ = loaded
    ev = store.query("SELECT * FROM events WHERE id = 'gdelt:741917630'")[0]
    # 741917630 20180326 GBR … RUS … 055 7.0 -3.28 https://intelnews.org/2018/03/26/01-2295/ (PROVENANCE)
    assert ev["actors"] == ["GBR"] and ev["recipients"] == ["RUS"] and ev["cameo"] == "055"
    assert ev["goldstein"] == 7.0 and ev["source_url"] == "https://intelnews.org/2018/03/26/01-2295/"
    assert ev["type"] == "CONCEDE" and ev["quad"] == 1 and ev["source_event_id"] == "741917630"
    assert ev["dedup_key"] == "2018-03-26|GBR|RUS|055|intelnews.org"
    az = store.query("SELECT cameo, actors, recipients FROM events WHERE id = 'gdelt:1553169'")
    assert az == [{"cameo": "013", "actors": ["IRN"], "recipients": ["AZE"]}]
    ic = store.query("SELECT actors, recipients, cameo, type, date FROM events WHERE origin = 'icews' "
                     "AND sentence = 'Armenia | Consult | Kazakhstan' AND date = '2014-07-18'")
    assert ic and ic[0] == {"actors": ["ARM"], "recipients": ["KAZ"], "cameo": "040", "type": "CONSULT",
                            "date": "2014-07-18"}


def test_datasets_reload_is_a_noop(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, _ = loaded
    before = snapshot(store)
    for name, folder in FOLDERS.items():
        report = api.load(store, name, DATA / folder)
        assert {f.status for f in report.files} == {"unchanged"}
    assert snapshot(store) == before


def test_datasets_listing_contract(loaded: tuple[Store, dict[str, LoadReport]]) -> None:
    store, _ = loaded
    items = {d["dataset"]: d for d in api.datasets(store)}
    assert set(items) == set(FOLDERS)
    for d in items.values():
        assert {"dataset", "rows", "first_year", "last_year", "sha256"} <= set(d)
        assert len(d["sha256"]) == 64 and d["rows"] > 0
    assert items["cow-trade"]["first_year"] == 1870 and items["cow-trade"]["last_year"] == 2014
    assert items["unga-votes"]["rows"] == 870_109 + 6_203 + 5_745
    assert items["sipri"]["first_year"] == 1950 and items["sipri"]["last_year"] == 2021
    assert items["armstat-trade"]["last_year"] == 2024
