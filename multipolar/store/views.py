"""Named reads the dashboard and the brief need beside the evidence reads (:mod:`.evidence_reads`): events per
origin, documents as the pages list them, the actors seen, the years each source covers, and the store's
coverage. Rows are dicts in the columns the pages, the JSON API and the downloads show; every value reaches SQL
as a bound parameter.

Also :func:`version`, which changes whenever a load or ingest commits (a reader's cache follows it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .store import Store

Span = tuple[int, int]


def version(store: Store) -> tuple[int, int]:
    """The store's load runs (last id, count): different after every load or ingest."""
    row = store.query("SELECT coalesce(max(id), 0) AS last, count(*) AS n FROM load_runs")[0]
    return int(row["last"]), int(row["n"])


def actor_names(store: Store) -> dict[str, str]:
    """Names of the actors the store knows by name."""
    return {r["id"]: r["name"] for r in store.query("SELECT id, name FROM actors WHERE name IS NOT NULL")}


def has_observations(store: Store, actor: str) -> bool:
    """Whether ``actor`` is on either side of an observation."""
    return bool(store.scalar("SELECT count(*) FROM observations WHERE to_actor = ? OR from_actor = ?",
                             [actor, actor]))


def actors_seen(store: Store) -> set[str]:
    """Every actor code in mentions, events (either side) and observations (either side)."""
    return {r["a"] for r in store.query(
        "SELECT DISTINCT actor AS a FROM mentions UNION SELECT DISTINCT unnest(actors) FROM events "
        "UNION SELECT DISTINCT unnest(recipients) FROM events UNION SELECT DISTINCT to_actor FROM observations "
        "UNION SELECT DISTINCT from_actor FROM observations") if r["a"]}


def event_counts(store: Store, actors: Sequence[str] | None = None, span: Span | None = None,
                 listed_only: bool = False) -> dict[str, int]:
    """Events per origin (of ``actors``, acting or acted upon); ``listed_only``: neither negated nor
    hypothetical, and in the years of ``span``."""
    where: list[str] = []
    params: list[Any] = []
    if listed_only:
        where.append("NOT coalesce(negated, FALSE) AND NOT coalesce(hypothetical, FALSE)")
    if actors:
        where.append("(list_has_any(actors, ?) OR list_has_any(recipients, ?))")
        params += [list(actors), list(actors)]
    if listed_only and span:
        where.append("year(day) BETWEEN ? AND ?")
        params += [span[0], span[1]]
    sql = "SELECT origin, count(*) AS n FROM events" + (" WHERE " + " AND ".join(where) if where else "")
    return {r["origin"]: int(r["n"]) for r in store.query(sql + " GROUP BY origin ORDER BY origin", params)}


# -- documents -----------------------------------------------------------------------------------------------
def documents(store: Store, *, q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Documents (whose title, text or source contains ``q``), newest first."""
    where, params = "", []
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = " WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\' OR source ILIKE ? ESCAPE '\\'"
        params = [like, like, like]
    return store.query("SELECT id, title, published, source, url, origin, length(text) AS chars FROM documents"
                       + where + " ORDER BY published DESC NULLS LAST, id LIMIT ?", params + [int(limit)])


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its text."""
    rows = store.query("SELECT id, title, published, source, url, origin, author, kind, text, load_run "
                       "FROM documents WHERE id = ?", [doc_id])
    return rows[0] if rows else None


def document_texts(store: Store) -> list[dict[str, Any]]:
    """Every document with its text, by id."""
    return store.query("SELECT id, title, published, source, url, origin, text FROM documents ORDER BY id")


def mentions(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """Where a document names actors, in text order."""
    return store.query('SELECT actor, start, "end", surface FROM mentions WHERE document = ? ORDER BY start',
                       [doc_id])


# -- years and coverage --------------------------------------------------------------------------------------
def source_years(store: Store) -> list[dict[str, Any]]:
    """Per source, the first and last year loaded and the rows: observations by dataset (``source``: the
    dataset), events by origin (``source``: ``events:<origin>``); columns source, y0, y1, n."""
    rows = store.query("SELECT dataset AS source, min(year) AS y0, max(year) AS y1, count(*) AS n FROM observations "
                       "WHERE year IS NOT NULL GROUP BY dataset")
    rows += store.query("SELECT 'events:' || origin AS source, min(year(day)) AS y0, max(year(day)) AS y1, "
                        "count(*) AS n FROM events WHERE day IS NOT NULL GROUP BY origin")
    return rows


# channel, query over the measurement's staging SQL (``{in_…}`` filled from STAGING_SQL), and whether the years
# are the target's own (trade, IGOs, UN votes, events: a year without the target's rows is missing) or the whole
# register's (arms, investment, finance, alliances: within the register's years no row means none, a zero).
_TARGET_INPUTS: tuple[tuple[str, str, bool], ...] = (
    ("trade", "SELECT src, target, year FROM ({in_tflows})", True),
    ("investment", "SELECT 'imf-dip' AS src, target, year FROM ({in_fdi})", False),
    ("finance", "SELECT 'aiddata' AS src, target, year FROM ({in_finance})", False),
    ("arms", "SELECT src, target, year FROM ({in_arms})", False),
    ("alliances", "SELECT CASE WHEN src = 'atop' THEN 'atop' ELSE 'cow-alliance' END AS src, b AS target, year "
                  "FROM ({in_alliance})", False),
    ("IGOs", "SELECT 'cow-igo' AS src, b AS target, year FROM ({in_igo})", True),
    ("UN votes", "SELECT 'unga-ideal-points' AS src, a AS target, year FROM ({in_agree}) "
                 "UNION ALL SELECT 'unga-ideal-points', actor, year FROM ({in_ideal})", True),
    ("events", "SELECT 'events:' || origin AS src, actor AS target, year FROM ({in_events}) "
               "UNION ALL SELECT 'events:' || origin, recipient, year FROM ({in_events})", True),
)


def target_input_years(store: Store, targets: Sequence[str]) -> list[dict[str, Any]]:
    """Per target and input the index reads about it as the state under influence (trade per deciding source,
    arms per SIPRI edition, investment, finance, alliances, shared IGOs, UN votes, events per origin): the
    first and last year and the rows. Columns channel, target, src, y0, y1, n, and register: True when the
    years are the whole register's rather than the target's own. An input the store cannot stage is left out."""
    from ..errors import StoreError
    from .inputs import STAGING_SQL

    out: list[dict[str, Any]] = []
    for channel, sql, own in _TARGET_INPUTS:
        q = sql.format(**STAGING_SQL)
        try:
            if own:
                marks = ", ".join("?" for _ in targets)  # a plain IN list: DuckDB pushes it into the staging
                got = store.query(f"SELECT target, src, min(year) AS y0, max(year) AS y1, count(*) AS n "
                                  f"FROM ({q}) WHERE target IN ({marks}) GROUP BY ALL", list(targets))
            else:
                got = [{**r, "target": t} for r in store.query(
                    f"SELECT src, min(year) AS y0, max(year) AS y1, count(*) AS n FROM ({q}) GROUP BY ALL")
                    for t in targets]
        except StoreError:
            continue
        out += [{**r, "channel": channel, "register": not own} for r in got]
    return out


def datasets_loaded(store: Store) -> list[dict[str, Any]]:
    """Every dataset with its citation, its observations and their years, and the rows its loads stored."""
    return store.query(
        "SELECT d.name, d.version, d.licence, d.citation, d.url, coalesce(o.n, 0) AS observations, o.y0, o.y1, "
        "coalesce(r.rows, 0) AS rows_loaded FROM datasets d "
        "LEFT JOIN (SELECT dataset, count(*) AS n, min(year) AS y0, max(year) AS y1 FROM observations "
        "GROUP BY dataset) o ON o.dataset = d.name "
        "LEFT JOIN (SELECT dataset, sum(rows_stored) AS rows FROM load_runs WHERE kind = 'load' "
        "AND status = 'ok' GROUP BY dataset) r ON r.dataset = d.name ORDER BY d.name")


def documents_span(store: Store) -> dict[str, Any]:
    """How many documents, the first and the last published."""
    return store.query("SELECT count(*) AS n, min(published) AS first, max(published) AS last FROM documents")[0]


_COUNTED = ("claims", "stances", "checks")


def count(store: Store, table: str) -> int:
    """Rows of ``table`` (claims, stances or checks)."""
    if table not in _COUNTED:
        raise ValueError(f"not a counted table: {table!r}")
    return int(store.scalar(f'SELECT count(*) FROM "{table}"') or 0)
