"""The door to measurement: influence, hedging, explain and validation against FBIC, as frozen results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain import parse_codes
from ..errors import UsageError
from ..measure.methods import DEFAULT_METHOD
from ._db import DbLike, opened

if TYPE_CHECKING:  # numpy, pyarrow and the engines load when something is measured, not when the CLI starts
    from ..engines import Engine

Years = tuple[int, int] | str | None
Codes = Sequence[str] | str | None


@dataclass(frozen=True)
class Driver:
    """An indicator that moved an index between two years, and by how much."""

    indicator: str
    effect: float
    before: float | None
    after: float | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Driver:
        return cls(row["indicator"], row["effect"], row.get("before"), row.get("after"))

    def as_json(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "effect": self.effect, "before": self.before, "after": self.after}


def _drivers(rows: Sequence[Mapping[str, Any]] | None) -> tuple[Driver, ...]:
    return tuple(Driver.of(r) for r in rows or ())


@dataclass(frozen=True)
class Score:
    """One power's influence over one target in one year and domain, with its 90 % interval and change."""

    power: str
    target: str
    year: int
    domain: str
    value: float | None
    low: float | None
    high: float | None
    coverage: float | None
    bandwidth: float | None
    dependence: float | None
    method: str
    delta: float | None = None
    trend: str | None = None
    comparable: bool | None = None  # None: not measured like for like (no earlier year, or influence.v1)
    not_compared: tuple[str, ...] = ()
    drivers: tuple[Driver, ...] = ()
    share: float | None = None
    rank: int | None = None
    ranked: bool = False  # shares and ranks among the powers asked were computed

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Score:
        return cls(row["power"], row["target"], row["year"], row["domain"], row["value"], row["low"], row["high"],
                   row["coverage"], row["bandwidth"], row["dependence"], row["method"], row.get("delta"),
                   row.get("trend"), row.get("comparable"), tuple(row.get("not_compared") or ()),
                   _drivers(row.get("drivers")), row.get("share"), row.get("rank"), "rank" in row)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "power": self.power, "target": self.target, "year": self.year, "domain": self.domain,
            "value": self.value, "low": self.low, "high": self.high, "coverage": self.coverage,
            "bandwidth": self.bandwidth, "dependence": self.dependence, "method": self.method,
            "delta": self.delta, "trend": self.trend}
        if self.comparable is not None:
            out["comparable"] = self.comparable
        if self.not_compared:
            out["not_compared"] = list(self.not_compared)
        if self.trend in ("rising", "falling"):
            out["drivers"] = [d.as_json() for d in self.drivers]
        if self.ranked:
            out["share"], out["rank"] = self.share, self.rank
        return out


@dataclass(frozen=True)
class InfluenceReport:
    """Influence scores of a run, and the store's measure run that saved them."""

    method: str
    engine: str
    powers: tuple[str, ...] | None
    targets: tuple[str, ...] | None
    years: tuple[int, int] | None
    scores: tuple[Score, ...]
    measure_run: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"method": self.method, "engine": self.engine, "powers": self.powers, "targets": self.targets,
                "years": list(self.years) if self.years else None, "measure_run": self.measure_run,
                "scores": [s.as_json() for s in self.scores]}


@dataclass(frozen=True)
class Hedging:
    """How one small state spreads its ties among the powers in one year and domain."""

    target: str
    year: int
    domain: str
    method: str
    powers_with_data: int
    coverage: float
    entropy: float | None
    entropy_low: float | None
    entropy_high: float | None
    leader: str | None
    lead_gap: float | None
    hhi: float | None
    shares: Mapping[str, float | None]
    missing_powers: tuple[str, ...] | None = None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Hedging:
        missing = row.get("missing_powers")
        return cls(row["target"], row["year"], row["domain"], row["method"], row["powers_with_data"],
                   row["coverage"], row["entropy"], row["entropy_low"], row["entropy_high"], row["leader"],
                   row["lead_gap"], row["hhi"], dict(row["shares"]), tuple(missing) if missing is not None else None)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"target": self.target, "year": self.year, "domain": self.domain, "method": self.method,
                               "powers_with_data": self.powers_with_data, "coverage": self.coverage}
        if self.missing_powers is not None:
            out["missing_powers"] = list(self.missing_powers)
        out.update(entropy=self.entropy, entropy_low=self.entropy_low, entropy_high=self.entropy_high,
                   leader=self.leader, lead_gap=self.lead_gap, hhi=self.hhi, shares=dict(self.shares))
        return out


@dataclass(frozen=True)
class Divergence:
    """Whether a state's economic and security leaders differ in a year (Jensen–Shannon divergence)."""

    target: str
    year: int
    domains: tuple[str, str]
    jsd: float | None
    leaders: Mapping[str, str] | None
    split: bool | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Divergence:
        a, b = row["domains"]
        return cls(row["target"], row["year"], (a, b), row["jsd"], row["leaders"], row["split"])

    def as_json(self) -> dict[str, Any]:
        return {"target": self.target, "year": self.year, "domains": list(self.domains), "jsd": self.jsd,
                "leaders": dict(self.leaders) if self.leaders is not None else None, "split": self.split}


@dataclass(frozen=True)
class HedgingReport:
    method: str
    influence_method: str
    powers: tuple[str, ...]
    rows: tuple[Hedging, ...]
    divergence: tuple[Divergence, ...]

    def as_json(self) -> dict[str, Any]:
        return {"method": self.method, "influence_method": self.influence_method, "powers": list(self.powers),
                "hedging": [r.as_json() for r in self.rows], "divergence": [d.as_json() for d in self.divergence]}


@dataclass(frozen=True)
class DomainScore:
    """One domain's index of an explained dyad-year, its change and what drove it."""

    value: float | None
    low: float | None
    high: float | None
    coverage: float | None
    bandwidth: float | None
    dependence: float | None
    previous: float | None
    delta: float | None
    drivers: tuple[Driver, ...]
    like_for_like: bool = False  # influence.v2: change measured only over the inputs both years have
    comparable: bool | None = None
    not_compared: tuple[str, ...] = ()

    @classmethod
    def of(cls, s: Mapping[str, Any]) -> DomainScore:
        return cls(s["value"], s["low"], s["high"], s["coverage"], s["bandwidth"], s["dependence"], s["previous"],
                   s["delta"], _drivers(s["drivers"]), "comparable" in s, s.get("comparable"),
                   tuple(s.get("not_compared") or ()))

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "low": self.low, "high": self.high, "coverage": self.coverage,
                               "bandwidth": self.bandwidth, "dependence": self.dependence, "previous": self.previous,
                               "delta": self.delta, "drivers": [d.as_json() for d in self.drivers]}
        if self.like_for_like:
            out.update(comparable=self.comparable, not_compared=list(self.not_compared))
        return out


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator of an explained dyad-year: raw and scaled value, weight, and where it comes from."""

    indicator: str
    domain: str
    role: str
    weight: float
    value: float | None
    scaled: float | None
    previous: float | None
    unit: str
    transform: str
    about: str
    sources: tuple[str, ...]
    missing: bool

    @classmethod
    def of(cls, i: Mapping[str, Any]) -> IndicatorValue:
        return cls(i["indicator"], i["domain"], i["role"], i["weight"], i["value"], i["scaled"], i["previous"],
                   i["unit"], i["transform"], i["about"], tuple(i["sources"]), i["missing"])

    def as_json(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "domain": self.domain, "role": self.role, "weight": self.weight,
                "value": self.value, "scaled": self.scaled, "previous": self.previous, "unit": self.unit,
                "transform": self.transform, "about": self.about, "sources": list(self.sources),
                "missing": self.missing}


@dataclass(frozen=True)
class SourceBlock:
    """Source rows of one kind behind a dyad-year: how many there are, and the first of them."""

    count: int
    rows: tuple[Mapping[str, Any], ...]

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count, "rows": [dict(r) for r in self.rows]}


@dataclass(frozen=True)
class SourceRows:
    """The observation rows, events, stances and documents behind a dyad-year's indicators."""

    members: tuple[str, ...] | None  # a group's members that year
    blocks: Mapping[str, SourceBlock]  # by kind: trade, armstat, imf_dots, …, events, stances
    documents: tuple[Mapping[str, Any], ...]

    @classmethod
    def of(cls, src: Mapping[str, Any]) -> SourceRows:
        blocks = {k: SourceBlock(int(v["count"]), tuple(v["rows"])) for k, v in src.items()
                  if k not in ("members", "documents")}
        members = src.get("members")
        return cls(tuple(members) if members else None, blocks, tuple(src.get("documents") or ()))

    def block(self, kind: str) -> SourceBlock:
        return self.blocks.get(kind) or SourceBlock(0, ())

    def as_json(self) -> dict[str, Any]:
        return {"members": list(self.members) if self.members else None,
                **{k: b.as_json() for k, b in self.blocks.items()}, "documents": [dict(d) for d in self.documents]}


@dataclass(frozen=True)
class Explanation:
    """One dyad-year laid open: scores per domain, indicators, scaling constants, source rows, trade decision."""

    method: str
    engine: str
    power: str
    target: str
    year: int
    scores: Mapping[str, DomainScore]
    indicators: tuple[IndicatorValue, ...]
    norms: Mapping[str, Any]
    sources: SourceRows
    trade_decision: Any

    def as_json(self) -> dict[str, Any]:
        return {"method": self.method, "engine": self.engine, "power": self.power, "target": self.target,
                "year": self.year, "scores": {d: s.as_json() for d, s in self.scores.items()},
                "indicators": [i.as_json() for i in self.indicators], "norms": self.norms,
                "sources": self.sources.as_json(), "trade_decision": self.trade_decision}


@dataclass(frozen=True)
class Validation:
    """Spearman ρ per year between our overall index and FBIC, over the targets with both."""

    power: str
    method: str
    per_year: Mapping[int, float]
    n_per_year: Mapping[int, int]
    median: float

    def as_json(self) -> dict[str, Any]:
        return {"power": self.power, "method": self.method,
                "per_year": {str(y): round(r, 4) for y, r in sorted(self.per_year.items())},
                "n": {str(y): n for y, n in sorted(self.n_per_year.items())},
                "median": round(self.median, 4)}


def influence(*, targets: Codes = None, powers: Codes = None, years: Years = None, db: DbLike = None,
              engine: Engine | str = "duckdb", spark_master: str | None = None, method: str = DEFAULT_METHOD,
              save_scores: bool = True) -> InfluenceReport:
    """Influence of each power over each target, per year and domain, with 90 % intervals, shares among the
    powers asked, year-on-year change and the indicators that drove it; saved in the store's ``scores``."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=not save_scores) as store:
        rep = measure.influence(store, targets=parse_codes(targets), powers=parse_codes(powers), years=years,
                                engine=eng, method=method, save_scores=save_scores)
    return InfluenceReport(rep.method, rep.engine, rep.powers, rep.targets, rep.years,
                           tuple(Score.of(r) for r in rep.rows), rep.measure_run)


def hedging(*, targets: Codes = ("ARM", "AZE", "GEO"), powers: Codes = None, years: Years = None,
            db: DbLike = None, engine: Engine | str = "duckdb", spark_master: str | None = None,
            method: str = DEFAULT_METHOD) -> HedgingReport:
    """How each small state spreads its ties among the powers (entropy, leader, lead gap per domain) and
    the divergence between its economic and security leaders."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        rep = measure.hedging(store, targets=parse_codes(targets), powers=parse_codes(powers), years=years,
                              engine=eng, method=method)
    return HedgingReport(rep.method, rep.influence_method, tuple(rep.powers), tuple(Hedging.of(r) for r in rep.rows),
                         tuple(Divergence.of(d) for d in rep.divergence))


def explain(*, power: str, target: str, year: int, db: DbLike = None, engine: Engine | str = "duckdb",
            spark_master: str | None = None, method: str = DEFAULT_METHOD) -> Explanation:
    """The indicators behind one score, their source rows and documents, and the change since the year before."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        ex = measure.explain(store, power=power, target=target, year=year, engine=eng, method=method)
    return Explanation(ex["method"], ex["engine"], ex["power"], ex["target"], ex["year"],
                       {d: DomainScore.of(s) for d, s in ex["scores"].items()},
                       tuple(IndicatorValue.of(i) for i in ex["indicators"]), ex["norms"],
                       SourceRows.of(ex["sources"]), ex["trade_decision"])


def validate(benchmark: str = "fbic", *, power: str = "CHN", years: Years = None, db: DbLike = None,
             engine: Engine | str = "duckdb", spark_master: str | None = None,
             method: str = DEFAULT_METHOD) -> Validation:
    """Our index against a published benchmark (``fbic``: Spearman ρ per year over all targets with both)."""
    if benchmark != "fbic":
        raise UsageError(f"unknown benchmark {benchmark!r}", hint="the benchmark is fbic")
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        v = measure.validate_fbic(store, power=power, years=years, method=method, engine=eng)
    return Validation(v.power, v.method, dict(v.per_year), dict(v.n_per_year), v.median)
