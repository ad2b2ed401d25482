"""One dyad-year laid open at the door: domain scores, indicators, and the source rows behind them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from .scores import Driver, drivers_of


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
                   s["delta"], drivers_of(s["drivers"]), "comparable" in s, s.get("comparable"),
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
class _Row:
    """A source row as read from the store; ``as_json`` gives its columns in order."""

    @classmethod
    def of(cls: type[R], row: Mapping[str, Any]) -> R:
        return cls(**row)

    def as_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


R = TypeVar("R", bound=_Row)


@dataclass(frozen=True)
class ObservationRow(_Row):
    """An observation behind an indicator, with the file and line it was loaded from."""

    dataset: str
    indicator: str
    from_actor: str | None
    to_actor: str | None
    period: str
    value: float | None
    unit: str | None
    source_file: str | None
    source_row: int | None


@dataclass(frozen=True)
class EventCited(_Row):
    """An event between the power and the target in the year."""

    id: str
    origin: str
    document: str | None
    type: str | None
    cameo: str | None
    date: str | None
    goldstein: float | None
    quad: int | None
    actors: list[str] | None
    recipients: list[str] | None
    source_url: str | None
    sentence: str | None


@dataclass(frozen=True)
class StanceCited(_Row):
    """A stance of the power or the target in the year."""

    id: str
    document: str | None
    holder: str | None
    issue: str | None
    target: str | None
    polarity: str | None
    date: str | None
    sentence: str | None


@dataclass(frozen=True)
class DocumentCited(_Row):
    """A document the events and stances come from."""

    id: str
    title: str | None
    url: str | None
    published: Any
    source: str | None


@dataclass(frozen=True)
class SourceBlock(Generic[R]):
    """Source rows of one kind behind a dyad-year: how many there are, and the first of them."""

    count: int
    rows: tuple[R, ...]

    @classmethod
    def of(cls, kind: type[R], block: Mapping[str, Any]) -> SourceBlock[R]:
        return cls(int(block["count"]), tuple(kind.of(r) for r in block["rows"]))

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count, "rows": [r.as_json() for r in self.rows]}


_NOT_OBSERVED = ("members", "events", "stances", "documents")


@dataclass(frozen=True)
class SourceRows:
    """The observation rows, events, stances and documents behind a dyad-year's indicators."""

    members: tuple[str, ...] | None  # a group's members that year
    observations: Mapping[str, SourceBlock[ObservationRow]]  # by kind: trade, armstat, imf_dots, arms, …
    events: SourceBlock[EventCited]
    stances: SourceBlock[StanceCited]
    documents: tuple[DocumentCited, ...]

    @classmethod
    def of(cls, src: Mapping[str, Any]) -> SourceRows:
        members = src.get("members")
        return cls(tuple(members) if members else None,
                   {k: SourceBlock.of(ObservationRow, v) for k, v in src.items() if k not in _NOT_OBSERVED},
                   SourceBlock.of(EventCited, src["events"]), SourceBlock.of(StanceCited, src["stances"]),
                   tuple(DocumentCited.of(d) for d in src["documents"]))

    def block(self, kind: str) -> SourceBlock[ObservationRow]:
        """The observations of ``kind`` (none when there is no such kind)."""
        return self.observations.get(kind) or SourceBlock(0, ())

    def as_json(self) -> dict[str, Any]:
        return {"members": list(self.members) if self.members else None,
                **{k: b.as_json() for k, b in self.observations.items()}, "events": self.events.as_json(),
                "stances": self.stances.as_json(), "documents": [d.as_json() for d in self.documents]}


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
