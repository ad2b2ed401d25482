"""What the CLI and the web call: influence, hedging, explain, validate_fbic, recompute.

>>> from multipolar.store import Store
>>> from multipolar.measure import api
>>> report = api.influence(Store("my.duckdb"), target="GEO", years=(2000, 2014))   # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain import (
    ACTOR_GROUPS,
    ALL_DOMAINS,
    CHANGE_THRESHOLD,
    DEFAULT_GROUPS,
    DEFAULT_POWERS,
    DOMAINS,
    GROUP_POWERS,
    parse_codes,
    parse_years,
)
from ..engines import Engine, Session, resolve, session
from ..errors import UsageError
from ..store import Store
from ..store import source_reads as reads
from .compute import Computed, compute
from .hedging import as_float, hedging_rows
from .index import comparable_change, drivers
from .methods import DEFAULT_METHOD, INDICATORS, get_method, hedging_method_for
from .scores import last_norms, save
from .sql import Scope
from .validate import DEFAULT_YEARS, Validation
from .validate import validate_fbic as _validate_fbic

#: what a caller may pass as the engine: an engine object, a name from :data:`multipolar.engines.ENGINES`
#: (with ``spark_master`` for Spark), or None for DuckDB
EngineChoice = Engine | str | None


def _codes(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    return parse_codes(value, strict=False)


@dataclass(frozen=True)
class InfluenceReport:
    """The scores of a run as plain rows (one per power, target, year and domain; the door types them as
    :class:`multipolar.api.Score`), its timings and the store's measure run that saved them."""

    method: str
    engine: str
    powers: tuple[str, ...] | None
    targets: tuple[str, ...] | None
    years: tuple[int, int] | None
    rows: list[dict[str, Any]]
    timings: dict[str, float] = field(default_factory=dict)
    measure_run: int | None = None


def _years(years: tuple[int, int] | str | None) -> tuple[int, int] | None:
    """``"1995-2023"`` or (1995, 2023) → (1995, 2023); None or empty → None."""
    return parse_years(years or None)


def _check_powers(powers: Sequence[str]) -> None:
    for p in powers:
        if len(p) != 3 and p not in ACTOR_GROUPS:
            raise UsageError(f"unknown power {p!r}", hint=f"use an ISO3 code or one of {', '.join(DEFAULT_GROUPS)}")


def _groups_for(powers: Sequence[str] | None) -> tuple[str, ...]:
    extra = tuple(p for p in (powers or ()) if p in GROUP_POWERS and p not in DEFAULT_GROUPS)
    return DEFAULT_GROUPS + extra


def _long_rows(comp: Computed, years: tuple[int, int] | None, shares: bool) -> list[dict[str, Any]]:
    wide = comp.table.to_pylist()
    by_dyad: dict[tuple[str, str, int], dict[str, Any]] = {(r["power"], r["target"], r["year"]): r for r in wide}
    rows: list[dict[str, Any]] = []
    for r in wide:
        if years and not (years[0] <= r["year"] <= years[1]):
            continue
        prev = by_dyad.get((r["power"], r["target"], r["year"] - 1))
        for d in ALL_DOMAINS:
            value = as_float(r[f"i_{d}"])
            out: dict[str, Any] = {
                "power": r["power"], "target": r["target"], "year": r["year"], "domain": d,
                "value": value, "low": as_float(r.get(f"low_{d}")), "high": as_float(r.get(f"high_{d}")),
                "coverage": as_float(r[f"cov_{d}"]), "bandwidth": as_float(r[f"bw_{d}"]),
                "dependence": as_float(r[f"dep_{d}"]),
                "method": comp.method.name,
            }
            pv = as_float(prev[f"i_{d}"]) if prev else None
            if comp.method.missing == "absent":
                out.update(_change(prev, r, comp, d))
            elif value is not None and pv is not None:
                delta = value - pv
                out["delta"] = delta
                out["trend"] = "rising" if delta >= CHANGE_THRESHOLD else "falling" if delta <= -CHANGE_THRESHOLD \
                    else "steady"
                if out["trend"] != "steady" and prev is not None:
                    out["drivers"] = [{**x, "effect": round(x["effect"], 4)} for x in drivers(prev, r, comp.method, d)]
            else:
                out["delta"], out["trend"] = None, None
            rows.append(out)
    if shares:
        add_shares(rows)
    rows.sort(key=lambda x: (x["target"], x["power"], x["year"], ALL_DOMAINS.index(x["domain"])))
    return rows


def _trend(delta: float | None) -> str | None:
    if delta is None:
        return None
    return "rising" if delta >= CHANGE_THRESHOLD else "falling" if delta <= -CHANGE_THRESHOLD else "steady"


def _change(prev: dict[str, Any] | None, row: dict[str, Any], comp: Computed, d: str) -> dict[str, Any]:
    """Year-on-year change measured like for like (influence.v2): only over the inputs both years have."""
    if prev is None or as_float(row[f"i_{d}"]) is None:
        return {"delta": None, "trend": None}
    ch = comparable_change(prev, row, comp.method, d)
    out: dict[str, Any] = {"delta": ch["delta"], "trend": _trend(ch["delta"]), "comparable": ch["comparable"]}
    if ch["dropped"]:
        out["not_compared"] = ch["dropped"]
    if out["trend"] in ("rising", "falling"):
        out["drivers"] = [{**x, "effect": round(x["effect"], 4)} for x in drivers(prev, row, comp.method, d)]
    return out


def add_shares(rows: list[dict[str, Any]]) -> None:
    """π = I_p / Σ_q I_q among the powers present for each (target, year, domain); rank 1 leads."""
    groups: dict[tuple[str, int, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["target"], r["year"], r["domain"])].append(r)
    for g in groups.values():
        vals = [r["value"] for r in g if r["value"] is not None]
        tot = sum(vals)
        ranked = sorted((r for r in g if r["value"] is not None), key=lambda r: -r["value"])
        for i, r in enumerate(ranked):
            r["share"] = r["value"] / tot if tot > 0 else None
            r["rank"] = i + 1
        for r in g:
            r.setdefault("share", None)
            r.setdefault("rank", None)


def influence(store: Store, *, target: str | None = None, targets: Sequence[str] | str | None = None,
              power: str | None = None, powers: Sequence[str] | str | None = None,
              years: tuple[int, int] | str | None = None, engine: EngineChoice = None, method: str = DEFAULT_METHOD,
              spark_master: str | None = None, save_scores: bool = True) -> InfluenceReport:
    """Influence of each power over each target, per year and domain, with 90 % intervals, shares among
    the powers asked, year-on-year change and the indicators that drove it. Stored in ``scores``."""
    m = get_method(method)
    tg = _codes(targets) or _codes([target] if target else None)
    pw = _codes(powers) or _codes([power] if power else None)
    if pw is None and tg is not None:
        pw = DEFAULT_POWERS
    if pw is None and tg is None:
        raise UsageError("say whose influence to measure", hint="give --target GEO, or --power CHN")
    _check_powers(pw or ())
    yr = _years(years)
    calc_years = (yr[0] - 1, yr[1]) if yr else None
    scope = Scope(targets=tg, powers=pw, years=calc_years)
    comp = compute(store, m, scope, engine=resolve(engine, master=spark_master), groups=_groups_for(pw))
    run = save(store, comp, scope) if save_scores else None
    rows = _long_rows(comp, yr, shares=bool(pw and len(pw) > 1))
    return InfluenceReport(m.name, comp.engine, pw, tg, yr, rows, comp.timings, run)


# -- hedging --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HedgingReport:
    """Hedging per target, year and domain and the divergence per target-year, as plain rows (the door types
    them as :class:`multipolar.api.Hedging` and :class:`multipolar.api.Divergence`)."""

    method: str
    influence_method: str
    powers: tuple[str, ...]
    rows: list[dict[str, Any]]
    divergence: list[dict[str, Any]]


def hedging(store: Store, *, targets: Sequence[str] | str | None = ("ARM", "AZE", "GEO"),
            powers: Sequence[str] | str | None = None, years: tuple[int, int] | str | None = None,
            engine: EngineChoice = None, method: str = DEFAULT_METHOD,
            spark_master: str | None = None) -> HedgingReport:
    """How each small state spreads its ties among the powers: per target, year and domain the shares,
    normalised entropy (1 = evenly spread, 0 = one power only) with a 90 % interval, the leader and the lead
    gap; and per target-year the divergence between the economic and the security shares."""
    m = get_method(method)
    tg = _codes(targets) or ("ARM", "AZE", "GEO")
    pw = _codes(powers) or DEFAULT_POWERS
    if len(pw) < 2:
        raise UsageError("hedging needs at least two powers", hint="e.g. --powers CHN,RUS,WEST,TUR,IRN")
    _check_powers(pw)
    yr = _years(years)
    hm = hedging_method_for(m.name)
    comp = compute(store, m, Scope(targets=tg, powers=pw, years=yr), engine=resolve(engine, master=spark_master),
                   groups=_groups_for(pw), keep_draws=True)
    rows, div = hedging_rows(comp, pw, hm)
    return HedgingReport(hm.name, m.name, pw, rows, div)


# -- explain ----------------------------------------------------------------------------------------------------
def _members(power: str, year: int) -> list[str]:
    from ..resolve.registry import Registry

    reg = Registry.default()
    if power in reg.groups():
        return sorted(reg.members(power, year))
    return [power]


def source_rows(store: Store, power: str, target: str, year: int) -> dict[str, Any]:
    """The observation rows, events, stances and documents behind the indicators of one dyad-year."""
    mem = _members(power, year)
    out: dict[str, Any] = {"members": mem if mem != [power] else None}
    for block in reads.OBSERVATION_BLOCKS:
        out[block] = reads.observation_rows(store, block, mem, target, year)
    out["events"] = reads.event_rows(store, mem, target, year)
    out["stances"] = reads.stance_rows(store, mem, target, year)
    docs = sorted({r["document"] for r in out["events"]["rows"] + out["stances"]["rows"] if r.get("document")})
    out["documents"] = reads.document_rows(store, docs)
    return out


def explain(store: Store, *, power: str, target: str, year: int, method: str = DEFAULT_METHOD,
            engine: EngineChoice = None, spark_master: str | None = None) -> dict[str, Any]:
    """One dyad-year laid open: scores with intervals, every indicator (raw, scaled, weight, sources),
    the change since the year before and what drove it, and the source rows and documents."""
    m = get_method(method)
    p, t = power.upper(), target.upper()
    _check_powers([p])
    comp = compute(store, m, Scope(targets=(t,), powers=(p,), years=(year - 1, year)),
                   engine=resolve(engine, master=spark_master), groups=_groups_for([p]))
    wide = {r["year"]: r for r in comp.table.to_pylist()}
    row = wide.get(year)
    if row is None:
        raise UsageError(f"no data at all for {p} → {t} in {year}",
                         hint="check the codes (ISO3, or WEST/EU/NATO/EAEU) and that the datasets are loaded")
    prev = wide.get(year - 1)
    weights = {i.name: 0.0 for i in INDICATORS}
    for d in DOMAINS:
        for role in ("bw", "dep"):
            for i, w in m.indicators(d, role):
                weights[i.name] = w
    indicators = []
    for ind in INDICATORS:
        indicators.append({"indicator": ind.name, "domain": ind.domain, "role": ind.role, "weight": weights[ind.name],
                           "value": as_float(row.get(ind.name)), "scaled": as_float(row.get(f"n_{ind.name}")),
                           "previous": as_float(prev.get(ind.name)) if prev else None, "unit": ind.unit,
                           "transform": ind.transform, "about": ind.about, "sources": list(ind.sources),
                           "missing": row.get(ind.name) is None})
    scores = {}
    for d in ALL_DOMAINS:
        v, pv = as_float(row[f"i_{d}"]), as_float(prev[f"i_{d}"]) if prev else None
        scores[d] = {"value": v, "low": as_float(row.get(f"low_{d}")), "high": as_float(row.get(f"high_{d}")),
                     "coverage": as_float(row[f"cov_{d}"]), "bandwidth": as_float(row[f"bw_{d}"]),
                     "dependence": as_float(row[f"dep_{d}"]), "previous": pv,
                     "delta": (v - pv) if v is not None and pv is not None else None,
                     "drivers": drivers(prev, row, m, d) if prev else []}
        if m.missing == "absent":
            ch = comparable_change(prev, row, m, d) if prev else None
            scores[d]["delta"] = ch["delta"] if ch and v is not None else None
            scores[d]["comparable"] = ch["comparable"] if ch else None
            scores[d]["not_compared"] = ch["dropped"] if ch else []
            if scores[d]["delta"] is None:
                scores[d]["drivers"] = []
    from .decide import trade_decision

    return {"method": m.name, "engine": comp.engine, "power": p, "target": t, "year": year, "scores": scores,
            "indicators": indicators, "norms": comp.norms, "sources": source_rows(store, p, t, year),
            "trade_decision": trade_decision(store, m, _members(p, year), t, year)}


def validate_fbic(store: Store, *, power: str = "CHN", years: tuple[int, int] | str | None = None,
                  method: str = DEFAULT_METHOD, engine: EngineChoice = None,
                  spark_master: str | None = None) -> Validation:
    """Spearman ρ per year between influence (overall) and FBIC, over all targets with both."""
    yr = _years(years)
    return _validate_fbic(store, power=power.upper(), years=yr or DEFAULT_YEARS, method=get_method(method),
                          engine=resolve(engine, master=spark_master))


# -- recompute ---------------------------------------------------------------------------------------------------
def recompute_all(store: Store, *, method: str = DEFAULT_METHOD, engine: EngineChoice = None,
                  spark_master: str | None = None, with_intervals: bool = True) -> dict[str, Any]:
    """Every dyad-year from all loaded data (every state and group as power, every state as target),
    written to ``scores`` (replacing the method's earlier scores)."""
    m = get_method(method)
    t0 = time.perf_counter()
    comp = compute(store, m, Scope(), engine=resolve(engine, master=spark_master), with_intervals=with_intervals,
                   detail=False, order=False)
    t1 = time.perf_counter()
    run = save(store, comp, Scope(), replace_all=True)
    t2 = time.perf_counter()
    return {"rows": comp.table.num_rows, "measure_run": run, "timings": {**comp.timings, "save": t2 - t1,
                                                                         "total": t2 - t0}}


def affected_dyads(store: Store, document_ids: Sequence[str]) -> tuple[set[str], set[int]]:
    """States and years touched by the events and stances of these documents."""
    return reads.touched_by_documents(store, document_ids)


def recompute_for_documents(store: Store, document_ids: Sequence[str], *, method: str = DEFAULT_METHOD,
                            opened: Session | None = None) -> dict[str, Any]:
    """Incremental recompute after ingesting documents: only the dyad-years their events and stances touch
    (the states named, as powers and as targets, and the groups they belong to), with the scaling constants
    of the last full run. ``opened`` may be a session already open (then only the evidence is published again)."""
    m = get_method(method)
    t0 = time.perf_counter()
    actors, years = affected_dyads(store, document_ids)
    if not actors or not years:
        return {"rows": 0, "timings": {"total": time.perf_counter() - t0}}
    norms = last_norms(store, m.name)
    states = tuple(sorted(a for a in actors if len(a) == 3 and a.isalpha() and a.isupper()))
    groups = tuple(sorted({g for g in DEFAULT_GROUPS for a in states for y in years if a in _members(g, y)}))
    scope = Scope(targets=states, powers=states + groups, years=(min(years), max(years)))
    if opened is not None:
        opened.inputs.restage_evidence()
        comp = compute(store, m, scope, norms=norms, opened=opened)
    else:
        with session(resolve(None), store) as e:
            comp = compute(store, m, scope, norms=norms, opened=e)
    run = save(store, comp, scope)
    return {"rows": comp.table.num_rows, "measure_run": run, "scope": scope.__dict__,
            "timings": {**comp.timings, "total": time.perf_counter() - t0}}
