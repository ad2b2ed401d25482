"""CSV output shared by the CLI and the web downloads, safe to open in a spreadsheet.

Text scraped from the web ends up in our cells (titles, quotes, actor names). A cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets
("CSV injection"), so such text cells get a leading apostrophe, as OWASP recommends. Numbers are written as
they are (``-0.25`` stays a number).

>>> rows_to_csv([{"title": "=1+2", "note": "-- a dash", "value": -0.25}]).splitlines()
['title,note,value', "'=1+2,'-- a dash,-0.25"]
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any, *, list_sep: str | None = None) -> Any:
    """A cell value: lists and dicts as JSON (or lists joined by ``list_sep``), formula-like text defused."""
    if isinstance(value, list | tuple) and list_sep is not None:
        value = list_sep.join(str(v) for v in value)
    elif isinstance(value, list | dict | tuple):
        value = json.dumps(value, default=str, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rows_to_csv(rows: Iterable[Mapping[str, Any]], *, list_sep: str | None = None,
                columns: Sequence[str] | None = None) -> str:
    """Rows (dicts) as CSV text with a header of every key seen, in order of first appearance.

    With ``columns`` the header is exactly those columns (keys not among them are left out, missing ones are
    empty) and is written also when there are no rows, so an empty result still reads as a table:

    >>> rows_to_csv([], columns=["code", "year"])
    'code,year\\r\\n'
    """
    flat = [{k: safe_cell(v, list_sep=list_sep) for k, v in r.items()} for r in rows]
    if not flat and columns is None:
        return ""
    cols = list(columns) if columns is not None else list(dict.fromkeys(k for r in flat for k in r))
    buf = io.StringIO()
    # RFC 4180 line ends: with "\r\n" as the terminator the writer also quotes a bare "\r" inside a cell
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\r\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(flat)
    return buf.getvalue()
