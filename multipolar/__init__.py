"""multipolar: measure who holds influence over whom among states, and show the evidence.

The door is :mod:`multipolar.api`; its functions are also here (``multipolar.ingest(...)``).
"""

from .api import (
    IngestReport,
    brief,
    check,
    datasets,
    evaluate,
    explain,
    extract,
    hedging,
    influence,
    ingest,
    load,
    query,
    read,
    status,
    validate,
    verify,
)
from .errors import DataError, ExtractionError, FetchError, InputError, MultipolarError, StoreError, UsageError
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "DataError", "ExtractionError", "FetchError", "IngestReport", "InputError", "MultipolarError", "Store",
    "StoreError", "UsageError", "__version__", "brief", "check", "datasets", "evaluate", "explain", "extract",
    "hedging", "influence", "ingest", "load", "query", "read", "status", "validate", "verify",
]
