"""Extraction speed over the dev corpus, against the bare spaCy pipeline.

Reports multipolar's total time (reading + spaCy + our stages + evidence JSON) as a
ratio to spaCy's own ``nlp.pipe`` over the same texts in the same run (target ≤ 1.5),
documents per second, and peak memory. Run: ``python bench/bench_extract.py [DIR]``.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

from multipolar.extract.pipeline import Extractor
from multipolar.sources.discover import ReadFailure, read_inputs


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/dev"
    docs = [d for d in read_inputs([folder]) if not isinstance(d, ReadFailure)]
    ex = Extractor()
    texts = [d.text[d.body_start:] for d in docs]
    list(ex.nlp.pipe(texts[:2]))  # warm up
    list(ex.extract_many(docs[:2]))
    bare_runs, ours_runs, bare_cpu, ours_cpu = [], [], [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        list(ex.nlp.pipe(texts, batch_size=8))
        bare_runs.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        docs2 = [d for d in read_inputs([folder]) if not isinstance(d, ReadFailure)]
        out = [json.dumps(e.as_json()) for e in ex.extract_many(docs2)]
        ours_runs.append(time.perf_counter() - t0)
        ours_cpu.append(time.process_time() - c0)
    bare, ours = statistics.median(bare_runs), statistics.median(ours_runs)
    bc, oc = statistics.median(bare_cpu), statistics.median(ours_cpu)
    print(f"CPU time (not disturbed by other processes): bare {bc:.2f} s, multipolar {oc:.2f} s, ratio {oc / bc:.2f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(t.split()) for t in texts)
    print(f"documents: {len(docs)} ({words} words) from {folder}")
    print(f"wall time: bare spaCy nlp.pipe {bare:.2f} s, multipolar extract {ours:.2f} s, ratio {ours / bare:.2f}")
    print(f"documents/s: {len(docs) / ours:.1f}   words/s: {words / ours:.0f}   peak RSS: {peak_mb:.0f} MB")
    print(f"evidence JSON written: {sum(len(o) for o in out)} bytes (median of 3 runs)")


if __name__ == "__main__":
    main()
