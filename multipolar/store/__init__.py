"""The DuckDB store, the only thing that touches the database: the schema as numbered migrations
(:mod:`.schema`, :mod:`.migrations`), driver errors translated once by class (:mod:`.errors`), load runs and
their supersede (:mod:`.runs`), typed writers (:mod:`.evidence`, :mod:`.checks`) and named reads returning
frozen rows (:mod:`.evidence_reads`, :mod:`.checks`, :mod:`.observations`; :mod:`.records`)."""

from .paths import default_db_path
from .store import Store

__all__ = ["Store", "default_db_path"]
