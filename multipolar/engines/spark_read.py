"""Reading documents on Spark: the extraction stages run over partitions of documents.

The driver reads the sources (files, folders, URLs, feeds) as the local run does, then sends the
:class:`SourceDocument` objects to Spark in batches. Each batch is one Spark job over ``partitions``
partitions, filled so that every partition holds about as many characters as the others. On an executor,
one :class:`~multipolar.extract.pipeline.Extractor` (one spaCy pipeline) is built per Python worker process
and kept for its later partitions and batches; it runs ``extract_many`` over the partition's documents, as
the local run does over all of them. Each document comes back with its input index, so the driver puts
the results back in input order and writes exactly what the local run writes.

A document the pipeline refuses (:class:`ExtractionError`, e.g. too long) comes back as that error; any
other failure comes back as a crash naming the document, and stops the run at that batch.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
import traceback
import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractionError, MultipolarError, UsageError
from ..extract.evidence import Evidence
from ..sources.document import SourceDocument

#: documents per Spark job (and, for ingest, per store transaction) unless told otherwise; at least 8 per partition
DEFAULT_BATCH_SIZE = 64

# -- on the executors ---------------------------------------------------------------------------------------

#: one Extractor per reader, per executor Python process (Spark reuses its Python workers across tasks)
_EXTRACTORS: dict[str, Any] = {}


def _executor_extractor(reader: str) -> tuple[Any, float]:
    """The process's Extractor for ``reader`` and the seconds spent building it now (0 when it was cached)."""
    if reader in _EXTRACTORS:
        return _EXTRACTORS[reader], 0.0
    from ..extract.pipeline import Extractor

    t0 = time.perf_counter()
    _EXTRACTORS[reader] = Extractor(reader=reader)
    return _EXTRACTORS[reader], time.perf_counter() - t0


def _error_record(index: int, exc: BaseException) -> tuple[Any, ...]:
    if isinstance(exc, ExtractionError):
        return ("error", index, (exc.message, exc.source, exc.hint))
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ("crash", index, (f"{type(exc).__name__}: {exc}", text))


def _run_partition(reader: str, groups: Iterator[list[tuple[int, SourceDocument]]]) -> Iterator[tuple[Any, ...]]:
    """Extract one partition: ``("doc", index, Evidence)``, ``("error", index, (message, source, hint))`` or
    ``("crash", index, (summary, traceback))`` per document, then
    ``("stats", pid, (load_s, extract_s, extract_cpu_s, n))``; or ``("setup", index, error)`` alone when the
    pipeline cannot be built."""
    items = [item for group in groups for item in group]
    if not items:
        return
    try:
        extractor, load_s = _executor_extractor(reader)
    except Exception as exc:  # noqa: BLE001 — no pipeline here (model missing…): the driver raises it
        yield ("setup", items[0][0], _error_record(items[0][0], exc)[2])
        return
    t0, c0 = time.perf_counter(), time.process_time()
    out: list[tuple[Any, ...]] = []
    try:
        out = [("doc", i, ev) for (i, _), ev in
               zip(items, extractor.extract_many([doc for _, doc in items]), strict=True)]
    except Exception:  # noqa: BLE001 — find the document, one at a time
        out = []
        for i, doc in items:
            try:
                out.append(("doc", i, extractor.extract(doc)))
            except Exception as exc:  # noqa: BLE001 — travels back to the driver, which decides
                out.append(_error_record(i, exc))
    out.append(("stats", os.getpid(), (load_s, time.perf_counter() - t0, time.process_time() - c0, len(items))))
    yield from out


# -- on the driver --------------------------------------------------------------------------------------------

@dataclass
class SparkReadStats:
    """What a Spark read did, for the summary and the benchmark."""

    master: str = ""
    partitions: int = 0
    batch_size: int = 0
    documents: int = 0
    batches: int = 0
    wall_seconds: float = 0.0
    #: of which: getting the SparkSession (starting the JVM the first time)
    session_seconds: float = 0.0
    #: seconds each executor Python process spent building its Extractor (spaCy and the registry), once each
    load_seconds: dict[int, float] = field(default_factory=dict)
    #: seconds the executors spent extracting (summed over partitions): wall clock, and CPU time of their processes
    extract_seconds: float = 0.0
    extract_cpu_seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.wall_seconds if self.wall_seconds > 0 else 0.0


class ExtractCrash(ExtractionError):
    """Extraction failed on a document for a reason other than the pipeline refusing it (a bug)."""

    def __init__(self, message: str, *, source: str | None, index: int, detail: str):
        super().__init__(message, source=source, hint="a bug in multipolar: report it with this document "
                         "(MULTIPOLAR_DEBUG=1 prints the executor's traceback)")
        self.index = index  # the document's input index
        self.detail = detail


def balanced_groups(docs: Sequence[tuple[int, SourceDocument]], n: int) -> list[list[tuple[int, SourceDocument]]]:
    """``docs`` split into at most ``n`` groups of about the same number of characters (longest first onto the
    lightest group); each group keeps input order."""
    n = max(1, min(n, len(docs)))
    groups: list[list[tuple[int, SourceDocument]]] = [[] for _ in range(n)]
    weight = [0] * n
    for item in sorted(docs, key=lambda it: (-len(it[1].text), it[0])):
        k = min(range(n), key=lambda j: (weight[j], j))
        groups[k].append(item)
        weight[k] += len(item[1].text)
    return [sorted(g, key=lambda it: it[0]) for g in groups if g]


def _session(master: str | None) -> Any:
    # the executors' Python must be the driver's (same packages, same multipolar); read when Spark starts
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from .spark import spark_session

    return spark_session(master)


Result = Evidence | ExtractionError


def extract_on_spark(docs: Sequence[SourceDocument], *, reader: str, master: str | None = None,
                     partitions: int | None = None, batch_size: int | None = None,
                     stats: SparkReadStats | None = None) -> Generator[list[tuple[int, Result]], None, None]:
    """Extract ``docs`` on Spark, one batch at a time: yields each batch's ``(index, Evidence or error)`` in
    input order. The next batch's job runs while the caller handles this one (writes it, say).

    A crash (not an :class:`ExtractionError`) on any document raises :class:`ExtractCrash` before that batch
    is yielded."""
    if partitions is not None and partitions < 1:
        raise UsageError(f"--partitions must be at least 1, not {partitions}")
    if batch_size is not None and batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {batch_size}")
    st = stats if stats is not None else SparkReadStats()
    if not docs:
        return
    t0 = time.perf_counter()
    session = _session(master)
    st.session_seconds = time.perf_counter() - t0
    sc = session.sparkContext
    parts = partitions or int(sc.defaultParallelism)
    size = batch_size or max(DEFAULT_BATCH_SIZE, 8 * parts)  # a big cluster: 8 documents per partition
    st.master, st.partitions, st.batch_size = str(sc.master), parts, size
    indexed = list(enumerate(docs))
    batches = [indexed[i:i + size] for i in range(0, len(indexed), size)]
    run = functools.partial(_run_partition, reader)

    group = f"multipolar-read-{uuid.uuid4().hex[:12]}"  # this run's jobs, cancelled together (not others')

    def job(batch: list[tuple[int, SourceDocument]]) -> list[tuple[Any, ...]]:
        groups = balanced_groups(batch, parts)
        sc.setJobGroup(group, f"multipolar read: {len(batch)} documents from #{batch[0][0]}")
        records: list[tuple[Any, ...]] = sc.parallelize(groups, len(groups)).mapPartitions(run).collect()
        return records

    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="multipolar-spark-read") as pool:
            pending: Future[list[tuple[Any, ...]]] | None = pool.submit(job, batches[0]) if batches else None
            for k in range(len(batches)):
                assert pending is not None
                records = pending.result()
                pending = pool.submit(job, batches[k + 1]) if k + 1 < len(batches) else None
                try:
                    yield _batch_results(records, docs, st)
                except BaseException:
                    if pending is not None:
                        pending.cancel()
                        sc.cancelJobGroup(group)
                    raise
    finally:
        st.wall_seconds = time.perf_counter() - t0


def extract_all_on_spark(docs: Sequence[SourceDocument], *, reader: str, master: str | None = None,
                         partitions: int | None = None, batch_size: int | None = None,
                         stats: SparkReadStats | None = None,
                         progress: Callable[[int, int], None] | None = None) -> list[tuple[SourceDocument, Evidence]]:
    """Every document with its evidence, in input order, as the local ``extract`` gives them: the first
    document the pipeline refuses raises its :class:`ExtractionError`, as in the local run.
    ``progress(done, total)`` once with 0 at the start, then after each batch."""
    pairs: list[tuple[SourceDocument, Evidence]] = []
    if progress:
        progress(0, len(docs))
    # closed at once on an error, which cancels the next batch's job
    with contextlib.closing(extract_on_spark(docs, reader=reader, master=master, partitions=partitions,
                                             batch_size=batch_size, stats=stats)) as batches:
        for batch in batches:
            for i, ev in batch:
                if isinstance(ev, ExtractionError):
                    raise ev
                pairs.append((docs[i], ev))
            if progress:
                progress(len(pairs), len(docs))
    return pairs


def _batch_results(records: list[tuple[Any, ...]], docs: Sequence[SourceDocument],
                   st: SparkReadStats) -> list[tuple[int, Result]]:
    out: list[tuple[int, Result]] = []
    crashes = []
    for kind, key, value in records:
        if kind == "stats":
            load_s, extract_s, cpu_s, n = value
            if load_s:
                st.load_seconds[key] = st.load_seconds.get(key, 0.0) + load_s
            st.extract_seconds += extract_s
            st.extract_cpu_seconds += cpu_s
            st.documents += n
        elif kind == "doc":
            out.append((key, value))
        elif kind == "error":
            message, source, hint = value
            out.append((key, ExtractionError(message, source=source, hint=hint)))
        elif kind == "setup":
            if len(value) == 3:  # an ExtractionError, as the local run raises it (the spaCy model missing…)
                message, _source, hint = value
                raise ExtractionError(f"a Spark executor could not build the pipeline: {message}", hint=hint)
            raise ExtractCrash(f"a Spark executor could not build the pipeline ({value[0]})", source=None,
                               index=key, detail=value[1])
        else:
            crashes.append((key, value))
    st.batches += 1
    if crashes:
        index, (summary, detail) = min(crashes)
        raise ExtractCrash(f"extraction failed ({summary})", source=docs[index].origin, index=index,
                           detail=detail)
    out.sort(key=lambda r: r[0])
    return out


# -- ingest ----------------------------------------------------------------------------------------------------

class BatchFailed(MultipolarError):
    """A batch could not be stored: earlier batches are stored, this one and later ones are not."""

    exit_code = 5

    def __init__(self, message: str, *, not_stored: list[str], report: Any):
        super().__init__(message, hint="ingest the same inputs again: stored documents are skipped")
        self.not_stored = not_stored
        self.report = report


def ingest_on_spark(docs: Sequence[SourceDocument], *, store: Any, report: Any, reader: str, method: str,
                    master: str | None = None, partitions: int | None = None, batch_size: int | None = None,
                    stats: SparkReadStats | None = None,
                    progress: Callable[[int, int], None] | None = None) -> None:
    """Extract ``docs`` on Spark and store each batch in one transaction, filling ``report`` (an
    :class:`~multipolar.api.IngestReport`) in input order; ``progress(done, total)`` after each batch of
    the documents to extract (and once with 0 at the start).

    Documents already stored (same text), and repeats within ``docs``, are ``unchanged`` and not extracted.
    A document the pipeline refuses is ``failed``; the others are stored. If a batch cannot be stored
    (or a document crashes the pipeline), :class:`BatchFailed` says which documents are not stored."""
    from ..store.evidence import save_documents
    from ..store.status import has_document

    stats = stats if stats is not None else SparkReadStats()
    status: dict[int, str] = {}
    seen: set[str] = set()
    todo: list[SourceDocument] = []
    todo_index: list[int] = []
    for i, doc in enumerate(docs):
        if doc.id in seen or has_document(store, doc.id):
            status[i] = "unchanged"
        else:
            todo.append(doc)
            todo_index.append(i)
        seen.add(doc.id)
    errors: dict[int, str] = {}
    counts: dict[int, tuple[int, int, int]] = {}
    if progress:
        progress(0, len(todo))
    done = 0
    try:
        with contextlib.closing(extract_on_spark(todo, reader=reader, master=master, partitions=partitions,
                                                 batch_size=batch_size, stats=stats)) as batches:
            for k, batch in enumerate(batches, start=1):
                good = [(j, ev) for j, ev in batch if isinstance(ev, Evidence)]
                for j, ev in batch:
                    if isinstance(ev, ExtractionError):
                        errors[todo_index[j]] = str(ev)
                try:
                    saved = save_documents(store, [(todo[j], ev) for j, ev in good], method=method,
                                           reader=reader)
                except Exception as exc:  # noqa: BLE001 — the store's error, reported with what is left to do
                    summary = exc.message if isinstance(exc, MultipolarError) else f"{type(exc).__name__}: {exc}"
                    raise _failed(f"batch {k} could not be stored ({summary})",
                                  todo, todo_index, batch[0][0], docs, status, errors, counts, report) from exc
                for (j, ev), s in zip(good, saved, strict=True):
                    status[todo_index[j]] = s
                    if s != "unchanged":
                        counts[todo_index[j]] = (len(ev.events), len(ev.claims), len(ev.stances))
                done += len(batch)
                if progress:
                    progress(done, len(todo))
    except ExtractCrash as exc:
        start = exc.index - exc.index % stats.batch_size  # the start of its batch
        raise _failed(str(exc), todo, todo_index, start, docs, status, errors, counts, report) from exc
    _fill(report, docs, status, errors, counts)


def _failed(message: str, todo: list[SourceDocument], todo_index: list[int], start: int,
            docs: Sequence[SourceDocument], status: dict[int, str], errors: dict[int, str],
            counts: dict[int, tuple[int, int, int]], report: Any) -> BatchFailed:
    _fill(report, docs, status, errors, counts)
    return BatchFailed(message, not_stored=[d.origin for d in todo[start:]], report=report)


def _fill(report: Any, docs: Sequence[SourceDocument], status: dict[int, str], errors: dict[int, str],
          counts: dict[int, tuple[int, int, int]]) -> None:
    for i, doc in enumerate(docs):
        if i in errors:
            report.failed.append((doc.origin, errors[i]))
        elif i in status:
            getattr(report, status[i]).append(doc.origin)
    for e, c, s in counts.values():
        report.events += e
        report.claims += c
        report.stances += s
