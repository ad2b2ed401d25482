"""Load test of the read API: 10,000 requests at 50 concurrent clients on loopback.

    python bench/load_api.py                       # builds a store (starter pack + XSS fixture articles)
    python bench/load_api.py --db my.duckdb --requests 2000 --clients 20

Starts `multipolar serve` as a real process on 127.0.0.1, warms it up, fires the requests over a mix of read
endpoints, and reports errors (non-2xx or transport failures), latency p50/p95/p99 and the server's resident
memory before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ENDPOINTS = ["/api/influence", "/api/influence?targets=GEO&years=2000-2020", "/api/hedging", "/api/overview",
             "/api/events?limit=50", "/api/events?actor=GEO&limit=20", "/api/claims", "/api/stances", "/api/checks",
             "/api/documents", "/api/actors?q=geo", "/api/search?q=russia", "/api/coverage", "/api/dyad/RUS/GEO",
             "/", "/state/GEO", "/events", "/search?q=china"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def worker(client: httpx.AsyncClient, queue: asyncio.Queue[str], lat: list[float], errors: list[str]) -> None:
    while True:
        try:
            path = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        t = time.perf_counter()
        try:
            r = await client.get(path)
            if r.status_code >= 400:
                errors.append(f"{path}: HTTP {r.status_code}")
        except httpx.HTTPError as exc:
            errors.append(f"{path}: {type(exc).__name__} {exc}")
        lat.append(time.perf_counter() - t)


async def fire(url: str, n: int, clients: int, seed: int) -> tuple[list[float], list[str], float]:
    rng = random.Random(seed)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for _ in range(n):
        queue.put_nowait(rng.choice(ENDPOINTS))
    lat: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        t = time.perf_counter()
        await asyncio.gather(*(worker(client, queue, lat, errors) for _ in range(clients)))
        return lat, errors, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="multipolar-load-") as d:
        db = a.db
        if db is None:
            from tests.test_web_security import _build

            db = _build(Path(d))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        server = subprocess.Popen([sys.executable, "-m", "multipolar", "serve", "--db", str(db), "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(url + "/api/coverage", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                print("the server did not start:", server.stderr.read().decode() if server.stderr else "")
                return 2
            started_rss = rss_mb(server.pid)
            for path in ENDPOINTS:  # warm caches once, as a dashboard's first visitor does
                httpx.get(url + path, timeout=120)
            warm_rss = rss_mb(server.pid)
            lat, errors, secs = asyncio.run(fire(url, a.requests, a.clients, 1))
            end_rss = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    q = statistics.quantiles(sorted(lat), n=100)
    print(f"requests: {len(lat):,} at {a.clients} concurrent clients in {secs:.1f} s ({len(lat) / secs:,.0f} req/s)")
    print(f"errors: {len(errors)}")
    for e in errors[:10]:
        print("  ", e)
    print(f"latency ms: p50 {q[49] * 1000:.1f}  p95 {q[94] * 1000:.1f}  p99 {q[98] * 1000:.1f}  "
          f"max {max(lat) * 1000:.1f}")
    print(f"server RSS MB: started {started_rss:.0f}, after warm-up {warm_rss:.0f}, after the run {end_rss:.0f}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
