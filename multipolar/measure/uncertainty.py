"""90 % intervals by bootstrap over indicators and weight draws (Lowy-style sensitivity analysis).

Each draw d (the same for every dyad-year, so that scores stay comparable within a draw):

* resamples, with replacement, the indicators of every (domain, role) block — an indicator drawn twice
  counts twice, one not drawn drops out;
* multiplies each indicator weight and each domain weight by a factor drawn uniformly in [1−j, 1+j]
  (``Method.weight_jitter``).

The index is recomputed per draw exactly as in the SQL (weighted means over the indicators present,
sqrt(bandwidth × dependence)); the interval is the 5th–95th percentile of the draws. Draws come from
``numpy.random.default_rng(Method.seed)``, so results are reproducible.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from ..domain import DOMAINS
from .methods import Method

CHUNK = 2_000  # rows per block: small enough for the CPU caches (measured: 20,000 is 2x slower)


def _workers() -> int:
    """Threads for the bootstrap (``MULTIPOLAR_THREADS``, default: every core)."""
    env = os.environ.get("MULTIPOLAR_THREADS", "")
    return max(1, int(env)) if env.isdigit() else max(1, os.cpu_count() or 1)


@dataclass
class Draws:
    """Weight matrices for every block, shape (indicators in block, draws), and domain weights (3, draws)."""

    blocks: dict[tuple[str, str], tuple[list[str], np.ndarray]]
    base: dict[tuple[str, str], np.ndarray]
    domain_bw: np.ndarray
    domain_dep: np.ndarray


def make_draws(method: Method, draws: int | None = None) -> Draws:
    rng = np.random.default_rng(method.seed)
    n = int(draws or method.draws)
    j = method.weight_jitter
    blocks: dict[tuple[str, str], tuple[list[str], np.ndarray]] = {}
    base: dict[tuple[str, str], np.ndarray] = {}
    for d in DOMAINS:
        for role in ("bw", "dep"):
            items = method.indicators(d, role)
            if not items:
                continue
            names = [f"n_{i.name}" for i, _ in items]
            w = np.array([wt for _, wt in items], dtype=np.float64)
            k = len(items)
            counts = np.stack([np.bincount(rng.integers(0, k, size=k), minlength=k) for _ in range(n)], axis=1)
            jitter = rng.uniform(1 - j, 1 + j, size=(k, n))
            blocks[(d, role)] = (names, w[:, None] * counts * jitter)
            base[(d, role)] = w[:, None]
    dw = np.array([method.domain_weights.get(d, 0.0) for d in DOMAINS])[:, None]
    pw = np.array([method.dependence_weights.get(d, 0.0) for d in DOMAINS])[:, None]
    domain_bw = dw * rng.uniform(1 - j, 1 + j, size=(len(DOMAINS), n))
    domain_dep = pw * rng.uniform(1 - j, 1 + j, size=(len(DOMAINS), n))
    return Draws(blocks, base, domain_bw, domain_dep)


def _block(cols: dict[str, np.ndarray], names: list[str], w: np.ndarray, sl: slice,
           base: np.ndarray | None = None) -> np.ndarray:
    """Weighted mean over the indicators present, for every row of the slice and every draw. A draw that
    leaves the block with no indicator present for a row keeps the block's point value (``base`` weights)."""
    x = np.stack([cols[c][sl] for c in names], axis=1)
    present = (~np.isnan(x)).astype(np.float32)
    values = np.nan_to_num(x)
    num = _mean_of_present(values, present, w)
    if base is not None:
        point = _mean_of_present(values, present, base)
        num = np.where(np.isnan(num), point, num)
    return num


def _mean_of_present(values: np.ndarray, present: np.ndarray, w: np.ndarray) -> np.ndarray:
    w32 = w.astype(np.float32)
    num = values @ w32
    den = present @ w32
    with np.errstate(invalid="ignore", divide="ignore"):
        num /= den  # 0/0 (nothing present) gives NaN
    return num


def _wmean(parts: list[np.ndarray], weights: np.ndarray) -> np.ndarray:
    num = np.zeros_like(parts[0])
    den = np.zeros_like(parts[0])
    tmp = np.empty_like(parts[0])
    for p, w in zip(parts, weights, strict=True):
        if not np.any(w):
            continue
        w32 = w.astype(np.float32)[None, :]
        ok = ~np.isnan(p)
        num += np.multiply(np.nan_to_num(p, copy=False), w32, out=tmp)  # the parts are not used again
        den += np.multiply(ok, w32, out=tmp)
    with np.errstate(invalid="ignore", divide="ignore"):
        num /= den
    return num


def _quantiles(a: np.ndarray, qs: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Linear-interpolated quantiles along axis 1, ignoring NaN (as numpy.nanquantile, but faster: rows
    without NaN skip the NaN bookkeeping)."""
    n, k = a.shape
    out = [np.full(n, np.nan, dtype=np.float64), np.full(n, np.nan, dtype=np.float64)]
    nan_rows = np.isnan(a).any(axis=1)
    full = ~nan_rows
    if full.any():
        pos = [q * (k - 1) for q in qs]
        part = np.sort(a[full], axis=1)  # the same order statistics as a partial sort, and faster (SIMD sort)
        for j, p in enumerate(pos):
            lo = int(np.floor(p))
            hi = min(lo + 1, k - 1)
            f = p - lo
            out[j][full] = part[:, lo] * (1 - f) + part[:, hi] * f
    if nan_rows.any():
        s = np.sort(a[nan_rows], axis=1)  # NaN last
        cnt = (~np.isnan(s)).sum(axis=1)
        rows = np.arange(s.shape[0])
        for j, q in enumerate(qs):
            p = q * np.maximum(cnt - 1, 0)
            lo = np.floor(p).astype(int)
            hi = np.minimum(lo + 1, np.maximum(cnt - 1, 0))
            f = p - lo
            v = s[rows, lo] * (1 - f) + s[rows, hi] * f
            out[j][nan_rows] = np.where(cnt > 0, v, np.nan)
    return out[0], out[1]


def intervals(table: pa.Table, method: Method, draws: int | None = None,
              keep_draws: bool = False) -> dict[str, np.ndarray]:
    """low_/high_ arrays for every domain and ``overall`` (and ``draws_<domain>`` when asked).

    Rows whose point index is NaN or exactly 0 are not resampled: a NaN index means a block has no
    indicator at all (NaN in every draw), a 0 index means every indicator present in a block is 0
    (0 in every draw) — their interval is the point itself."""
    dr = make_draws(method, draws)
    needed = {c for names, _ in dr.blocks.values() for c in names}
    if method.missing == "absent":
        needed |= {f"ok_{d}" for d in DOMAINS}
    cols = {c: table.column(c).to_numpy(zero_copy_only=False).astype(np.float32) for c in needed}
    n = table.num_rows
    ndraw = dr.domain_bw.shape[1]
    out: dict[str, np.ndarray] = {}
    # chunks are independent and numpy releases the GIL in its kernels: spread them over the cores
    with ThreadPoolExecutor(max_workers=_workers()) as pool:
        for d in (*DOMAINS, "overall"):
            point = table.column(f"i_{d}").to_numpy(zero_copy_only=False).astype(np.float64)
            low, high = point.copy(), point.copy()
            rows = np.flatnonzero(np.nan_to_num(point) > 0)
            draws_d = np.full((n, ndraw), np.nan, dtype=np.float32) if keep_draws else None
            if draws_d is not None:
                draws_d[np.nan_to_num(point) == 0] = 0.0
            chunks = [rows[start:start + CHUNK] for start in range(0, len(rows), CHUNK)]
            for idx, (val, lo, hi) in zip(chunks, pool.map(lambda idx, d=d: _draw_values(d, idx, cols, dr), chunks),
                                          strict=True):
                low[idx], high[idx] = lo, hi
                if draws_d is not None:
                    draws_d[idx] = val
            out[f"low_{d}"], out[f"high_{d}"] = low, high
            if draws_d is not None:
                out[f"draws_{d}"] = draws_d
    return out


def _draw_values(d: str, idx: np.ndarray, cols: dict[str, np.ndarray],
                 dr: Draws) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The index of domain ``d`` (or ``overall``) in every draw for the rows ``idx`` — shape (rows, draws) —
    and its 5th and 95th percentiles per row."""
    used = cols if d == "overall" else {c: cols[c] for role in ("bw", "dep") for c in dr.blocks[(d, role)][0]}
    sub = {c: v[idx] for c, v in used.items()}
    sl = slice(0, len(idx))
    ndraw = dr.domain_bw.shape[1]
    if d != "overall":
        val = np.sqrt(_block(sub, *dr.blocks[(d, "bw")], sl, dr.base[(d, "bw")])
                      * _block(sub, *dr.blocks[(d, "dep")], sl, dr.base[(d, "dep")]))
    else:
        parts = {role: [_block(sub, *dr.blocks[(x, role)], sl, dr.base[(x, role)]) if (x, role) in dr.blocks
                        else np.full((len(idx), ndraw), np.nan, np.float32) for x in DOMAINS]
                 for role in ("bw", "dep")}
        if "ok_economic" in sub:  # missing is missing: a domain absent from the point index is absent in every draw
            for role in ("bw", "dep"):
                for x, p in zip(DOMAINS, parts[role], strict=True):
                    p[~(sub[f"ok_{x}"] > 0)] = np.nan
        val = np.sqrt(_wmean(parts["bw"], dr.domain_bw) * _wmean(parts["dep"], dr.domain_dep))
    lo, hi = _quantiles(val, (0.05, 0.95))
    return val, lo, hi


# -- what is missing widens the interval (influence.v2) -------------------------------------------------------
IMPUTE_LOW, IMPUTE_HIGH = 0.5, 1.5  # a missing domain may lie between half and 1.5× its nearest observed level


def _fill(values: np.ndarray, starts: np.ndarray, forward: bool) -> np.ndarray:
    """Carry the last non-NaN value forward (or backward) within groups that begin where ``starts`` is True."""
    v = values if forward else values[::-1]
    st = starts if forward else np.r_[starts[1:], True][::-1]
    n = len(v)
    idx = np.where(~np.isnan(v) | st, np.arange(n), 0)
    np.maximum.accumulate(idx, out=idx)
    out = v[idx]
    return out if forward else out[::-1]


def widen_for_missing(table: pa.Table, method: Method, low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray,
                                                                                                 np.ndarray]:
    """Widen the overall interval of every dyad-year whose index lacks a weighted domain: the interval then also
    spans the index with that domain put back at half and at 1.5× (at most 1) of its nearest observed level for
    the same dyad (before or after; 0 to 1 when the dyad never has it). A score without a domain is a score
    with less knowledge, and its interval says so.

    Only the dyads with such a year are worked on (their whole run of years, for the nearest levels)."""
    n = table.num_rows
    if n == 0:
        return low, high
    import pyarrow.compute as pc

    def col(name: str, dtype: type = np.float64) -> np.ndarray:
        return table.column(name).to_numpy(zero_copy_only=False).astype(dtype)

    point_all = col("i_overall")
    ok_all = {d: col(f"ok_{d}", bool) for d in DOMAINS}
    missing_all = np.zeros(n, dtype=bool)
    for d in DOMAINS:
        if method.domain_weights.get(d, 0) > 0 or method.dependence_weights.get(d, 0) > 0:
            missing_all |= ~ok_all[d]
    if not (missing_all & ~np.isnan(point_all)).any():
        return low, high
    order = pc.sort_indices(table.select(["power", "target", "year"]),
                            sort_keys=[("power", "ascending"), ("target", "ascending"), ("year", "ascending")]
                            ).to_numpy()
    # dyads as integers (dictionary codes), so that finding where each dyad's run starts is a plain comparison
    p = pc.dictionary_encode(table.column("power")).combine_chunks().indices.to_numpy(zero_copy_only=False)[order]
    t = pc.dictionary_encode(table.column("target")).combine_chunks().indices.to_numpy(zero_copy_only=False)[order]
    starts = np.r_[True, (p[1:] != p[:-1]) | (t[1:] != t[:-1])]
    dyad = np.cumsum(starts) - 1
    wanted = np.zeros(int(dyad[-1]) + 1, dtype=bool)
    wanted[dyad[(missing_all & ~np.isnan(point_all))[order]]] = True
    keep = wanted[dyad]
    order, starts = order[keep], starts[keep]  # whole runs of the dyads concerned, each still starting a run
    point = point_all[order]
    vals: dict[str, dict[str, np.ndarray]] = {"lo": {}, "hi": {}}
    missing_any = missing_all[order]
    for d in DOMAINS:
        ok = ok_all[d][order]
        for role in ("bw", "dep"):
            v = np.where(ok, col(f"{role}_{d}")[order], np.nan)
            ff, bf = _fill(v, starts, True), _fill(v, starts, False)
            near_lo, near_hi = np.fmin(ff, bf), np.fmax(ff, bf)
            lo = np.where(ok, v, np.where(np.isnan(near_lo), 0.0, near_lo * IMPUTE_LOW))
            hi = np.where(ok, v, np.where(np.isnan(near_hi), 1.0, np.minimum(near_hi * IMPUTE_HIGH, 1.0)))
            vals["lo"][f"{role}_{d}"], vals["hi"][f"{role}_{d}"] = lo, hi
    rows = missing_any & ~np.isnan(point)

    def overall(v: dict[str, np.ndarray]) -> np.ndarray:
        def wm(role: str, weights: dict[str, float]) -> np.ndarray:
            num = sum(weights.get(d, 0.0) * v[f"{role}_{d}"][rows] for d in DOMAINS)
            den = sum(weights.get(d, 0.0) for d in DOMAINS)
            return np.asarray(num) / den

        return np.sqrt(wm("bw", dict(method.domain_weights)) * wm("dep", dict(method.dependence_weights)))

    at = order[rows]
    low, high = low.copy(), high.copy()
    low[at] = np.fmin(low[at], overall(vals["lo"]))
    high[at] = np.fmax(high[at], overall(vals["hi"]))
    return low, high
