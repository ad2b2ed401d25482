"""The public door: what the CLI, the web app, the demo and notebooks call, and nothing else.

Every function takes ``db``: a store file, an open :class:`Store` (used and left open) or None for the default
store (``$MULTIPOLAR_DB`` or the user data dir); a file is opened read-only where the call only reads.
Measurement takes ``engine`` (``"duckdb"``, ``"spark"`` or an engine object) and ``spark_master``, resolved
once here. Results are frozen dataclasses; each has ``as_json()``, what the CLI prints as JSON.

>>> import multipolar.api as api
>>> report = api.ingest(["news/"], db="my.duckdb")                     # doctest: +SKIP
>>> scores = api.influence(targets="GEO", years="2000-2014", db="my.duckdb")   # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from ..measure.methods import DEFAULT_METHOD
from ..sources.discover import ReadFailure
from ..store import Store
from ..store.catalog import DatasetFile
from ..store.evidence_reads import EvidenceRow
from ..store.records import ActorRow, ClaimRow, EventRow, StanceRow
from ..store.verify import Problem, VerifyReport
from ._db import DbLike, store_exists, store_path
from .claims import CheckReport, Verdict, check
from .codes import GROUP_POWERS, state_code, state_names
from .data import (
    DatasetInfo,
    Fetched,
    FileLoad,
    LoadableDataset,
    LoadReport,
    Recognised,
    datasets,
    fetch,
    load,
    load_starter,
    loadable,
    recognise,
)
from .evaluation import DocumentScores, Evaluation, Figures, evaluate
from .evidence import (
    Extracted,
    IngestReport,
    evidence,
    extract,
    extract_documents,
    extract_read,
    ingest,
    ingest_documents,
    query,
    read,
    read_text,
    use_reader,
)
from .explanation import (
    DocumentCited,
    DomainScore,
    EventCited,
    Explanation,
    IndicatorValue,
    ObservationRow,
    SourceBlock,
    SourceRows,
    StanceCited,
)
from .measures import explain, hedging, influence, validate
from .reader import Reader
from .report import BriefReport, brief, verify
from .scores import Divergence, Driver, Hedging, HedgingReport, InfluenceReport, Score
from .status import DatasetYears, Need, Readiness, Status, actors_with_data, data_years, status

if TYPE_CHECKING:
    from ..engines.spark_read import BatchFailed, ExtractCrash
    from ..measure.validate import Validation


def __getattr__(name: str) -> Any:  # imported when first asked for: the Spark engine's errors (pyarrow is slow)
    if name in ("BatchFailed", "ExtractCrash"):  # and the validation (numpy and the engines)
        from ..engines import spark_read

        return getattr(spark_read, name)
    if name == "Validation":
        from ..measure.validate import Validation

        return Validation
    raise AttributeError(name)


__all__ = [
    "ActorRow", "BatchFailed", "BriefReport", "CheckReport", "ClaimRow", "DEFAULT_METHOD", "DatasetFile", "DatasetInfo",
    "DatasetYears", "DbLike", "Divergence", "DocumentCited", "DocumentScores", "DomainScore", "Driver", "EventCited",
    "EventRow", "Evaluation", "EvidenceRow", "Explanation", "ExtractCrash", "Extracted", "Fetched", "Figures",
    "FileLoad", "GROUP_POWERS", "Hedging", "HedgingReport", "IndicatorValue", "InfluenceReport", "IngestReport",
    "LoadReport", "LoadableDataset", "Need", "ObservationRow", "Problem", "ReadFailure", "Reader", "Readiness",
    "Recognised", "Score", "SourceBlock", "SourceRows", "StanceCited", "StanceRow", "Status", "Store",
    "Validation", "Verdict", "VerifyReport", "actors_with_data", "brief", "check", "data_years", "datasets", "evaluate",
    "evidence", "explain", "extract", "extract_documents", "extract_read", "fetch", "hedging", "influence", "ingest",
    "ingest_documents", "load", "load_starter", "loadable", "query", "read", "read_text", "recognise", "state_code",
    "state_names", "status", "store_exists", "store_path", "use_reader", "validate", "verify"
]
