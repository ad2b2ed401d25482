"""Reading speed: documents per second per core, local (one process) vs Spark ``local[2]``, same run.

    python bench/bench_read_spark.py [--rounds 2] [--out bench/results/read_spark.txt]

On the real dev corpora (../shared/corpus/dev, dev2 and seed): the local run is one Extractor in this
process (``extract_many`` over every document, as ``multipolar extract`` does); the Spark run is
``extract_on_spark`` (what ``multipolar extract --engine spark`` calls) on ``local[2]`` with its defaults
(partitions = the master's parallelism, 64 documents per batch). Numeric libraries are held to one thread
(OMP/OpenBLAS/MKL) so that one process uses one core; the Spark workers inherit that.

Times are wall clock (``time.perf_counter``) in one run, local and Spark alternating, on a machine shared with
other jobs (its load average is printed). The spaCy load (building the Extractor) is timed on its own: in this
process for the local run, in each executor process (reported back by the executor) for Spark. A "cold" Spark
run starts fresh Python workers (which import multipolar and load spaCy); a "warm" run reuses them, so it
measures extraction alone. Every run's output is compared, document by document, with the local run's JSON
text (what ``multipolar extract`` writes).

Other people edit the rules while this runs; so the package is first copied to a temporary folder, and this
process and the Spark workers (through PYTHONPATH) both import that copy: one rule set for every run.
Besides wall clock, the CPU time spent extracting is measured (this process; each executor process, reported
back): docs per CPU second is what a core does when it is not shared.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = Path(tempfile.mkdtemp(prefix="bench-read-spark-"))
shutil.copytree(REPO / "multipolar", SNAPSHOT / "multipolar", ignore=shutil.ignore_patterns("__pycache__"))
sys.path.insert(0, str(SNAPSHOT))
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(SNAPSHOT), os.environ.get("PYTHONPATH")) if p)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402

from multipolar.engines.spark_read import SparkReadStats, extract_on_spark  # noqa: E402
from multipolar.extract.pipeline import Extractor, current_reader  # noqa: E402
from multipolar.sources.discover import ReadFailure, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
assert Path(Extractor.__module__ and sys.modules[Extractor.__module__].__file__ or "").is_relative_to(SNAPSHOT)


def _texts(evidences: list) -> list[str]:  # type: ignore[type-arg]
    return [json.dumps(ev.as_json(), ensure_ascii=False, indent=1) for ev in evidences]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "read_spark.txt"))
    args = ap.parse_args()
    args.out = str(Path(args.out).resolve())
    os.chdir(SNAPSHOT)  # the Spark workers start here, and would import ./multipolar before PYTHONPATH's copy
    cores = int(args.master.removeprefix("local[").rstrip("]")) if args.master.startswith("local[") else 2

    docs = [d for d in read_inputs([CORPUS / "dev", CORPUS / "dev2", CORPUS / "seed"])
            if not isinstance(d, ReadFailure)]
    chars = sum(len(d.text) for d in docs)
    reader = current_reader()
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [f"# bench/bench_read_spark.py — reading on Spark vs local ({when})",
             f"code: the working tree at {head} (+ uncommitted edits), copied once, imported by every process",
             f"documents: {len(docs)} from ../shared/corpus/dev, dev2 and seed ({chars:,} characters); reader {reader}",
             f"machine: {os.cpu_count()} cores, shared with other jobs; Python {platform.python_version()}; "
             f"OMP/OpenBLAS/MKL threads 1; load average at start {os.getloadavg()[0]:.2f}",
             "times: wall clock in one run, local and Spark alternating; docs/s/core = docs/s ÷ cores used; "
             "CPU s = CPU time of the extracting processes", ""]
    print("\n".join(lines), flush=True)

    t0 = time.perf_counter()
    extractor = Extractor(reader=reader)
    local_load = time.perf_counter() - t0
    rows = []
    reference: list[str] | None = None
    spark_start = 0.0
    for r in range(1, args.rounds + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        local = _texts(list(extractor.extract_many(docs)))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        reference = reference or local
        rows.append(("local", r, wall, 0.0, cpu, 1, local == reference, "", wall))
        print(f"local round {r}: {wall:.1f} s", flush=True)
        for kind in ("cold", "warm") if r == 1 else ("warm",):
            st = SparkReadStats()
            evs: list = [None] * len(docs)  # type: ignore[type-arg]
            for batch in extract_on_spark(docs, reader=reader, master=args.master, stats=st):
                for i, ev in batch:
                    evs[i] = ev
            spark_start = spark_start or st.session_seconds
            wall = st.wall_seconds - st.session_seconds
            loads = sorted(st.load_seconds.values())
            note = (f"spaCy loaded in {len(loads)} executor processes, {min(loads):.2f}–{max(loads):.2f} s each"
                    if loads else "executors reused, spaCy already loaded")
            same = _texts(evs) == reference
            differ = [] if same else [d.origin for d, a, b in zip(docs, _texts(evs), reference, strict=True) if a != b]
            rows.append((f"spark {kind}", r, wall, max(loads) if loads else 0.0, st.extract_cpu_seconds, cores, same,
                         f"{st.partitions} partitions, {st.batches} batch(es); executors busy "
                         f"{st.extract_seconds:.1f} s in all; {note}"
                         + (f"; differ: {', '.join(differ[:3])}" if differ else ""), st.extract_seconds))
            print(f"spark {kind} round {r}: {wall:.1f} s ({note})", flush=True)

    lines += [f"spaCy load (Extractor built): local {local_load:.2f} s in this process; Spark session start "
              f"{spark_start:.1f} s (JVM, first time; not counted below)", "",
              f"{'run':11s} {'round':>5s} {'wall s':>6s} {'docs/s':>6s} {'cores':>5s} {'docs/s/core':>11s} "
              f"{'w/o load':>8s} {'CPU s':>6s} {'docs/CPU-s':>10s} {'CPU share':>9s} {'identical':>9s}  notes"]
    for name, r, wall, load, cpu, n, same, note, busy in rows:
        dps = len(docs) / wall
        no_load = len(docs) / (wall - load) / n if wall > load else float("nan")
        lines.append(f"{name:11s} {r:5d} {wall:6.1f} {dps:6.2f} {n:5d} {dps / n:11.2f} {no_load:8.2f} {cpu:6.1f} "
                     f"{len(docs) / cpu:10.2f} {cpu / busy:9.0%} {'yes' if same else 'NO':>9s}  {note}")
    local_best = max(len(docs) / row[2] for row in rows if row[0] == "local")
    warm_best = max(len(docs) / row[2] for row in rows if row[0] == "spark warm")
    local_cpu = max(len(docs) / row[4] for row in rows if row[0] == "local")
    warm_cpu = max(len(docs) / row[4] for row in rows if row[0] == "spark warm")
    lines += ["",
              f"best of rounds, docs/s/core (wall): local {local_best:.2f}, Spark {args.master} warm "
              f"{warm_best / cores:.2f} — ratio {warm_best / cores / local_best:.2f}; whole-run speed-up of Spark "
              f"{args.master} over local {warm_best / local_best:.2f}x",
              f"best of rounds, docs per CPU second: local {local_cpu:.2f}, Spark executors {warm_cpu:.2f} — ratio "
              f"{warm_cpu / local_cpu:.2f}",
              "'w/o load': docs/s/core with the spaCy load taken out (the slowest executor's load for Spark).",
              "'CPU share': CPU time ÷ wall time of each extracting process (local: this process; Spark: the "
              "executors, summed) — below 100 % the process waited for a core the machine's other jobs held.",
              f"load average at end {os.getloadavg()[0]:.2f} (on {os.cpu_count()} cores)",
              f"every run's output identical to the local run's: {'yes' if all(row[6] for row in rows) else 'NO'}"]
    text = "\n".join(lines) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    sys.stdout.write("\n" + text)


if __name__ == "__main__":
    main()
