"""What is read from one document, and its public JSON form (``multipolar.evidence/1``).

:class:`Evidence` checks its events, claims and stances against the vocabularies of
:mod:`multipolar.domain.vocab` when it is built: a value outside them is a bug in a rule, an
:class:`~multipolar.errors.ExtractionError` naming the value and the vocabulary.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ..domain import vocab
from ..errors import ExtractionError

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

    def __post_init__(self) -> None:
        for e in self.events:
            _check(e.type, vocab.EVENT_TYPES, "event type", "EVENT_TYPES")
            if e.mode is not None:
                _check(e.mode, vocab.EVENT_MODES[e.type], f"mode of {e.type}", "EVENT_MODES")
            for ctx in e.context:
                _check(ctx, vocab.EVENT_CONTEXTS, "event context", "EVENT_CONTEXTS")
        for c in self.claims:
            _check(c.measure, vocab.CLAIM_MEASURES, "claim measure", "CLAIM_MEASURES")
            _check(c.qualifier, vocab.CLAIM_QUALIFIERS, "claim qualifier", "CLAIM_QUALIFIERS")
        for s in self.stances:
            if not vocab.is_stance_issue(s.issue):
                _unknown(s.issue, "stance issue", "STANCE_ISSUES or ISSUE_FAMILIES")
            _check(s.polarity, vocab.STANCE_POLARITIES, "stance polarity", "STANCE_POLARITIES")

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "document": self.document.as_json(),
                "actors": [a.as_json() for a in self.actors], "events": [e.as_json() for e in self.events],
                "claims": [c.as_json() for c in self.claims], "stances": [s.as_json() for s in self.stances]}


def _check(value: str, allowed: Collection[str], what: str, name: str) -> None:
    if value not in allowed:
        _unknown(value, what, name)


def _unknown(value: str, what: str, name: str) -> None:
    raise ExtractionError(f"{what} {value!r} is not in the vocabulary multipolar.domain.vocab.{name}",
                          hint="a rule wrote it: fix the rule, or add the value to the vocabulary if it belongs there")
