"""The public Python API: what the CLI, the web app and notebooks call.

>>> import multipolar
>>> evidence = multipolar.extract(["article.md"])          # doctest: +SKIP
>>> report = multipolar.ingest(["news/"], db="my.duckdb")   # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .errors import ExtractionError, InputError, UsageError
from .extract.evidence import Evidence
from .extract.scoring import gold_document_path, load_gold, pick_prediction, score_document, summarise
from .sources.discover import ReadFailure, read_inputs
from .sources.document import SourceDocument
from .store import Store
from .store.evidence import query_evidence, save_document

Progress = Callable[[str, str], None]  # (input, status) after each document


@dataclass
class IngestReport:
    """What an ingest did, per input."""

    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    stances: int = 0

    @property
    def read(self) -> int:
        return len(self.new) + len(self.replaced) + len(self.unchanged)

    def as_json(self) -> dict[str, Any]:
        return {"new": self.new, "replaced": self.replaced, "unchanged": self.unchanged,
                "failed": [{"input": i, "error": e} for i, e in self.failed], "events": self.events,
                "claims": self.claims, "stances": self.stances}


def _extractor() -> Any:
    from .extract.pipeline import default_extractor

    return default_extractor()


def read(inputs: Sequence[str | Path], *, transport: httpx.BaseTransport | None = None,
         base_url: str | None = None, timeout: float = 20.0) -> Iterator[SourceDocument | ReadFailure]:
    """Read documents (files, folders, URLs, feeds) without extracting anything."""
    return read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout)


def extract_documents(sources: Sequence[SourceDocument]) -> list[Evidence]:
    return list(_extractor().extract_many(sources))


def extract(inputs: Sequence[str | Path], *, transport: httpx.BaseTransport | None = None,
            base_url: str | None = None, timeout: float = 20.0,
            on_failure: Callable[[ReadFailure], None] | None = None, engine: str = "local",
            spark_master: str | None = None, partitions: int | None = None,
            batch_size: int | None = None) -> list[tuple[SourceDocument, Evidence]]:
    """Read and extract; failures go to ``on_failure`` (or raise the first one when none is given).

    ``engine="spark"`` extracts on Spark (``spark_master``, default local[2]; ``partitions`` per batch of
    ``batch_size`` documents; see :mod:`multipolar.engines.spark_read`), with the same result."""
    _check_engine(engine, spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    docs: list[SourceDocument] = []
    for item in read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout):
        if isinstance(item, ReadFailure):
            if on_failure is None:
                raise item.error
            on_failure(item)
        else:
            docs.append(item)
    if engine == "spark":
        from .engines.spark_read import extract_all_on_spark
        from .extract.pipeline import current_reader

        return extract_all_on_spark(docs, reader=current_reader(), master=spark_master, partitions=partitions,
                                    batch_size=batch_size) if docs else []
    return list(zip(docs, extract_documents(docs), strict=True))


def _check_engine(engine: str, **spark_options: Any) -> None:
    if engine not in ("local", "spark"):
        raise UsageError(f"the engine must be local or spark, not {engine!r}")
    for name, value in spark_options.items():
        if engine == "local" and value is not None:
            raise UsageError(f"{name} is for engine='spark'")


def ingest(inputs: Sequence[str | Path], *, db: str | Path | None = None, store: Store | None = None,
           transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = 20.0,
           progress: Progress | None = None, engine: str = "local", spark_master: str | None = None,
           partitions: int | None = None, batch_size: int | None = None) -> IngestReport:
    """Read, extract and store documents; one transaction per document, failures reported and skipped.

    ``engine="spark"`` extracts on Spark and stores one transaction per batch of ``batch_size`` documents
    (see :func:`multipolar.engines.spark_read.ingest_on_spark`; ``progress`` is not called); the same rows are
    stored. A batch that cannot be stored raises ``BatchFailed``, with the documents not stored and the report."""
    from .extract.pipeline import EXTRACTOR_VERSION, current_reader

    _check_engine(engine, spark_master=spark_master, partitions=partitions, batch_size=batch_size)
    own = store is None
    st = store or Store(db)
    report = IngestReport()
    try:
        if engine == "spark":
            from .engines.spark_read import ingest_on_spark

            docs = []
            for item in read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout):
                if isinstance(item, ReadFailure):
                    report.failed.append((item.input, str(item.error)))
                else:
                    docs.append(item)
            ingest_on_spark(docs, store=st, report=report, reader=current_reader(), method=EXTRACTOR_VERSION,
                            master=spark_master, partitions=partitions, batch_size=batch_size)
            return report
        extractor = None
        for item in read_inputs(inputs, transport=transport, base_url=base_url, timeout=timeout):
            if isinstance(item, ReadFailure):
                report.failed.append((item.input, str(item.error)))
                if progress:
                    progress(item.input, "failed")
                continue
            if st.scalar("SELECT count(*) FROM documents WHERE id = ?", [item.id]):
                report.unchanged.append(item.origin)
                if progress:
                    progress(item.origin, "unchanged")
                continue
            extractor = extractor or _extractor()
            try:
                ev = extractor.extract(item)
            except ExtractionError as exc:
                report.failed.append((item.origin, str(exc)))
                if progress:
                    progress(item.origin, "failed")
                continue
            status = save_document(st, item, ev, method=EXTRACTOR_VERSION, reader=current_reader())
            getattr(report, status).append(item.origin)
            report.events += len(ev.events)
            report.claims += len(ev.claims)
            report.stances += len(ev.stances)
            if progress:
                progress(item.origin, status)
    finally:
        if own:
            st.close()
    return report


def query(kind: str, *, db: str | Path | None = None, store: Store | None = None, **filters: Any) -> list[dict]:
    """Stored ``events``, ``claims``, ``stances`` or ``actors``, filtered (see :func:`query_evidence`)."""
    own = store is None
    st = store or Store(db, read_only=True)
    try:
        return query_evidence(st, kind, **filters)
    finally:
        if own:
            st.close()


def evaluate(gold: str | Path, *, docs: str | Path | None = None, with_errors: bool = False) -> dict[str, Any]:
    """Extract the documents behind gold files and score them, per document and overall."""
    gold_path = Path(gold)
    if gold_path.is_dir():
        gold_files = sorted(gold_path.glob("*.gold.json"))
        if not gold_files:
            raise InputError("no *.gold.json files in this folder", source=str(gold_path))
    elif gold_path.exists():
        gold_files = [gold_path]
    else:
        raise InputError("no such gold file or folder", source=str(gold_path))
    docs_dir = Path(docs) if docs else None
    pairs: list[tuple[str, dict[str, Any], SourceDocument]] = []
    for gf in gold_files:
        g = load_gold(gf)
        doc_path = gold_document_path(gf, g, docs_dir)
        if doc_path is None:
            raise InputError("cannot find the document of this gold file", source=str(gf),
                             hint="pass --docs DIR holding NAME.md (or .txt/.html) for each NAME.gold.json")
        items = list(read_inputs([doc_path]))
        if not items or isinstance(items[0], ReadFailure):
            raise items[0].error if items else InputError("nothing read", source=str(doc_path))  # type: ignore
        pairs.append((gf.name.removesuffix(".gold.json"), g, items[0]))  # type: ignore[arg-type]
    evidences = extract_documents([p[2] for p in pairs])
    scores = {}
    for (name, g, src), ev in zip(pairs, evidences, strict=True):
        pred = pick_prediction(json.loads(json.dumps(ev.as_json())), g)
        scores[name] = score_document(pred, g, src.text)
    return summarise(scores, with_errors=with_errors)
