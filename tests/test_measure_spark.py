"""The same measurement on Spark (local mode) and on DuckDB gives the same numbers on the real datasets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from multipolar.measure.compute import compute
from multipolar.measure.methods import INFLUENCE_V1, INFLUENCE_V2
from multipolar.measure.sql import Scope
from multipolar.store import Store
from tests.measure_helpers import assert_same_results

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DATASETS = {"cow-trade": "cow_trade_v4_dyadic", "armstat-trade": "armstat_armenia_trade_by_country",
            "sipri": "sipri_arms_transfers_360info", "aiddata": "aiddata_gcdf3_country_year",
            "atop": "peacesciencer_cow_atop_igo_nmc_leaders", "cow-igo": "peacesciencer_cow_atop_igo_nmc_leaders",
            "unga-ideal-points": "unga_ideal_points_voeten_2024",
            "geostat-exports": "geostat_georgia_exports_by_country", "sipri-register": "sipri_trade_register_2026",
            "imf-dip": "imf_direct_investment_positions"}
DOTS = DATA / "imf_dots_country_tables"

pytestmark = [
    pytest.mark.skipif(not DATA.exists(), reason="../shared/data (the real datasets) is not beside the repo"),
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 on PATH"),
]


def test_measure_spark_duckdb_parity(tmp_path_factory: pytest.TempPathFactory) -> None:
    pytest.importorskip("pyspark", reason="pip install 'multipolar[spark]'")
    from multipolar.datasets.api import load

    path = tmp_path_factory.mktemp("spark") / "parity.duckdb"
    with Store(path) as s:
        for name, folder in DATASETS.items():
            load(s, name, DATA / folder)
        some = tmp_path_factory.mktemp("dots")  # 40 reporters' IMF DOTS workbooks, Georgia's among them
        for f in sorted(DOTS.glob("DOTS_*.xlsx"))[:40] + [DOTS / "DOTS_76.xlsx"]:
            (some / f.name).symlink_to(f)
        load(s, "imf-dots", some)
        with s.transaction() as con:  # one article-like event and stance so the evidence paths run too
            run = s.new_run(con, kind="ingest", path="parity.md", sha256="p")
            con.execute("INSERT INTO events (id, origin, type, actors, recipients, date, day, goldstein, quad, "
                        "dedup_key, load_run) VALUES ('e1', 'article', 'AGREE', ['CHN'], ['GEO'], '2012-03-01', "
                        "DATE '2012-03-01', 3.0, 1, 'k1', ?), ('e2', 'gdelt', 'ACCUSE', ['RUS', 'FRA'], ['GEO'], "
                        "'2012-06-01', DATE '2012-06-01', -5.0, 3, 'k2', ?)", [run, run])
            con.execute("INSERT INTO stances (id, document, holder, issue, target, polarity, date, load_run) VALUES "
                        "('s1', 'd', 'CHN', 'territorial_integrity', 'GEO', 'support', '2012-05', ?), "
                        "('s2', 'd', 'GEO', 'territorial_integrity', 'GEO', 'support', '2012-05', ?)", [run, run])
            s.finish_run(con, run, rows_read=2, rows_stored=2)
        scope = Scope(targets=("ARM", "AZE", "GEO", "UKR"), powers=("CHN", "RUS", "WEST", "EU", "TUR", "IRN"),
                      years=(2008, 2020))
        duck = compute(s, INFLUENCE_V1, scope)
        spark = compute(s, INFLUENCE_V1, scope, engine="spark")
        duck2 = compute(s, INFLUENCE_V2, scope)
        spark2 = compute(s, INFLUENCE_V2, scope, engine="spark")
    _same(duck2, spark2)
    assert any(r["src_m"] == "dots" for r in duck2.rows()) and any(r["fdi_position"] for r in duck2.rows())
    _same(duck, spark)
    a = duck.rows()
    ev = next(r for r in a if (r["power"], r["target"], r["year"]) == ("CHN", "GEO", 2012))
    assert ev["event_count"] == 1 and ev["stance_alignment"] == 1.0
    eu = next(r for r in a if (r["power"], r["target"], r["year"]) == ("EU", "GEO", 2012))
    assert eu["event_count"] == 1 and eu["event_tone"] == pytest.approx(0.25)


def _same(duck, spark) -> None:  # type: ignore[no-untyped-def]
    assert spark.engine == "spark" and duck.engine == "duckdb"
    assert_same_results(duck, spark, min_rows=150, min_checked=5000)
