"""What the brief and the pages need to read: a :class:`Reading` of one store, given to them by the door
(:class:`multipolar.api.Reader` is one), so this package renders and never reads on its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

Span = tuple[int, int]
Rows = list[dict[str, Any]]


class Reading(Protocol):
    """Rows of one store, as the brief and the region pages show them."""

    @property
    def method(self) -> str:
        """The measurement method the scores are computed with."""

    @property
    def path(self) -> str:
        """The store's file."""

    def name(self, code: str | None) -> str: ...

    def influence(self, targets: Sequence[str], powers: Sequence[str], span: Span | None = None) -> Rows: ...

    def hedging(self, targets: Sequence[str], powers: Sequence[str],
                span: Span | None = None) -> dict[str, Rows]: ...

    def target_source_years(self, targets: Sequence[str]) -> dict[str, Rows]: ...

    def source_years(self) -> Rows: ...

    def events(self, *, actors: Sequence[str] | None = None, span: Span | None = None, limit: int = 500) -> Rows: ...

    def event_counts(self, actors: Sequence[str] | None = None, span: Span | None = None,
                     listed_only: bool = False) -> dict[str, int]: ...

    def checks(self, document: str | None = None) -> Rows: ...

    def coverage(self) -> dict[str, Any]: ...

    def documents(self, *, q: str | None = None, limit: int = 200) -> Rows: ...
