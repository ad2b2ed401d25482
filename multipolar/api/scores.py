"""What measurement returns at the door: scores and hedging, as frozen dataclasses (the FBIC validation is
:class:`multipolar.measure.validate.Validation`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


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


def drivers_of(rows: Sequence[Mapping[str, Any]] | None) -> tuple[Driver, ...]:
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
                   drivers_of(row.get("drivers")), row.get("share"), row.get("rank"), "rank" in row)

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
