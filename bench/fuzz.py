"""Mutation fuzzing at scale: ≥ 10,000 cases over every article reader and dataset loader.

    python bench/fuzz.py                      # 10,000 cases (3,000 dataset loads, 7,000 article reads), seed 1
    python bench/fuzz.py --datasets 500 --articles 500 --seed 3 --jobs 2

Cases run in batches over worker processes; a progress line is printed as each batch ends (cases done, rate,
escapes so far, estimated time left), so a long run shows where it is and a stopped run says how far it got.
At the end: the cases run, how they ended (read/loaded, refused with a project error) and every escape — an
exception that is not a project error, a message that does not name its input, or a store changed by a failed
load. Exit status 1 when anything escaped. The engine is tests/test_fuzz_readers.py (the CI sample uses it).
Case i of a family is the same for a given seed whatever the batching, so an escape can be replayed alone.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_fuzz_readers import Tally, needs_shared, run_articles, run_datasets  # noqa: E402

FAMILY_SEED = {"datasets": 0, "articles": 50}


def _job(args: tuple[str, int, int, int]) -> tuple[str, int, Tally]:
    family, start, n, seed = args
    with tempfile.TemporaryDirectory(prefix="multipolar-fuzz-") as d:
        run = run_datasets if family == "datasets" else run_articles
        return family, n, run(Path(d), n, seed * 100 + FAMILY_SEED[family], start=start)


def batches(datasets: int, articles: int, seed: int, size: int) -> list[tuple[str, int, int, int]]:
    """(family, first case, cases, seed) jobs, the two families interleaved so progress covers both."""
    per: dict[str, list[tuple[str, int, int, int]]] = {}
    for family, total in (("datasets", datasets), ("articles", articles)):
        per[family] = [(family, s, min(size, total - s), seed) for s in range(0, total, size)]
    out: list[tuple[str, int, int, int]] = []
    a, b = per["datasets"], per["articles"]
    for i in range(max(len(a), len(b))):
        out.extend(x[i] for x in (a, b) if i < len(x))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=int, default=3000, help="dataset-load cases")
    ap.add_argument("--articles", type=int, default=7000, help="article-read cases")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--batch", type=int, default=50, help="cases per batch (one progress line each)")
    a = ap.parse_args()
    if needs_shared.args[0]:
        print(needs_shared.kwargs["reason"])
        return 2
    jobs = batches(a.datasets, a.articles, a.seed, max(1, a.batch))
    wanted = a.datasets + a.articles
    started = time.monotonic()
    results: dict[str, Tally] = {"datasets": Tally(), "articles": Tally()}
    done = escapes = 0
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for fut in as_completed([pool.submit(_job, j) for j in jobs]):
            family, _, tally = fut.result()
            results[family].add(tally)
            done += tally.cases
            escapes += len(tally.escapes)
            took = time.monotonic() - started
            left = took / done * (wanted - done) if done else 0.0
            print(f"[{took:6.0f} s] {done:6,}/{wanted:,} cases  {done / took:5.1f}/s  escapes {escapes}  "
                  f"~{left:.0f} s left", flush=True)
            for e in tally.escapes:
                print("  ESCAPE", e, flush=True)
    total = Tally()
    for family, t in results.items():
        total.add(t)
        unit = "loads" if family == "datasets" else "documents"  # a feed or folder case reads several
        print(f"{family:9s} cases {t.cases:6,}  {unit}: ok {t.ok:6,}  refused {t.refused:6,} "
              f"(with line {t.with_line:,})  errors {dict(t.errors)}  escapes {len(t.escapes)}")
    print(f"cases run: {total.cases:,}  escapes: {len(total.escapes)}  ({time.monotonic() - started:.0f} s, "
          f"seed {a.seed})")
    return 1 if total.escapes else 0


if __name__ == "__main__":
    sys.exit(main())
