"""Checking claims: of articles given as paths/URLs, of documents already stored, or of claim objects.

>>> from multipolar.check import check, check_stored          # doctest: +SKIP
>>> verdicts = check(["article.md"], store)                    # doctest: +SKIP
>>> verdicts = check_stored(store)   # every stored document; verdicts saved in `checks`  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..extract.evidence import Claim, Evidence, Span
from ..extract.pipeline import default_extractor
from ..sources.discover import ReadFailure, read_inputs
from ..sources.document import SourceDocument
from ..store import Store, default_db_path
from ..store import checks as saved
from ..store.records import ClaimToCheck
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
    pairs = _extract(inputs, **read_options)
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


def _extract(inputs: Sequence[str | Path], **read_options: Any) -> list[tuple[SourceDocument, Evidence]]:
    """Read the inputs (the first that cannot be read raises) and extract their evidence."""
    docs: list[SourceDocument] = []
    for item in read_inputs(inputs, **read_options):
        if isinstance(item, ReadFailure):
            raise item.error
        docs.append(item)
    return list(zip(docs, default_extractor().extract_many(docs), strict=True))


def _claim(row: ClaimToCheck) -> Claim:
    return Claim(measure=row.measure, subject=row.subject, partner=row.partner, value=row.value, unit=row.unit,
                 qualifier=row.qualifier, period=row.period, text=Span(int(row.start or 0), int(row.end or 0)),
                 scope=list(row.scope) if row.scope is not None else None, about=row.about)


def check_stored(store: StoreLike = None, *, documents: Sequence[str] | None = None,
                 save: bool = True) -> list[dict[str, Any]]:
    """Decide every claim of the stored documents (or of ``documents``: ids or origins) and, with ``save``,
    replace their rows in the ``checks`` table in one transaction."""
    st, own = _open(store, read_only=not save)
    try:
        rows = saved.claims_to_check(st, documents)
        checker = Checker(st)
        out = []
        for r in rows:
            doc = {"id": r.document, "title": r.document_title, "origin": r.origin, "published": r.published}
            v = checker.check(_claim(r), published=r.published, quote=r.sentence, document=doc)
            v["claim_id"] = r.id
            out.append(v)
        if save:
            saved.save_checks(st, out, [str(r.document) for r in rows] if documents else None)
        return out
    finally:
        if own:
            st.close()


def stored_checks(store: Store, *, document: str | None = None) -> list[dict[str, Any]]:
    """The saved verdicts with their claims (for a brief or dashboard); JSON columns decoded."""
    return [r.as_json() for r in saved.stored_checks(store, document)]
