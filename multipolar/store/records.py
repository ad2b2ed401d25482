"""What the store's named reads return: frozen rows, each with ``as_json()`` giving the dict the CLI and the
HTTP API print (the same keys, in the same order, as before the reads were typed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Record:
    """A row of a named read; ``JSON`` names the fields ``as_json`` gives, in order (all fields by default)."""

    JSON: ClassVar[tuple[str, ...] | None] = None

    def as_json(self) -> dict[str, Any]:
        names = self.JSON if self.JSON is not None else tuple(f.name for f in fields(self))
        return {n: getattr(self, n) for n in names}

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Quoted(Record):
    """A row read from a stored document: the document, its title, and the span and sentence it rests on.

    ``as_json`` gives the row's own fields first, then these."""

    document: str | None
    document_title: str | None
    start: int | None
    end: int | None
    sentence: str | None

    def as_json(self) -> dict[str, Any]:
        if self.JSON is not None:
            return super().as_json()
        quoted = Quoted.columns()
        names = [n for n in self.columns() if n not in quoted] + list(quoted)
        return {n: getattr(self, n) for n in names}


@dataclass(frozen=True)
class EventRow(Quoted):
    """An event (from an article, GDELT or ICEWS) with its document's title and the sentence it rests on."""

    JSON: ClassVar[tuple[str, ...] | None] = (
        "id", "origin", "type", "mode", "actors", "recipients", "date", "negated", "hypothetical", "goldstein",
        "cameo", "document", "document_title", "start", "end", "sentence", "source_url")
    id: str
    origin: str
    type: str | None
    mode: str | None
    actors: list[str] | None
    recipients: list[str] | None
    date: str | None
    negated: bool | None
    hypothetical: bool | None
    goldstein: float | None
    cameo: str | None
    source_url: str | None
    quad: int | None
    day: dt.date | None
    document_url: str | None


@dataclass(frozen=True)
class ClaimRow(Quoted):
    """A quantitative claim of a stored document, with the sentence it was read from."""

    id: str
    measure: str
    subject: str | None
    partner: str | None
    scope: list[str] | None
    value: float
    unit: str
    qualifier: str
    period: str | None
    about: str | None


@dataclass(frozen=True)
class StanceRow(Quoted):
    """A stance (holder, issue, target, polarity) of a stored document."""

    id: str
    holder: str | None
    issue: str | None
    target: str | None
    polarity: str | None
    date: str | None


@dataclass(frozen=True)
class ActorRow(Record):
    """An actor mentioned in the stored documents: how often, in how many, and one surface form."""

    id: str
    kind: str | None
    name: str | None
    country: str | None
    mentions: int
    documents: int
    example: str | None


@dataclass(frozen=True)
class CheckRow(Record):
    """A saved verdict on a stored claim with the claim itself; ``rows``, ``nearest`` and ``others`` decoded."""

    claim: str
    document: str
    verdict: str
    value: float | None
    unit: str | None
    period_used: str | None
    exact_period: bool | None
    dataset: str | None
    citation: str | None
    rows: list[dict[str, Any]]
    reason: str | None
    nearest: dict[str, Any] | None
    others: list[dict[str, Any]]
    disagreement: bool | None
    method: str | None
    checked: dt.datetime | None
    measure: str | None
    subject: str | None
    partner: str | None
    scope: list[str] | None
    claimed_value: float | None
    claimed_unit: str | None
    qualifier: str | None
    period: str | None
    about: str | None
    start: int | None
    end: int | None
    sentence: str | None
    title: str | None
    origin: str | None
    published: str | None


@dataclass(frozen=True)
class ClaimToCheck(ClaimRow):
    """A stored claim with what checking it needs of its document."""

    origin: str | None
    published: str | None
