"""The index of one dyad-year in plain Python — the same arithmetic as the SQL, used to attribute a
change to the indicators that drove it (and checked against the SQL in the tests)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..domain import DOMAINS
from .methods import Method


def _wmean(pairs: list[tuple[float | None, float]]) -> float | None:
    num = den = 0.0
    for v, w in pairs:
        if v is None or (isinstance(v, float) and math.isnan(v)) or w <= 0:
            continue
        num += w * v
        den += w
    return num / den if den > 0 else None


def _present(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def _coverage(row: Mapping[str, Any], method: Method, domain: str, role: str) -> float:
    items = method.indicators(domain, role)
    tot = sum(w for _, w in items)
    return sum(w for i, w in items if _present(row.get(f"n_{i.name}"))) / tot if tot > 0 else 0.0


def index_of(row: Mapping[str, Any], method: Method) -> dict[str, float | None]:
    """i_<domain>, bw_<domain>, dep_<domain> and the overall figures from the scaled ``n_*`` values."""
    out: dict[str, float | None] = {}
    absent = method.missing == "absent"
    ok: dict[str, bool] = {}
    for d in DOMAINS:
        for role in ("bw", "dep"):
            out[f"{role}_{d}"] = _wmean([(row.get(f"n_{i.name}"), w) for i, w in method.indicators(d, role)])
        b, p = out[f"bw_{d}"], out[f"dep_{d}"]
        ok[d] = b is not None and p is not None
        if absent:
            cov = (_coverage(row, method, d, "bw") + _coverage(row, method, d, "dep")) / 2
            ok[d] = ok[d] and cov >= method.min_domain_coverage
        out[f"i_{d}"] = math.sqrt(b * p) if ok[d] and b is not None and p is not None else None
    if not absent:
        bw = _wmean([(out[f"bw_{d}"], method.domain_weights.get(d, 0.0)) for d in DOMAINS])
        dep = _wmean([(out[f"dep_{d}"], method.dependence_weights.get(d, 0.0)) for d in DOMAINS])
        out["bw_overall"], out["dep_overall"] = bw, dep
        out["i_overall"] = math.sqrt(bw * dep) if bw is not None and dep is not None else None
        return out
    bw = _wmean([(out[f"bw_{d}"] if ok[d] else None, method.domain_weights.get(d, 0.0)) for d in DOMAINS])
    dep = _wmean([(out[f"dep_{d}"] if ok[d] else None, method.dependence_weights.get(d, 0.0)) for d in DOMAINS])
    held = min(_held(ok, method.domain_weights), _held(ok, method.dependence_weights))
    passes = bw is not None and dep is not None and held >= method.min_overall_weight
    out["bw_overall"], out["dep_overall"] = (bw, dep) if passes else (None, None)
    out["i_overall"] = math.sqrt(bw * dep) if passes and bw is not None and dep is not None else None
    return out


def _held(ok: Mapping[str, bool], weights: Mapping[str, float]) -> float:
    tot = sum(w for d, w in weights.items() if w > 0 and d in ok)
    return sum(w for d, w in weights.items() if w > 0 and ok.get(d)) / tot if tot > 0 else 0.0


#: indicators whose value depends on the target's trade tables (their deciding source)
TRADE_BASED = ("trade_volume", "trade_share", "finance_intensity")


def comparable_change(before: Mapping[str, Any], after: Mapping[str, Any], method: Method,
                      domain: str) -> dict[str, Any]:
    """The change of ``domain`` between two years measured like for like: only on the indicators present
    in both years (and, for trade, decided by the same source in both). A source that starts or ends, or a
    switch of trade source, is never read as a rise or a fall. Returns ``delta`` (None when the common inputs
    give no index in either year), ``comparable`` (the inputs were the same), ``dropped`` (indicators left out,
    with why) and the two like-for-like values."""
    names = {i.name for d in DOMAINS for role in ("bw", "dep") for i, _ in method.indicators(d, role)
             if domain == "overall" or d == domain}
    same_trade = (before.get("src_m"), before.get("src_x")) == (after.get("src_m"), after.get("src_x"))
    dropped: list[dict[str, str]] = []
    b2, a2 = dict(before), dict(after)
    for name in sorted(names):
        key = f"n_{name}"
        pb, pa = _present(before.get(key)), _present(after.get(key))
        why = None
        if pb != pa:
            why = "no data in the later year" if pb else "no data in the earlier year"
        elif pb and name in TRADE_BASED and not same_trade:
            why = (f"trade source changed ({before.get('src_m')}/{before.get('src_x')} → "
                   f"{after.get('src_m')}/{after.get('src_x')})")
        if why:
            dropped.append({"indicator": name, "why": why})
            b2[key] = a2[key] = None
    vb, va = index_of(b2, method)[f"i_{domain}"], index_of(a2, method)[f"i_{domain}"]
    delta = va - vb if va is not None and vb is not None else None
    return {"delta": delta, "comparable": not dropped, "dropped": dropped, "before": vb, "after": va}


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
