"""The door (multipolar.api) on the bundled starter pack and example texts: every function returns its frozen
dataclass, ``as_json()`` is plain JSON and rebuilds the result, an open store handed in stays open, paths are
opened and closed, and bad input is a usage error. Needs nothing beside the repository (no ../shared)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from multipolar import api
from multipolar.errors import UsageError

TEXTS = Path(api.__file__).resolve().parents[1] / "examples" / "texts"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("door") / "door.duckdb"
    with api.Store(path) as store:
        api.load_starter(db=store)
        api.ingest([TEXTS], db=store)
    return path


def _frozen(obj: Any) -> None:
    assert dataclasses.is_dataclass(obj) and obj.__dataclass_params__.frozen  # type: ignore[union-attr]
    first = dataclasses.fields(obj)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, first, None)


def _plain_json(obj: Any) -> Any:
    out = obj.as_json()
    assert json.loads(json.dumps(out, default=str)) == json.loads(json.dumps(out, default=str))
    return out


def test_influence_returns_frozen_scores_whose_json_rebuilds_them(db: Path) -> None:
    rep = api.influence(targets="GEO", powers="CHN,RUS", years="2010-2020", db=db)
    _frozen(rep)
    assert isinstance(rep, api.InfluenceReport) and rep.scores and rep.engine == "duckdb"
    for s in rep.scores:
        _frozen(s)
        assert api.Score.of(s.as_json()) == s
    out = _plain_json(rep)
    assert list(out) == ["method", "engine", "powers", "targets", "years", "measure_run", "scores"]
    assert {s["year"] for s in out["scores"]} <= set(range(2010, 2021)) and "rank" in out["scores"][0]


def test_influence_takes_an_engine_object(db: Path) -> None:
    from multipolar.engines import engine

    rep = api.influence(targets="GEO", powers="CHN", years="2015", db=db, engine=engine("duckdb"), save_scores=False)
    assert rep.engine == "duckdb" and rep.measure_run is None and "rank" not in rep.scores[0].as_json()


def test_hedging_rows_and_divergence_are_frozen_and_rebuild(db: Path) -> None:
    rep = api.hedging(targets="ARM,GEO", years="2015-2018", db=db)
    _frozen(rep)
    assert rep.rows and rep.divergence
    for r in rep.rows:
        _frozen(r)
        assert api.Hedging.of(r.as_json()) == r
    for d in rep.divergence:
        assert api.Divergence.of(d.as_json()) == d
    assert list(_plain_json(rep)) == ["method", "influence_method", "powers", "hedging", "divergence"]


def test_explain_is_typed_all_the_way_to_the_source_blocks(db: Path) -> None:
    ex = api.explain(power="CHN", target="GEO", year=2018, db=db)
    _frozen(ex)
    assert set(ex.scores) == {"economic", "political", "security", "overall"}
    for s in ex.scores.values():
        _frozen(s)
        assert api.DomainScore.of(s.as_json()) == s
    for i in ex.indicators:
        assert api.IndicatorValue.of(i.as_json()) == i
    assert api.SourceRows.of(ex.sources.as_json()) == ex.sources
    assert ex.sources.block("no-such-kind").count == 0
    out = _plain_json(ex)
    assert list(out) == ["method", "engine", "power", "target", "year", "scores", "indicators", "norms", "sources",
                         "trade_decision"]


def test_check_of_stored_documents_saves_typed_verdicts(db: Path) -> None:
    rep = api.check(db=db)
    _frozen(rep)
    assert rep.verdicts and rep.saved_in == str(db)
    for v in rep.verdicts:
        _frozen(v)
        assert api.Verdict.of(v.as_json()) == v and v.claim_text and v.verdict in (
            "supported", "contradicted", "insufficient_data")
    assert isinstance(_plain_json(rep), list) and "<html" in rep.as_html().lower()


def test_check_of_a_text_writes_nothing(db: Path) -> None:
    rep = api.check([TEXTS / "01-china-georgia-fta.md"], db=db)
    assert rep.saved_in is None and all(v.claim_id is None for v in rep.verdicts)


def test_datasets_status_and_years(db: Path) -> None:
    sets = api.datasets(db=db)
    assert sets and all(isinstance(d, api.DatasetInfo) for d in sets)
    _frozen(sets[0])
    st = api.status(db=db)
    _frozen(st)
    out = _plain_json(st)
    assert list(out) == ["store", "measures", "brief", "datasets", "events", "documents"] and st.documents == 6
    assert st.brief_full and out["brief"]["missing"] == []
    first, last = api.data_years(db=db) or (0, 0)
    assert first < 2000 < last and "GEO" in api.actors_with_data(db=db)


def test_load_reports_each_file_and_loading_again_changes_nothing(tmp_path: Path) -> None:
    reports = api.load_starter(db=tmp_path / "s.duckdb")
    assert reports and all(isinstance(r, api.LoadReport) for r in reports)
    _frozen(reports[0])
    _frozen(reports[0].files[0])
    again = api.load_starter(db=tmp_path / "s.duckdb")
    assert {f.status for r in again for f in r.files} == {"unchanged"}
    assert list(_plain_json(again[0])) == ["dataset", "path", "files", "seconds", "rows_read", "rows_stored",
                                           "rows_rejected"]
    assert {d.dataset for d in api.loadable()} >= {r.dataset for r in reports}


def test_brief_verify_and_evidence(db: Path) -> None:
    b = api.brief(db=db, fmt="md")
    _frozen(b)
    assert b.format == "md" and b.text.startswith("#")
    v = api.verify(db=db)
    _frozen(v)
    assert v.ok and v.repaired == {} and _plain_json(v)["ok"] is True
    events = api.evidence("events", db=db)
    assert events and all(isinstance(e, api.EventRow) for e in events)
    assert [e.as_json() for e in events] == api.query("events", db=db)


def test_ingest_reports_are_frozen_and_a_second_ingest_changes_nothing(tmp_path: Path) -> None:
    one = TEXTS / "01-china-georgia-fta.md"
    first = api.ingest([one], db=tmp_path / "i.duckdb")
    _frozen(first)
    assert first.new == (str(one),) and first.read == 1
    again = api.ingest([one], db=tmp_path / "i.duckdb")
    assert again.unchanged == (str(one),) and again.as_json()["new"] == []


def test_a_store_passed_in_is_used_and_left_open(db: Path) -> None:
    with api.Store(db, read_only=True) as store:
        for call in (lambda: api.status(db=store), lambda: api.datasets(db=store), lambda: api.verify(db=store),
                     lambda: api.hedging(targets="GEO", db=store), lambda: api.data_years(db=store),
                     lambda: api.query("claims", db=store)):
            call()
            assert store.scalar("SELECT count(*) FROM documents") == 6  # still open


def test_a_path_is_opened_and_closed(db: Path) -> None:
    api.status(db=db)
    with api.Store(db) as store:  # a writer can open it: the door closed its read-only connection
        assert store.scalar("SELECT count(*) FROM documents") == 6


@pytest.mark.parametrize("call", [
    lambda db: api.influence(targets="G3O", db=db),
    lambda db: api.hedging(targets="ARM", powers="CHN", db=db),
    lambda db: api.influence(targets="GEO", years="2014-2010", db=db),
    lambda db: api.validate("gdp", db=db),
    lambda db: api.brief(fmt="pdf", db=db),
], ids=["bad-code", "one-power", "backwards-years", "unknown-benchmark", "unknown-format"])
def test_bad_input_is_a_usage_error(call: Any, db: Path) -> None:
    with pytest.raises(UsageError):
        call(db)


def test_every_result_type_is_a_frozen_dataclass() -> None:
    kinds = [getattr(api, n) for n in api.__all__ if isinstance(getattr(api, n), type)
             and dataclasses.is_dataclass(getattr(api, n))]
    assert len(kinds) >= 25
    assert [k.__name__ for k in kinds if not k.__dataclass_params__.frozen] == ["ReadFailure"]  # an input's error
