"""The one read of stored evidence: events, claims, stances and actors, filtered, as typed rows.

>>> from multipolar.store import Store
>>> with Store(":memory:") as s:
...     evidence(s, "claims", actor="ARM")
[]

Every filter value reaches SQL as a bound parameter. A filter a kind does not have is ignored (``origin``,
``years`` and ``listed_only`` are the events').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .records import ActorRow, ClaimRow, EventRow, StanceRow
from .store import Store

EvidenceRow = EventRow | ClaimRow | StanceRow | ActorRow
KINDS = ("events", "claims", "stances", "actors")


@dataclass(frozen=True)
class _Kind:
    """How one kind is read: its SELECT, row class, order, and the SQL condition of each filter."""

    select: str
    row: type[EventRow] | type[ClaimRow] | type[StanceRow] | type[ActorRow]
    order: str
    doc: str
    date: str | None
    conditions: dict[str, str]


_EVENTS = _Kind(
    select="SELECT e.id, e.origin, e.type, e.mode, e.actors, e.recipients, e.date, e.negated, e.hypothetical, "
           "e.goldstein, e.cameo, e.document, d.title AS document_title, e.start, e.\"end\", e.sentence, "
           "e.source_url, e.quad, e.day, d.url AS document_url "
           "FROM events e LEFT JOIN documents d ON d.id = e.document",
    row=EventRow, order=" ORDER BY e.date NULLS LAST, e.id", doc="e.document", date="e.date",
    conditions={"actor": "list_contains(e.actors, ?)", "recipient": "list_contains(e.recipients, ?)",
                "involving": "(list_has_any(e.actors, ?) OR list_has_any(e.recipients, ?))",
                "type": "e.type = ?", "origin": "e.origin = ?", "years": "year(e.day) BETWEEN ? AND ?",
                "listed_only": "NOT coalesce(e.negated, FALSE) AND NOT coalesce(e.hypothetical, FALSE)"})
_CLAIMS = _Kind(
    select="SELECT c.id, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier, c.period, c.about, "
           "c.document, d.title AS document_title, c.start, c.\"end\", c.sentence "
           "FROM claims c JOIN documents d ON d.id = c.document",
    row=ClaimRow, order=" ORDER BY c.document, c.start", doc="c.document", date="c.period",
    conditions={"actor": "(c.subject = ? OR c.partner = ?)", "recipient": "c.partner = ?",
                "involving": "(list_contains(?, c.subject) OR list_contains(?, c.partner))",
                "type": "c.measure = ?"})
_STANCES = _Kind(
    select="SELECT s.id, s.holder, s.issue, s.target, s.polarity, s.date, s.document, d.title AS document_title, "
           "s.start, s.\"end\", s.sentence FROM stances s JOIN documents d ON d.id = s.document",
    row=StanceRow, order=" ORDER BY s.document, s.start", doc="s.document", date="s.date",
    conditions={"actor": "s.holder = ?", "recipient": "s.target = ?",
                "involving": "(list_contains(?, s.holder) OR list_contains(?, s.target))", "type": "s.issue = ?"})
_ACTORS = _Kind(
    select="SELECT a.id, a.kind, a.name, a.country, count(m.actor) AS mentions, count(DISTINCT m.document) AS "
           "documents, min(m.surface) AS example FROM actors a JOIN mentions m ON m.actor = a.id "
           "LEFT JOIN documents d ON d.id = m.document",
    row=ActorRow, order=" GROUP BY a.id, a.kind, a.name, a.country ORDER BY mentions DESC, a.id", doc="m.document",
    date=None, conditions={"actor": "(a.id = ? OR a.country = ?)", "involving": "list_contains(?, a.id)",
                           "type": "a.kind = ?"})
_KINDS = {"events": _EVENTS, "claims": _CLAIMS, "stances": _STANCES, "actors": _ACTORS}


@dataclass(frozen=True)
class EvidenceFilter:
    """Which rows: ``actor`` / ``recipient`` in their role (events: among the actors / recipients; claims:
    subject or partner / partner; stances: holder / target; actors: the actor or its country), ``involving``
    any of these codes in any role, ``type`` (PLOVER type, claim measure, stance issue, actor kind), ``since`` /
    ``until`` (dates or periods, ``until`` inclusive at its precision), ``document`` (id or origin); for events
    also ``origin``, ``years`` (first, last) and ``listed_only`` (neither negated nor hypothetical)."""

    actor: str | None = None
    recipient: str | None = None
    involving: Sequence[str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    document: str | None = None
    origin: str | None = None
    years: tuple[int, int] | None = None
    listed_only: bool = False

    def where(self, kind: _Kind, events: bool) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []

        def add(name: str, *values: Any) -> None:
            cond = kind.conditions.get(name)
            if cond is not None:
                conds.append(cond)
                params.extend(values * (cond.count("?") // max(len(values), 1)))

        if self.actor:
            add("actor", self.actor)
        if self.recipient:
            add("recipient", self.recipient)
        if self.involving:
            add("involving", list(self.involving))
        if self.type:
            add("type", self.type.upper() if events else self.type)
        if self.origin:
            add("origin", self.origin)
        if self.years:
            add("years", *self.years)
        if self.listed_only:
            add("listed_only")
        if kind.date and self.since:
            conds.append(f"{kind.date} >= ?")
            params.append(self.since)
        if kind.date and self.until:
            conds.append(f"left({kind.date}, ?) <= ?")
            params.extend([len(self.until), self.until])
        if self.document:
            conds.append(f"({kind.doc} = ? OR d.origin = ?)")
            params.extend([self.document, self.document])
        return (" WHERE " + " AND ".join(conds) if conds else ""), params


def evidence(store: Store, kind: str, filters: EvidenceFilter | None = None, *, newest_first: bool = False,
             limit: int | None = None, offset: int = 0) -> list[EvidenceRow]:
    """Stored ``kind`` rows (``events``, ``claims``, ``stances``, ``actors``) that pass ``filters``, each with
    its document's title and sentence; ``newest_first`` orders events by day, latest first."""
    k = _KINDS[kind]
    where, params = (filters or EvidenceFilter()).where(k, kind == "events")
    order = " ORDER BY e.day DESC NULLS LAST, e.id" if newest_first and kind == "events" else k.order
    sql = k.select + where + order
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return [k.row(**r) for r in store.query(sql, params)]


def count_evidence(store: Store, kind: str, filters: EvidenceFilter | None = None) -> int:
    """How many rows :func:`evidence` gives without a limit."""
    k = _KINDS[kind]
    where, params = (filters or EvidenceFilter()).where(k, kind == "events")
    group = k.order[:k.order.index(" ORDER BY")]
    return int(store.scalar(f"SELECT count(*) FROM ({k.select}{where}{group})", params) or 0)


def query_evidence(store: Store, kind: str, *, actor: str | None = None, recipient: str | None = None,
                   type: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   document: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """:func:`evidence` as the dicts the CLI and ``multipolar.api.query`` print (``as_json``)."""
    filters = EvidenceFilter(actor=actor, recipient=recipient, type=type, since=date_from, until=date_to,
                             document=document)
    return [r.as_json() for r in evidence(store, kind, filters, limit=limit)]
