"""The DuckDB store: schema, transactions, load runs."""

from .paths import default_db_path
from .store import Store

__all__ = ["Store", "default_db_path"]
