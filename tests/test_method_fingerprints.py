"""A version name is a promise: every registered method matches the fingerprint recorded for its name, the
fingerprint moves with anything that changes the numbers, and stored runs carry it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from multipolar.measure import fingerprint as fpm
from multipolar.measure import methods, sql
from multipolar.measure.fingerprint import code_identity, fingerprint, fingerprint_hedging
from multipolar.measure.methods import HEDGING_METHODS, HEDGING_V1, INFLUENCE_V1, METHODS
from multipolar.store import Store, inputs

REGISTERED = sorted([*METHODS, *HEDGING_METHODS])


@pytest.mark.parametrize("name", REGISTERED)
def test_registered_method_matches_its_recorded_fingerprint(name: str) -> None:
    now = fpm.current()[name]
    rec = fpm.recorded()
    assert name in rec, (
        f"method {name!r} is registered but has no recorded fingerprint: run "
        f"`python -m multipolar.measure.fingerprint --record` and commit multipolar/measure/fingerprints.json")
    assert rec[name] == now, fpm.changed_message(name, rec[name], now)


def test_record_is_sorted_json_of_hex_fingerprints() -> None:
    data = json.loads(fpm.RECORD.read_text(encoding="utf-8"))
    assert data["format"] == fpm.FORMAT
    # the first definition's fingerprints of the same methods stay on record (docs/methods.md, "Fingerprints")
    assert set(data["format_1"]) <= set(data["methods"])
    rec = data["methods"]
    assert list(rec) == sorted(rec)
    assert all(len(v) == fpm.LENGTH and int(v, 16) >= 0 for v in rec.values())


# -- the fingerprint moves with what changes the numbers, and only with that -----------------------------------
def test_identical_methods_give_identical_fingerprints() -> None:
    same = dataclasses.replace(INFLUENCE_V1, weights=dict(reversed(list(INFLUENCE_V1.weights.items()))))
    assert fingerprint(same) == fingerprint(INFLUENCE_V1)
    ints = dataclasses.replace(INFLUENCE_V1, weights={k: (int(v) if v == int(v) else v)
                                                      for k, v in INFLUENCE_V1.weights.items()})
    assert fingerprint(ints) == fingerprint(INFLUENCE_V1)     # a weight of 1 and of 1.0 give the same numbers
    assert fingerprint(dataclasses.replace(INFLUENCE_V1, about="reworded")) == fingerprint(INFLUENCE_V1)
    assert fingerprint_hedging(dataclasses.replace(HEDGING_V1, about="x")) == fingerprint_hedging(HEDGING_V1)


@pytest.mark.parametrize("change", [
    {"weights": {**INFLUENCE_V1.weights, "trade_volume": 0.9}},
    {"weights": {**INFLUENCE_V1.weights, "event_count": 0.0}},
    {"domain_weights": {**INFLUENCE_V1.domain_weights, "economic": 1.0}},
    {"dependence_weights": {**INFLUENCE_V1.dependence_weights, "political": 0.5}},
    {"draws": INFLUENCE_V1.draws + 1},
    {"seed": INFLUENCE_V1.seed + 1},
    {"weight_jitter": 0.25},
    {"share_scale": 50.0},
    {"extra": {"anything": 1.0}},
])
def test_fingerprint_moves_with_every_field(change: dict) -> None:
    # the same name: a changed method must not hide behind its old name
    assert fingerprint(dataclasses.replace(INFLUENCE_V1, **change)) != fingerprint(INFLUENCE_V1)


def test_new_method_fields_count_without_touching_the_fingerprint_module() -> None:
    wider = dataclasses.make_dataclass("Wider", [("new_knob", float, dataclasses.field(default=0.0))],
                                       bases=(methods.Method,), frozen=True)
    base = {f.name: getattr(INFLUENCE_V1, f.name) for f in dataclasses.fields(INFLUENCE_V1)}
    assert fingerprint(wider(**base, new_knob=0.0)) != fingerprint(wider(**base, new_knob=1.0))


def _retransform(name: str, transform: str) -> tuple[methods.Indicator, ...]:
    return tuple(dataclasses.replace(i, transform=transform) if i.name == name else i for i in methods.INDICATORS)


def test_fingerprint_moves_with_the_generated_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(INFLUENCE_V1)
    # only the SQL generator sees the change (the indicator definitions stay): the SQL text alone moves it
    monkeypatch.setattr(sql, "INDICATORS", _retransform("trade_share", "unit"))
    assert fingerprint(INFLUENCE_V1) != before
    monkeypatch.undo()
    assert fingerprint(INFLUENCE_V1) == before
    monkeypatch.setattr(sql, "norms_sql", lambda method=None: "SELECT 1 AS trade_volume")
    assert fingerprint(INFLUENCE_V1) != before


def test_fingerprint_moves_with_an_indicator_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(INFLUENCE_V1)
    changed = _retransform("arms_share", "unit")
    monkeypatch.setattr(methods, "INDICATORS", changed)
    monkeypatch.setattr(methods, "INDICATOR", {i.name: i for i in changed})
    assert fingerprint(INFLUENCE_V1) != before


def test_fingerprint_moves_with_the_staging(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(INFLUENCE_V1)
    monkeypatch.setattr(inputs, "ALLIANCE_GRADES", {**inputs.ALLIANCE_GRADES, "atop_consul": 0.3})
    assert fingerprint(INFLUENCE_V1) != before
    monkeypatch.undo()
    monkeypatch.setitem(inputs.STAGING_SQL, "in_igo", inputs.STAGING_SQL["in_igo"] + " AND year > 1900")
    assert fingerprint(INFLUENCE_V1) != before


def test_fingerprint_moves_with_the_bootstrap_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(INFLUENCE_V1)
    monkeypatch.setattr(fpm, "_code", lambda spec: [["multipolar.measure.uncertainty", "other code"]])
    assert fingerprint(INFLUENCE_V1) != before


def test_hedging_fingerprint_moves_with_its_fields() -> None:
    assert fingerprint_hedging(dataclasses.replace(HEDGING_V1, divergence_domains=("economic", "political"))) \
        != fingerprint_hedging(HEDGING_V1)


def test_code_identity_ignores_docstrings_comments_and_layout() -> None:
    src = 'def f(x):\n    """Double."""\n    return 2 * x\n'
    assert code_identity(src) == code_identity("def f(x):  # doubles\n\n    return 2*x\n")
    assert code_identity(src) == code_identity('def f(x):\n    """Twice x, reworded."""\n    return (2 * x)\n')
    assert code_identity(src) != code_identity("def f(x):\n    return 3 * x\n")
    assert code_identity(src) != code_identity("def f(x):\n    return 2.0 * x\n")
    assert code_identity(src, ["f"]) == code_identity(src + "\ndef g():\n    pass\n", ["f"])
    assert code_identity(src, ["f"]) != code_identity(src, ["g"])


# -- the record: adds new names, never overwrites one ---------------------------------------------------------
def test_record_adds_missing_names_and_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fingerprints.json"
    assert fpm.record(path, {"influence.v1": "a" * 16}) == (["influence.v1"], [])
    assert fpm.record(path, {"influence.v1": "a" * 16, "influence.v2": "b" * 16}) == (["influence.v2"], [])
    assert fpm.record(path, {"influence.v1": "a" * 16}) == ([], [])
    text = path.read_text()
    added, conflicts = fpm.record(path, {"influence.v1": "c" * 16, "influence.v3": "d" * 16})
    assert added == [] and len(conflicts) == 1
    assert "influence.v1" in conflicts[0] and "new versioned name" in conflicts[0]
    assert path.read_text() == text                                   # nothing written, not even v3
    monkeypatch.setattr(fpm, "RECORD", path)
    monkeypatch.setattr(fpm, "current", lambda: {"influence.v1": "c" * 16})
    assert fpm.main(["--record"]) == 1
    err = capsys.readouterr().err
    assert "influence.v1" in err and "register the changed method under a new versioned name" in err
    assert json.loads(path.read_text())["methods"]["influence.v1"] == "a" * 16


def test_a_record_of_another_definition_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fingerprints.json"
    path.write_text(json.dumps({"format": fpm.FORMAT - 1, "methods": {"influence.v1": "a" * 16}}))
    with pytest.raises(ValueError, match="definition"):
        fpm.recorded(path)


def test_hedging_fingerprint_moves_with_the_hedging_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint_hedging(HEDGING_V1)
    monkeypatch.setattr(fpm, "_code", lambda spec: [["multipolar.measure.hedging", "other code"]])
    assert fingerprint_hedging(HEDGING_V1) != before


# -- stored runs carry it ---------------------------------------------------------------------------------------
def test_stored_run_records_the_fingerprint_of_its_method(tmp_path: Path) -> None:
    from multipolar.measure.compute import compute
    from multipolar.measure.scores import last_norms, save
    from multipolar.measure.sql import Scope

    variant = INFLUENCE_V1.with_weights("influence.v1-fingerprint-test", {"event_count": 0.0})
    with Store(tmp_path / "fp.duckdb") as st:
        runs = {m.name: save(st, compute(st, m, Scope()), Scope()) for m in (INFLUENCE_V1, variant)}
        stored = {r["method"]: r["fingerprint"] for r in st.query("SELECT method, fingerprint FROM measure_runs")}
        assert stored == {INFLUENCE_V1.name: fingerprint(INFLUENCE_V1), variant.name: fingerprint(variant)}
        assert stored[INFLUENCE_V1.name] != stored[variant.name]
        assert all(runs.values())
        assert last_norms(st, INFLUENCE_V1.name, method_fingerprint=fingerprint(INFLUENCE_V1)) is not None
        assert last_norms(st, INFLUENCE_V1.name, method_fingerprint="0" * 16) is None
