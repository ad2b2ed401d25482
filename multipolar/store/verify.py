"""Check a store's integrity: rows against load runs, orphans, spans inside their documents.

>>> from multipolar.store import Store
>>> with Store(":memory:") as s:
...     verify(s).ok
True

Every check is a read-only SQL query; :func:`verify` never changes the store. :func:`repair` deletes the
rows that a problem names (rows of load runs that never finished, evidence whose document is gone) in one
transaction, and leaves everything else alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import duckdb

from ..errors import StoreBusyError, StoreError
from .errors import first_line, translate
from .schema import RUN_TABLES, SCHEMA_VERSION, TABLES
from .store import Store

#: Evidence tables whose rows point at a document, and whether the document is required.
EVIDENCE = {"mentions": True, "events": False, "claims": True, "stances": True}
#: Evidence tables with a span (start, "end") and the column holding the text at the span.
SPAN_TEXT = {"mentions": "surface", "events": "sentence", "claims": "sentence", "stances": "sentence"}


@dataclass(frozen=True)
class Problem:
    """One kind of inconsistency in a store, how many rows have it, a few examples and what to do."""

    check: str
    table: str
    count: int
    message: str
    hint: str
    examples: tuple[str, ...] = ()
    repairable: bool = False

    @property
    def text(self) -> str:
        """The problem in one line, with examples and what to do."""
        ex = f" (e.g. {'; '.join(self.examples)})" if self.examples else ""
        return f"{self.table}: {self.count:,} {self.message}{ex} — {self.hint}"

    def __str__(self) -> str:
        return self.text

    def as_json(self) -> dict[str, Any]:
        return {"check": self.check, "table": self.table, "count": self.count, "message": self.message,
                "hint": self.hint, "examples": list(self.examples), "repairable": self.repairable}


@dataclass(frozen=True)
class VerifyReport:
    """What :func:`verify` checked and found, and the rows a repair deleted (by table)."""

    path: str
    tables: int
    rows: int
    load_runs: int
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]  # facts worth knowing that are not problems
    repaired: Mapping[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        """The dict of ``multipolar verify --json``."""
        return {"path": self.path, "ok": self.ok, "tables": self.tables, "rows": self.rows,
                "load_runs": self.load_runs, "notes": list(self.notes),
                "problems": [p.as_json() for p in self.problems], "repaired": dict(self.repaired)}


_REPAIR = "run `multipolar verify --repair` to delete these rows, then load or ingest the input again"


_BAD_REJECTS = ("FROM rejects x LEFT JOIN load_runs r ON r.id = x.load_run "
                "WHERE r.id IS NULL OR r.status NOT IN ('ok', 'superseded')")
_ORPHAN_CHECKS = "FROM checks x WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.claim)"


def _bad_run_rows(table: str) -> str:
    return (f'FROM "{table}" x LEFT JOIN load_runs r ON r.id = x.load_run '
            f"WHERE r.id IS NULL OR r.status NOT IN ('ok', 'superseded')")


def _orphan_rows(table: str) -> str:
    cond = "x.document IS NOT NULL AND " if not EVIDENCE[table] else ""
    null = "" if not EVIDENCE[table] else "x.document IS NULL OR "
    return (f'FROM "{table}" x WHERE {null}({cond}NOT EXISTS '
            f"(SELECT 1 FROM documents d WHERE d.id = x.document))")


def _span_rows(table: str) -> str:
    col = SPAN_TEXT[table]
    return (f'FROM "{table}" x JOIN documents d ON d.id = x.document WHERE x.start IS NOT NULL AND ('
            f'x.start < 0 OR x."end" < x.start OR x."end" > length(d.text) OR '
            f'(x.{col} IS NOT NULL AND x.{col} <> substring(d.text, x.start + 1, x."end" - x.start)))')


def _examples(con: duckdb.DuckDBPyConnection, select: str, frm: str) -> tuple[str, ...]:
    return tuple(str(r[0]) for r in con.execute(f"SELECT {select} {frm} LIMIT 3").fetchall())


def verify(store: Store) -> VerifyReport:
    """Check the store and return every problem found (none when it is sound)."""
    con = store._con
    problems: list[Problem] = []
    notes: list[str] = []
    tables = rows = 0
    try:
        have = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        missing = [t for t in TABLES if t not in have]
        if missing:
            return VerifyReport(store.path, 0, 0, 0, (Problem(
                "schema", ", ".join(missing), len(missing), "table(s) missing",
                "this is not a multipolar store, or one from an older version: open it once for writing "
                "(e.g. `multipolar load`) to create the tables, or pass another --db"),), ())
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if not version or version[0][0] != str(SCHEMA_VERSION):
            found = version[0][0] if version else "none"
            problems.append(Problem(
                "schema", "meta", 1, f"schema version is {found}, expected {SCHEMA_VERSION}",
                "use the multipolar version that wrote this store, or build a new store from the inputs"))
        # Read every row of every table: DuckDB checks block checksums while it reads.
        for t in TABLES:
            n = con.execute(f'SELECT count(*), sum(hash(x)) FROM "{t}" x').fetchall()[0][0]
            tables += 1
            rows += int(n)
        load_runs = int(con.execute("SELECT count(*) FROM load_runs").fetchall()[0][0])
        _check_runs(con, problems)
        _check_double_coverage(con, problems, notes)
        _check_evidence(con, problems)
    except duckdb.Error as exc:
        raise _failed(exc, store.path, "the store cannot be read",
                      "the file is damaged: restore it from a backup, or build a new store by loading and ingesting "
                      "the inputs again") from None
    return VerifyReport(store.path, tables, rows, load_runs, tuple(problems), tuple(notes))


def _failed(exc: duckdb.Error, path: str, what: str, hint: str) -> StoreError:
    """A busy store stays busy (:func:`~multipolar.store.errors.translate`); any other driver error is ``what``."""
    err = translate(exc, path)
    if isinstance(err, StoreBusyError):
        return err
    return StoreError(f"{what} ({first_line(exc)})", source=path, hint=hint)


def _find(con: duckdb.DuckDBPyConnection, problems: list[Problem], check: str, table: str, frm: str, message: str,
          hint: str, example: str | None = None, *, repairable: bool = False) -> None:
    """Add a problem when rows match ``frm`` (``FROM … x WHERE …``): how many, and with ``example`` (an SQL
    expression over ``x``) up to three examples."""
    n = int(con.execute(f"SELECT count(*) {frm}").fetchall()[0][0])
    if n:
        problems.append(Problem(check, table, n, message, hint, _examples(con, example, frm) if example else (),
                                repairable))


def _check_runs(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    _find(con, problems, "runs", "load_runs", "FROM load_runs x WHERE x.status NOT IN ('ok', 'superseded')",
          "load run(s) that never finished (status not 'ok' or 'superseded')",
          "a load or ingest stopped half-way without rolling back; " + _REPAIR,
          "'run ' || x.id || ' ' || x.status || ' ' || x.path", repairable=True)
    _find(con, problems, "runs", "load_runs", "FROM load_runs x WHERE x.status = 'ok' AND x.finished IS NULL",
          "load run(s) marked 'ok' without a finish time",
          "the run's bookkeeping is incomplete: load or ingest its input again", "'run ' || x.id || ' ' || x.path")
    _find(con, problems, "runs", "load_runs", "FROM (SELECT dataset, sha256 FROM load_runs WHERE kind = 'load' "
          "AND status = 'ok' GROUP BY ALL HAVING count(*) > 1) x",
          "file(s) loaded twice for the same dataset (same sha256, both 'ok')",
          "their rows are counted twice: delete the store and load the datasets again",
          "x.dataset || ' ' || x.sha256[:12]")
    for table in RUN_TABLES:
        _find(con, problems, "runs", table, _bad_run_rows(table), "row(s) of a load run that is missing or did not "
              "finish", "these rows are from a half-done load; " + _REPAIR,
              "'load_run ' || coalesce(x.load_run::VARCHAR, 'NULL')", repairable=True)
    _find(con, problems, "runs", "rejects", _BAD_REJECTS, "reject record(s) of a missing or unfinished load run",
          _REPAIR, repairable=True)


#: datasets that measure the same flows; the measurement's precedence picks one per state, year and flow
OVERLAPS = (("trade", ("armstat-trade", "geostat-exports", "imf-dots", "cow-trade")),
            ("arms deliveries", ("sipri-register", "sipri")))


def _check_double_coverage(con: duckdb.DuckDBPyConnection, problems: list[Problem], notes: list[str]) -> None:
    """One flow, one count: the same observation (dataset, indicator, actors, period) held by two loads is
    counted twice by any sum; overlapping datasets are noted with the years they share."""
    _find(con, problems, "double", "observations",
          "FROM (SELECT dataset, indicator, from_actor, to_actor, period, count(DISTINCT load_run) AS runs "
          "FROM observations GROUP BY ALL HAVING count(DISTINCT load_run) > 1) x",
          "observation(s) held by more than one load of the same dataset",
          "the same data was loaded twice (another file or folder): delete the store and load each dataset once",
          "x.dataset || ' ' || x.indicator || ' ' || coalesce(x.from_actor, '') || '→' || "
          "coalesce(x.to_actor, '') || ' ' || x.period")
    for what, names in OVERLAPS:
        spans = con.execute("SELECT dataset, min(year), max(year) FROM observations WHERE dataset IN (SELECT "
                            "unnest(?)) GROUP BY dataset", [list(names)]).fetchall()
        have = {r[0]: (r[1], r[2]) for r in spans}
        if len(have) > 1:
            listed = ", ".join(f"{d} {have[d][0]}–{have[d][1]}" for d in names if d in have)
            notes.append(f"{what}: {listed} overlap; for each state, year and flow one source decides, in "
                         f"the order {', '.join(d for d in names if d in have)} (influence.v2; "
                         "`multipolar explain` names it and the others' figures)")


def _check_evidence(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    for table in EVIDENCE:
        _find(con, problems, "orphans", table, _orphan_rows(table), "row(s) whose document is not in the store",
              "their document was deleted or never committed; " + _REPAIR,
              "'document ' || coalesce(x.document, 'NULL')", repairable=True)
    for table in SPAN_TEXT:
        _find(con, problems, "spans", table, _span_rows(table), "row(s) whose span is outside its document or "
              "whose text differs from the document's text at the span",
              "the evidence does not point at its source: report this (with the document) as a bug; "
              "`multipolar verify --repair` deletes these rows",
              "x.document || ' [' || x.start || ':' || x.\"end\" || ']'", repairable=True)
    _find(con, problems, "orphans", "checks", _ORPHAN_CHECKS, "claim check(s) whose claim is not in the store",
          "run `multipolar check` again to re-check the stored claims, or `multipolar verify --repair`",
          "x.claim", repairable=True)


def repair(store: Store) -> dict[str, int]:
    """Delete the rows :func:`verify` marks as repairable, in one transaction; return rows deleted per table."""
    deleted: dict[str, int] = {}

    def run(con: duckdb.DuckDBPyConnection, table: str, frm: str) -> None:
        n = int(con.execute(f"SELECT count(*) {frm}").fetchall()[0][0])
        if n:
            con.execute(f'DELETE FROM "{table}" WHERE rowid IN (SELECT x.rowid {frm})')
            deleted[table] = deleted.get(table, 0) + n

    try:
        with store.transaction() as con:
            for table in RUN_TABLES:
                run(con, table, _bad_run_rows(table))
            run(con, "rejects", _BAD_REJECTS)
            for table in EVIDENCE:
                run(con, table, _orphan_rows(table))
            for table in SPAN_TEXT:
                run(con, table, _span_rows(table))
            run(con, "checks", _ORPHAN_CHECKS)
            run(con, "load_runs", "FROM load_runs x WHERE x.status NOT IN ('ok', 'superseded')")
    except duckdb.Error as exc:
        raise _failed(exc, store.path, "the repair failed and was rolled back",
                      "restore the store from a backup, or build a new one from the inputs") from None
    return deleted
