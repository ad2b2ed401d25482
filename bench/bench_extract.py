"""Extraction speed over the dev corpus, against the bare spaCy pipeline.

Reports multipolar's total time (reading + spaCy + our stages + evidence JSON) as a
ratio to spaCy's own ``nlp.pipe`` over the same texts in the same run (target ≤ 1.5),
documents per second, and peak memory. Run: ``python bench/bench_extract.py [DIR]``.

``python bench/bench_extract.py --sentences [N] [DIR]`` times a corpus of one-sentence documents instead: the
first N (default 1000) sentences of the corpus's texts (split by spaCy's rule-based sentencizer), each its own
document, and reports sentences per second for bare ``nlp.pipe`` and for the whole extraction.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

import spacy

from multipolar.extract.pipeline import Extractor, current_reader
from multipolar.sources.discover import ReadFailure, read_inputs
from multipolar.sources.document import SourceDocument

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/dev"


def one_sentence_documents(folder: Path, n: int) -> list[SourceDocument]:
    """The first ``n`` sentences of the folder's documents (bodies only), each as its own plain-text document."""
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    out: list[SourceDocument] = []
    for d in read_inputs([folder]):
        if isinstance(d, ReadFailure):
            continue
        for para in d.text[d.body_start:].split("\n"):
            for sent in splitter(para).sents:
                text = sent.text.strip()
                if len(text.split()) >= 4 and not text.startswith("#"):
                    out.append(SourceDocument(text=text, origin=f"{d.origin}#{len(out)}", kind="text",
                                              published=d.published))
                if len(out) == n:
                    return out
    return out


def sentences(folder: Path, n: int) -> None:
    docs = one_sentence_documents(folder, n)
    ex = Extractor()
    texts = [d.text for d in docs]
    list(ex.nlp.pipe(texts[:20]))
    list(ex.extract_many(docs[:20]))
    bare_runs, ours_runs = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        list(ex.nlp.pipe(texts, batch_size=64))
        bare_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for e in ex.extract_many(docs, batch_size=64):
            json.dumps(e.as_json())
        ours_runs.append(time.perf_counter() - t0)
    bare, ours = statistics.median(bare_runs), statistics.median(ours_runs)
    print(f"one-sentence documents: {len(docs)} from {folder} (reader: {current_reader()})")
    print(f"sentences/s: bare spaCy nlp.pipe {len(docs) / bare:.0f}, multipolar extract {len(docs) / ours:.0f}; "
          f"wall-time ratio {ours / bare:.2f} (median of 3 runs)")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--sentences":
        n = int(args[1]) if len(args) > 1 and args[1].isdigit() else 1000
        rest = [a for a in args[1:] if not a.isdigit()]
        sentences(Path(rest[0]) if rest else DEFAULT_CORPUS, n)
        return
    folder = Path(args[0]) if args else DEFAULT_CORPUS
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
