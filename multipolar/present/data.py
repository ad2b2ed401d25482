"""What the brief and the dashboard show, read through the public APIs (no numbers of its own).

Influence, hedging and explain come from :mod:`multipolar.measure.api`; claim verdicts from
:mod:`multipolar.check.api` (the ``checks`` table, or checked on the fly without writing). When the
measure package is missing, the ``scores`` table is read as it stands. Every SQL parameter is bound.

>>> from multipolar.store import Store
>>> data = Data(Store("demo.duckdb", read_only=True))          # doctest: +SKIP
>>> data.influence(("GEO",), ("RUS", "WEST"), (2000, 2014))     # doctest: +SKIP
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..measure.methods import DEFAULT_METHOD
from ..store import Store

DEFAULT_POWERS: tuple[str, ...] = ("CHN", "RUS", "WEST", "TUR", "IRN")
DOMAINS: tuple[str, ...] = ("economic", "political", "security", "overall")
MIN_COVERAGE = 0.5  # a score counts as a finding when at least half its indicator weight has data
CODE = re.compile(r"^[A-Z]{2,5}$")
DOC_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    targets: tuple[str, ...]
    since: int


REGIONS: dict[str, Region] = {
    "south-caucasus": Region("south-caucasus", "South Caucasus", ("ARM", "AZE", "GEO"), 1992),
}


def region(key: str) -> Region:
    try:
        return REGIONS[key]
    except KeyError:
        raise UsageError(f"unknown region {key!r}", hint=f"use one of {', '.join(REGIONS)}, or give --targets") \
            from None


def codes(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``"arm, aze"`` → ("ARM", "AZE"); codes that are not 2–5 capital letters are refused."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    out = tuple(c.strip().upper() for c in items if c.strip())
    for c in out:
        if not CODE.match(c):
            raise UsageError(f"not an actor code: {c!r}", hint="use ISO3 codes (ARM) or group codes (WEST, EU)")
    return out or None


def years(value: str | tuple[int, int] | None) -> tuple[int, int] | None:
    """``"2000-2023"`` → (2000, 2023); ``"2014"`` → (2014, 2014)."""
    if value is None or isinstance(value, tuple):
        return value
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", value)
    if not m:
        raise UsageError(f"not a year range: {value!r}", hint="write e.g. 2000-2023 or 2014")
    y0, y1 = int(m.group(1)), int(m.group(2) or m.group(1))
    if y0 > y1:
        raise UsageError(f"the range {value!r} ends before it starts", hint="write the earlier year first")
    return y0, y1


# Sources as the brief names them: source → (label, index domain, dataset). ``{state}`` is the state under
# influence (a national statistic is that state's own). Sources not listed show under their own name.
SOURCES: dict[str, tuple[str, str | None, str]] = {
    "cow-trade": ("COW trade", "economic", "cow-trade"),
    "cow": ("COW trade", "economic", "cow-trade"),
    "armstat-trade": ("Armstat trade", "economic", "armstat-trade"),
    "armstat": ("{state}'s own trade statistics (Armstat)", "economic", "armstat-trade"),
    "geostat-exports": ("Geostat exports", "economic", "geostat-exports"),
    "geostat": ("{state}'s own exports (Geostat)", "economic", "geostat-exports"),
    "imf-dots": ("IMF DOTS trade", "economic", "imf-dots"),
    "dots": ("IMF DOTS ({state}'s own report)", "economic", "imf-dots"),
    "dots_mirror": ("IMF DOTS (partners' reports)", "economic", "imf-dots"),
    "imf-dip": ("IMF direct investment positions", "economic", "imf-dip"),
    "aiddata": ("AidData Chinese official finance", "economic", "aiddata"),
    "sipri": ("SIPRI arms transfers", "security", "sipri"),
    "sipri-register": ("the SIPRI trade register", "security", "sipri-register"),
    "atop": ("ATOP alliances", "security", "atop"),
    "cow-alliance": ("COW alliances", "security", "cow-alliance"),
    "cow-igo": ("shared IGOs (COW)", "political", "cow-igo"),
    "unga-ideal-points": ("UNGA votes", "political", "unga-ideal-points"),
    "events:article": ("article events", "political", "events:article"),
    "events:gdelt": ("GDELT events", "political", "events:gdelt"),
    "events:icews": ("ICEWS events", "political", "events:icews"),
}
_CHANNELS = ("trade", "investment", "finance", "arms", "alliances", "IGOs", "UN votes", "events")
# channel, query over the measurement's staging SQL (``{in_…}`` filled from STAGING_SQL), and whether the years
# are the target's own (trade, IGOs, UN votes, events: a year without the target's rows is missing) or the whole
# register's (arms, investment, finance, alliances: within the register's years no row means none, a zero).
_TARGET_INPUTS: tuple[tuple[str, str, bool], ...] = (
    ("trade", "SELECT src, target, year FROM ({in_tflows})", True),
    ("investment", "SELECT 'imf-dip' AS src, target, year FROM ({in_fdi})", False),
    ("finance", "SELECT 'aiddata' AS src, target, year FROM ({in_finance})", False),
    ("arms", "SELECT src, target, year FROM ({in_arms})", False),
    ("alliances", "SELECT CASE WHEN src = 'atop' THEN 'atop' ELSE 'cow-alliance' END AS src, b AS target, year "
                  "FROM ({in_alliance})", False),
    ("IGOs", "SELECT 'cow-igo' AS src, b AS target, year FROM ({in_igo})", True),
    ("UN votes", "SELECT 'unga-ideal-points' AS src, a AS target, year FROM ({in_agree}) "
                 "UNION ALL SELECT 'unga-ideal-points', actor, year FROM ({in_ideal})", True),
    ("events", "SELECT 'events:' || origin AS src, actor AS target, year FROM ({in_events}) "
               "UNION ALL SELECT 'events:' || origin, recipient, year FROM ({in_events})", True),
)


def _source_row(source: str, y0: Any, y1: Any, n: Any, channel: str | None = None) -> dict[str, Any]:
    label, domain, dataset = SOURCES.get(source, (source, None, source))
    return {"source": source, "label": label, "domain": domain, "dataset": dataset, "channel": channel,
            "first": int(y0) if y0 is not None else None, "last": int(y1) if y1 is not None else None,
            "rows": int(n or 0)}


def _measure() -> Any:
    try:
        from ..measure import api
    except ImportError:  # pragma: no cover - measure is part of the package since issue 4
        return None
    return api


def _check() -> Any:
    try:
        from ..check import api
    except ImportError:  # pragma: no cover
        return None
    return api


class Data:
    """Read access for the presentation layer; safe to share between threads.

    The store is opened when a request needs it and closed when the last request in flight is done,
    so a `multipolar load` can take the file between requests; the next request sees what it
    committed (cached results are dropped when the store's load runs change). Plain reads use one
    DuckDB cursor per thread; measurement runs one at a time on its own cursor.
    """

    def __init__(self, store: Store, *, method: str = DEFAULT_METHOD, keep_open: bool = True):
        self.path, self.read_only = store.path, store.read_only
        self.keep_open = keep_open or not store.read_only
        self._base: Store | None = store
        self.method = method
        self._local = threading.local()
        self._measure_lock = threading.RLock()
        self._open_lock = threading.Lock()
        self._active = 0
        self._generation = 0
        self._version: Any = self._store_version(store)
        self._measure_store: tuple[int, Store] | None = None
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._names: dict[str, str] | None = None
        if not self.keep_open:
            store.close()
            self._base = None

    # -- connections -------------------------------------------------------------------------------------
    @staticmethod
    def _store_version(store: Store) -> Any:
        return store.con.execute("SELECT coalesce(max(id), 0), count(*) FROM load_runs").fetchone()

    @property
    def store(self) -> Store:
        """The open store (between :meth:`acquire` and :meth:`release`, or always when kept open)."""
        if self._base is None:
            self.acquire()
        assert self._base is not None
        return self._base

    def acquire(self) -> None:
        """Open the store for a request (raises StoreError while another process writes to it)."""
        with self._open_lock:
            if self._base is None:
                self._base = Store(self.path, read_only=self.read_only)
                self._generation += 1
                version = self._store_version(self._base)
                if version != self._version:
                    self._version = version
                    self._cache.clear()
                    self._names = None
            self._active += 1

    def acquire_if_open(self) -> bool:
        """Count a request in without blocking when the store is already open (the common case)."""
        with self._open_lock:
            if self._base is None:
                return False
            self._active += 1
            return True

    def release(self) -> None:
        """A request is done; close the store when none is in flight, so writers can have the file."""
        with self._open_lock:
            self._active = max(0, self._active - 1)
            if self._active == 0 and not self.keep_open and self._base is not None:
                with self._measure_lock:
                    self._measure_store = None
                    self._base.close()
                    self._base = None

    def _cursor_store(self) -> Store:
        st = Store.__new__(Store)
        st.path, st.read_only = self.path, self.read_only
        st.con = self.store.con.cursor()
        return st

    @property
    def db(self) -> Store:
        """A store bound to this thread's cursor on the current connection."""
        held = getattr(self._local, "store", None)
        if held is None or held[0] != self._generation or self._base is None:
            held = (self._generation, self._cursor_store())
            self._local.store = held
        return held[1]

    def _mstore(self) -> Store:
        if self._measure_store is None or self._measure_store[0] != self._generation:
            self._measure_store = (self._generation, self._cursor_store())
        return self._measure_store[1]

    def invalidate(self) -> None:
        """Forget cached results (after an ingest)."""
        with self._measure_lock:
            self._cache.clear()
            self._names = None
            self._measure_store = None

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        return self.db.query(sql, params)

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.db.scalar(sql, params)

    @property
    def cache(self) -> dict[tuple[Any, ...], Any]:
        return self._cache

    def cached(self, key: tuple[Any, ...], fn: Any) -> Any:
        return self._cached(key, fn)

    def known(self, code: str) -> bool:
        """An actor named in the registry or the store, or with observations."""
        return code in self.names() or bool(self.scalar(
            "SELECT count(*) FROM observations WHERE to_actor = ? OR from_actor = ?", [code, code]))

    def actor_codes(self) -> list[str]:
        """Actor codes with something in this store (and the region's states and powers)."""
        got: list[str] = self._cached(("store-codes",), lambda: [a["id"] for a in self.actors(limit=100_000)])
        return got

    def document_texts(self) -> list[dict[str, Any]]:
        return self.query("SELECT id, title, published, source, url, origin, text FROM documents ORDER BY id")

    def ingest(self, *, text: str, title: str | None = None, url: str | None = None, published: str | None = None,
               source: str | None = None) -> dict[str, Any]:
        import hashlib

        import yaml

        from ..api import extract_documents
        from ..extract.pipeline import EXTRACTOR_VERSION, current_reader
        from ..sources.text import read_text
        from ..store.evidence import save_document

        meta = {k: v for k, v in (("title", title), ("date", published), ("source", source), ("url", url)) if v}
        if meta and not text.startswith("---\n"):
            text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + text
        origin = url or f"web-ingest:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        doc = read_text(text, origin, kind="markdown")
        with self._measure_lock:
            ev = extract_documents([doc])[0]
            status = save_document(self.store, doc, ev, method=EXTRACTOR_VERSION, reader=current_reader())
            if status != "unchanged":
                from ..check import check_stored

                check_stored(self.store, documents=[doc.id])
            self.invalidate()
        return {"document": doc.id, "status": status, "events": len(ev.events), "claims": len(ev.claims),
                "stances": len(ev.stances), "page": f"/document/{doc.id}"}

    def _cached(self, key: tuple[Any, ...], fn: Any) -> Any:
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        with self._measure_lock:
            hit = self._cache.get(key)
            if hit is None:
                hit = fn()
                self._cache[key] = hit
            return hit

    # -- names -------------------------------------------------------------------------------------------
    def names(self) -> dict[str, str]:
        if self._names is None:
            names: dict[str, str] = {}
            try:
                from ..resolve.registry import Registry

                for a in Registry.default().actors():
                    names[a.id] = a.name
            except Exception:  # noqa: BLE001 - names are a nicety; codes still show
                pass
            for r in self.query("SELECT id, name FROM actors WHERE name IS NOT NULL"):
                names.setdefault(r["id"], r["name"])
            self._names = names
        return self._names

    def name(self, code: str | None) -> str:
        if not code:
            return ""
        return self.names().get(code, code)

    # -- measurement -------------------------------------------------------------------------------------
    def influence(self, targets: Sequence[str], powers: Sequence[str],
                  span: tuple[int, int] | None = None) -> list[dict[str, Any]]:
        """Rows (power, target, year, domain, value, low, high, coverage, share, rank, delta, trend…)."""
        tg, pw = tuple(targets), tuple(powers)
        rows: list[dict[str, Any]] = self._cached(("influence", tg, pw), lambda: self._influence(tg, pw))
        if span:
            rows = [r for r in rows if span[0] <= r["year"] <= span[1]]
        return rows

    def _influence(self, targets: tuple[str, ...], powers: tuple[str, ...]) -> list[dict[str, Any]]:
        api = _measure()
        if api is not None:
            rep = api.influence(self._mstore(), targets=list(targets), powers=list(powers), method=self.method,
                                save_scores=False)
            return list(rep.rows)
        sql = ("SELECT power, target, year, domain, value, low, high, coverage, bandwidth, dependence, method "
               "FROM scores WHERE method = ? AND target IN (SELECT unnest(?)) AND power IN (SELECT unnest(?)) "
               "ORDER BY target, power, year, domain")
        return self.query(sql, [self.method, list(targets), list(powers)])

    def dyad(self, power: str, target: str, region_powers: Sequence[str] = DEFAULT_POWERS,
             region_targets: Sequence[str] = ()) -> list[dict[str, Any]]:
        """One power's series over one target, all domains (with shares when the dyad is in the region)."""
        if target in region_targets and power in region_powers:
            return [r for r in self.influence(tuple(region_targets), tuple(region_powers))
                    if r["power"] == power and r["target"] == target]
        return self.influence((target,), (power,))

    def hedging(self, targets: Sequence[str], powers: Sequence[str],
                span: tuple[int, int] | None = None) -> dict[str, list[dict[str, Any]]]:
        tg, pw = tuple(targets), tuple(powers)
        api = _measure()
        if api is None or len(pw) < 2:
            return {"rows": [], "divergence": []}

        def run() -> dict[str, list[dict[str, Any]]]:
            rep = api.hedging(self._mstore(), targets=list(tg), powers=list(pw), method=self.method)
            return {"rows": list(rep.rows), "divergence": list(rep.divergence)}

        out: dict[str, list[dict[str, Any]]] = self._cached(("hedging", tg, pw), run)
        if span:
            return {k: [r for r in v if span[0] <= r["year"] <= span[1]] for k, v in out.items()}
        return out

    def explain(self, power: str, target: str, year: int) -> dict[str, Any] | None:
        api = _measure()
        if api is None:
            return None
        try:
            result: dict[str, Any] = self._cached(
                ("explain", power, target, year),
                lambda: api.explain(self._mstore(), power=power, target=target, year=year, method=self.method))
        except UsageError:
            return None
        return result

    # -- claim checks ------------------------------------------------------------------------------------
    def checks(self, document: str | None = None) -> list[dict[str, Any]]:
        """Saved verdicts; when none are saved, the claims are checked now (nothing written)."""
        api = _check()
        if api is None:
            return []
        if self.scalar("SELECT count(*) FROM checks"):
            rows: list[dict[str, Any]] = api.stored_checks(self.db, document=document)
            return [self._flat_check(r) for r in rows]
        if not self.scalar("SELECT count(*) FROM claims"):
            return []

        def run() -> list[dict[str, Any]]:
            return [self._flat_verdict(v) for v in api.check_stored(self._mstore(), save=False)]

        verdicts: list[dict[str, Any]] = self._cached(("checks",), run)
        return [v for v in verdicts if document is None or v["document"] == document]

    @staticmethod
    def _flat_check(r: dict[str, Any]) -> dict[str, Any]:
        return {"claim": r["claim"], "document": r["document"], "title": r.get("title"),
                "sentence": r.get("sentence"), "measure": r.get("measure"), "subject": r.get("subject"),
                "partner": r.get("partner"), "claimed_value": r.get("claimed_value"),
                "claimed_unit": r.get("claimed_unit"), "period": r.get("period"), "verdict": r["verdict"],
                "value": r.get("value"), "unit": r.get("unit"), "period_used": r.get("period_used"),
                "dataset": r.get("dataset"), "citation": r.get("citation"), "reason": r.get("reason"),
                "start": r.get("start"), "end": r.get("end")}

    @staticmethod
    def _flat_verdict(v: dict[str, Any]) -> dict[str, Any]:
        c = v.get("claim") or {}
        doc = v.get("document") or {}
        span = c.get("text") or {}
        return {"claim": v.get("claim_id"), "document": doc.get("id"), "title": doc.get("title"),
                "sentence": v.get("quote"), "measure": c.get("measure"), "subject": c.get("subject"),
                "partner": c.get("partner"), "claimed_value": c.get("value"), "claimed_unit": c.get("unit"),
                "period": c.get("period"), "verdict": v["verdict"], "value": v.get("value"), "unit": v.get("unit"),
                "period_used": v.get("period_used"), "dataset": v.get("dataset"), "citation": v.get("citation"),
                "reason": v.get("reason"), "start": span.get("start"), "end": span.get("end")}

    # -- evidence ----------------------------------------------------------------------------------------
    @staticmethod
    def _event_filter(actors: Sequence[str] | None, actor: str | None, recipient: str | None, origin: str | None,
                      document: str | None, span: tuple[int, int] | None) -> tuple[str, list[Any]]:
        where = ["NOT coalesce(e.negated, FALSE)", "NOT coalesce(e.hypothetical, FALSE)"]
        params: list[Any] = []
        if actors:
            where.append("(list_has_any(e.actors, ?) OR list_has_any(e.recipients, ?))")
            params += [list(actors), list(actors)]
        if actor:
            where.append("list_contains(e.actors, ?)")
            params.append(actor)
        if recipient:
            where.append("list_contains(e.recipients, ?)")
            params.append(recipient)
        if origin:
            where.append("e.origin = ?")
            params.append(origin)
        if document:
            where.append("e.document = ?")
            params.append(document)
        if span:
            where.append("year(e.day) BETWEEN ? AND ?")
            params += [span[0], span[1]]
        return " AND ".join(where), params

    def events(self, *, actors: Sequence[str] | None = None, actor: str | None = None, recipient: str | None = None,
               origin: str | None = None, document: str | None = None, span: tuple[int, int] | None = None,
               limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Events (articles, GDELT, ICEWS) newest first, with their document's title and url."""
        where, params = self._event_filter(actors, actor, recipient, origin, document, span)
        sql = ("SELECT e.id, e.origin, e.type, e.cameo, e.actors, e.recipients, e.date, e.goldstein, e.quad, "
               "e.document, d.title AS document_title, d.url AS document_url, e.source_url, e.start, e.\"end\", "
               "e.sentence FROM events e LEFT JOIN documents d ON d.id = e.document WHERE " + where
               + " ORDER BY e.day DESC NULLS LAST, e.id LIMIT ? OFFSET ?")
        return self.query(sql, params + [int(limit), int(offset)])

    def count_events(self, *, actors: Sequence[str] | None = None, actor: str | None = None,
                     recipient: str | None = None, origin: str | None = None, document: str | None = None,
                     span: tuple[int, int] | None = None) -> int:
        """How many events :meth:`events` would list without a limit."""
        where, params = self._event_filter(actors, actor, recipient, origin, document, span)
        rows = self.query("SELECT count(*) AS n FROM events e WHERE " + where, params)
        return int(rows[0]["n"]) if rows else 0

    def event_counts(self, actors: Sequence[str] | None = None, span: tuple[int, int] | None = None,
                     listed_only: bool = False) -> dict[str, int]:
        """Events per origin; ``listed_only``: only those :meth:`events` lists (not negated or hypothetical)."""
        sql = "SELECT e.origin, count(*) AS n FROM events e"
        params: list[Any] = []
        if listed_only:
            where, params = self._event_filter(actors, None, None, None, None, span)
            sql += " WHERE " + where
        elif actors:
            sql += " WHERE list_has_any(e.actors, ?) OR list_has_any(e.recipients, ?)"
            params = [list(actors), list(actors)]
        return {r["origin"]: int(r["n"]) for r in self.query(sql + " GROUP BY e.origin ORDER BY e.origin", params)}

    def claims(self, *, actor: str | None = None, document: str | None = None) -> list[dict[str, Any]]:
        where, params = ["TRUE"], []
        if actor:
            where.append("(c.subject = ? OR c.partner = ?)")
            params += [actor, actor]
        if document:
            where.append("c.document = ?")
            params.append(document)
        return self.query("SELECT c.id, c.document, d.title AS document_title, c.measure, c.subject, c.partner, "
                          "c.value, c.unit, c.qualifier, c.period, c.start, c.\"end\", c.sentence FROM claims c "
                          "JOIN documents d ON d.id = c.document WHERE " + " AND ".join(where)
                          + " ORDER BY c.document, c.start", params)

    def stances(self, *, actor: str | None = None, document: str | None = None) -> list[dict[str, Any]]:
        where, params = ["TRUE"], []
        if actor:
            where.append("(s.holder = ? OR s.target = ?)")
            params += [actor, actor]
        if document:
            where.append("s.document = ?")
            params.append(document)
        return self.query("SELECT s.id, s.document, d.title AS document_title, s.holder, s.issue, s.target, "
                          "s.polarity, s.date, s.start, s.\"end\", s.sentence FROM stances s JOIN documents d "
                          "ON d.id = s.document WHERE " + " AND ".join(where) + " ORDER BY s.document, s.start",
                          params)

    def documents(self, *, q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        where, params = "", []
        if q:
            like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where = " WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\' OR source ILIKE ? ESCAPE '\\'"
            params = [like, like, like]
        return self.query("SELECT id, title, published, source, url, origin, length(text) AS chars FROM documents"
                          + where + " ORDER BY published DESC NULLS LAST, id LIMIT ?", params + [int(limit)])

    def document(self, doc_id: str) -> dict[str, Any] | None:
        if not DOC_ID.match(doc_id):
            return None
        rows = self.query("SELECT id, title, published, source, url, origin, author, kind, text, load_run "
                          "FROM documents WHERE id = ?", [doc_id])
        return rows[0] if rows else None

    def mentions(self, doc_id: str) -> list[dict[str, Any]]:
        return self.query('SELECT actor, start, "end", surface FROM mentions WHERE document = ? ORDER BY start',
                          [doc_id])

    def actors(self, *, q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Actors seen in the store (mentions, events, observations) with their names."""
        seen = {r["a"] for r in self.query(
            "SELECT DISTINCT actor AS a FROM mentions UNION SELECT DISTINCT unnest(actors) FROM events "
            "UNION SELECT DISTINCT unnest(recipients) FROM events UNION SELECT DISTINCT to_actor FROM observations "
            "UNION SELECT DISTINCT from_actor FROM observations") if r["a"]}
        seen.update(DEFAULT_POWERS)
        for reg in REGIONS.values():
            seen.update(reg.targets)
        names = self.names()
        rows = [{"id": a, "name": names.get(a, a)} for a in sorted(seen) if CODE.match(a)]
        if q:
            ql = q.lower()
            rows = [r for r in rows if ql in r["id"].lower() or ql in str(r["name"]).lower()]
        return rows[:limit]

    # -- years with data, per source --------------------------------------------------------------------
    def source_years(self) -> list[dict[str, Any]]:
        """Per source, the first and last year actually loaded: observations by dataset, events by origin.

        ``source`` (dataset name, or ``events:<origin>``), ``label``, ``domain`` (the index domain it feeds,
        None when the index does not read it), ``first``, ``last``, ``rows``; the index's sources first."""
        def run() -> list[dict[str, Any]]:
            out = []
            for r in self.query("SELECT dataset, min(year) AS y0, max(year) AS y1, count(*) AS n FROM observations "
                                "WHERE year IS NOT NULL GROUP BY dataset"):
                out.append(_source_row(str(r["dataset"]), r["y0"], r["y1"], r["n"]))
            for r in self.query("SELECT origin, min(year(day)) AS y0, max(year(day)) AS y1, count(*) AS n "
                                "FROM events WHERE day IS NOT NULL GROUP BY origin"):
                out.append(_source_row(f"events:{r['origin']}", r["y0"], r["y1"], r["n"]))
            out.sort(key=lambda r: (r["domain"] is None, DOMAINS.index(r["domain"]) if r["domain"] else 0,
                                    r["label"].lower()))
            return out

        rows: list[dict[str, Any]] = self._cached(("source_years",), run)
        return rows

    def target_source_years(self, targets: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Per target, the first and last year of every input the index reads about it as the state under
        influence (the measurement's own staging queries: trade per deciding source, arms per SIPRI edition,
        investment, finance, alliances, shared IGOs, UN votes, events per origin). Each row as in
        :meth:`source_years` plus ``channel``, and ``source_last``: the last year of the whole source."""
        tg = tuple(targets)

        def run() -> dict[str, list[dict[str, Any]]]:
            if not tg:
                return {}
            try:
                from ..measure.inputs import STAGING_SQL
            except ImportError:  # pragma: no cover - measure ships with the package
                return {}
            whole = {r["source"]: r["last"] for r in self.source_years()}
            out: dict[str, list[dict[str, Any]]] = {t: [] for t in tg}
            for channel, sql, own in _TARGET_INPUTS:
                q = sql.format(**STAGING_SQL)
                try:
                    if own:
                        marks = ", ".join("?" for _ in tg)  # a plain IN list: DuckDB pushes it into the staging
                        got = self.query(f"SELECT target, src, min(year) AS y0, max(year) AS y1, count(*) AS n "
                                         f"FROM ({q}) WHERE target IN ({marks}) GROUP BY ALL", list(tg))
                    else:
                        got = [{**r, "target": t} for r in self.query(
                            f"SELECT src, min(year) AS y0, max(year) AS y1, count(*) AS n FROM ({q}) GROUP BY ALL")
                            for t in tg]
                except Exception:  # noqa: BLE001 - a staging query the store cannot answer: leave it out
                    continue
                for r in got:
                    row = _source_row(str(r["src"]), r["y0"], r["y1"], r["n"], channel=channel)
                    row["source_last"] = whole.get(row["dataset"], row["last"])
                    row["register"] = not own
                    out[str(r["target"])].append(row)
            for rows in out.values():
                rows.sort(key=lambda r: (DOMAINS.index(r["domain"]), _CHANNELS.index(r["channel"]), r["last"],
                                         r["first"]))
            return out

        result: dict[str, list[dict[str, Any]]] = self._cached(("target_source_years", tg), run)
        return result

    # -- coverage ----------------------------------------------------------------------------------------
    def coverage(self) -> dict[str, Any]:
        """Datasets with their citation, rows and years; documents; events per origin."""
        ds = self.query(
            "SELECT d.name, d.version, d.licence, d.citation, d.url, coalesce(o.n, 0) AS observations, o.y0, o.y1, "
            "coalesce(r.rows, 0) AS rows_loaded FROM datasets d "
            "LEFT JOIN (SELECT dataset, count(*) AS n, min(year) AS y0, max(year) AS y1 FROM observations "
            "GROUP BY dataset) o ON o.dataset = d.name "
            "LEFT JOIN (SELECT dataset, sum(rows_stored) AS rows FROM load_runs WHERE kind = 'load' "
            "AND status = 'ok' GROUP BY dataset) r ON r.dataset = d.name ORDER BY d.name")
        docs = self.query("SELECT count(*) AS n, min(published) AS first, max(published) AS last FROM documents")[0]
        return {"datasets": ds, "documents": docs, "events": self.event_counts(),
                "claims": int(self.scalar("SELECT count(*) FROM claims") or 0),
                "stances": int(self.scalar("SELECT count(*) FROM stances") or 0)}
