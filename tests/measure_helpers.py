"""Comparing two measurement results (engines, store vs lake) value by value."""

from __future__ import annotations

import math

import pytest

from multipolar.measure.compute import Computed


def assert_same_results(a: Computed, b: Computed, *, min_rows: int, min_checked: int,
                        norms_rel: float = 1e-6) -> None:
    """The same norms (within ``norms_rel``) and rows (power, target, year), every number within 1e-9 (relative),
    a missing value missing on both sides; at least ``min_rows`` rows and ``min_checked`` numbers compared."""
    assert a.norms == pytest.approx(b.norms, rel=norms_rel)
    ra, rb = a.rows(), b.rows()
    assert len(ra) == len(rb) > min_rows
    checked = 0
    for x, y in zip(ra, rb, strict=True):
        where = (x["power"], x["target"], x["year"])
        assert where == (y["power"], y["target"], y["year"])
        for k, u in x.items():
            v = y[k]
            if isinstance(u, float) or isinstance(v, float):
                assert (u is None) == (v is None), (k, *where)
                if u is not None:
                    assert math.isclose(u, v, rel_tol=1e-9, abs_tol=1e-12), (k, u, v)
                    checked += 1
            else:
                assert u == v, (k, *where)
    assert checked > min_checked
