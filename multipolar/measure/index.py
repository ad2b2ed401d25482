"""The index of one dyad-year in plain Python — the same arithmetic as the SQL, used to attribute a
change to the indicators that drove it (and checked against the SQL in the tests)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .methods import DOMAINS, Method


def _wmean(pairs: list[tuple[float | None, float]]) -> float | None:
    num = den = 0.0
    for v, w in pairs:
        if v is None or (isinstance(v, float) and math.isnan(v)) or w <= 0:
            continue
        num += w * v
        den += w
    return num / den if den > 0 else None


def index_of(row: Mapping[str, Any], method: Method) -> dict[str, float | None]:
    """i_<domain>, bw_<domain>, dep_<domain> and the overall figures from the scaled ``n_*`` values."""
    out: dict[str, float | None] = {}
    for d in DOMAINS:
        for role in ("bw", "dep"):
            out[f"{role}_{d}"] = _wmean([(row.get(f"n_{i.name}"), w) for i, w in method.indicators(d, role)])
        b, p = out[f"bw_{d}"], out[f"dep_{d}"]
        out[f"i_{d}"] = math.sqrt(b * p) if b is not None and p is not None else None
    bw = _wmean([(out[f"bw_{d}"], method.domain_weights.get(d, 0.0)) for d in DOMAINS])
    dep = _wmean([(out[f"dep_{d}"], method.dependence_weights.get(d, 0.0)) for d in DOMAINS])
    out["bw_overall"], out["dep_overall"] = bw, dep
    out["i_overall"] = math.sqrt(bw * dep) if bw is not None and dep is not None else None
    return out


def drivers(before: Mapping[str, Any], after: Mapping[str, Any], method: Method, domain: str,
            top: int = 3) -> list[dict[str, Any]]:
    """The indicators that moved the ``domain`` index most between two years: for each, the index of
    ``after`` with that one indicator put back to its ``before`` value, subtracted from the index of
    ``after`` (one-at-a-time attribution)."""
    now = index_of(after, method)[f"i_{domain}"]
    if now is None:
        return []
    names = {i.name for d in DOMAINS for role in ("bw", "dep") for i, _ in method.indicators(d, role)
             if domain == "overall" or d == domain}
    out: list[tuple[float, dict[str, Any]]] = []
    for name in sorted(names):
        key = f"n_{name}"
        if before.get(key) == after.get(key):
            continue
        swapped = dict(after)
        swapped[key] = before.get(key)
        then = index_of(swapped, method)[f"i_{domain}"]
        if then is None:
            continue
        effect = float(now - then)
        if abs(effect) < 1e-9:
            continue
        out.append((effect, {"indicator": name, "effect": effect, "before": before.get(name),
                             "after": after.get(name)}))
    out.sort(key=lambda r: -abs(r[0]))
    return [r for _, r in out[:top]]
