"""Crash injection at scale: ≥ 50 SIGKILLs of real `multipolar load` / `multipolar ingest` processes.

    python bench/crash.py                 # 60 kills over five jobs, seed 1
    python bench/crash.py --kills 10 --seed 4

For every kill: the store opens, `multipolar verify` passes, no half-load is visible, and re-running the command
gives the row counts and checksums of an uninterrupted run. The harness is tests/test_crash.py.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_crash import crash_once, jobs, make_base, needs_shared, reference  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=60, help="kill attempts (a process that finishes first is not a kill)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if needs_shared.args[0]:
        print(needs_shared.kwargs["reason"])
        return 2
    rng = random.Random(a.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="multipolar-crash-") as d:
        work = Path(d)
        base = make_base(work)
        all_jobs = jobs()
        # (job, starts from the base store?, share of the attempts)
        plan = [("load-unga", True, 0.3), ("load-cow", True, 0.2), ("load-icews", False, 0.15),
                ("ingest-seed", True, 0.15), ("ingest-three", False, 0.2)]
        attempts = kills = survived = 0
        states: Counter[str] = Counter()
        problems: list[str] = []
        for name, from_base, share in plan:
            ref = reference(work, all_jobs[name], base if from_base else None)
            n = max(1, round(a.kills * share))
            print(f"{name}: uninterrupted run {ref.seconds:.1f} s; {n} kill attempts", flush=True)
            for _ in range(n):
                out = crash_once(work, ref, rng)
                attempts += 1
                kills += out.killed
                survived += out.killed and not out.problems
                states[f"{name}:{out.state}"] += 1
                for p in out.problems:
                    problems.append(f"{name} killed after {out.delay:.2f}s: {p}")
                    print("  PROBLEM", problems[-1], flush=True)
    print(f"kill attempts: {attempts}  SIGKILLs: {kills}  finished before the kill: {attempts - kills}")
    print(f"store state right after the kill: {dict(sorted(states.items()))}")
    print(f"kills survived (store opens, verify passes, no half-load, identical re-run): {survived}/{kills}; "
          f"problems: {len(problems)}  ({time.monotonic() - started:.0f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
