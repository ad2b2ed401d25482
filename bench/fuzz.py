"""Mutation fuzzing at scale: ≥ 10,000 cases over every article reader and dataset loader.

    python bench/fuzz.py                      # 10,000 cases (3,000 dataset loads, 7,000 article reads), seed 1
    python bench/fuzz.py --datasets 500 --articles 500 --seed 3 --jobs 2

Prints the cases run, how they ended (read/loaded, refused with a project error) and every escape: an exception
that is not a project error, a message that does not name its input, or a store changed by a failed load.
Exit status 1 when anything escaped. The engine is tests/test_fuzz_readers.py (the CI sample uses it too).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_fuzz_readers import Tally, needs_shared, run_articles, run_datasets  # noqa: E402


def _job(args: tuple[str, int, int]) -> Tally:
    family, n, seed = args
    with tempfile.TemporaryDirectory(prefix="multipolar-fuzz-") as d:
        return (run_datasets if family == "datasets" else run_articles)(Path(d), n, seed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=int, default=3000, help="dataset-load cases")
    ap.add_argument("--articles", type=int, default=7000, help="article-read cases")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    a = ap.parse_args()
    if needs_shared.args[0]:
        print(needs_shared.kwargs["reason"])
        return 2
    jobs: list[tuple[str, int, int]] = []
    for family, total in (("datasets", a.datasets), ("articles", a.articles)):
        parts = max(1, a.jobs)
        for k in range(parts):
            n = total // parts + (1 if k < total % parts else 0)
            if n:
                jobs.append((family, n, a.seed * 100 + k + (50 if family == "articles" else 0)))
    started = time.monotonic()
    results: dict[str, Tally] = {"datasets": Tally(), "articles": Tally()}
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for (family, _, _), tally in zip(jobs, pool.map(_job, jobs), strict=True):
            results[family].add(tally)
    total = Tally()
    for family, t in results.items():
        total.add(t)
        print(f"{family:9s} cases {t.cases:6,}  ok {t.ok:6,}  refused {t.refused:6,} "
              f"(with line {t.with_line:,})  errors {dict(t.errors)}  escapes {len(t.escapes)}")
    print(f"cases run: {total.cases:,}  escapes: {len(total.escapes)}  ({time.monotonic() - started:.0f} s, "
          f"seed {a.seed})")
    for e in total.escapes[:50]:
        print("  ESCAPE", e)
    return 1 if total.escapes else 0


if __name__ == "__main__":
    sys.exit(main())
