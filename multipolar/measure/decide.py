"""Which source decides a dyad-year's trade, and what the others say (for ``explain``).

One flow, one count: for each state, year and flow (imports, exports) the first source in the method's
precedence that has the state's total decides, and the state's flows with every partner come from it
(:func:`multipolar.measure.sql._trade_ctes`). Here the same choice is laid open with the alternatives' values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..store import Store
from ..store.source_reads import totals_by_source, trade_by_source
from .methods import Method
from .sql import SOURCE_LABELS

FLOW_NAMES = {"m": "imports", "x": "exports"}


def trade_decision(store: Store, method: Method, members: Sequence[str], target: str, year: int) -> dict[str, Any]:
    """For the target's imports from and exports to the power (its ``members`` for a group): the deciding
    source, its value and total, and every other source's value and total (million USD)."""
    flows = trade_by_source(store, target, year, members)
    totals = totals_by_source(store, target, year)
    by_src: dict[str, dict[str, Any]] = {r["src"]: {"m": r["m"], "x": r["x"]} for r in flows}
    tot: dict[str, dict[str, Any]] = {r["src"]: {"m": r["tm"], "x": r["tx"]} for r in totals}
    out: dict[str, Any] = {"precedence": [SOURCE_LABELS.get(s, s) for s in method.trade_sources]}
    for flow, name in FLOW_NAMES.items():
        decided = next((s for s in method.trade_sources if tot.get(s, {}).get(flow) is not None), None)
        alts = []
        for src in method.trade_sources:
            if src == decided or (src not in by_src and src not in tot):
                continue
            v, t = by_src.get(src, {}).get(flow), tot.get(src, {}).get(flow)
            if v is None and t is None:
                continue
            alts.append({"source": SOURCE_LABELS.get(src, src), "value": v, "total": t,
                         "share": v / t if v is not None and t else None})
        dv = by_src.get(decided, {}).get(flow) if decided else None
        dt = tot.get(decided, {}).get(flow) if decided else None
        out[name] = {"decided_by": SOURCE_LABELS.get(decided, decided) if decided else None, "value": dv,
                     "total": dt, "share": dv / dt if dv is not None and dt else None, "alternatives": alts,
                     "why": (f"first source in the precedence with {target}'s total {name} for {year}" if decided
                             else f"no source has {target}'s total {name} for {year}")}
    return out
