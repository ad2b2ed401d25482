"""What is read from one document, and its public JSON form (``multipolar.evidence/1``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = "multipolar.evidence/1"


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def as_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass
class ActorRecord:
    id: str
    name: str
    kind: str
    country: str | None
    mentions: list[Span] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "mentions": [m.as_json() for m in self.mentions]}


@dataclass
class Event:
    type: str
    actors: list[str]
    recipients: list[str]
    date: str | None
    text: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    trigger: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode, "context": self.context, "actors": self.actors,
                "recipients": self.recipients, "date": self.date, "negated": self.negated,
                "hypothetical": self.hypothetical, "text": self.text.as_json()}


@dataclass
class Claim:
    measure: str
    subject: str | None
    partner: str | None
    value: float
    unit: str
    qualifier: str
    period: str | None
    text: Span
    scope: list[str] | None = None
    about: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"measure": self.measure, "subject": self.subject, "partner": self.partner,
                               "scope": self.scope, "value": self.value, "unit": self.unit,
                               "qualifier": self.qualifier, "period": self.period, "text": self.text.as_json()}
        if self.about:
            out["about"] = self.about
        return out


@dataclass
class Stance:
    holder: str
    issue: str
    target: str | None
    polarity: str
    date: str | None
    text: Span

    def as_json(self) -> dict[str, Any]:
        return {"holder": self.holder, "issue": self.issue, "target": self.target, "polarity": self.polarity,
                "date": self.date, "text": self.text.as_json()}


@dataclass
class DocumentInfo:
    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published, "url": self.url,
                "source": self.source}


@dataclass
class Evidence:
    document: DocumentInfo
    actors: list[ActorRecord] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "document": self.document.as_json(),
                "actors": [a.as_json() for a in self.actors], "events": [e.as_json() for e in self.events],
                "claims": [c.as_json() for c in self.claims], "stances": [s.as_json() for s in self.stances]}
