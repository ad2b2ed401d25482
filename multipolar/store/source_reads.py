"""Named reads of the rows behind a score: the observations, events, stances and documents of one dyad-year
(for ``explain``), each source's trade figures, FBIC's scores, and the states and years that documents touch."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .inputs import STAGING_SQL
from .store import Store

SOURCE_ROW_LIMIT = 40

#: a block of observations: (WHERE clause, its parameters) from the members of the power (its own code for a
#: state), the target and the year
ObservationFilter = Callable[[list[str], str, int], tuple[str, list[Any]]]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" for _ in items)


#: the observation blocks ``explain`` shows, by name
OBSERVATION_BLOCKS: dict[str, ObservationFilter] = {
    "trade": lambda mem, target, year: (f"""dataset = 'cow-trade' AND year = ? AND (
        (indicator IN ('imports') AND ((from_actor = ? AND to_actor IN ({_marks(mem)}))
                                       OR (from_actor IN ({_marks(mem)}) AND to_actor = ?)))
        OR (indicator IN ('total_imports', 'total_exports') AND from_actor = ?))""",
                                        [year, target, *mem, *mem, target, target]),
    "armstat": lambda mem, target, year: (
        f"dataset = 'armstat-trade' AND year = ? AND from_actor = ? AND to_actor IN ({_marks(mem)}) "
        "AND indicator IN ('imports', 'exports')", [year, target, *mem]),
    "imf_dots": lambda mem, target, year: (f"""dataset = 'imf-dots' AND year = ? AND (
        (from_actor = ? AND (to_actor IN ({_marks(mem)}) OR to_actor IS NULL))
        OR (from_actor IN ({_marks(mem)}) AND to_actor = ?))""",
                                           [year, target, *mem, *mem, target]),
    "geostat": lambda mem, target, year: (
        f"dataset = 'geostat-exports' AND year = ? AND from_actor = ? AND to_actor IN ({_marks(mem)})",
        [year, target, *mem]),
    "arms": lambda mem, target, year: (
        f"dataset = 'sipri' AND year BETWEEN ? AND ? AND to_actor = ? AND from_actor IN ({_marks(mem)})",
        [year - 4, year, target, *mem]),
    "arms_register": lambda mem, target, year: (
        f"dataset = 'sipri-register' AND year BETWEEN ? AND ? AND to_actor = ? AND from_actor IN ({_marks(mem)})",
        [year - 4, year, target, *mem]),
    "investment": lambda mem, target, year: (
        f"dataset = 'imf-dip' AND year = ? AND to_actor = ? AND from_actor IN ({_marks(mem)})", [year, target, *mem]),
    "finance": lambda mem, target, year: (
        f"dataset = 'aiddata' AND indicator LIKE '%_adj' AND year BETWEEN ? AND ? "
        f"AND to_actor = ? AND from_actor IN ({_marks(mem)})", [year - 2, year, target, *mem]),
    "alliance": lambda mem, target, year: (
        f"dataset IN ('atop', 'cow-alliance') AND year = ? AND to_actor = ? "
        f"AND from_actor IN ({_marks(mem)}) AND value > 0", [year, target, *mem]),
    "igo": lambda mem, target, year: (
        f"dataset = 'cow-igo' AND indicator = 'shared_igos' AND year = ? AND to_actor = ? "
        f"AND from_actor IN ({_marks(mem)})", [year, target, *mem]),
    "unga": lambda mem, target, year: (f"""dataset = 'unga-ideal-points' AND year = ? AND (
        (indicator = 'unga_agreement' AND from_actor = ? AND to_actor IN ({_marks(mem)}))
        OR (indicator = 'unga_ideal_point' AND from_actor IN (?, {_marks(mem)})))""",
                                       [year, target, *mem, target, *mem]),
}


def _counted(store: Store, sql: str, params: list[Any], order: str) -> dict[str, Any]:
    n = int(store.scalar(f"SELECT count(*) FROM ({sql})", params))
    return {"count": n, "rows": store.query(sql + f" ORDER BY {order} LIMIT {SOURCE_ROW_LIMIT}", params)}


def observation_rows(store: Store, block: str, members: list[str], target: str, year: int) -> dict[str, Any]:
    """The observations of one :data:`OBSERVATION_BLOCKS` block: their count and the first rows."""
    where, params = OBSERVATION_BLOCKS[block](members, target, year)
    sql = ("SELECT dataset, indicator, from_actor, to_actor, period, value, unit, source_file, source_row "
           f"FROM observations WHERE {where}")
    return _counted(store, sql, params, "dataset, indicator, period, from_actor, to_actor")


def event_rows(store: Store, members: list[str], target: str, year: int) -> dict[str, Any]:
    """The events of the year between the power's members and the target (either way)."""
    lst = "[" + _marks(members) + "]"
    sql = (f"SELECT id, origin, document, type, cameo, date, goldstein, quad, actors, recipients, source_url, "
           f"sentence FROM events WHERE year(day) = ? AND ((list_has_any(actors, {lst}) "
           f"AND list_contains(recipients, ?)) "
           f"OR (list_contains(actors, ?) AND list_has_any(recipients, {lst})))")
    return _counted(store, sql, [year, *members, target, target, *members], "date, id")


def stance_rows(store: Store, members: list[str], target: str, year: int) -> dict[str, Any]:
    """The stances of the year held by the power's members about the target, or by either side."""
    ph = _marks(members)
    sql = (f"SELECT id, document, holder, issue, target, polarity, date, sentence FROM stances "
           f"WHERE substr(date, 1, 4) = ? AND ((holder IN ({ph}) AND target = ?) OR holder = ? OR holder IN ({ph}))")
    return _counted(store, sql, [str(year), *members, target, target, *members], "date, id")


def document_rows(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Title, address, date and source of these documents."""
    if not ids:
        return []
    return store.query("SELECT id, title, url, published, source FROM documents WHERE id IN (SELECT unnest(?))",
                       [list(ids)])


def trade_by_source(store: Store, target: str, year: int, partners: Sequence[str]) -> list[dict[str, Any]]:
    """Per trade source (``src``), the target's imports from (``m``) and exports to (``x``) the partners."""
    return store.query(f"SELECT src, SUM(m) AS m, SUM(x) AS x FROM ({STAGING_SQL['in_tflows']}) f "
                       f"WHERE target = ? AND year = ? AND partner IN ({_marks(partners)}) GROUP BY src",
                       [target, year, *partners])


def totals_by_source(store: Store, actor: str, year: int) -> list[dict[str, Any]]:
    """Per trade source (``src``), the state's total imports (``tm``) and exports (``tx``)."""
    return store.query(f"SELECT src, SUM(tm) AS tm, SUM(tx) AS tx FROM ({STAGING_SQL['in_totals']}) t "
                       "WHERE actor = ? AND year = ? GROUP BY src", [actor, year])


def fbic_scores(store: Store, sender: str, years: tuple[int, int]) -> list[dict[str, Any]]:
    """FBIC's scores (``target``, ``year``, ``value``) of ``sender`` over the years."""
    return store.query("SELECT to_actor AS target, year, value FROM observations WHERE dataset = 'fbic' "
                       "AND indicator = 'fbic' AND from_actor = ? AND year BETWEEN ? AND ? AND value IS NOT NULL",
                       [sender, years[0], years[1]])


def touched_by_documents(store: Store, document_ids: Sequence[str]) -> tuple[set[str], set[int]]:
    """States and years named by the events and stances of these documents."""
    if not document_ids:
        return set(), set()
    rows = store.query("SELECT actors, recipients, year(day) AS y FROM events WHERE document IN (SELECT unnest(?))",
                       [list(document_ids)])
    rows2 = store.query("SELECT holder, target, substr(date, 1, 4) AS y FROM stances WHERE document IN "
                        "(SELECT unnest(?)) AND date IS NOT NULL", [list(document_ids)])
    actors: set[str] = set()
    years: set[int] = set()
    for r in rows:
        actors.update(r["actors"] or [])
        actors.update(r["recipients"] or [])
        if r["y"] is not None:
            years.add(int(r["y"]))
    for r in rows2:
        actors.update(x for x in (r["holder"], r["target"]) if x)
        if r["y"] and str(r["y"]).isdigit():
            years.add(int(r["y"]))
    return actors, years
