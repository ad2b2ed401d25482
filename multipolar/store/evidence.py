"""Writing extracted evidence into the store, and reading it back."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import duckdb

from ..extract.evidence import Evidence
from ..sources.document import SourceDocument
from .store import Store

_EVIDENCE_TABLES = ("mentions", "events", "claims", "stances")


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
    old = con.execute("SELECT id, load_run FROM documents WHERE origin = ?", [source.origin]).fetchall()
    for old_id, old_run in old:
        for t in _EVIDENCE_TABLES:
            con.execute(f"DELETE FROM {t} WHERE document = ?", [old_id])
        con.execute("DELETE FROM documents WHERE id = ?", [old_id])
        con.execute("UPDATE load_runs SET status = 'superseded' WHERE id = ?", [old_run])
        status = "replaced"
    run = store.new_run(con, kind="ingest", path=source.origin, sha256=source.sha256, method=method)
    con.execute(
        "INSERT INTO documents (id, sha256, origin, kind, url, title, published, source, author, text, load_run)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc_id, source.sha256, source.origin, source.kind, source.url, source.title, source.published,
         source.source, source.author, source.text, run])
    for a in ev.actors:
        con.execute("INSERT OR IGNORE INTO actors (id, kind, name, country) VALUES (?, ?, ?, ?)",
                    [a.id, a.kind, a.name, a.country])
    mention_rows = [[doc_id, a.id, m.start, m.end, source.text[m.start:m.end], run]
                    for a in ev.actors for m in a.mentions]
    if mention_rows:
        con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mention_rows)
    text = source.text
    for i, e in enumerate(ev.events):
        con.execute(
            "INSERT INTO events (id, origin, document, type, mode, contexts, actors, recipients, date, day, "
            "negated, hypothetical, dedup_key, start, \"end\", sentence, load_run) "
            "VALUES (?, 'article', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"{doc_id}:e{i}", doc_id, e.type, e.mode, e.context, e.actors, e.recipients, e.date,
             _first_day(e.date), e.negated, e.hypothetical,
             f"{e.date}|{','.join(e.actors)}|{','.join(e.recipients)}|{e.type}|{doc_id}",
             e.text.start, e.text.end, text[e.text.start:e.text.end], run])
    for i, c in enumerate(ev.claims):
        con.execute(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"{doc_id}:c{i}", doc_id, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier,
             c.period, c.about, c.text.start, c.text.end, text[c.text.start:c.text.end], run])
    for i, s in enumerate(ev.stances):
        con.execute(
            "INSERT INTO stances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"{doc_id}:s{i}", doc_id, s.holder, s.issue, s.target, s.polarity, s.date, s.text.start,
             s.text.end, text[s.text.start:s.text.end], run])
    n = len(ev.events) + len(ev.claims) + len(ev.stances) + len(mention_rows)
    store.finish_run(con, run, rows_read=1, rows_stored=n, message=f"events reader: {reader}" if reader else None)
    return status


# Per kind: the SELECT, the document column, and the SQL condition each filter adds (one "?" per value).
_QUERIES: dict[str, dict[str, Any]] = {
    "events": {
        "sql": "SELECT e.id, e.origin, e.type, e.mode, e.actors, e.recipients, e.date, e.negated, e.hypothetical, "
               "e.goldstein, e.cameo, e.document, d.title AS document_title, e.start, e.\"end\", e.sentence, "
               "e.source_url FROM events e LEFT JOIN documents d ON d.id = e.document",
        "doc": "e.document", "order": " ORDER BY e.date NULLS LAST, e.id",
        "actor": ["list_contains(e.actors, ?)"], "recipient": ["list_contains(e.recipients, ?)"],
        "type": ["e.type = ?"], "date": "e.date"},
    "claims": {
        "sql": "SELECT c.id, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier, c.period, "
               "c.about, c.document, d.title AS document_title, c.start, c.\"end\", c.sentence "
               "FROM claims c JOIN documents d ON d.id = c.document",
        "doc": "c.document", "order": " ORDER BY c.document, c.start",
        "actor": ["(c.subject = ? OR c.partner = ?)"], "recipient": ["c.partner = ?"], "type": ["c.measure = ?"],
        "date": "c.period"},
    "stances": {
        "sql": "SELECT s.id, s.holder, s.issue, s.target, s.polarity, s.date, s.document, d.title AS document_title,"
               " s.start, s.\"end\", s.sentence FROM stances s JOIN documents d ON d.id = s.document",
        "doc": "s.document", "order": " ORDER BY s.document, s.start",
        "actor": ["s.holder = ?"], "recipient": ["s.target = ?"], "type": ["s.issue = ?"], "date": "s.date"},
    "actors": {
        "sql": "SELECT a.id, a.kind, a.name, a.country, count(m.actor) AS mentions, count(DISTINCT m.document) AS "
               "documents, min(m.surface) AS example FROM actors a JOIN mentions m ON m.actor = a.id "
               "LEFT JOIN documents d ON d.id = m.document",
        "doc": "m.document", "order": " GROUP BY a.id, a.kind, a.name, a.country ORDER BY mentions DESC, a.id",
        "actor": ["(a.id = ? OR a.country = ?)"], "recipient": [], "type": ["a.kind = ?"], "date": None},
}


def query_evidence(store: Store, kind: str, *, actor: str | None = None, recipient: str | None = None,
                   type: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   document: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored events, claims, stances or actors, filtered; each row with its document and sentence.

    Every filter value reaches SQL as a bound parameter.
    """
    q = _QUERIES[kind]
    where: list[str] = []
    params: list[Any] = []
    for value, conds in ((actor, q["actor"]), (recipient, q["recipient"]),
                         (type.upper() if type and kind == "events" else type, q["type"])):
        if value:
            for cond in conds:
                where.append(cond)
                params.extend([value] * cond.count("?"))
    if q["date"] and date_from:
        where.append(f"{q['date']} >= ?")
        params.append(date_from)
    if q["date"] and date_to:
        where.append(f"left({q['date']}, ?) <= ?")
        params.extend([len(date_to), date_to])
    if document:
        where.append(f"({q['doc']} = ? OR d.origin = ?)")
        params.extend([document, document])
    sql = q["sql"] + (" WHERE " + " AND ".join(where) if where else "") + q["order"]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return store.query(sql, params)
