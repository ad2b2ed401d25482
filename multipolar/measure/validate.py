"""Validation against FBIC (Moyer et al.): Spearman ρ per year between our index and FBIC, over all
targets that have both, for CHN (China → each state) and WEST (our WEST group vs FBIC's summed ``west_1``).

FBIC's ``west_1_fbic`` is the *sum* of 29 dyadic scores; our WEST is one power computed from the members'
pooled data. Ranks, not levels, are compared, so the difference in construction matters less.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engines import Engine
from ..errors import DataError, UsageError
from ..store import Store
from ..store.source_reads import fbic_scores
from .compute import compute
from .methods import INFLUENCE_V1, Method
from .sql import Scope

FBIC_SENDER = {"CHN": "CHN", "WEST": "WEST1"}
DEFAULT_YEARS = (1994, 2020)  # the years where FBIC and trade data (COW, then IMF DOTS) overlap


def rankdata(a: np.ndarray) -> np.ndarray:
    """Average ranks (ties share the mean of their ranks), as scipy.stats.rankdata."""
    order = np.argsort(a, kind="mergesort")
    ranks = np.empty(len(a), dtype=np.float64)
    sa = a[order]
    i = 0
    n = len(a)
    while i < n:
        j = i
        while j + 1 < n and sa[j + 1] == sa[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    a, b = rankdata(np.asarray(x, dtype=float)), rankdata(np.asarray(y, dtype=float))
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


@dataclass(frozen=True)
class Validation:
    """Spearman ρ per year between our overall index and FBIC, over the targets with both."""

    power: str
    method: str
    per_year: Mapping[int, float]
    n_per_year: Mapping[int, int]
    median: float

    def as_json(self) -> dict[str, Any]:
        """The dict of ``multipolar validate --json``."""
        return {"power": self.power, "method": self.method,
                "per_year": {str(y): round(r, 4) for y, r in sorted(self.per_year.items())},
                "n": {str(y): n for y, n in sorted(self.n_per_year.items())},
                "median": round(self.median, 4)}


def validate_fbic(store: Store, *, power: str = "CHN", years: tuple[int, int] = DEFAULT_YEARS,
                  method: Method = INFLUENCE_V1, engine: Engine | None = None,
                  domain: str = "overall") -> Validation:
    if power not in FBIC_SENDER:
        raise UsageError(f"FBIC has no series for {power!r}", hint="choose CHN or WEST")
    sender = FBIC_SENDER[power]
    fb = fbic_scores(store, sender, years)
    if not fb:
        raise DataError("no FBIC scores in the store", source=store.path,
                        hint="load them first: multipolar load fbic /path/to/fbic_china_west_influence_base")
    comp = compute(store, method, Scope(powers=(power,), years=years), engine=engine, with_intervals=False)
    ours = {(r["target"], r["year"]): r[f"i_{domain}"] for r in
            comp.table.select(["target", "year", f"i_{domain}"]).to_pylist()}
    pairs: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for r in fb:
        v = ours.get((r["target"], r["year"]))
        if v is not None and not np.isnan(v):
            pairs[int(r["year"])].append((float(v), float(r["value"])))
    per_year = {y: spearman([a for a, _ in p], [b for _, b in p]) for y, p in sorted(pairs.items()) if len(p) >= 5}
    if not per_year:
        raise DataError(f"no year with both our index and FBIC for {power} in {years[0]}–{years[1]}",
                        hint="load cow-trade and the other datasets first (multipolar load …)")
    med = float(np.median(list(per_year.values())))
    return Validation(power, method.name, per_year, {y: len(p) for y, p in pairs.items()}, med)
