"""The door to what is written from a store: the brief, and the store's integrity check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._db import DbLike, opened


@dataclass(frozen=True)
class BriefReport:
    """The brief: one self-contained HTML document, or Markdown."""

    text: str
    format: str  # html or md

    def as_json(self) -> dict[str, Any]:
        return {"format": self.format, "text": self.text}


def brief(*, region: str = "south-caucasus", targets: Sequence[str] | str | None = None,
          powers: Sequence[str] | str | None = None, years: str | tuple[int, int] | None = None, fmt: str = "html",
          db: DbLike = None) -> BriefReport:
    """Headline findings, influence over time, domains, hedging, network, events, claim checks and sources."""
    from ..present.report import brief as write_brief

    with opened(db, read_only=True) as store:
        return BriefReport(write_brief(store, region=region, targets=targets, powers=powers, years=years, fmt=fmt),
                           fmt)


@dataclass(frozen=True)
class Problem:
    """One kind of inconsistency in a store, how many rows have it, a few examples and what to do."""

    check: str
    table: str
    count: int
    message: str
    hint: str
    examples: tuple[str, ...]
    repairable: bool
    text: str  # the problem in one line, with examples and what to do

    def as_json(self) -> dict[str, Any]:
        return {"check": self.check, "table": self.table, "count": self.count, "message": self.message,
                "hint": self.hint, "examples": list(self.examples), "repairable": self.repairable}


@dataclass(frozen=True)
class VerifyReport:
    """What a store's integrity check found, and the rows a repair deleted (by table)."""

    path: str
    tables: int
    rows: int
    load_runs: int
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]  # facts worth knowing that are not problems
    repaired: Mapping[str, int]

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "tables": self.tables, "rows": self.rows,
                "load_runs": self.load_runs, "notes": list(self.notes),
                "problems": [p.as_json() for p in self.problems], "repaired": dict(self.repaired)}


def verify(*, db: DbLike = None, repair: bool = False) -> VerifyReport:
    """Check a store: rows against load runs, orphaned evidence, spans inside their documents. With ``repair``,
    first delete the rows of unfinished loads, orphans and spans outside their documents (one transaction)."""
    from ..store.verify import repair as repair_store
    from ..store.verify import verify as verify_store

    deleted: dict[str, int] = {}
    if repair:
        with opened(db, read_only=False) as store:
            if not verify_store(store).ok:
                deleted = repair_store(store)
    with opened(db, read_only=True) as store:
        r = verify_store(store)
    return VerifyReport(r.path, r.tables, r.rows, r.load_runs,
                        tuple(Problem(p.check, p.table, p.count, p.message, p.hint, tuple(p.examples), p.repairable,
                                      str(p)) for p in r.problems), tuple(r.notes), deleted)
