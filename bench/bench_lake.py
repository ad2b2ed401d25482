"""The lake at scale: GDELT events loaded into a lake vs into the store, and one measurement on DuckDB and on Spark.

    python bench/bench_lake.py [--rows 10000000] [--data ../shared/data] [--out bench/results/lake.txt]

* Data: the real 15-minute GDELT 2.0 export (1,540 rows) replicated to ``--rows`` rows with fresh GLOBALEVENTIDs
  by ``bench_load.replicate`` (imported, not copied): the same events, dates and actors, new ids.
* Phases, each in its own process (one after the other, in the same run, on the same machine) so each has its own
  peak memory:
  1. ``load-store``: ``datasets.load(store, 'gdelt-events', file)`` — rows into the store's ``events`` table;
  2. ``load-lake``: the same with ``lake=DIR`` — rows as Parquet under ``DIR/events/year=…/month=…``;
  3. ``measure-duckdb-store`` / ``measure-duckdb-lake`` / ``measure-spark-lake`` / ``measure-spark-store``: one
     measurement — ``compute(store, influence.v2, Scope(powers=(USA,), targets=(RUS,), years=2017–2018))``, which
     stages every input (all 10 M events flattened to ``in_events``), computes the scaling norms over all of them and
     the indicators for the one dyad. DuckDB reads the lake with ``read_parquet``; Spark (``local[2]``) reads the
     lake's Parquet itself; ``measure-spark-store`` is Spark fed through DuckDB's staging (the path before the lake).
* Time: wall clock of the call (``time.perf_counter``), the Spark session's start-up included for Spark.
* Peak RSS: a thread samples every 0.2 s the resident memory of the phase's process and all its descendants (the
  Spark JVM is a child of the Python driver) from ``/proc``; the maximum is reported (``ru_maxrss`` of the Python
  process alone is printed beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

PHASES = ("load-store", "load-lake", "measure-duckdb-store", "measure-duckdb-lake", "measure-spark-lake",
          "measure-spark-store")


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and its descendants."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
                    break
            for t in Path(f"/proc/{p}/task").iterdir():
                kids = (t / "children").read_text().split()
                todo.extend(int(k) for k in kids)
        except (OSError, ValueError):
            continue
    return total


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self.stop.wait(0.2)


def phase(name: str, work: Path) -> dict[str, object]:
    from multipolar.datasets import api
    from multipolar.measure.compute import compute
    from multipolar.measure.methods import INFLUENCE_V2
    from multipolar.measure.sql import Scope
    from multipolar.store import Store

    big = work / "20180326044500.export.CSV"
    sampler = Sampler()
    sampler.start()
    out: dict[str, object] = {"phase": name}
    t = time.perf_counter()
    if name.startswith("load"):
        lake = work / "lake" if name == "load-lake" else None
        db = work / ("lake.duckdb" if lake else "store.duckdb")
        with Store(db) as s:
            rep = api.load(s, "gdelt-events", big, lake=lake)
            s.checkpoint()
        out["rows"] = rep.rows_stored
        out["store_mb"] = db.stat().st_size / 1e6
        if lake:
            out["lake_mb"] = sum(f.stat().st_size for f in lake.rglob("*.parquet")) / 1e6
            out["lake_files"] = sum(1 for _ in lake.rglob("*.parquet"))
    else:
        _, engine, where = name.split("-")
        db = work / ("lake.duckdb" if where == "lake" else "store.duckdb")
        scope = Scope(targets=("RUS",), powers=("USA",), years=(2017, 2018))
        with Store(db, read_only=True) as s:
            comp = compute(s, INFLUENCE_V2, scope, engine=engine)
        rows = comp.rows()
        out["rows"] = len(rows)
        out["event_count"] = [r["event_count"] for r in rows]
        out["events_norm"] = {k: v for k, v in comp.norms.items() if "event" in k}
        out["timings"] = {k: round(v, 2) for k, v in comp.timings.items()}
    out["seconds"] = time.perf_counter() - t
    sampler.stop.set()
    sampler.join()
    out["peak_rss_mb"] = max(sampler.peak, _tree_rss(os.getpid())) / 1e6
    out["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=None, help="also write the report here")
    ap.add_argument("--phases", default=",".join(PHASES))
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:  # a child: one phase, its result as JSON on the last line
        print(json.dumps(phase(args.phase, args.work)))
        return
    from bench_load import replicate

    src = args.data / "gdelt_samples" / "gdelt2_20180326044500.export.CSV"
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-lake-") as d:
        work = Path(d)
        big = work / "20180326044500.export.CSV"
        t = time.perf_counter()
        replicate(src, big, args.rows)
        head = (f"GDELT 2.0 events, {args.rows:,} rows ({big.stat().st_size / 1e6:,.0f} MB of CSV, written in "
                f"{time.perf_counter() - t:.0f} s); machine: {os.cpu_count()} cores, shared; Spark local[2]")
        print(head, flush=True)
        lines.append(head)
        results = []
        for name in args.phases.split(","):
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            p = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work)], env=env,
                               capture_output=True, text=True)
            if p.returncode:
                msg = f"{name}: failed ({p.returncode}): {p.stderr.strip().splitlines()[-1:]}"
                print(msg, flush=True)
                lines.append(msg)
                continue
            r = json.loads(p.stdout.strip().splitlines()[-1])
            results.append(r)
            extra = ""
            if "lake_mb" in r:
                extra = f", lake {r['lake_mb']:,.0f} MB in {r['lake_files']} files"
            if "store_mb" in r:
                extra = f", store file {r['store_mb']:,.0f} MB" + extra
            if "timings" in r:
                extra = f", {r['timings']}, event_count {r['event_count']}"
            line = (f"  {name:22s} {r['seconds']:8.1f} s   peak RSS {r['peak_rss_mb']:7,.0f} MB "
                    f"(python alone {r['ru_maxrss_mb']:,.0f} MB); rows {r['rows']:,}{extra}")
            print(line, flush=True)
            lines.append(line)
        by = {r["phase"]: r for r in results}
        if "load-store" in by and "load-lake" in by:
            lines.append(f"  load into the lake / into the store: "
                         f"{by['load-lake']['seconds'] / by['load-store']['seconds']:.2f}")
        for a, b in (("measure-duckdb-lake", "measure-duckdb-store"), ("measure-spark-lake", "measure-duckdb-lake"),
                     ("measure-spark-lake", "measure-spark-store")):
            if a in by and b in by:
                lines.append(f"  {a} / {b}: {by[a]['seconds'] / by[b]['seconds']:.2f}")
        counts = {r["phase"]: (r["event_count"], r["events_norm"]) for r in results if "event_count" in r}
        if counts:
            same = len({json.dumps(v, sort_keys=True) for v in counts.values()}) == 1
            lines.append(f"  same event_count and event norms on every engine/source: {same}")
        for ln in lines[-5:]:
            print(ln)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
