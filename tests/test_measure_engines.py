"""The measurement on every engine, on the bundled starter pack (no ../shared needed; Spark only with Java)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipolar.engines import Engine, engine, session
from multipolar.errors import DataError
from multipolar.measure import api
from multipolar.measure.compute import compute
from multipolar.measure.methods import INFLUENCE_V2
from multipolar.measure.sql import Scope
from multipolar.store import Store
from tests.measure_helpers import assert_same_results

SCOPE = Scope(targets=("ARM", "GEO"), powers=("CHN", "RUS", "WEST"), years=(2015, 2020))


def _engine(name: str) -> Engine:
    if name == "spark":
        if shutil.which("java") is None:
            pytest.skip("Spark needs Java 17 on PATH")
        pytest.importorskip("pyspark", reason="pip install 'multipolar[spark]'")
    return engine(name, master="local[1]" if name == "spark" else None)


@pytest.fixture(params=["duckdb", "spark"])
def eng(request: pytest.FixtureRequest) -> Engine:
    return _engine(request.param)


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from multipolar.datasets.api import load_starter

    path = tmp_path_factory.mktemp("starter") / "starter.duckdb"
    with Store(path) as s:
        load_starter(s)
    return path


@pytest.fixture
def store(starter: Path) -> Iterator[Store]:
    with Store(starter) as s:
        yield s


def test_influence_on_the_starter_pack(store: Store, eng: Engine) -> None:
    rep = api.influence(store, targets="GEO", powers="CHN,RUS,WEST", years="2015-2020", engine=eng)
    assert rep.engine == eng.name and rep.method == INFLUENCE_V2.name and rep.measure_run
    overall = [r for r in rep.rows if r["domain"] == "overall" and r["value"] is not None]
    assert {r["power"] for r in overall} == {"CHN", "RUS", "WEST"}
    assert all(0 <= r["value"] <= 1 and r["low"] <= r["value"] <= r["high"] for r in overall)
    assert all(r["share"] is not None and r["rank"] for r in overall)


def test_hedging_on_the_starter_pack(store: Store, eng: Engine) -> None:
    rep = api.hedging(store, targets=("ARM", "GEO"), powers=("CHN", "RUS", "WEST"), years=(2018, 2020), engine=eng)
    assert rep.method == "hedging.v2"
    got = [r for r in rep.rows if r["domain"] == "overall" and r["entropy"] is not None]
    assert got and all(0 <= r["entropy"] <= 1 and r["leader"] in ("CHN", "RUS", "WEST") for r in got)
    assert {d["target"] for d in rep.divergence} == {"ARM", "GEO"}


def test_explain_on_the_starter_pack(store: Store, eng: Engine) -> None:
    out = api.explain(store, power="RUS", target="ARM", year=2020, engine=eng)
    assert out["engine"] == eng.name and out["scores"]["overall"]["value"] is not None
    assert {i["indicator"] for i in out["indicators"]} >= {"trade_volume", "trade_share", "arms_volume"}
    assert out["sources"]["armstat"]["count"] > 0 and out["trade_decision"]["imports"]["decided_by"]


def test_validate_needs_five_targets_a_year(store: Store, eng: Engine) -> None:
    # the starter pack has FBIC's scores, but only three states measured: no year has the five pairs ρ needs
    with pytest.raises(DataError, match="no year with both our index and FBIC for CHN in 2010–2020"):
        api.validate_fbic(store, power="CHN", years="2010-2020", engine=eng)


def test_spark_gives_duckdbs_numbers(store: Store) -> None:
    spark = _engine("spark")
    duck = compute(store, INFLUENCE_V2, SCOPE)
    assert_same_results(duck, compute(store, INFLUENCE_V2, SCOPE, engine=spark), min_rows=20, min_checked=200)


def test_recompute_in_an_open_session(store: Store) -> None:
    docs = [r["document"] for r in store.query("SELECT DISTINCT document FROM events WHERE document IS NOT NULL "
                                               "ORDER BY 1 LIMIT 3")]
    with session(engine(), store) as opened:
        api.recompute_all(store, engine=engine(), with_intervals=False)
        out = api.recompute_for_documents(store, docs, opened=opened)
    assert out["rows"] == 0 or out["measure_run"]
