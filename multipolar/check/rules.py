"""Qualifier and period rules: when does a figure from the data bear out a claimed one.

Qualifiers (``multipolar.evidence/1``):

* ``more_than`` / ``less_than``: strictly above / below the claimed value;
  ``at_least`` / ``at_most``: at or above / at or below ("one of the top ten" is rank ``at_most`` 10).
* ``exact``: the claimed figure as a rounded statement — ranks must be equal; percentages within
  ±1 percentage point; money, multiples and counts within ±5 %.
* ``approx`` ("nearly", "about", "some"): ranks equal; percentages within ±2 points or ±10 % of the
  claimed value, whichever is wider; money, multiples and counts within ±15 %.

The tolerance used is always named in the verdict's reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EXACT_PP = 1.0
APPROX_PP = 2.0
APPROX_PCT_REL = 0.10
EXACT_REL = 0.05
APPROX_REL = 0.15

QUALIFIER_WORDS = {
    "exact": "", "approx": "about ", "more_than": "more than ", "less_than": "less than ",
    "at_least": "at least ", "at_most": "at most ",
}


def judge(data: float, claimed: float, qualifier: str | None, kind: str) -> tuple[bool, str]:
    """Whether ``data`` bears out ``claimed`` under ``qualifier``; and the rule applied, in words.

    ``kind`` is ``rank``, ``percent`` or anything else (relative tolerance)."""
    q = qualifier or "exact"
    if q == "more_than":
        return data > claimed, "must be above"
    if q == "less_than":
        return data < claimed, "must be below"
    if q == "at_least":
        return data >= claimed, "must be at or above"
    if q == "at_most":
        return data <= claimed, "must be at or below"
    if kind == "rank":
        return round(data) == round(claimed), "must be equal"
    if kind == "percent":
        tol = EXACT_PP if q == "exact" else max(APPROX_PP, APPROX_PCT_REL * abs(claimed))
        return abs(data - claimed) <= tol + 1e-9, f"must be within ±{tol:g} points"
    rel = EXACT_REL if q == "exact" else APPROX_REL
    if claimed == 0:
        return data == 0, "must be zero"
    return abs(data - claimed) <= rel * abs(claimed) + 1e-9, f"must be within ±{rel:.0%}"


@dataclass(frozen=True)
class Target:
    """What period a claim is about: a year, a month, a span of years, or "now" (no period)."""

    kind: str  # 'year' | 'month' | 'span' | 'now' | 'bad'
    period: str | None = None
    start: int | None = None
    end: int | None = None
    ref_year: int | None = None  # for 'now': the document's year (None: latest data)


def target_of(period: str | None, published: str | None) -> Target:
    ref = int(published[:4]) if published and re.match(r"\d{4}", published) else None
    if not period:
        return Target("now", None, ref_year=ref)
    p = period.strip()
    if m := re.fullmatch(r"(\d{4})/(\d{4})", p):
        a, b = int(m.group(1)), int(m.group(2))
        return Target("span", p, min(a, b), max(a, b), ref)
    if re.fullmatch(r"\d{4}", p):
        return Target("year", p, int(p), int(p), ref)
    if re.fullmatch(r"\d{4}-\d{2}", p):
        return Target("month", p, int(p[:4]), int(p[:4]), ref)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return Target("month", p[:7], int(p[:4]), int(p[:4]), ref)
    return Target("bad", p, ref_year=ref)


def period_distance(a: str, b: str) -> float:
    """How far apart two periods (``YYYY`` or ``YYYY-MM``) are, in years."""
    def t(p: str) -> float:
        return int(p[:4]) + ((int(p[5:7]) - 0.5) / 12 if len(p) >= 7 else 0.5)
    return abs(t(a) - t(b))
