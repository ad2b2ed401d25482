"""Writing extracted evidence into the store: a document with its mentions, events, claims and stances, in
one load run; a new version of a document read from the same origin supersedes the old one. Reading it back:
:mod:`multipolar.store.evidence_reads` (:func:`evidence`, :func:`query_evidence`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import duckdb

from ..extract.evidence import Evidence
from ..sources.document import SourceDocument
from .evidence_reads import count_evidence, evidence, query_evidence
from .runs import finish_run, new_run, supersede
from .store import Store

__all__ = ["count_evidence", "evidence", "query_evidence", "save_document", "save_documents", "write_document"]

_COLUMNS = {
    "documents": ("id", "sha256", "origin", "kind", "url", "title", "published", "source", "author", "text",
                  "load_run"),
    "mentions": ("document", "actor", "start", "end", "surface", "load_run"),
    "events": ("id", "origin", "document", "type", "mode", "contexts", "actors", "recipients", "date", "day",
               "negated", "hypothetical", "dedup_key", "start", "end", "sentence", "load_run"),
    "claims": ("id", "document", "measure", "subject", "partner", "scope", "value", "unit", "qualifier", "period",
               "about", "start", "end", "sentence", "load_run"),
    "stances": ("id", "document", "holder", "issue", "target", "polarity", "date", "start", "end", "sentence",
                "load_run"),
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Insert ``rows`` (values in the order of ``_COLUMNS[table]``) by column name, never by position."""
    if not rows:
        return
    cols = _COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _first_day(date: str | None) -> str | None:
    if not date or not re.match(r"\d{4}", date):
        return None
    parts = date.split("-")
    y = parts[0]
    m = parts[1] if len(parts) > 1 else "01"
    d = parts[2] if len(parts) > 2 else "01"
    return f"{y}-{m}-{d}"


def save_document(store: Store, source: SourceDocument, ev: Evidence, *, method: str,
                  reader: str | None = None) -> str:
    """Store one document and its evidence in one transaction.

    ``method`` is the rule set (EXTRACTOR_VERSION); ``reader`` the events reader that ran (rules, model,
    rules+model), kept in the run's message ("events reader: …") so a run names what made its events.
    Returns ``"unchanged"`` when the same text is already stored, ``"replaced"``
    when it supersedes an earlier version read from the same origin, else ``"new"``.
    """
    if store.scalar("SELECT count(*) FROM documents WHERE id = ?", [source.id]):
        return "unchanged"
    with store.transaction() as con:
        return write_document(store, con, source, ev, method=method, reader=reader)


def save_documents(store: Store, items: Sequence[tuple[SourceDocument, Evidence]], *, method: str,
                   reader: str | None = None) -> list[str]:
    """Store several documents and their evidence in one transaction (all of them land, or none).

    Returns each document's status as :func:`save_document` does, in order."""
    with store.transaction() as con:
        return [write_document(store, con, source, ev, method=method, reader=reader) for source, ev in items]


def write_document(store: Store, con: duckdb.DuckDBPyConnection, source: SourceDocument, ev: Evidence, *,
                   method: str, reader: str | None = None) -> str:
    """Store one document inside the caller's transaction ``con`` (see :func:`save_document`)."""
    doc_id = source.id
    if con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0]:  # type: ignore[index]
        return "unchanged"
    status = "new"
    for (old_run,) in con.execute("SELECT load_run FROM documents WHERE origin = ?", [source.origin]).fetchall():
        supersede(con, int(old_run))
        status = "replaced"
    run = new_run(con, kind="ingest", path=source.origin, sha256=source.sha256, method=method)
    _insert(con, "documents", [[doc_id, source.sha256, source.origin, source.kind, source.url, source.title,
                                source.published, source.source, source.author, source.text, run]])
    for a in ev.actors:
        con.execute("INSERT OR IGNORE INTO actors (id, kind, name, country) VALUES (?, ?, ?, ?)",
                    [a.id, a.kind, a.name, a.country])
    text = source.text
    mentions = [[doc_id, a.id, m.start, m.end, text[m.start:m.end], run] for a in ev.actors for m in a.mentions]
    _insert(con, "mentions", mentions)
    _insert(con, "events", [
        [f"{doc_id}:e{i}", "article", doc_id, e.type, e.mode, e.context, e.actors, e.recipients, e.date,
         _first_day(e.date), e.negated, e.hypothetical,
         f"{e.date}|{','.join(e.actors)}|{','.join(e.recipients)}|{e.type}|{doc_id}",
         e.text.start, e.text.end, text[e.text.start:e.text.end], run] for i, e in enumerate(ev.events)])
    _insert(con, "claims", [
        [f"{doc_id}:c{i}", doc_id, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier,
         c.period, c.about, c.text.start, c.text.end, text[c.text.start:c.text.end], run]
        for i, c in enumerate(ev.claims)])
    _insert(con, "stances", [
        [f"{doc_id}:s{i}", doc_id, s.holder, s.issue, s.target, s.polarity, s.date, s.text.start, s.text.end,
         text[s.text.start:s.text.end], run] for i, s in enumerate(ev.stances)])
    n = len(ev.events) + len(ev.claims) + len(ev.stances) + len(mentions)
    finish_run(con, run, rows_read=1, rows_stored=n, message=f"events reader: {reader}" if reader else None)
    return status
