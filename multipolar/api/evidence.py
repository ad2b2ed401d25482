"""The door to documents: read, extract, ingest, query the stored evidence."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..errors import ExtractionError, UsageError
from ..extract.evidence import Evidence
from ..sources.discover import ReadFailure, read_inputs
from ..sources.document import SourceDocument
from ..sources.text import read_text as read_article
from ..store import Store
from ..store.evidence import query_evidence, save_document
from ..store.evidence_reads import EvidenceFilter, EvidenceRow
from ..store.evidence_reads import evidence as evidence_rows
from ..store.status import has_document
from ._db import DbLike, opened

Progress = Callable[[str, str], None]  # (input, status) after each document
Done = Callable[[int, int], None]  # (documents done, of total) while extracting


@dataclass
class _Tally:
    """An ingest's outcome as it is counted (filled in input order, also by the Spark engine)."""

    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    stances: int = 0

    def report(self, spark: Any = None) -> IngestReport:
        return IngestReport(tuple(self.new), tuple(self.replaced), tuple(self.unchanged), tuple(self.failed),
                            self.events, self.claims, self.stances, spark)


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did, per input."""

    new: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (input, error)
    events: int = 0
    claims: int = 0
    stances: int = 0
    spark: Any = None  # what the Spark engine did (SparkReadStats), with engine="spark"

    @property
    def read(self) -> int:
        return len(self.new) + len(self.replaced) + len(self.unchanged)

    def as_json(self) -> dict[str, Any]:
        return {"new": list(self.new), "replaced": list(self.replaced), "unchanged": list(self.unchanged),
                "failed": [{"input": i, "error": e} for i, e in self.failed], "events": self.events,
                "claims": self.claims, "stances": self.stances}


@dataclass(frozen=True)
class Extracted:
    """Documents read and what each says, and what the Spark engine did (with engine="spark")."""

    pairs: tuple[tuple[SourceDocument, Evidence], ...]
    spark: Any = None  # SparkReadStats


def use_reader(reader: str) -> None:
    """Read events with ``reader`` (rules, model or rules+model) from now on in this process: extract, ingest
    and evaluate (``$MULTIPOLAR_READER``, read by the pipeline; see multipolar/extract/learned/)."""
    from ..extract.pipeline import READERS

    if reader not in READERS:
        raise UsageError(f"--reader must be one of {', '.join(READERS)}, not {reader!r}")
    os.environ["MULTIPOLAR_READER"] = reader


def _extractor() -> Any:
    from ..extract.pipeline import default_extractor

    return default_extractor()


def read(inputs: Sequence[str | Path], *, transport: httpx.BaseTransport | None = None,
         base_url: str | None = None, timeout: float = 20.0) -> Iterator[SourceDocument | ReadFailure]:
    """Read documents (files, folders, URLs, feeds) without extracting anything."""
    return read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout)


def read_text(text: str, origin: str, *, kind: str = "markdown") -> SourceDocument:
    """An article given as text, read as a file of it would be (front matter, if any, is its metadata)."""
    return read_article(text, origin, kind=kind)


def extract_documents(sources: Sequence[SourceDocument], *, progress: Done | None = None) -> list[Evidence]:
    """The evidence of documents already read, in order; ``progress(done, total)`` after each."""
    out: list[Evidence] = []
    if progress:
        progress(0, len(sources))
    for ev in _extractor().extract_many(sources):
        out.append(ev)
        if progress:
            progress(len(out), len(sources))
    return out


def extract_read(sources: Sequence[SourceDocument], *, engine: str = "local", spark_master: str | None = None,
                 partitions: int | None = None, batch_size: int | None = None,
                 progress: Done | None = None) -> Extracted:
    """Extract documents already read, in this process or on Spark (``spark_master``, default local[2];
    ``partitions`` per batch of ``batch_size`` documents), with the same result."""
    _check_engine(engine, spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    if engine == "local":
        return Extracted(tuple(zip(sources, extract_documents(sources, progress=progress), strict=True)))
    from ..engines.spark_read import SparkReadStats, extract_all_on_spark
    from ..extract.pipeline import current_reader

    stats = SparkReadStats()
    pairs = extract_all_on_spark(sources, reader=current_reader(), master=spark_master, partitions=partitions,
                                 batch_size=batch_size, stats=stats, progress=progress) if sources else []
    return Extracted(tuple(pairs), stats)


def extract(inputs: Sequence[str | Path], *, transport: httpx.BaseTransport | None = None,
            base_url: str | None = None, timeout: float = 20.0,
            on_failure: Callable[[ReadFailure], None] | None = None, engine: str = "local",
            spark_master: str | None = None, partitions: int | None = None,
            batch_size: int | None = None) -> list[tuple[SourceDocument, Evidence]]:
    """Read and extract; failures go to ``on_failure`` (or raise the first one when none is given).

    ``engine="spark"`` extracts on Spark (see :func:`extract_read`), with the same result."""
    _check_engine(engine, spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    docs: list[SourceDocument] = []
    for item in read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout):
        if isinstance(item, ReadFailure):
            if on_failure is None:
                raise item.error
            on_failure(item)
        else:
            docs.append(item)
    return list(extract_read(docs, engine=engine, spark_master=spark_master, partitions=partitions,
                             batch_size=batch_size).pairs)


def _check_engine(engine: str, **spark_options: Any) -> None:
    if engine not in ("local", "spark"):
        raise UsageError(f"the engine must be local or spark, not {engine!r}")
    for name, value in spark_options.items():
        if engine == "local" and value is not None:
            raise UsageError(f"{name} is for engine='spark'")


def ingest(inputs: Sequence[str | Path], *, db: DbLike = None, store: Store | None = None,
           transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = 20.0,
           progress: Progress | None = None, engine: str = "local", spark_master: str | None = None,
           partitions: int | None = None, batch_size: int | None = None,
           spark_progress: Done | None = None) -> IngestReport:
    """Read, extract and store documents; one transaction per document, failures reported and skipped.

    ``db`` is a store file or an open :class:`Store` (``store=`` is the same). ``engine="spark"`` extracts on
    Spark and stores one transaction per batch of ``batch_size`` documents (see
    :func:`multipolar.engines.spark_read.ingest_on_spark`; ``spark_progress(done, total)`` after each batch);
    the same rows are stored. A batch that cannot be stored raises ``BatchFailed``, with the documents not
    stored and the report (an :class:`IngestReport`)."""
    _check_engine(engine, spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    with opened(store if store is not None else db, read_only=False) as st:
        if engine == "spark":
            return _ingest_on_spark(st, read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout),
                                    master=spark_master, partitions=partitions, batch_size=batch_size,
                                    progress=spark_progress)
        return _ingest_here(st, read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout),
                            progress)


def ingest_documents(sources: Sequence[SourceDocument], *, db: DbLike = None,
                     progress: Progress | None = None) -> IngestReport:
    """Extract and store documents already read (see :func:`read`, :func:`read_text`), one transaction per
    document; a document whose text is stored is unchanged and not extracted again, failures are reported."""
    with opened(db, read_only=False) as st:
        return _ingest_here(st, sources, progress)


def _ingest_here(st: Store, items: Iterable[SourceDocument | ReadFailure], progress: Progress | None) -> IngestReport:
    from ..extract.pipeline import EXTRACTOR_VERSION, current_reader

    tally = _Tally()
    extractor = None
    for item in items:
        if isinstance(item, ReadFailure):
            tally.failed.append((item.input, str(item.error)))
            if progress:
                progress(item.input, "failed")
            continue
        if has_document(st, item.id):
            tally.unchanged.append(item.origin)
            if progress:
                progress(item.origin, "unchanged")
            continue
        extractor = extractor or _extractor()
        try:
            ev = extractor.extract(item)
        except ExtractionError as exc:
            tally.failed.append((item.origin, str(exc)))
            if progress:
                progress(item.origin, "failed")
            continue
        status = save_document(st, item, ev, method=EXTRACTOR_VERSION, reader=current_reader())
        getattr(tally, status).append(item.origin)
        tally.events += len(ev.events)
        tally.claims += len(ev.claims)
        tally.stances += len(ev.stances)
        if progress:
            progress(item.origin, status)
    return tally.report()


def _ingest_on_spark(st: Store, items: Iterator[SourceDocument | ReadFailure], *,
                     master: str | None, partitions: int | None, batch_size: int | None,
                     progress: Done | None) -> IngestReport:
    from ..engines.spark_read import BatchFailed, SparkReadStats, ingest_on_spark
    from ..extract.pipeline import EXTRACTOR_VERSION, current_reader

    tally = _Tally()
    docs = []
    for item in items:
        if isinstance(item, ReadFailure):
            tally.failed.append((item.input, str(item.error)))
        else:
            docs.append(item)
    stats = SparkReadStats()
    try:
        ingest_on_spark(docs, store=st, report=tally, reader=current_reader(), method=EXTRACTOR_VERSION,
                        master=master, partitions=partitions, batch_size=batch_size, stats=stats, progress=progress)
    except BatchFailed as exc:
        exc.report = tally.report(stats)
        raise
    return tally.report(stats)


def query(kind: str, *, db: DbLike = None, store: Store | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Stored ``events``, ``claims``, ``stances`` or ``actors``, filtered (see :func:`query_evidence`);
    ``db`` is a store file or an open :class:`Store` (``store=`` is the same)."""
    with opened(store if store is not None else db, read_only=True) as st:
        return query_evidence(st, kind, **filters)


def evidence(kind: str, *, db: DbLike = None, actor: str | None = None, recipient: str | None = None,
             type: str | None = None, date_from: str | None = None, date_to: str | None = None,
             document: str | None = None, limit: int | None = None) -> tuple[EvidenceRow, ...]:
    """Stored ``events``, ``claims``, ``stances`` or ``actors`` as frozen rows (``as_json()``: a row of
    :func:`query`), each with its document's title and sentence."""
    filters = EvidenceFilter(actor=actor, recipient=recipient, type=type, since=date_from, until=date_to,
                             document=document)
    with opened(db, read_only=True) as st:
        return tuple(evidence_rows(st, kind, filters, limit=limit))
