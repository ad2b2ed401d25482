"""Each indicator is one unit (multipolar.measure.indicators): its raw SQL, the scaling its transform needs, the
input views it reads and the source rows explain shows for it; the engines are chosen in one registry."""

from __future__ import annotations

import pytest

from multipolar.engines import ENGINES, DuckDBEngine, engine, resolve
from multipolar.errors import UsageError
from multipolar.measure.indicators import INDICATORS, LOG_MAX, raw_expression
from multipolar.measure.methods import INFLUENCE_V2
from multipolar.measure.sql import indicators_sql, norms_sql
from multipolar.store.inputs import INPUT_TABLES
from multipolar.store.source_reads import OBSERVATION_BLOCKS


def test_every_indicator_is_a_whole_unit() -> None:
    blocks = set(OBSERVATION_BLOCKS) | {"events", "stances"}
    for ind in INDICATORS:
        assert ind.raw and ind.inputs and ind.source_rows, ind.name
        assert set(ind.inputs) <= set(INPUT_TABLES), ind.name
        assert set(ind.source_rows) <= blocks, ind.name
        assert bool(ind.norm) == (ind.transform == "log_max"), ind.name
    assert blocks == {b for ind in INDICATORS for b in ind.source_rows}


def test_the_sql_is_generated_from_the_units() -> None:
    sql = indicators_sql(INFLUENCE_V2, {n: 2.0 for n in LOG_MAX})
    for ind in INDICATORS:
        assert f"AS n_{ind.name}" in sql or ind.role == "info"
        assert f"AS {ind.name}" in sql
    asym = raw_expression(next(i for i in INDICATORS if i.name == "trade_asymmetry"), both="", flag="0", slag="0")
    assert "tt.tm" in asym and "pt.tm" in asym  # trade_share − reverse_trade_share, each written once
    assert all(f"AS {n}" in norms_sql(INFLUENCE_V2) for n in LOG_MAX)


def test_the_engine_registry() -> None:
    assert ENGINES == ("duckdb", "spark")
    assert isinstance(engine(), DuckDBEngine) and isinstance(resolve(None), DuckDBEngine)
    spark = resolve("spark", master="local[1]")
    assert spark.name == "spark" and spark.reads_lake_events
    assert resolve(spark) is spark
    with pytest.raises(UsageError, match="unknown engine 'flink'") as err:
        engine("flink")
    assert err.value.hint == "choose one of: duckdb, spark"
