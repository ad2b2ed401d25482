"""Claim checks in the store: the stored claims to decide, the verdicts saved (``checks``), and reading them
back as :class:`~multipolar.store.records.CheckRow`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from .records import CheckRow, ClaimToCheck
from .store import Store

_CHECK_COLUMNS = ("claim", "document", "verdict", "value", "unit", "period_used", "exact_period", "dataset",
                  "citation", "rows", "reason", "nearest", "others", "disagreement", "method", "checked")
#: JSON columns (a missing ``nearest`` reads as None, the others as an empty list)
_JSON_COLUMNS = ("rows", "nearest", "others")


def _documents_where(alias: str, documents: Sequence[str]) -> tuple[str, list[str]]:
    """Rows of ``documents`` given by id or origin."""
    marks = ", ".join("?" for _ in documents)
    return f" WHERE {alias}.document IN ({marks}) OR d.origin IN ({marks})", [*documents, *documents]


def claims_to_check(store: Store, documents: Sequence[str] | None = None) -> list[ClaimToCheck]:
    """The claims of every stored document (or of ``documents``: ids or origins), in document and text order."""
    sql = ("SELECT c.id, c.document, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier, "
           "c.period, c.about, c.start, c.\"end\", c.sentence, d.title AS document_title, d.origin, d.published "
           "FROM claims c JOIN documents d ON d.id = c.document")
    where, params = _documents_where("c", documents) if documents else ("", [])
    return [ClaimToCheck(**r) for r in store.query(sql + where + " ORDER BY c.document, c.start, c.id", params)]


def save_checks(store: Store, verdicts: Sequence[dict[str, Any]], documents: Sequence[str] | None) -> None:
    """Replace the saved verdicts of ``documents`` (every document when None) with ``verdicts`` (the checker's
    dicts, each with ``claim_id``), in one transaction; checks of claims no longer stored go too."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = [[v["claim_id"], v["document"]["id"], v["verdict"], v["value"], v["unit"], v["period_used"],
             v["exact_period"], v["dataset"], v["citation"], json.dumps(v["rows"]), v["reason"],
             json.dumps(v["nearest"]) if v["nearest"] else None, json.dumps(v["others"]), v["disagreement"],
             v["method"], now] for v in verdicts]
    names = ", ".join(f'"{c}"' for c in _CHECK_COLUMNS)
    marks = ", ".join("?" for _ in _CHECK_COLUMNS)
    with store.transaction() as con:
        if documents is None:
            con.execute("DELETE FROM checks")
        else:
            for d in sorted(set(documents)):
                con.execute("DELETE FROM checks WHERE document = ?", [d])
        con.execute("DELETE FROM checks WHERE claim NOT IN (SELECT id FROM claims)")
        if rows:
            con.executemany(f"INSERT INTO checks ({names}) VALUES ({marks})", rows)


def stored_checks(store: Store, document: str | None = None) -> list[CheckRow]:
    """The saved verdicts with their claims (of ``document``: id or origin), JSON columns decoded."""
    sql = ("SELECT k.*, c.measure, c.subject, c.partner, c.scope, c.value AS claimed_value, c.unit AS claimed_unit, "
           "c.qualifier, c.period, c.about, c.start, c.\"end\", c.sentence, d.title, d.origin, d.published "
           "FROM checks k JOIN claims c ON c.id = k.claim JOIN documents d ON d.id = k.document")
    where, params = _documents_where("k", [document]) if document else ("", [])
    out = []
    for r in store.query(sql + where + " ORDER BY k.document, c.start", params):
        for k in _JSON_COLUMNS:
            r[k] = json.loads(r[k]) if r[k] else (None if k == "nearest" else [])
        out.append(CheckRow(**r))
    return out
