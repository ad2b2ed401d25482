"""Checking claims: of articles given as paths/URLs, of documents already stored, or of claim objects.

>>> from multipolar.check import check, check_stored          # doctest: +SKIP
>>> verdicts = check(["article.md"], store)                    # doctest: +SKIP
>>> verdicts = check_stored(store)   # every stored document; verdicts saved in `checks`  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..extract.evidence import Claim, Span
from ..store import Store, default_db_path
from .checker import Checker

StoreLike = Store | str | Path | None


def _open(store: StoreLike, read_only: bool) -> tuple[Store, bool]:
    if isinstance(store, Store):
        return store, False
    path = Path(store) if store is not None else default_db_path()
    if str(path) != ":memory:" and not path.exists():  # checking never creates a store
        raise StoreError("no store here yet", source=str(path),
                         hint="load datasets (multipolar load …) and ingest articles first, or pass --db")
    return Store(path, read_only=read_only), True


def check_claims(store: Store, claims: Iterable[Claim], *, published: str | None = None,
                 text: str | None = None, document: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Verdicts for claim objects (``published`` is the document's date: "now" for claims without a period)."""
    checker = Checker(store)
    out = []
    for c in claims:
        quote = text[c.text.start:c.text.end] if text is not None else None
        out.append(checker.check(c, published=published, quote=quote, document=document))
    return out


def check(inputs: Sequence[str | Path], store: StoreLike = None, **read_options: Any) -> list[dict[str, Any]]:
    """Extract the claims of the inputs (files, folders, URLs) and decide each against ``store``'s data.

    Nothing is written. One dict per claim (see :mod:`multipolar.check.checker`)."""
    from ..api import extract

    pairs = extract(inputs, **read_options)
    if not pairs:
        raise InputError("nothing could be read from the inputs given", hint="check the paths or URLs")
    st, own = _open(store, read_only=True)
    try:
        checker = Checker(st)
        out = []
        for src, ev in pairs:
            doc = {"id": src.id, "title": src.title, "origin": src.origin, "published": src.published}
            for c in ev.claims:
                out.append(checker.check(c, published=src.published, quote=src.text[c.text.start:c.text.end],
                                         document=doc))
        return out
    finally:
        if own:
            st.close()


def _claim(row: dict[str, Any]) -> Claim:
    return Claim(measure=row["measure"], subject=row["subject"], partner=row["partner"], value=row["value"],
                 unit=row["unit"], qualifier=row["qualifier"], period=row["period"],
                 text=Span(int(row["start"] or 0), int(row["end"] or 0)),
                 scope=list(row["scope"]) if row["scope"] is not None else None, about=row["about"])


def check_stored(store: StoreLike = None, *, documents: Sequence[str] | None = None,
                 save: bool = True) -> list[dict[str, Any]]:
    """Decide every claim of the stored documents (or of ``documents``: ids or origins) and, with ``save``,
    replace their rows in the ``checks`` table in one transaction."""
    st, own = _open(store, read_only=not save)
    try:
        sql = ("SELECT c.id, c.document, c.measure, c.subject, c.partner, c.scope, c.value, c.unit, c.qualifier, "
               "c.period, c.about, c.start, c.\"end\", c.sentence, d.title, d.origin, d.published "
               "FROM claims c JOIN documents d ON d.id = c.document")
        params: list[Any] = []
        if documents:
            marks = ", ".join("?" for _ in documents)
            sql += f" WHERE c.document IN ({marks}) OR d.origin IN ({marks})"
            params = [*documents, *documents]
        rows = st.query(sql + " ORDER BY c.document, c.start, c.id", params)
        checker = Checker(st)
        out = []
        for r in rows:
            doc = {"id": r["document"], "title": r["title"], "origin": r["origin"], "published": r["published"]}
            v = checker.check(_claim(r), published=r["published"], quote=r["sentence"], document=doc)
            v["claim_id"] = r["id"]
            out.append(v)
        if save:
            _save(st, out, [r["document"] for r in rows] if documents else None)
        return out
    finally:
        if own:
            st.close()


def _save(store: Store, verdicts: list[dict[str, Any]], documents: list[str] | None) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with store.transaction() as con:
        if documents is None:
            con.execute("DELETE FROM checks")
        else:
            for d in sorted(set(documents)):
                con.execute("DELETE FROM checks WHERE document = ?", [d])
        # checks of claims that no longer exist (document replaced or removed)
        con.execute("DELETE FROM checks WHERE claim NOT IN (SELECT id FROM claims)")
        rows = [[v["claim_id"], v["document"]["id"], v["verdict"], v["value"], v["unit"], v["period_used"],
                 v["exact_period"], v["dataset"], v["citation"], json.dumps(v["rows"]), v["reason"],
                 json.dumps(v["nearest"]) if v["nearest"] else None, json.dumps(v["others"]), v["disagreement"],
                 v["method"], now] for v in verdicts]
        if rows:
            con.executemany(
                'INSERT INTO checks (claim, document, verdict, value, unit, period_used, exact_period, dataset, '
                'citation, "rows", reason, nearest, others, disagreement, method, checked) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def stored_checks(store: Store, *, document: str | None = None) -> list[dict[str, Any]]:
    """The saved verdicts with their claims (for a brief or dashboard); JSON columns decoded."""
    sql = ("SELECT k.*, c.measure, c.subject, c.partner, c.scope, c.value AS claimed_value, c.unit AS claimed_unit, "
           "c.qualifier, c.period, c.about, c.start, c.\"end\", c.sentence, d.title, d.origin, d.published "
           "FROM checks k JOIN claims c ON c.id = k.claim JOIN documents d ON d.id = k.document")
    params: list[Any] = []
    if document:
        sql += " WHERE k.document = ? OR d.origin = ?"
        params = [document, document]
    out = store.query(sql + " ORDER BY k.document, c.start", params)
    for r in out:
        for k in ("rows", "nearest", "others"):
            r[k] = json.loads(r[k]) if r[k] else ([] if k != "nearest" else None)
    return out
