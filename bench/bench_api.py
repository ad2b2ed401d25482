"""Dyad-series API latency under 20 concurrent clients on loopback (target: p95 ≤ 100 ms).

    python bench/bench_api.py [--db STORE] [--clients 20] [--requests 2000]

Starts `multipolar serve`'s app with uvicorn in a subprocess (one worker, as `multipolar serve` runs it)
on a free 127.0.0.1 port, warms it with one request per dyad (the first request of a dyad computes
its series; later ones are served from the app's cache), then runs ``--requests`` GET
/api/dyad/{power}/{target} requests spread over the 15 region dyads from ``--clients`` threads, each with
its own keep-alive connection. Prints p50/p95/p99 and throughput. Without --db it builds a store from
the starter pack and the example texts in a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

POWERS = ("CHN", "RUS", "WEST", "TUR", "IRN")
TARGETS = ("ARM", "AZE", "GEO")


def build(folder: Path) -> Path:
    from multipolar import api
    from multipolar.datasets.api import load_starter
    from multipolar.demo import example_texts
    from multipolar.store import Store

    path = folder / "bench.duckdb"
    with Store(path) as store:
        load_starter(store)
        api.ingest([example_texts()], store=store)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s)) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000, help="total requests (bounded)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or build(Path(tmp.name))
    port = free_port()
    code = ("import uvicorn, sys; from multipolar.web import create_app; "
            f"uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port={port}, log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        dyads = [(p, t) for t in TARGETS for p in POWERS]
        t0 = time.perf_counter()
        for p, t in dyads:
            httpx.get(f"{base}/api/dyad/{p}/{t}", timeout=120).raise_for_status()
        warm = time.perf_counter() - t0
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        counter = itertools.count()

        def client(i: int) -> None:
            mine: list[float] = []
            with httpx.Client(base_url=base, timeout=30) as c:
                while next(counter) < args.requests:
                    p, t = dyads[(i + len(mine)) % len(dyads)]
                    s = time.perf_counter()
                    r = c.get(f"/api/dyad/{p}/{t}")
                    mine.append(time.perf_counter() - s)
                    if r.status_code != 200 or b'"rows": [{' not in r.content:  # no JSON parse: keep the client light
                        with lock:
                            errors.append(f"{r.status_code} {p}/{t}")
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        t1 = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t1
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        tmp.cleanup()
    ms = [x * 1000 for x in latencies]
    p95 = pct(ms, 95)
    print(f"dyad series /api/dyad/{{power}}/{{target}}: {len(ms)} requests, {args.clients} concurrent clients, "
          f"loopback, 1 uvicorn worker")
    print(f"warm-up (first request per dyad, computes the series): {warm:.2f} s for {len(dyads)} dyads")
    print(f"p50 {pct(ms, 50):.1f} ms · p95 {p95:.1f} ms · p99 {pct(ms, 99):.1f} ms · mean {statistics.mean(ms):.1f} ms"
          f" · max {max(ms):.1f} ms · {len(ms) / wall:.0f} req/s · errors {len(errors)}")
    print(f"target p95 ≤ 100 ms: {'met' if p95 <= 100 and not errors else 'NOT met'}")
    return 0 if p95 <= 100 and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
