"""Hedging in numbers: how each target spreads its ties among the powers, from a computation's scores and
bootstrap draws (per target, year and domain the shares, normalised entropy with a 90 % interval, the leader,
the lead gap and the HHI; per target-year the Jensen–Shannon divergence between two domains' shares)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..domain import ALL_DOMAINS
from .compute import Computed
from .methods import HedgingMethod


def as_float(v: Any) -> float | None:
    """A number, or None for a missing one (None or NaN)."""
    if v is None:
        return None
    x = float(v)
    return None if math.isnan(x) else x


def _entropy(shares: np.ndarray) -> np.ndarray:
    """Normalised entropy along the last axis (shares sum to 1; zeros contribute 0)."""
    k = shares.shape[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.nansum(np.where(shares > 0, shares * np.log(shares), 0.0), axis=-1)
    return h / math.log(k) if k > 1 else np.full(shares.shape[:-1], np.nan)


def _jsd(p: list[float], q: list[float]) -> float:
    a, b = np.asarray(p), np.asarray(q)
    mm = (a + b) / 2

    def kl(x: np.ndarray, y: np.ndarray) -> float:
        ok = x > 0
        return float(np.sum(x[ok] * np.log2(x[ok] / y[ok])))

    return 0.5 * kl(a, mm) + 0.5 * kl(b, mm)


def hedging_rows(comp: Computed, pw: Sequence[str], hm: HedgingMethod) -> tuple[list[dict[str, Any]],
                                                                                list[dict[str, Any]]]:
    """(rows per target, year and domain; divergence per target-year) for the powers ``pw`` of ``comp``
    (computed with ``keep_draws``)."""
    wide = comp.table.select(["power", "target", "year"] + [f"i_{d}" for d in ALL_DOMAINS]
                             + [f"cov_{d}" for d in ALL_DOMAINS]).to_pylist()
    pos: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for i, r in enumerate(wide):
        pos[(r["target"], r["year"])][r["power"]] = i
    rows: list[dict[str, Any]] = []
    shares_of: dict[tuple[str, int, str], dict[str, float]] = {}
    for (t, y), idx in sorted(pos.items()):
        for d in ALL_DOMAINS:
            vals = {p: as_float(wide[i][f"i_{d}"]) for p, i in idx.items()}
            have = {p: v for p, v in vals.items() if v is not None}
            out: dict[str, Any] = {"target": t, "year": y, "domain": d, "method": hm.name,
                                   "powers_with_data": len(have), "coverage": len(have) / len(pw)}
            tot = sum(have.values())
            lacking = [p for p in pw if p not in have]
            if hm.require_all and lacking:
                out["missing_powers"] = lacking
            if len(have) < 2 or tot <= 0 or (hm.require_all and lacking):
                out.update(entropy=None, entropy_low=None, entropy_high=None, leader=None, lead_gap=None,
                           hhi=None, shares={p: None for p in pw})
                rows.append(out)
                continue
            sh = {p: have.get(p, 0.0) / tot for p in pw if p in have}
            ordered = sorted(sh.items(), key=lambda kv: -kv[1])
            ent = float(_entropy(np.array([list(sh.values())]))[0]) * (math.log(len(sh)) / math.log(len(pw))) + 0.0
            # interval from the bootstrap draws of the same powers
            dm = comp.draws.get(d)
            lo = hi = None
            if dm is not None:
                mat = np.stack([dm[idx[p]] for p in sh], axis=-1).astype(np.float64)  # (draws, powers)
                s = mat.sum(axis=1, keepdims=True)
                ok = (s[:, 0] > 0) & ~np.isnan(s[:, 0])
                if ok.any():
                    e = _entropy(mat[ok] / s[ok]) * (math.log(len(sh)) / math.log(len(pw)))
                    lo, hi = float(np.quantile(e, 0.05)), float(np.quantile(e, 0.95))
            out.update(entropy=ent, entropy_low=lo, entropy_high=hi, leader=ordered[0][0],
                       lead_gap=ordered[0][1] - ordered[1][1], hhi=sum(v * v for v in sh.values()),
                       shares={p: sh.get(p) for p in pw})
            shares_of[(t, y, d)] = {p: sh.get(p, 0.0) for p in pw}
            rows.append(out)
    a, b = hm.divergence_domains
    div = []
    for (t, y), _ in sorted(pos.items()):
        p, q = shares_of.get((t, y, a)), shares_of.get((t, y, b))
        if p is None or q is None:
            div.append({"target": t, "year": y, "domains": [a, b], "jsd": None, "leaders": None, "split": None})
            continue
        la, lb = max(p, key=lambda k: p[k]), max(q, key=lambda k: q[k])
        div.append({"target": t, "year": y, "domains": [a, b], "jsd": _jsd(list(p.values()), list(q.values())),
                    "leaders": {a: la, b: lb}, "split": la != lb})
    return rows, div
