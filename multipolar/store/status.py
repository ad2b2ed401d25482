"""Named reads of what a store holds: the years its observations cover, the actors it has data on, how many
events and documents it keeps. What ``multipolar status`` and the CLI's checks of codes and years need."""

from __future__ import annotations

from .lake import lake_runs, lake_runs_table
from .store import Store

_LAKE_IN_FORCE = "FROM lake_runs l JOIN load_runs r ON r.id = l.load_run WHERE r.status = 'ok' AND l.observations > 0"


def data_years(store: Store) -> tuple[int, int] | None:
    """First and last year of the store's observations (the inputs of every score), lakes included."""
    lake = (f" UNION ALL SELECT first_year {_LAKE_IN_FORCE} UNION ALL SELECT last_year {_LAKE_IN_FORCE}"
            if lake_runs_table(store._con) else "")
    row = store.query(f"SELECT min(year) AS lo, max(year) AS hi FROM (SELECT year FROM observations{lake})")
    if not row or row[0]["lo"] is None:
        return None
    return int(row[0]["lo"]), int(row[0]["hi"])


def actors_with_data(store: Store) -> frozenset[str]:
    """Codes the store holds any observation or UN vote on, lakes included."""
    lake = f"UNION ALL SELECT unnest(l.actors) {_LAKE_IN_FORCE} " if lake_runs_table(store._con) else ""
    rows = store.query("SELECT DISTINCT a FROM (SELECT from_actor AS a FROM observations UNION ALL "
                       f"SELECT to_actor FROM observations UNION ALL SELECT actor FROM un_votes {lake}) "
                       "WHERE a IS NOT NULL")
    return frozenset(str(r["a"]) for r in rows)


def event_count(store: Store) -> int:
    """Events in the store's table and in the lakes of its loads."""
    return int(store.scalar("SELECT count(*) FROM events") or 0) + sum(r.events for r in lake_runs(store._con))


def has_document(store: Store, document_id: str) -> bool:
    """Whether a document with this id (the hash of its text) is stored."""
    return bool(store.scalar("SELECT count(*) FROM documents WHERE id = ?", [document_id]))


def document_count(store: Store) -> int:
    """Documents ingested."""
    return int(store.scalar("SELECT count(*) FROM documents") or 0)
