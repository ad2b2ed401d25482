"""Load benchmarks: GDELT 2.0 events at 1 million rows vs DuckDB's own read_csv, COW dyadic, peak memory.

    python bench/bench_load.py [--rows 1000000] [--data ../shared/data]

* GDELT: the real 15-minute 2.0 export (1,540 rows) is replicated to ``--rows`` rows with fresh
  GLOBALEVENTIDs into a temp file. In the same run and on the same kind of store file we time
  (a) DuckDB's own ``CREATE TABLE … AS SELECT * FROM read_csv(file, delim='\\t', header=false)`` (type
  auto-detection, no validation), and (b) ``multipolar.datasets.load(store, 'gdelt-events', file)`` (explicit
  types, rejects with line numbers, CAMEO/FIPS/PLOVER joins, dedup keys, insert into ``events`` with its
  primary key, load run, one transaction). The figure is (b) / (a); target ≤ 1.4. Best of ``--repeat``.
* COW dyadic (673,654 rows → 2.59 M observations): wall time of ``load('cow-trade', ndy file)``.
* Peak memory: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` at the end (the whole process).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from multipolar.datasets import api  # noqa: E402
from multipolar.store import Store  # noqa: E402


def replicate(src: Path, dest: Path, rows: int) -> None:
    lines = src.read_text(encoding="utf-8").splitlines()
    parts = [ln.split("\t", 1) for ln in lines]
    with dest.open("w", encoding="utf-8") as out:
        n = 0
        rep = 0
        while n < rows:
            for gid, rest in parts:
                if n >= rows:
                    break
                out.write(f"{int(gid) + rep * 10_000_000}\t{rest}\n")
                n += 1
            rep += 1


def time_duckdb_read_csv(path: Path, tmp: Path, i: int) -> float:
    con = duckdb.connect(str(tmp / f"baseline{i}.duckdb"))
    t = time.perf_counter()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{path}', delim='\\t', header=false)")
    con.execute("CHECKPOINT")
    dt = time.perf_counter() - t
    n = con.execute("SELECT count(*) FROM t").fetchall()[0][0]
    con.close()
    assert n > 0
    return dt


def time_load(dataset: str, path: Path, tmp: Path, name: str) -> tuple[float, int]:
    store = Store(tmp / f"{name}.duckdb")
    t = time.perf_counter()
    report = api.load(store, dataset, path)
    store.checkpoint()
    dt = time.perf_counter() - t
    store.close()
    return dt, report.rows_stored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()
    src = args.data / "gdelt_samples" / "gdelt2_20180326044500.export.CSV"
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = tmp / "20180326044500.export.CSV"
        replicate(src, big, args.rows)
        mb = big.stat().st_size / 1e6
        base, ours = [], []
        for i in range(args.repeat):
            base.append(time_duckdb_read_csv(big, tmp, i))
            dt, stored = time_load("gdelt-events", big, tmp, f"gdelt{i}")
            assert stored == args.rows, stored
            ours.append(dt)
        b, o = min(base), min(ours)
        print(f"GDELT 2.0 events, {args.rows:,} rows ({mb:.0f} MB):")
        print(f"  DuckDB read_csv → table : {b:6.2f} s   (runs: {', '.join(f'{x:.2f}' for x in base)})")
        print(f"  multipolar load        : {o:6.2f} s   (runs: {', '.join(f'{x:.2f}' for x in ours)})")
        print(f"  ratio                  : {o / b:6.2f}   (target ≤ 1.4)")
        ndy = args.data / "cow_trade_v4_dyadic" / "cow_trade_ndy_v4.csv.gz"
        dt, stored = time_load("cow-trade", ndy, tmp, "cow")
        print(f"COW dyadic trade, 673,654 rows → {stored:,} observations: {dt:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak:.0f} MB")


if __name__ == "__main__":
    main()
