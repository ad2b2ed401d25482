"""The door's one object over a store: what the brief and the dashboard show, as rows, cached until the store
changes (no numbers of its own).

Influence, hedging, explain and checks come from the door's functions; verdicts are the door's :class:`Verdict`,
flattened one way (:func:`verdict_row`); evidence, documents, actors, years and coverage are the store's named
reads (:mod:`multipolar.store.views`). Results are cached until the store changes (:mod:`._cache`); the store is
held by :mod:`._connection`.

>>> from multipolar.api import Reader, Store
>>> reader = Reader(Store("demo.duckdb", read_only=True))        # doctest: +SKIP
>>> reader.influence(("GEO",), ("RUS", "WEST"), (2000, 2014))     # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

from ..domain import ACTOR_CODE, DEFAULT_POWERS, REGIONS
from ..errors import UsageError
from ..measure.methods import DEFAULT_METHOD
from ..present.sources import by_channel, by_domain, source_row
from ..store import Store, views
from ..store.checks import stored_checks
from ..store.evidence_reads import EvidenceFilter, count_evidence, evidence
from ..store.records import CheckRow
from ._cache import Cache
from ._connection import Connection
from .claims import Verdict, check
from .measures import explain, hedging, influence

Span = tuple[int, int]
Rows = list[dict[str, Any]]

# the columns the pages, the JSON API and the downloads show
EVENT_COLUMNS = ("id", "origin", "type", "cameo", "actors", "recipients", "date", "goldstein", "quad", "document",
                 "document_title", "document_url", "source_url", "start", "end", "sentence")
CLAIM_COLUMNS = ("id", "document", "document_title", "measure", "subject", "partner", "value", "unit", "qualifier",
                 "period", "start", "end", "sentence")
STANCE_COLUMNS = ("id", "document", "document_title", "holder", "issue", "target", "polarity", "date", "start",
                  "end", "sentence")


def _columns(rows: Sequence[Any], columns: tuple[str, ...]) -> Rows:
    return [{c: getattr(r, c) for c in columns} for r in rows]


def verdict_row(v: Verdict) -> dict[str, Any]:
    """A verdict as the dashboard, the brief and checks.csv show it: the claim, what the data say, where from."""
    claim, doc = v.claim, v.document or {}
    span = claim.get("text") or {}
    return {"claim": v.claim_id, "document": doc.get("id"), "title": doc.get("title"), "sentence": v.quote,
            "measure": claim.get("measure"), "subject": claim.get("subject"), "partner": claim.get("partner"),
            "claimed_value": claim.get("value"), "claimed_unit": claim.get("unit"), "period": claim.get("period"),
            "verdict": v.verdict, "value": v.value, "unit": v.unit, "period_used": v.period_used,
            "dataset": v.dataset, "citation": v.citation, "reason": v.reason, "start": span.get("start"),
            "end": span.get("end")}


def saved_verdict(r: CheckRow) -> Verdict:
    """A verdict saved in the store's ``checks``, with its claim and document, as the door's :class:`Verdict`."""
    claim = {"measure": r.measure, "subject": r.subject, "partner": r.partner, "value": r.claimed_value,
             "unit": r.claimed_unit, "period": r.period, "text": {"start": r.start, "end": r.end}}
    doc = {"id": r.document, "title": r.title, "origin": r.origin, "published": r.published}
    return Verdict(claim, r.sentence, doc, r.verdict, r.value, r.unit, r.period_used, bool(r.exact_period),
                   r.dataset, r.citation, tuple(r.rows), r.reason or "", r.nearest, tuple(r.others),
                   bool(r.disagreement), r.method or "", r.claim)


class Reader:
    """Reads of one store for the brief and the dashboard; safe to share between threads.

    The store is opened per request unless ``keep_open`` (or writable); the next request sees what a load
    committed, cached results are dropped when the store's load runs change. Plain reads use one cursor per
    thread; measurement runs one at a time on its own cursor.
    """

    def __init__(self, store: Store, *, method: str = DEFAULT_METHOD, keep_open: bool = True):
        self.method = method
        lock = threading.RLock()  # one measurement or write at a time, on the measuring cursor
        self.cache = Cache(lock)
        self.connection = Connection(store, keep_open=keep_open, lock=lock,
                                     on_open=lambda st: self.cache.follow(views.version(st)))

    # -- the store -------------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.connection.read_only

    @property
    def path(self) -> str:
        """The store's file."""
        return self.connection.path

    @property
    def store(self) -> Store:
        """The open store (between :meth:`acquire` and :meth:`release`, or always when kept open)."""
        return self.connection.store

    def acquire(self) -> None:
        self.connection.acquire()

    def acquire_if_open(self) -> bool:
        return self.connection.acquire_if_open()

    def release(self) -> None:
        self.connection.release()

    @property
    def db(self) -> Store:
        """This thread's cursor on the store."""
        return self.connection.reader()

    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        return self.cache.cached(key, compute)

    @contextlib.contextmanager
    def writing(self) -> Iterator[Store]:
        """The open store to write to, while nothing is measured; what was cached is forgotten once written."""
        with self.connection.lock:
            yield self.store
            self.cache.clear()
            self.connection.forget_worker()

    # -- names -----------------------------------------------------------------------------------------------
    def names(self) -> dict[str, str]:
        """Actor names: the registry's, then the store's."""
        def read() -> dict[str, str]:
            names: dict[str, str] = {}
            try:
                from ..resolve.registry import Registry

                names.update((a.id, a.name) for a in Registry.default().actors())
            except Exception:  # noqa: BLE001 - names are a nicety; codes still show
                pass
            for code, name in views.actor_names(self.db).items():
                names.setdefault(code, name)
            return names

        got: dict[str, str] = self.cache.cached(("names",), read)
        return got

    def name(self, code: str | None) -> str:
        if not code:
            return ""
        return self.names().get(code, code)

    def known(self, code: str) -> bool:
        """An actor named in the registry or the store, or with observations."""
        return code in self.names() or views.has_observations(self.db, code)

    def actor_codes(self) -> list[str]:
        """Actor codes with something in this store (and the region's states and powers)."""
        got: list[str] = self.cache.cached(("store-codes",), lambda: [a["id"] for a in self.actors(limit=100_000)])
        return got

    def actors(self, *, q: str | None = None, limit: int = 200) -> Rows:
        """Actors seen in the store (mentions, events, observations), the powers and the regions' states, with
        their names (matching ``q`` in code or name)."""
        seen = views.actors_seen(self.db)
        seen.update(DEFAULT_POWERS)
        for reg in REGIONS.values():
            seen.update(reg.targets)
        names = self.names()
        rows = [{"id": a, "name": names.get(a, a)} for a in sorted(seen) if ACTOR_CODE.fullmatch(a)]
        if q:
            ql = q.lower()
            rows = [r for r in rows if ql in r["id"].lower() or ql in str(r["name"]).lower()]
        return rows[:limit]

    # -- measurement, through the door -----------------------------------------------------------------------
    def _measured(self, key: Hashable, compute: Callable[[Store], Any]) -> Any:
        return self.cache.cached(key, lambda: compute(self.connection.worker()))

    def influence(self, targets: Sequence[str], powers: Sequence[str], span: Span | None = None) -> Rows:
        """Rows (power, target, year, domain, value, low, high, coverage, share, rank, delta, trend…)."""
        tg, pw = tuple(targets), tuple(powers)
        rows: Rows = self._measured(("influence", tg, pw), lambda st: [s.as_json() for s in influence(
            targets=list(tg), powers=list(pw), db=st, method=self.method, save_scores=False).scores])
        if span:
            rows = [r for r in rows if span[0] <= r["year"] <= span[1]]
        return rows

    def dyad(self, power: str, target: str, region_powers: Sequence[str] = DEFAULT_POWERS,
             region_targets: Sequence[str] = ()) -> Rows:
        """One power's series over one target, all domains (with shares when the dyad is in the region)."""
        if target in region_targets and power in region_powers:
            return [r for r in self.influence(tuple(region_targets), tuple(region_powers))
                    if r["power"] == power and r["target"] == target]
        return self.influence((target,), (power,))

    def hedging(self, targets: Sequence[str], powers: Sequence[str], span: Span | None = None) -> dict[str, Rows]:
        """Hedging ``rows`` and ``divergence`` (none with fewer than two powers)."""
        tg, pw = tuple(targets), tuple(powers)
        if len(pw) < 2:
            return {"rows": [], "divergence": []}

        def run(st: Store) -> dict[str, Rows]:
            rep = hedging(targets=list(tg), powers=list(pw), db=st, method=self.method)
            return {"rows": [h.as_json() for h in rep.rows], "divergence": [d.as_json() for d in rep.divergence]}

        out: dict[str, Rows] = self._measured(("hedging", tg, pw), run)
        if span:
            return {k: [r for r in v if span[0] <= r["year"] <= span[1]] for k, v in out.items()}
        return out

    def explain(self, power: str, target: str, year: int) -> dict[str, Any] | None:
        """One dyad-year explained (None when the door cannot: no such dyad or year)."""
        try:
            result: dict[str, Any] = self._measured(("explain", power, target, year), lambda st: explain(
                power=power, target=target, year=year, db=st, method=self.method).as_json())
        except UsageError:
            return None
        return result

    # -- claim checks ----------------------------------------------------------------------------------------
    def checks(self, document: str | None = None) -> Rows:
        """Saved verdicts; when none are saved, the claims are checked now (nothing written)."""
        db = self.db
        if views.count(db, "checks"):
            return [verdict_row(saved_verdict(r)) for r in stored_checks(db, document=document)]
        if not views.count(db, "claims"):
            return []
        verdicts: Rows = self._measured(("checks",), lambda st: [
            verdict_row(v) for v in check(db=st, save=False).verdicts])
        return [v for v in verdicts if document is None or v["document"] == document]

    # -- evidence and documents, the store's named reads -----------------------------------------------------
    def events(self, *, actors: Sequence[str] | None = None, actor: str | None = None, recipient: str | None = None,
               origin: str | None = None, document: str | None = None, span: Span | None = None,
               limit: int = 500, offset: int = 0) -> Rows:
        """Events (articles, GDELT, ICEWS), neither negated nor hypothetical, newest first, with their
        document's title and url. ``actors``: acting or acted upon; ``actor``/``recipient``: on that side."""
        listed = EvidenceFilter(actor=actor, recipient=recipient, involving=actors, document=document, origin=origin,
                                years=span, listed_only=True)
        return _columns(evidence(self.db, "events", listed, newest_first=True, limit=limit, offset=offset),
                        EVENT_COLUMNS)

    def count_events(self, *, actors: Sequence[str] | None = None, origin: str | None = None,
                     span: Span | None = None) -> int:
        """How many events :meth:`events` would list without a limit."""
        listed = EvidenceFilter(involving=actors, origin=origin, years=span, listed_only=True)
        return count_evidence(self.db, "events", listed)

    def event_counts(self, actors: Sequence[str] | None = None, span: Span | None = None,
                     listed_only: bool = False) -> dict[str, int]:
        """Events per origin; ``listed_only``: only those :meth:`events` lists (not negated or hypothetical)."""
        return views.event_counts(self.db, actors, span, listed_only)

    def claims(self, *, actor: str | None = None, document: str | None = None) -> Rows:
        """Claims (with ``actor`` as subject or partner, of ``document``) in document and text order."""
        return _columns(evidence(self.db, "claims", EvidenceFilter(actor=actor, document=document)), CLAIM_COLUMNS)

    def stances(self, *, actor: str | None = None, document: str | None = None) -> Rows:
        """Stances (with ``actor`` as holder or target, of ``document``) in document and text order."""
        about = EvidenceFilter(involving=[actor] if actor else None, document=document)
        return _columns(evidence(self.db, "stances", about), STANCE_COLUMNS)

    def documents(self, *, q: str | None = None, limit: int = 200) -> Rows:
        return views.documents(self.db, q=q, limit=limit)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return views.document(self.db, doc_id)

    def document_texts(self) -> Rows:
        return views.document_texts(self.db)

    def mentions(self, doc_id: str) -> Rows:
        return views.mentions(self.db, doc_id)

    # -- years with data, coverage ---------------------------------------------------------------------------
    def source_years(self) -> Rows:
        """Per source, the first and last year actually loaded: observations by dataset, events by origin.

        ``source`` (dataset name, or ``events:<origin>``), ``label``, ``domain`` (the index domain it feeds,
        None when the index does not read it), ``first``, ``last``, ``rows``; the index's sources first."""
        rows: Rows = self.cache.cached(("source_years",), lambda: sorted(
            (source_row(str(r["source"]), r["y0"], r["y1"], r["n"]) for r in views.source_years(self.db)),
            key=by_domain))
        return rows

    def target_source_years(self, targets: Sequence[str]) -> dict[str, Rows]:
        """Per target, the first and last year of every input the index reads about it as the state under
        influence. Each row as in :meth:`source_years` plus ``channel``, ``register`` (the years are the whole
        register's) and ``source_last``: the last year of the whole source."""
        tg = tuple(targets)

        def run() -> dict[str, Rows]:
            if not tg:
                return {}
            whole = {r["source"]: r["last"] for r in self.source_years()}
            out: dict[str, Rows] = {t: [] for t in tg}
            for r in views.target_input_years(self.db, tg):
                row = source_row(str(r["src"]), r["y0"], r["y1"], r["n"], channel=r["channel"])
                row["source_last"] = whole.get(row["dataset"], row["last"])
                row["register"] = r["register"]
                out[str(r["target"])].append(row)
            return {t: sorted(rows, key=by_channel) for t, rows in out.items()}

        result: dict[str, Rows] = self.cache.cached(("target_source_years", tg), run)
        return result

    def coverage(self) -> dict[str, Any]:
        """Datasets with their citation, rows and years; documents; events per origin; claims and stances."""
        db = self.db
        return {"datasets": views.datasets_loaded(db), "documents": views.documents_span(db),
                "events": self.event_counts(), "claims": views.count(db, "claims"),
                "stances": views.count(db, "stances")}
