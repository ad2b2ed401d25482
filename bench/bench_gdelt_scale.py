"""GDELT load at scale: 1 M, 3 M and 10 M rows, ``multipolar load gdelt-events`` vs DuckDB's own ``read_csv``.

    python bench/bench_gdelt_scale.py [--sizes 1M,3M,10M] [--repeat 2] [--tmp /tmp] [--keep]

* The file: the real 15-minute GDELT 2.0 export (``gdelt2_20180326044500.export.CSV``, 1,540 rows) replicated
  by :mod:`gdelt_replica` — copy *k* is the export *k* quarter-hours later: new GLOBALEVENTIDs (dense, rising),
  dates moved (10 M rows span ~68 days), distinct URLs on the same sites. Written once per size under ``--tmp``.
* Baseline: ``CREATE TABLE t AS SELECT * FROM read_csv(file, delim='\\t', header=false)`` + ``CHECKPOINT`` into
  a new DuckDB file (DuckDB's defaults: type auto-detection, no validation, its own memory limit).
* multipolar: ``api.load(Store(new file), 'gdelt-events', file)`` + ``CHECKPOINT`` (the store's memory limit,
  ``MULTIPOLAR_MEMORY_LIMIT``, default 2 GB): types checked, rejects with line numbers, code joins, dedup
  keys, primary key on ``events.id``, load run, one transaction.
* Each measurement runs in a fresh subprocess; its wall time is taken inside it (imports and the connection
  excluded) and its peak memory is that child's own ``ru_maxrss`` (``os.wait4``), so no measurement inherits
  another's memory. Baseline and load alternate, ``--repeat`` times each; the best time of each is kept and the
  ratio is of the two bests, from the same run.

Writes ``bench/results/gdelt_scale.txt`` (table), ``.json`` (the numbers, for extrapolation) and ``.svg`` (time vs
rows for both, and the ratio; drawn by hand, no plotting library).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
SAMPLE = REPO.parent / "shared" / "data" / "gdelt_samples" / "gdelt2_20180326044500.export.CSV"

CHILD = r"""
import json, sys, time
from pathlib import Path
mode, src, db = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "readcsv":
    import duckdb
    con = duckdb.connect(db)
    con.execute("SET enable_progress_bar = false")
    t, c = time.perf_counter(), time.process_time()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{src}', delim='\t', header=false)")
    con.execute("CHECKPOINT")
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    rows = con.execute("SELECT count(*) FROM t").fetchall()[0][0]
    con.close()
else:
    from multipolar.datasets import api
    from multipolar.store import Store
    store = Store(db)
    t, c = time.perf_counter(), time.process_time()
    report = api.load(store, "gdelt-events", Path(src))
    store.checkpoint()
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    rows = report.rows_stored
    extra = {}
    if len(sys.argv) > 4:  # then a stream of 15-minute files on top: the time per file with this many rows stored
        t = time.perf_counter()
        rep = api.load(store, "gdelt-events", Path(sys.argv[4]), stream=True)
        extra = {"stream_seconds": time.perf_counter() - t, "stream_files": len(rep.files),
                 "stream_rows": rep.rows_stored}
    store.close()
    print(json.dumps({"seconds": dt, "cpu": cpu, "rows": rows, **extra}))
    sys.exit(0)
print(json.dumps({"seconds": dt, "cpu": cpu, "rows": rows}))
"""


def parse_size(text: str) -> int:
    t = text.strip().upper()
    mult = 1_000_000 if t.endswith("M") else 1_000 if t.endswith("K") else 1
    return int(float(t.rstrip("MK")) * mult)


def measure(mode: str, src: Path, tmp: Path, stream: Path | None = None) -> dict[str, float]:
    """One run in a fresh process: its own wall time and its own peak RSS (MB)."""
    db = tmp / f"{mode}-{time.monotonic_ns()}.duckdb"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    extra = [str(stream)] if stream is not None else []
    proc = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(src), str(db), *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True)
    out, errs = proc.stdout.read() if proc.stdout else "", proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for f in tmp.glob(db.name + "*"):
        f.unlink()
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed ({proc.returncode}): {errs[-2000:]}")
    res = json.loads(out.strip().splitlines()[-1])
    return {**res, "rss_mb": usage.ru_maxrss / 1024}


def machine_note() -> str:
    import duckdb

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores, {mem:.0f} GB RAM, Python {platform.python_version()}, DuckDB "
            f"{duckdb.__version__}, store memory limit {os.environ.get('MULTIPOLAR_MEMORY_LIMIT') or '2GB'}; "
            f"the machine is shared (load average {os.getloadavg()[0]:.1f} at the start), so times are noisy: "
            "compare the ratio, measured in the same run")


def svg(points: list[dict[str, float]]) -> str:
    """Two panels: seconds vs million rows (read_csv and multipolar), and the ratio vs million rows."""
    w, h, pad = 760, 330, 58
    pw = (w - 3 * pad) / 2
    xs = [p["rows"] / 1e6 for p in points]
    xmax = max(xs) * 1.05 if xs else 1
    tmax = max([p["readcsv_s"] for p in points] + [p["load_s"] for p in points] + [1]) * 1.1
    rmax = max([p["ratio"] for p in points] + [1.6]) * 1.1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" '
           f'font-size="11">', f'<rect width="{w}" height="{h}" fill="white"/>']

    def panel(x0: float, title: str, ymax: float, ylab: str, series: list[tuple[str, str, list[float]]],
              target: float | None = None) -> None:
        y0, ph = pad, h - 2 * pad

        def X(v: float) -> float:
            return x0 + v / xmax * pw

        def Y(v: float) -> float:
            return y0 + ph - v / ymax * ph

        out.append(f'<text x="{x0 + pw / 2}" y="{y0 - 22}" text-anchor="middle" font-size="13">{title}</text>')
        out.append(f'<line x1="{x0}" y1="{y0 + ph}" x2="{x0 + pw}" y2="{y0 + ph}" stroke="black"/>')
        out.append(f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y0 + ph}" stroke="black"/>')
        for i in range(6):
            v = ymax * i / 5
            out.append(f'<line x1="{x0 - 4}" y1="{Y(v):.1f}" x2="{x0 + pw}" y2="{Y(v):.1f}" stroke="#ddd"/>')
            out.append(f'<text x="{x0 - 6}" y="{Y(v) + 4:.1f}" text-anchor="end">{v:.3g}</text>')
        for v in xs:
            out.append(f'<text x="{X(v):.1f}" y="{y0 + ph + 16}" text-anchor="middle">{v:g}</text>')
        out.append(f'<text x="{x0 + pw / 2}" y="{y0 + ph + 34}" text-anchor="middle">rows (millions)</text>')
        out.append(f'<text x="{x0 - 42}" y="{y0 + ph / 2}" text-anchor="middle" '
                   f'transform="rotate(-90 {x0 - 42} {y0 + ph / 2})">{ylab}</text>')
        if target is not None:
            out.append(f'<line x1="{x0}" y1="{Y(target):.1f}" x2="{x0 + pw}" y2="{Y(target):.1f}" stroke="#c00" '
                       f'stroke-dasharray="5,4"/><text x="{x0 + pw - 2}" y="{Y(target) - 4:.1f}" text-anchor="end" '
                       f'fill="#c00">target {target}</text>')
        for k, (name, colour, ys) in enumerate(series):
            pts = " ".join(f"{X(x):.1f},{Y(y):.1f}" for x, y in zip(xs, ys, strict=True))
            out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
            for x, y in zip(xs, ys, strict=True):
                out.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="3.5" fill="{colour}"/>')
            out.append(f'<rect x="{x0 + 8}" y="{y0 + 6 + 16 * k}" width="12" height="3" fill="{colour}"/>'
                       f'<text x="{x0 + 24}" y="{y0 + 11 + 16 * k}">{name}</text>')

    panel(pad, "load time vs rows (best of runs)", tmax, "seconds",
          [("DuckDB read_csv → table", "#1f77b4", [p["readcsv_s"] for p in points]),
           ("multipolar load gdelt-events", "#d62728", [p["load_s"] for p in points])])
    panel(2 * pad + pw, "ratio multipolar / read_csv", rmax, "ratio",
          [("ratio", "#2ca02c", [p["ratio"] for p in points])], target=1.4)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1M,3M,10M", help="row counts, comma-separated (e.g. 1M,3M,10M)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the best is kept")
    ap.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()) / "multipolar-gdelt-scale")
    ap.add_argument("--keep", action="store_true", help="keep the replicated files for the next run")
    ap.add_argument("--out", type=Path, default=RESULTS / "gdelt_scale")
    ap.add_argument("--stream-files", type=int, default=0,
                    help="after each load, also load this many 15-minute files as a stream on top (time per file "
                         "with that many rows already stored; also on an empty store)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "bench"))
    from gdelt_replica import write_replica

    args.tmp.mkdir(parents=True, exist_ok=True)
    note = machine_note()
    points: list[dict[str, float]] = []
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    stream_dir: Path | None = None
    stream_points: list[dict[str, float]] = []
    if args.stream_files:
        from gdelt_replica import write_stream

        stream_dir = args.tmp / "stream"
        if not stream_dir.exists():  # copies after the largest replica: ids, dates and URLs of their own
            write_stream(SAMPLE, stream_dir, args.stream_files, first=max(sizes) // 1540 + 2)
        empty = args.tmp / "empty.export.CSV"
        write_replica(SAMPLE, empty, 1540)
        m = measure("load", empty, args.tmp, stream_dir)
        stream_points.append({"stored_rows": 1540, "files": m["stream_files"],
                              "ms_per_file": 1000 * m["stream_seconds"] / m["stream_files"]})
        print(f"stream on an (almost) empty store: {stream_points[-1]['ms_per_file']:.0f} ms per file", flush=True)
    for size in sizes:
        src = args.tmp / f"gdelt2_{size}.export.CSV"
        if not src.exists():
            write_replica(SAMPLE, src, size)
        base, load = [], []
        for rep in range(args.repeat):
            base.append(measure("readcsv", src, args.tmp))
            load.append(measure("load", src, args.tmp, stream_dir if rep == 0 else None))
            if stream_dir is not None and rep == 0:
                stream_points.append({"stored_rows": size, "files": load[-1]["stream_files"],
                                      "ms_per_file": 1000 * load[-1]["stream_seconds"] / load[-1]["stream_files"]})
            assert load[-1]["rows"] == size and base[-1]["rows"] == size, (load[-1], base[-1])
            print(f"{size:>12,} rows: read_csv {base[-1]['seconds']:6.2f} s, CPU {base[-1]['cpu']:6.2f} s "
                  f"({base[-1]['rss_mb']:5.0f} MB)  load {load[-1]['seconds']:6.2f} s, CPU {load[-1]['cpu']:6.2f} s "
                  f"({load[-1]['rss_mb']:5.0f} MB)", flush=True)
        b = min(base, key=lambda m: m["seconds"])
        o = min(load, key=lambda m: m["seconds"])
        points.append({"rows": size, "mb": src.stat().st_size / 1e6, "readcsv_s": b["seconds"], "load_s": o["seconds"],
                       "ratio": o["seconds"] / b["seconds"], "readcsv_rss_mb": max(m["rss_mb"] for m in base),
                       "load_rss_mb": max(m["rss_mb"] for m in load),
                       "readcsv_runs": [m["seconds"] for m in base], "load_runs": [m["seconds"] for m in load],
                       "load_rows_per_s": size / o["seconds"],
                       "pair_ratios": [lo["seconds"] / ba["seconds"] for lo, ba in zip(load, base, strict=True)],
                       "cpu_ratio": min(m["cpu"] for m in load) / min(m["cpu"] for m in base),
                       "readcsv_cpu_runs": [m["cpu"] for m in base], "load_cpu_runs": [m["cpu"] for m in load]})
        if not args.keep:
            src.unlink()
    lines = ["GDELT 2.0 events at scale: multipolar load gdelt-events vs DuckDB read_csv (same file, same run)", "",
             f"{'rows':>12} {'MB':>7} {'read_csv s':>11} {'load s':>8} {'ratio':>6} {'read_csv RSS MB':>16} "
             f"{'load RSS MB':>12} {'load rows/s':>12} {'pair ratios':>18} {'CPU ratio':>10}"]
    for p in points:
        lines.append(f"{p['rows']:>12,} {p['mb']:>7.0f} {p['readcsv_s']:>11.2f} {p['load_s']:>8.2f} "
                     f"{p['ratio']:>6.2f} {p['readcsv_rss_mb']:>16.0f} {p['load_rss_mb']:>12.0f} "
                     f"{p['load_rows_per_s']:>12,.0f} {' '.join(f'{r:.2f}' for r in p['pair_ratios']):>18} "
                     f"{p['cpu_ratio']:>10.2f}")
    lines += ["", "runs (s): " + "; ".join(
        f"{p['rows']:,}: read_csv {', '.join(f'{x:.2f}' for x in p['readcsv_runs'])} / load "
        f"{', '.join(f'{x:.2f}' for x in p['load_runs'])}" for p in points), "",
        "How measured: bench/bench_gdelt_scale.py. The real 15-minute export replicated with new ids, dates and "
        "URLs (bench/gdelt_replica.py). Each measurement in a fresh subprocess: wall time inside it (import and "
        "connection excluded; CHECKPOINT included), peak RSS = that child's ru_maxrss (os.wait4). read_csv: "
        "CREATE TABLE AS SELECT * FROM read_csv(file, delim='\\t', header=false) + CHECKPOINT, DuckDB defaults. "
        f"load: api.load(store, 'gdelt-events', file) + CHECKPOINT. Best of {args.repeat} each, alternating; "
        "ratio = best load / best read_csv; pair ratios = load / read_csv of each alternating pair (run k of "
        "each, back to back); CPU ratio = least CPU time (all threads, time.process_time in the child, same "
        "span as the wall time) of the loads / of the read_csv runs — less sensitive to other jobs taking the "
        "cores. RSS: the largest of the runs.",
        f"Machine: {note} (load average {os.getloadavg()[0]:.1f} at the end)."]
    if stream_points:
        lines += ["", f"Stream: {args.stream_files} 15-minute files (1,540 rows each) loaded with --stream (one "
                  "transaction per file) on top of a store already holding N rows (in the load's child, after it):",
                  f"{'rows stored':>12} {'ms per file':>12}"]
        lines += [f"{p['stored_rows']:>12,} {p['ms_per_file']:>12.0f}" for p in stream_points]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".txt").write_text(text)
    args.out.with_suffix(".json").write_text(json.dumps({"points": points, "stream": stream_points,
                                                         "repeat": args.repeat, "machine": note,
                                                         "target_ratio": 1.4}, indent=1) + "\n")
    args.out.with_suffix(".svg").write_text(svg(points))


if __name__ == "__main__":
    main()
