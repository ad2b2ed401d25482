"""multipolar: measure who holds influence over whom among states, and show the evidence."""

from .api import IngestReport, evaluate, extract, ingest, query, read
from .errors import DataError, ExtractionError, FetchError, InputError, MultipolarError, StoreError, UsageError
from .store import Store


def check(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Check articles' claims against the loaded data (see :func:`multipolar.check.api.check`)."""
    from .check.api import check as _check

    return _check(*args, **kwargs)

__version__ = "0.1.0"

__all__ = [
    "DataError", "ExtractionError", "check", "FetchError", "IngestReport", "InputError", "MultipolarError", "Store",
    "StoreError", "UsageError", "__version__", "evaluate", "extract", "ingest", "query", "read",
]
