"""The door to claim checking: a verdict per quantitative claim, with the rows that decide it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._db import DbLike, opened, store_path


@dataclass(frozen=True)
class Verdict:
    """What the loaded data say about one claim: supported, contradicted or insufficient_data, and why."""

    claim: Mapping[str, Any]
    quote: str | None
    document: Mapping[str, Any] | None
    verdict: str
    value: float | None
    unit: str | None
    period_used: str | None
    exact_period: bool
    dataset: str | None
    citation: str | None
    rows: tuple[Mapping[str, Any], ...]
    reason: str
    nearest: Mapping[str, Any] | None
    others: tuple[Mapping[str, Any], ...]
    disagreement: bool
    method: str
    claim_id: str | None = None  # the stored claim's id (checks of stored documents)

    @classmethod
    def of(cls, v: Mapping[str, Any]) -> Verdict:
        return cls(v["claim"], v["quote"], v["document"], v["verdict"], v["value"], v["unit"], v["period_used"],
                   v["exact_period"], v["dataset"], v["citation"], tuple(v["rows"]), v["reason"], v["nearest"],
                   tuple(v["others"]), v["disagreement"], v["method"], v.get("claim_id"))

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "claim": self.claim, "quote": self.quote, "document": self.document, "verdict": self.verdict,
            "value": self.value, "unit": self.unit, "period_used": self.period_used, "exact_period": self.exact_period,
            "dataset": self.dataset, "citation": self.citation, "rows": list(self.rows), "reason": self.reason,
            "nearest": self.nearest, "others": list(self.others), "disagreement": self.disagreement,
            "method": self.method}
        if self.claim_id is not None:
            out["claim_id"] = self.claim_id
        return out

    @property
    def claim_text(self) -> str:
        """The claim as a sentence (its quote when there is one)."""
        from ..check.report import claim_text

        return claim_text(self.as_json())

    @property
    def data_text(self) -> str:
        """What the data say, in a few words."""
        from ..check.report import value_text

        return value_text(self.as_json())


@dataclass(frozen=True)
class CheckReport:
    """Verdicts of a check, and whether (and where) they were saved."""

    verdicts: tuple[Verdict, ...]
    saved_in: str | None = None  # the store the verdicts were saved in (checks of stored documents)

    def as_json(self) -> list[dict[str, Any]]:
        return [v.as_json() for v in self.verdicts]

    def as_html(self) -> str:
        """The verdicts as one HTML page."""
        from ..check.report import to_html

        return to_html(self.as_json())


def check(inputs: Sequence[str | Path] | None = None, *, db: DbLike = None,
          documents: Sequence[str] | None = None, save: bool = True) -> CheckReport:
    """Decide the claims of ``inputs`` (files, folders, URLs; nothing is written), or with no inputs the claims
    of the stored documents (all, or ``documents``: ids or origins), saving the verdicts in the store unless
    ``save`` is false."""
    from ..check.api import check as check_inputs
    from ..check.api import check_stored

    if inputs:
        with opened(db, read_only=True) as store:
            return CheckReport(tuple(Verdict.of(v) for v in check_inputs(inputs, store)))
    verdicts = check_stored(db if db is not None else store_path(db), documents=documents, save=save)
    return CheckReport(tuple(Verdict.of(v) for v in verdicts), saved_in=str(store_path(db)) if save else None)
