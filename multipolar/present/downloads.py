"""The columns of every download, fixed per kind: the same names, order and types whatever the filter.

A download is a table a user reads with ``pandas.read_csv`` or ``pyarrow.parquet``; its shape must not depend
on what the filter happened to select. So each kind has one schema here: rows are projected onto it (a column
a row lacks is empty, e.g. ``share``/``rank`` when the powers asked for are not the region's), an empty
result is a CSV with its header row and a Parquet with the typed schema and no rows.

Types: ``string`` columns are text even when they look like numbers (a CAMEO code such as ``010``, a date
``2014``): read them with ``pandas.read_csv(url, dtype=read_csv_dtype(kind))`` or the ``dtype`` map that
``/api/downloads`` serves, otherwise pandas reads ``010`` as the integer 10. In Parquet they are typed strings.
Lists and objects (``actors``, ``drivers``, ``shares``) are JSON text in both formats.

>>> columns("influence")[:4]
['power', 'target', 'year', 'domain']
>>> read_csv_dtype("events")["cameo"]
'string'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .csvout import rows_to_csv

# kind → (column, type) with type one of string, int64, float64, bool, json (JSON text, a string column)
SCHEMAS: dict[str, tuple[tuple[str, str], ...]] = {
    "influence": (("power", "string"), ("target", "string"), ("year", "int64"), ("domain", "string"),
                  ("value", "float64"), ("low", "float64"), ("high", "float64"), ("coverage", "float64"),
                  ("bandwidth", "float64"), ("dependence", "float64"), ("method", "string"), ("delta", "float64"),
                  ("trend", "string"), ("share", "float64"), ("rank", "int64"), ("comparable", "bool"),
                  ("not_compared", "json"), ("drivers", "json")),
    "hedging": (("target", "string"), ("year", "int64"), ("domain", "string"), ("method", "string"),
                ("powers_with_data", "int64"), ("coverage", "float64"), ("missing_powers", "json"),
                ("entropy", "float64"), ("entropy_low", "float64"), ("entropy_high", "float64"),
                ("leader", "string"), ("lead_gap", "float64"), ("hhi", "float64"), ("shares", "json")),
    "events": (("id", "string"), ("origin", "string"), ("type", "string"), ("cameo", "string"),
               ("actors", "json"), ("recipients", "json"), ("date", "string"), ("goldstein", "float64"),
               ("quad", "int64"), ("document", "string"), ("document_title", "string"), ("document_url", "string"),
               ("source_url", "string"), ("start", "int64"), ("end", "int64"), ("sentence", "string")),
    "claims": (("id", "string"), ("document", "string"), ("document_title", "string"), ("measure", "string"),
               ("subject", "string"), ("partner", "string"), ("value", "float64"), ("unit", "string"),
               ("qualifier", "string"), ("period", "string"), ("start", "int64"), ("end", "int64"),
               ("sentence", "string")),
    "stances": (("id", "string"), ("document", "string"), ("document_title", "string"), ("holder", "string"),
                ("issue", "string"), ("target", "string"), ("polarity", "string"), ("date", "string"),
                ("start", "int64"), ("end", "int64"), ("sentence", "string")),
    "checks": (("claim", "string"), ("document", "string"), ("title", "string"), ("sentence", "string"),
               ("measure", "string"), ("subject", "string"), ("partner", "string"), ("claimed_value", "float64"),
               ("claimed_unit", "string"), ("period", "string"), ("verdict", "string"), ("value", "float64"),
               ("unit", "string"), ("period_used", "string"), ("dataset", "string"), ("citation", "string"),
               ("reason", "string"), ("start", "int64"), ("end", "int64")),
    "documents": (("id", "string"), ("title", "string"), ("published", "string"), ("source", "string"),
                  ("url", "string"), ("origin", "string"), ("text", "string")),
    "datasets": (("name", "string"), ("version", "string"), ("licence", "string"), ("citation", "string"),
                 ("url", "string"), ("observations", "int64"), ("y0", "int64"), ("y1", "int64"),
                 ("rows_loaded", "int64")),
}
KINDS: tuple[str, ...] = tuple(SCHEMAS)
_PANDAS = {"string": "string", "json": "string", "int64": "Int64", "float64": "float64", "bool": "boolean"}


def columns(kind: str) -> list[str]:
    """The column names of a download kind, in order."""
    return [c for c, _ in SCHEMAS[kind]]


def read_csv_dtype(kind: str) -> dict[str, str]:
    """The ``dtype`` map for ``pandas.read_csv``: text columns as ``string`` (keeps ``010``), counts as ``Int64``."""
    return {c: _PANDAS[t] for c, t in SCHEMAS[kind]}


def describe() -> dict[str, Any]:
    """Every kind's columns and types (served at ``/api/downloads``)."""
    return {kind: {"columns": [{"name": c, "type": t} for c, t in spec], "read_csv_dtype": read_csv_dtype(kind)}
            for kind, spec in SCHEMAS.items()}


def _cell(value: Any, typ: str) -> Any:
    if value is None:
        return None
    if typ == "json" or isinstance(value, list | dict | tuple):
        return value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    if typ == "string":
        return str(value)
    if typ == "int64":
        return int(value)
    if typ == "float64":
        return float(value)
    if typ == "bool":
        return bool(value)
    return value  # pragma: no cover


def project(rows: Iterable[Mapping[str, Any]], kind: str) -> list[dict[str, Any]]:
    """Rows onto the kind's columns: missing keys empty, values in the column's type, other keys left out."""
    spec = SCHEMAS[kind]
    return [{c: _cell(r.get(c), t) for c, t in spec} for r in rows]


def to_csv(rows: Iterable[Mapping[str, Any]], kind: str) -> str:
    """CSV text with the kind's header row, also when there are no rows."""
    return rows_to_csv(project(rows, kind), columns=columns(kind))


def arrow_schema(kind: str) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "json": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_()}
    return pa.schema([pa.field(c, types[t]) for c, t in SCHEMAS[kind]])


def to_parquet(rows: Iterable[Mapping[str, Any]], kind: str) -> bytes:
    """Parquet bytes with the kind's typed schema, also when there are no rows."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(kind)
    table = pa.Table.from_pylist(project(rows, kind), schema=schema)
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


__all__ = ["KINDS", "SCHEMAS", "arrow_schema", "columns", "describe", "project", "read_csv_dtype", "to_csv",
           "to_parquet"]
