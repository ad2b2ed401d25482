"""The door to what is written from a store: the brief, and the store's integrity check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..store import verify as integrity
from ..store.verify import VerifyReport
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
    from .reader import Reader

    with opened(db, read_only=True) as store:
        return BriefReport(write_brief(Reader(store), region=region, targets=targets, powers=powers, years=years,
                                       fmt=fmt), fmt)


def verify(*, db: DbLike = None, repair: bool = False) -> VerifyReport:
    """Check a store: rows against load runs, orphaned evidence, spans inside their documents. With ``repair``,
    first delete the rows of unfinished loads, orphans and spans outside their documents (one transaction)."""
    deleted: dict[str, int] = {}
    if repair:
        with opened(db, read_only=False) as store:
            if not integrity.verify(store).ok:
                deleted = integrity.repair(store)
    with opened(db, read_only=True) as store:
        return replace(integrity.verify(store), repaired=deleted)
