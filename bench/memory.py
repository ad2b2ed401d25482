"""Peak memory on large inputs: a 1 GB dataset CSV loaded with `multipolar load`, a 50 MB article read.

    python bench/memory.py                 # 1 GB CSV + 50 MB article
    python bench/memory.py --csv-mb 200    # a smaller CSV

Each measurement runs in its own child process; its peak resident memory (ru_maxrss from wait4) is reported.
The CSV has the COW dyadic trade layout (valid codes from the real file's pairs, so every row is stored).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def child(cmd: list[str], extra_env: dict[str, str] | None = None, timeout: float = 3600) -> tuple[int, float, float]:
    """(exit status, peak RSS in MB, seconds) of a child process."""
    env = {**os.environ, "PYTHONPATH": str(REPO), **(extra_env or {})}
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.2)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode:
        print(f"    exit {proc.returncode}: {err.strip()[-400:]}")
    return proc.returncode, usage.ru_maxrss / 1024, time.monotonic() - started


def make_csv(path: Path, megabytes: int) -> int:
    pairs: list[tuple[int, int]] = [(2, 20), (2, 365), (365, 372), (710, 365), (640, 371), (373, 372), (2, 710)]
    rng = random.Random(1)
    target = megabytes * 1_000_000
    rows = 0
    with path.open("w", buffering=1 << 22) as f:
        f.write("ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n")
        size = 0
        block = []
        while size < target:
            a, b = pairs[rows % len(pairs)]
            year = 1870 + (rows // len(pairs)) % 145
            x, y = rng.random() * 1e4, rng.random() * 1e4
            line = f"{a},{b},{year},{x:.1f},{y:.1f},{x:.1f},{y:.1f}\n"
            block.append(line)
            size += len(line)
            rows += 1
            if len(block) >= 100_000:
                f.write("".join(block))
                block.clear()
        f.write("".join(block))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv-mb", type=int, default=1000)
    ap.add_argument("--article-mb", type=int, default=50)
    a = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="multipolar-mem-") as d:
        work = Path(d)
        base_rc, base_rss, _ = child([py, "-c", "import multipolar.cli, multipolar.datasets, duckdb"])
        print(f"baseline (python + multipolar imported): peak {base_rss:.0f} MB")
        from multipolar.store.store import MEMORY_VAR, memory_limit  # noqa: E402

        print(f"store memory limit: {memory_limit()} ({MEMORY_VAR}; DuckDB spills to <store>.tmp past it)")

        csv = work / "cow_trade_ndy_big.csv"
        t = time.monotonic()
        rows = make_csv(csv, a.csv_mb)
        print(f"CSV: {csv.stat().st_size / 1e6:,.0f} MB, {rows:,} rows (written in {time.monotonic() - t:.0f} s)")
        rc, rss, secs = child([py, "-m", "multipolar", "load", "cow-trade", str(csv), "--db", str(work / "big.duckdb")])
        print(f"load 1 GB CSV: exit {rc}, peak RSS {rss:,.0f} MB, {secs:.0f} s "
              f"({rows / max(secs, 1e-9):,.0f} rows/s); store {(work / 'big.duckdb').stat().st_size / 1e6:,.0f} MB")
        csv.unlink()

        seed = next((SHARED / "corpus" / "seed").glob("*.md"), None)
        text = seed.read_text() if seed else "Georgia and Russia signed an agreement in Tbilisi.\n\n" * 100
        article = work / "huge-article.md"
        with article.open("w") as f:
            size = 0
            while size < a.article_mb * 1_000_000:
                f.write(text)
                size += len(text.encode())
        mb = article.stat().st_size / 1e6
        read = ("import sys; from multipolar.sources.discover import read_inputs\n"
                "items = list(read_inputs([sys.argv[1]]))\n"
                "print(type(items[0]).__name__, file=sys.stderr)")
        rc, rss, secs = child([py, "-c", read, str(article)])
        print(f"read {mb:.0f} MB article (read_inputs): exit {rc}, peak RSS {rss:,.0f} MB, {secs:.1f} s")
        from multipolar.sources.limits import DOCUMENT_VAR, check_document_size  # noqa: E402

        try:
            check_document_size(article.stat().st_size, str(article))
            print("document limit: not reached")
        except Exception as exc:  # noqa: BLE001
            print(f"document limit refusal: {exc}")
        refuse = ("import sys; from multipolar.sources.limits import read_document_bytes\n"
                  "from pathlib import Path\n"
                  "try:\n    read_document_bytes(Path(sys.argv[1]))\nexcept Exception as e: print(e, file=sys.stderr)")
        rc, rss, secs = child([py, "-c", refuse, str(article)])
        print(f"refuse {mb:.0f} MB article with the document limit: peak RSS {rss:,.0f} MB, {secs:.1f} s")
        rc, rss, secs = child([py, "-c", read, str(article)], {DOCUMENT_VAR: "0"})
        print(f"(limit off: {DOCUMENT_VAR}=0) read: peak RSS {rss:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
