"""Evidence for a speed-only change to multipolar/measure/uncertainty.py: the intervals of influence.v1 and
influence.v2 over one real indicator table, written to an .npz, from the old code and the new, then compared
bit for bit (docs/methods.md §12: a fingerprint may be re-recorded only when the numbers are unchanged).

    PYTHONPATH=<worktree of the old commit> python bench/compare_intervals.py TABLE.parquet old.npz
    python bench/compare_intervals.py TABLE.parquet new.npz
    python bench/compare_intervals.py --compare old.npz new.npz

TABLE.parquet is ``compute(store, INFLUENCE_V2, with_intervals=False).table`` on a store with every dataset.
"""

from __future__ import annotations

import sys

import numpy as np
import pyarrow.parquet as pq

from multipolar.measure import methods
from multipolar.measure import uncertainty as U


def dump(table_path: str, out: str) -> None:
    t = pq.read_table(table_path)
    arrays: dict[str, np.ndarray] = {}
    for name in ("influence.v1", "influence.v2"):
        m = methods.get_method(name)
        iv = U.intervals(t, m)
        if m.missing == "absent":
            iv["low_overall"], iv["high_overall"] = U.widen_for_missing(t, m, iv["low_overall"], iv["high_overall"])
        arrays.update({f"{name}:{k}": v for k, v in iv.items()})
    np.savez(out, **arrays)
    print(f"{U.__file__}: {len(arrays)} arrays, {sum(a.size for a in arrays.values()):,} values -> {out}")


def compare(a_path: str, b_path: str) -> int:
    a, b = np.load(a_path), np.load(b_path)
    same = sorted(a.files) == sorted(b.files) and all(np.array_equal(a[k], b[k], equal_nan=True) for k in a.files)
    print(f"{len(a.files)} arrays, {sum(a[k].size for k in a.files):,} values: "
          f"{'bit-identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        raise SystemExit(compare(sys.argv[2], sys.argv[3]))
    dump(sys.argv[1], sys.argv[2])
