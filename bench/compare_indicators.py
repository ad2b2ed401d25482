"""Evidence for a speed-only change to the measurement SQL (multipolar/measure/sql.py): the indicator tables of
influence.v1 and influence.v2 from the old code and the new on the same store, compared column by column
(docs/methods.md §12). DuckDB sums doubles in parallel in no fixed order, so two runs of the *same* code differ
in the last bits; the comparison reports the largest relative difference beside that of a rerun.

    PYTHONPATH=<worktree of the old commit> python bench/compare_indicators.py STORE old
    python bench/compare_indicators.py STORE new
    python bench/compare_indicators.py --compare old new
"""

from __future__ import annotations

import sys

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from multipolar.measure.compute import compute
from multipolar.measure.methods import get_method
from multipolar.store import Store

NAMES = ("influence.v1", "influence.v2")


def dump(store: str, prefix: str) -> None:
    with Store(store, read_only=True) as s:
        for name in NAMES:
            c = compute(s, get_method(name), with_intervals=False, detail=True, order=True)
            pq.write_table(c.table, f"{prefix}_{name}.parquet")
            print(name, c.table.num_rows, "rows", {k: round(v, 2) for k, v in c.timings.items()})


def compare(a_prefix: str, b_prefix: str) -> None:
    for name in NAMES:
        a, b = pq.read_table(f"{a_prefix}_{name}.parquet"), pq.read_table(f"{b_prefix}_{name}.parquet")
        assert a.num_rows == b.num_rows and sorted(a.column_names) == sorted(b.column_names)
        exact, worst, where = 0, 0.0, ""
        for col in a.column_names:
            x, y = a.column(col), b.column(col)
            if x.equals(y):
                exact += 1
                continue
            if not (pa.types.is_floating(x.type) or pa.types.is_integer(x.type)):
                raise SystemExit(f"{name}: column {col} differs")
            xn = x.to_numpy(zero_copy_only=False).astype(float)
            yn = y.to_numpy(zero_copy_only=False).astype(float)
            if not np.array_equal(np.isnan(xn), np.isnan(yn)):
                raise SystemExit(f"{name}: column {col} has values missing in one run only")
            with np.errstate(invalid="ignore", divide="ignore"):
                rel = float(np.nanmax(np.abs(xn - yn) / np.maximum(np.abs(xn), 1e-300)))
            if rel > worst:
                worst, where = rel, col
        print(f"{name}: {a.num_rows:,} rows, {len(a.column_names)} columns, {exact} bit-identical, "
              f"largest relative difference {worst:.2g} ({where or '-'})")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1], sys.argv[2])
