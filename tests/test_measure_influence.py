"""influence.v1, hedging, change, explain and validate fbic on the real datasets in ../shared/data."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from multipolar.measure import api
from multipolar.measure.compute import compute
from multipolar.measure.index import index_of
from multipolar.measure.methods import INFLUENCE_V1
from multipolar.measure.sql import Scope
from multipolar.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"
DATASETS = {"cow-trade": "cow_trade_v4_dyadic", "armstat-trade": "armstat_armenia_trade_by_country",
            "sipri": "sipri_arms_transfers_360info", "aiddata": "aiddata_gcdf3_country_year",
            "atop": "peacesciencer_cow_atop_igo_nmc_leaders", "cow-alliance": "peacesciencer_cow_atop_igo_nmc_leaders",
            "cow-igo": "peacesciencer_cow_atop_igo_nmc_leaders", "unga-ideal-points": "unga_ideal_points_voeten_2024",
            "fbic": "fbic_china_west_influence_base"}

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo")


def load_real(path: Path) -> Path:
    """Load the measurement's datasets into a DuckDB file once per test session."""
    if path.exists():
        return path
    from multipolar.datasets.api import load

    with Store(path) as s:
        for name, folder in DATASETS.items():
            load(s, name, DATA / folder)
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = load_real(tmp_path_factory.getbasetemp() / "measure_real.duckdb")
    with Store(path) as s:
        yield s


FIVE = ("CHN", "RUS", "WEST", "TUR", "IRN")
SCAUC = ("ARM", "AZE", "GEO")


@pytest.fixture(scope="module")
def caucasus(store: Store):  # type: ignore[no-untyped-def]
    return compute(store, INFLUENCE_V1, Scope(targets=SCAUC, powers=FIVE, years=(1995, 2021)))


def _row(comp, power: str, target: str, year: int) -> dict:  # type: ignore[no-untyped-def]
    return next(r for r in comp.rows() if (r["power"], r["target"], r["year"]) == (power, target, year))


@pytest.mark.parametrize("power", ["CHN", "WEST"])
def test_measure_validate_fbic_median_at_least_080(store: Store, power: str) -> None:
    v = api.validate_fbic(store, power=power, years="1994-2014", method="influence.v1")  # as first released
    assert set(v.per_year) == set(range(1994, 2015))
    assert v.median >= 0.80, v.per_year
    assert min(v.per_year.values()) >= 0.75
    assert min(v.n_per_year.values()) >= 150
    js = v.as_json()
    assert js["power"] == power and set(js) >= {"power", "per_year", "median"}
    assert js["per_year"]["1994"] == pytest.approx(v.per_year[1994], abs=1e-4)


def test_measure_missing_is_na_with_coverage_never_zero(caucasus) -> None:  # type: ignore[no-untyped-def]
    r = _row(caucasus, "CHN", "GEO", 1996)
    assert r["finance_volume"] is None            # AidData starts in 2000: missing, not 0
    assert r["event_count"] is None and r["stance_alignment"] is None
    assert r["cov_economic"] < 1.0 and r["cov_overall"] < 1.0
    assert r["i_economic"] is not None            # the index uses what is there
    w = _row(caucasus, "WEST", "GEO", 2010)
    assert w["finance_volume"] is None            # no finance data for the West at all
    # trade after COW ends (2014) and outside Armstat (ARM only): NA, never 0
    g = _row(caucasus, "RUS", "GEO", 2018)
    assert g["trade_volume"] is None and g["trade_share"] is None and g["n_trade_share"] is None
    a = _row(caucasus, "RUS", "ARM", 2018)       # Armstat covers Armenia to 2024
    assert a["trade_share"] is not None and a["trade_share"] > 0.2


def test_measure_sql_index_equals_python_formula(caucasus) -> None:  # type: ignore[no-untyped-def]
    for r in caucasus.rows()[::17]:
        py = index_of(r, INFLUENCE_V1)
        for k in ("i_economic", "i_political", "i_security", "i_overall", "bw_overall", "dep_overall"):
            a, b = r[k], py[k]
            assert (a is None) == (b is None), k
            if a is not None:
                assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), (k, r["power"], r["target"], r["year"])


def test_measure_intervals_bracket_and_reproducible(store: Store, caucasus) -> None:  # type: ignore[no-untyped-def]
    again = compute(store, INFLUENCE_V1, Scope(targets=SCAUC, powers=FIVE, years=(1995, 2021)))
    n_in = n = 0
    for a, b in zip(caucasus.rows(), again.rows(), strict=True):
        for d in ("economic", "political", "security", "overall"):
            assert a[f"low_{d}"] == b[f"low_{d}"] and a[f"high_{d}"] == b[f"high_{d}"]   # seeded
            v, lo, hi = a[f"i_{d}"], a[f"low_{d}"], a[f"high_{d}"]
            if v is None:
                assert lo is None or math.isnan(lo)
                continue
            assert lo <= hi
            n += 1
            n_in += lo - 1e-6 <= v <= hi + 1e-6
    assert n_in / n > 0.9


def test_measure_group_is_computed_from_members(store: Store) -> None:
    from multipolar.resolve.registry import Registry

    members = sorted(Registry.default().members("WEST", 2010))
    assert len(members) == 29
    comp = compute(store, INFLUENCE_V1, Scope(targets=("GEO",), powers=("WEST", *members), years=(2010, 2010)),
                   with_intervals=False)
    rows = {r["power"]: r for r in comp.rows()}
    summed = sum(rows[m]["trade_volume"] for m in members if m in rows and rows[m]["trade_volume"] is not None)
    assert rows["WEST"]["trade_volume"] == pytest.approx(summed)
    assert rows["WEST"]["i_overall"] > max(rows[m]["i_overall"] or 0 for m in members if m in rows)


def test_measure_seed_article_claims(caucasus) -> None:  # type: ignore[no-untyped-def]
    # Russia dominant in Armenia's security: first in every year with SIPRI data
    for y in range(1995, 2022):
        sec = {p: _row(caucasus, p, "ARM", y)["i_security"] or 0.0 for p in FIVE}
        assert max(sec, key=lambda p: sec[p]) == "RUS", (y, sec)
    # China's economic weight rising in Georgia and Azerbaijan (COW trade years)
    for t in ("GEO", "AZE"):
        early = _row(caucasus, "CHN", t, 2000)["i_economic"]
        late = _row(caucasus, "CHN", t, 2014)["i_economic"]
        assert late > early + 0.1, (t, early, late)


def test_measure_influence_shares_change_and_store(store: Store) -> None:
    rep = api.influence(store, target="GEO", years="2010-2014", method="influence.v1")
    assert rep.method == "influence.v1" and rep.measure_run is not None
    years = {r["year"] for r in rep.rows}
    assert years == set(range(2010, 2015))
    for (y, d) in [(y, d) for y in years for d in ("economic", "overall")]:
        rows = [r for r in rep.rows if r["year"] == y and r["domain"] == d]
        assert {r["power"] for r in rows} == set(FIVE)
        assert sum(r["share"] for r in rows if r["share"] is not None) == pytest.approx(1.0)
        assert sorted(r["rank"] for r in rows if r["rank"]) == list(range(1, len(rows) + 1))
    assert all(r["trend"] in ("rising", "falling", "steady") for r in rep.rows if r["delta"] is not None)
    moved = [r for r in rep.rows if r["trend"] in ("rising", "falling")]
    assert moved and all(r["drivers"] for r in moved)
    stored = store.query("SELECT count(*) AS n, min(method) AS m FROM scores WHERE target = 'GEO' AND year "
                         "BETWEEN 2010 AND 2014")
    assert stored[0]["n"] == len(rep.rows) and stored[0]["m"] == "influence.v1"


def test_measure_hedging_and_divergence(store: Store) -> None:
    rep = api.hedging(store, targets="ARM,AZE,GEO", years="2010-2014")
    sec = {(r["target"], r["year"]): r for r in rep.rows if r["domain"] == "security"}
    assert sec[("ARM", 2012)]["leader"] == "RUS" and sec[("ARM", 2012)]["lead_gap"] > 0.3
    econ = {(r["target"], r["year"]): r for r in rep.rows if r["domain"] == "economic"}
    assert sec[("ARM", 2012)]["entropy"] < econ[("ARM", 2012)]["entropy"]   # security concentrated, trade spread
    for r in rep.rows:
        if r["entropy"] is not None:
            assert -1e-9 <= r["entropy"] <= 1 + 1e-9
            assert 0 <= r["lead_gap"] <= 1 and r["leader"] in FIVE
            if r["entropy_low"] is not None:
                assert r["entropy_low"] <= r["entropy_high"] + 1e-12
    arm = [d for d in rep.divergence if d["target"] == "ARM"]
    assert all(d["split"] and d["leaders"]["security"] == "RUS" for d in arm)
    assert all(0 <= d["jsd"] <= 1 for d in rep.divergence if d["jsd"] is not None)


def test_measure_explain_sources_and_drivers(store: Store) -> None:
    ex = api.explain(store, power="CHN", target="GEO", year=2014)
    assert ex["scores"]["overall"]["value"] > 0
    names = {i["indicator"]: i for i in ex["indicators"]}
    assert names["trade_volume"]["value"] == pytest.approx(866.0)   # PROVENANCE: GEO–CHN 2014 = 866 M USD
    assert names["event_count"]["missing"] is True
    trade = ex["sources"]["trade"]["rows"]
    assert {(r["from_actor"], r["to_actor"]) for r in trade if r["indicator"] == "imports"} == {("GEO", "CHN"),
                                                                                             ("CHN", "GEO")}
    assert all(r["source_file"] and r["source_row"] for r in trade)
    assert ex["scores"]["economic"]["drivers"][0]["indicator"] in names
    west = api.explain(store, power="WEST", target="GEO", year=2010)
    assert len(west["sources"]["members"]) == 29


def test_measure_cli_json_shapes(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from multipolar.cli import main

    store.close()
    path = store.path
    assert main(["validate", "fbic", "--power", "CHN", "--format", "json", "--db", path]) == 0
    js = json.loads(capsys.readouterr().out)
    assert set(js) >= {"power", "per_year", "median"} and js["power"] == "CHN"
    assert main(["influence", "--target", "GEO", "--years", "2013-2014", "--format", "json", "--db", path]) == 0
    js = json.loads(capsys.readouterr().out)
    assert js["method"] == "influence.v2" and js["scores"][0]["target"] == "GEO"   # the default method
    assert main(["influence", "--target", "GEO", "--years", "2013-2014", "--format", "csv", "--db", path]) == 0
    assert capsys.readouterr().out.startswith("power,target,year,domain,value,low,high")
    assert main(["hedging", "--targets", "ARM", "--years", "2014", "--format", "json", "--db", path]) == 0
    assert json.loads(capsys.readouterr().out)["method"] == "hedging.v2"
    assert main(["explain", "--power", "CHN", "--target", "GEO", "--year", "2014", "--db", path]) == 0
    assert "CHN → GEO, 2014" in capsys.readouterr().out
    assert main(["influence", "--target", "GEO", "--years", "2014-2010", "--db", path]) == 2
    store._con = Store(path)._con  # reopen for the remaining tests of the module


def test_measure_incremental_after_article(store: Store) -> None:
    """A new article's events reach the scores of the dyads they name, and only those."""
    api.recompute_all(store, with_intervals=False) if not store.query(
        "SELECT 1 FROM measure_runs WHERE scope LIKE '%null, \"powers\": null%' LIMIT 1") else None
    with store.transaction() as con:
        run = store.new_run(con, kind="ingest", path="test-article.md", sha256="x")
        con.execute("INSERT INTO documents (id, sha256, origin, text, load_run) VALUES ('doc-test', 'x', "
                    "'test-article.md', 'China and Georgia signed a free trade agreement.', ?)", [run])
        con.execute("INSERT INTO events (id, origin, document, type, actors, recipients, date, day, goldstein, quad, "
                    "dedup_key, load_run) VALUES ('ev-test', 'article', 'doc-test', 'AGREE', ['CHN'], ['GEO'], "
                    "'2014-05-13', DATE '2014-05-13', 4.0, 1, '2014-05-13|CHN|GEO|AGREE|test', ?)", [run])
        store.finish_run(con, run, rows_read=1, rows_stored=1)
    out = api.recompute_for_documents(store, ["doc-test"])
    assert out["rows"] > 0
    ex = api.explain(store, power="CHN", target="GEO", year=2014)
    ev = {i["indicator"]: i for i in ex["indicators"]}
    assert ev["event_count"]["value"] == 1 and ev["event_tone"]["value"] == pytest.approx(0.7)
    assert ex["sources"]["events"]["count"] == 1 and ex["sources"]["documents"][0]["id"] == "doc-test"
    stored = store.query("SELECT DISTINCT target FROM scores s JOIN measure_runs r ON r.id = s.measure_run "
                         "WHERE r.id = ?", [out["measure_run"]])
    assert {r["target"] for r in stored} <= {"CHN", "GEO"}
