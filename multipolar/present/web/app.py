"""The dashboard and JSON API: FastAPI over a store, read-only unless started with an ingest token.

Pages: ``/`` (region overview), ``/state/{code}``, ``/dyad/{power}/{target}`` (``?year=`` explains one
year down to source rows and sentences), ``/document/{id}`` (text with its facts marked), ``/search``,
``/events``, ``/downloads``, ``/api`` (the API described from its OpenAPI schema, which is at
``/api/openapi.json``). JSON under ``/api/…``; CSV and Parquet under ``/download/{name}.{csv|parquet}``.

Every query parameter reaches SQL as a bound parameter (see :mod:`multipolar.present.data`); codes and
document ids are checked against patterns before they are used at all. Errors of the project's own
hierarchy become HTTP statuses here, once.
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import DataError, InputError, MultipolarError, StoreError, UsageError
from ...store import Store
from .. import charts
from .. import downloads as dl
from ..data import CODE, DEFAULT_POWERS, DOC_ID, DOMAINS, REGIONS, Data, years
from ..findings import leaders
from ..highlight import Span, highlight
from ..report import CHART_EVENTS, environment, overview, static_text

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
STATIC = {"plotly.min.js": "application/javascript; charset=utf-8", "app.js": "application/javascript; charset=utf-8",
          "style.css": "text/css; charset=utf-8"}
DOWNLOADS = dl.KINDS
DOWNLOAD_NAME = re.compile(r"^(?P<name>[a-z]+)\.(?P<fmt>csv|parquet)$")
MAX_INGEST_CHARS = 2_000_000
STATUS = {UsageError: 404, InputError: 400, DataError: 500, StoreError: 503}
ORIGINS = ("article", "gdelt", "icews")
LISTED_EVENTS = 200  # rows of the events page; "and N more" says how many others there are
YEARS_ACCEPTED = "a year or a range of years: YYYY or YYYY-YYYY (e.g. 2014 or 2000-2023), from 1800 to 2100"

# Query parameters, described once for the OpenAPI schema and the /api page.
TargetsQ = Annotated[str | None, Query(alias="targets", max_length=200, description=(
    "states under influence, comma-separated actor codes (ISO3 such as ARM, AZE, GEO); default: the region's "
    "states. An unknown code answers 422 naming the nearest known ones."))]
PowersQ = Annotated[str | None, Query(alias="powers", max_length=200, description=(
    "powers, comma-separated actor codes (ISO3 or groups such as WEST, EU); default: CHN, RUS, WEST, TUR, IRN. "
    "An unknown code answers 422 naming the nearest known ones."))]
YearsQ = Annotated[str | None, Query(alias="years", max_length=20, description=(
    "years to keep: " + YEARS_ACCEPTED + "; default: every year"))]
DomainQ = Annotated[str | None, Query(max_length=20, description=(
    "one domain: " + ", ".join(DOMAINS) + "; default: all four"))]
ActorQ = Annotated[str | None, Query(max_length=10, description=(
    "an actor code (ISO3 or group); events where it acts or is acted upon (recipient for /api/events: as actor)"))]
RecipientQ = Annotated[str | None, Query(max_length=10, description="an actor code: events it receives")]
OriginQ = Annotated[str | None, Query(max_length=10, description=(
    "where the events come from: " + ", ".join(ORIGINS)))]
DocumentQ = Annotated[str | None, Query(max_length=40, description=(
    "a document id (16 hexadecimal characters, as in /api/documents)"))]
YearFromQ = Annotated[int | None, Query(ge=1800, le=2100, description="first year (inclusive), 1800–2100")]
YearToQ = Annotated[int | None, Query(ge=1800, le=2100, description="last year (inclusive), 1800–2100")]
SearchQ = Annotated[str | None, Query(max_length=200, description="text to look for (case-insensitive); "
                                                                 "default: everything")]


class BadParameter(Exception):
    """A query parameter the API cannot use: answered 422 with the parameter, the problem and what is accepted."""

    def __init__(self, parameter: str, message: str, accepted: str, nearest: list[str] | None = None) -> None:
        super().__init__(message)
        self.parameter, self.message, self.accepted, self.nearest = parameter, message, accepted, nearest or []


class ErrorBody(BaseModel):
    """What every error answers under /api/ and /download/."""

    error: str = Field(..., description="the kind of error, e.g. 'Invalid parameter', 'Not found'")
    detail: str = Field(..., description="what was wrong, naming the parameter")
    hint: str | None = Field(None, description="what to do instead")
    parameter: str | None = Field(None, description="the parameter at fault (422)")
    accepted: str | None = Field(None, description="what the parameter accepts (422)")
    nearest: list[str] | None = Field(None, description="the nearest valid values, for an unknown code (422)")


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "a parameter the API cannot use: which one, why, what it accepts"},
    404: {"model": ErrorBody, "description": "no such resource"},
}


def _status(exc: MultipolarError) -> int:
    for cls, code in STATUS.items():
        if isinstance(exc, cls):
            return code
    return 500


class IngestRequest(BaseModel):
    """One article to read, extract and store."""

    text: str = Field(..., min_length=1, max_length=MAX_INGEST_CHARS,
                      description="the article text (Markdown or plain)")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, description="where it was published (kept as provenance)")
    published: str | None = Field(None, max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD")
    source: str | None = Field(None, max_length=200, description="publisher")


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and related headers to every response."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in self.HEADERS
                                                                         if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_path: str | Path, *, token: str | None = None, read_only: bool = True,
               region: str = "south-caucasus") -> FastAPI:
    """The web app over the store at ``db_path``.

    Read-only by default. With ``token``, ``POST /api/ingest`` exists and accepts requests carrying
    ``Authorization: Bearer <token>`` (compared in constant time); the store is then opened for writing,
    since ingesting writes. Without a token there is no ingest endpoint at all.
    """
    writable = bool(token) or not read_only
    store = Store(db_path, read_only=not writable)
    data = Data(store, keep_open=writable)  # read-only: opened per request, so loads can run meanwhile
    reg = REGIONS[region]
    targets, powers = reg.targets, DEFAULT_POWERS
    env = environment()
    app = FastAPI(title="multipolar", version="1", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  responses=ERRORS,
                  description="Who holds influence over whom: influence and hedging indices with 90 % intervals, "
                              "events, claims and their checks, documents. All read-only unless an ingest token "
                              "was given at start.")
    app.state.data = data

    @app.middleware("http")
    async def store_per_request(request: Request, call_next: Any) -> Response:
        try:
            if not data.acquire_if_open():
                await run_in_threadpool(data.acquire)
        except StoreError as exc:
            resp = error_page(request, 503, "Store busy", exc.message,
                              "a load or ingest is writing to the store; try again in a few seconds")
            resp.headers["Retry-After"] = "5"
            return resp
        try:
            return await call_next(request)
        finally:
            data.release()

    # -- boundary: headers and errors --------------------------------------------------------------------
    app.add_middleware(SecurityHeaders)

    def wants_json(request: Request) -> bool:
        p = request.url.path
        return p.startswith("/api/") or p.startswith("/download/")

    def error_page(request: Request, status: int, title: str, message: str, hint: str | None = None) -> Response:
        if wants_json(request):
            return JSONResponse({"error": title, "detail": message, "hint": hint}, status_code=status)
        html = env.get_template("error.html").render({**common(), "status": status, "title": title,
                                                      "message": message, "hint": hint})
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(MultipolarError)
    async def on_error(request: Request, exc: MultipolarError) -> Response:
        status = _status(exc)
        return error_page(request, status, type(exc).__name__, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: "Not found", 401: "Unauthorized", 405: "Method not allowed", 413: "Too large"}
        resp = error_page(request, exc.status_code, titles.get(exc.status_code, "Error"), str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        errs = exc.errors()
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:] or e.get('loc', ()))}: "
                             f"{e.get('msg')}" for e in errs)
        if not wants_json(request):
            return error_page(request, 422, "Invalid request", problems)
        locs = [e.get("loc", ()) for e in errs]
        param = str(locs[0][-1]) if locs and locs[0] else None
        return JSONResponse({"error": "Invalid request", "detail": problems, "hint": None, "parameter": param,
                             "accepted": None, "nearest": None}, status_code=422)

    @app.exception_handler(BadParameter)
    async def on_bad_parameter(request: Request, exc: BadParameter) -> Response:
        detail = f"{exc.parameter}: {exc.message}"
        if exc.nearest:
            detail += f"; nearest valid: {', '.join(exc.nearest)}"
        hint = f"{exc.parameter} accepts {exc.accepted}"
        if not wants_json(request):
            return error_page(request, 422, "Invalid parameter", detail, hint)
        return JSONResponse({"error": "Invalid parameter", "detail": detail, "hint": hint,
                             "parameter": exc.parameter, "accepted": exc.accepted, "nearest": exc.nearest},
                            status_code=422)

    # -- helpers ------------------------------------------------------------------------------------------
    def common() -> dict[str, Any]:
        return {"name": data.name, "region": reg, "targets": targets, "powers": powers, "ingest": bool(token)}

    def page(template: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render({**common(), **ctx}))

    def code_or_404(value: str) -> str:
        c = value.upper()
        if not CODE.match(c):
            raise HTTPException(404, f"no actor {value[:40]!r}")
        return c

    def known(code: str) -> bool:
        return code in data.names() or bool(data.scalar(
            "SELECT count(*) FROM observations WHERE to_actor = ? OR from_actor = ?", [code, code]))

    def store_codes() -> list[str]:
        """Actor codes with something in this store (and the region's states and powers)."""
        got: list[str] = data._cached(("store-codes",), lambda: [a["id"] for a in data.actors(limit=100_000)])
        return got

    def nearest(value: str, candidates: list[str], preferred: tuple[str, ...] = ()) -> list[str]:
        """Up to three known codes most like ``value``: spelling first, then the same letters, the same first
        letter, and the region's own codes (GOE → GEO before TGO)."""
        def score(c: str) -> float:
            return (difflib.SequenceMatcher(None, value, c).ratio() + 0.3 * (sorted(c) == sorted(value))
                    + 0.1 * (c[:1] == value[:1]) + 0.2 * (c in preferred))
        ranked = sorted(dict.fromkeys((*preferred, *candidates)), key=lambda c: (-score(c), c))
        close = [c for c in ranked if score(c) >= 0.6][:3]
        return close or list(preferred[:3])

    def param_codes(parameter: str, value: str | None, preferred: tuple[str, ...]) -> tuple[str, ...] | None:
        """A comma-separated list of actor codes, each well-formed and known, or BadParameter (422)."""
        if value is None:
            return None
        out = tuple(c.strip().upper() for c in value.split(",") if c.strip())
        accepted = ("comma-separated actor codes known to this store: ISO3 such as " + ", ".join(targets)
                    + ", or the powers " + ", ".join(powers) + " (WEST, EU: groups); /api/actors lists them")
        for c in out:
            if not CODE.match(c):
                raise BadParameter(parameter, f"not an actor code: {c[:40]!r} (codes are 2–5 letters)", accepted)
            if c not in data.names() and c not in store_codes() and not known(c):
                raise BadParameter(parameter, f"unknown actor code {c!r}", accepted,
                                   nearest(c, store_codes(), preferred))
        return out or None

    def param_code(parameter: str, value: str | None) -> str | None:
        got = param_codes(parameter, value, (*targets, *powers))
        if got and len(got) > 1:
            raise BadParameter(parameter, f"one actor code only, not {value!r}", "one actor code, e.g. GEO")
        return got[0] if got else None

    def param_years(value: str | None) -> tuple[int, int] | None:
        try:
            yr = years(value)
        except UsageError as exc:
            raise BadParameter("years", exc.message, YEARS_ACCEPTED) from None
        if yr and not (1800 <= yr[0] and yr[1] <= 2100):
            raise BadParameter("years", f"{value!r} is outside 1800–2100", YEARS_ACCEPTED)
        return yr

    def param_choice(parameter: str, value: str | None, choices: tuple[str, ...]) -> str | None:
        if value is None or value == "":
            return None
        v = value.strip().lower()
        if v not in choices:
            raise BadParameter(parameter, f"unknown {parameter} {value[:40]!r}", "one of " + ", ".join(choices),
                               difflib.get_close_matches(v, list(choices), n=3, cutoff=0.0))
        return v

    def origins() -> tuple[str, ...]:
        return tuple(dict.fromkeys([*ORIGINS, *data.event_counts()]))

    def param_document(value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not DOC_ID.match(value):
            raise BadParameter("document", f"not a document id: {value[:40]!r}",
                               "a document id: 16 hexadecimal characters, as listed by /api/documents")
        return value

    def span_of(year_from: int | None, year_to: int | None) -> tuple[int, int]:
        return (year_from or reg.since, year_to or 9999)

    def dyad_rows(power: str, target: str) -> list[dict[str, Any]]:
        return data.dyad(power, target, powers, targets)

    # -- pages ----------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        html = data._cached(("page", "home"), lambda: env.get_template("overview.html").render(
            {**common(), **overview(data, targets, powers, (reg.since, 9999), event_rows=40)}))
        return HTMLResponse(html)

    @app.get("/state/{code}", response_class=HTMLResponse, include_in_schema=False)
    def state_page(code: str) -> HTMLResponse:
        c = code_or_404(code)
        if not known(c):
            raise HTTPException(404, f"no actor {c} in this store")
        figs, lead = [], []
        if c in targets:
            rows = data.influence(targets, powers)
            figs.append({"id": "influence", "json": charts.to_json(charts.influence_over_time(rows, c, powers,
                                                                                            data.name))})
            hed = data.hedging(targets, powers)
            if hed["rows"]:
                figs.append({"id": "hedging", "json": charts.to_json(charts.hedging_chart(hed["rows"], [c],
                                                                                        data.name))})
            lead = [r for r in leaders(rows, powers) if r["target"] == c]
            as_power: list[dict[str, Any]] = []
        else:
            as_power = []
            for t in targets:
                rows = dyad_rows(c, t)
                good = [r for r in rows if r["domain"] == "overall" and r.get("value") is not None]
                last = max(good, key=lambda r: r["year"]) if good else None
                as_power.append({"target": t, "last": last})
            prows = [r for t in targets for r in dyad_rows(c, t)]
            for t in targets:
                figs.append({"id": f"influence-{t}", "json": charts.to_json(charts.influence_over_time(
                    prows, t, [c], data.name))})
        events = data.events(actors=[c], limit=100)
        events_total = data.count_events(actors=[c])
        checks = [k for k in data.checks() if c in (k.get("subject"), k.get("partner"))]
        return page("state.html", code=c, figures=figs, leaders=lead, as_power=as_power, events=events,
                    events_more=events_total - len(events),
                    claims=data.claims(actor=c), stances=data.stances(actor=c), checks=checks,
                    is_target=c in targets)

    @app.get("/dyad/{power}/{target}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(power: str, target: str, year: Annotated[int | None, Query(ge=1800, le=2100)] = None
                  ) -> HTMLResponse:
        p, t = code_or_404(power), code_or_404(target)
        if not (known(p) and known(t)):
            raise HTTPException(404, f"no dyad {p} → {t} in this store")
        rows = dyad_rows(p, t)
        fig = {"id": "series", "json": charts.to_json(charts.dyad_series(rows, p, t, data.name))}
        table: dict[int, dict[str, Any]] = {}
        for r in rows:
            table.setdefault(r["year"], {})[r["domain"]] = r
        explained = data.explain(p, t, year) if year is not None else None
        return page("dyad.html", power=p, target=t, figure=fig, years=sorted(table.items(), reverse=True),
                    year=year, explain=explained)

    @app.get("/document/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str) -> HTMLResponse:
        doc = data.document(doc_id) if DOC_ID.match(doc_id) else None
        if doc is None:
            raise HTTPException(404, "no such document")
        events = data.events(document=doc_id, limit=1000)
        claims = data.claims(document=doc_id)
        stances = data.stances(document=doc_id)
        spans = [Span(m["start"], m["end"], "actor", f"actor: {data.name(m['actor'])} ({m['actor']})")
                 for m in data.mentions(doc_id)]
        spans += [Span(e["start"], e["end"], "event", f"event {e['type']}: {', '.join(e['actors'] or [])} → "
                       f"{', '.join(e['recipients'] or [])} {e['date'] or ''}", f"ev-{i}")
                  for i, e in enumerate(events) if e["start"] is not None and e["end"] is not None]
        spans += [Span(c["start"], c["end"], "claim", f"claim {c['measure']}: {c['value']:g} {c['unit'] or ''}",
                       f"cl-{i}") for i, c in enumerate(claims) if c["start"] is not None and c["end"] is not None]
        spans += [Span(s["start"], s["end"], "stance", f"stance: {s['holder']} {s['polarity']} {s['issue']}",
                       f"st-{i}") for i, s in enumerate(stances) if s["start"] is not None and s["end"] is not None]
        return page("document.html", doc=doc, body=highlight(doc["text"], spans), events=events, claims=claims,
                    stances=stances, checks=data.checks(document=doc_id))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        q = q.strip()
        return page("search.html", q=q, actors=data.actors(q=q) if q else [],
                    documents=data.documents(q=q, limit=100) if q else [])

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(actor: Annotated[str | None, Query(max_length=10)] = None,
                    origin: Annotated[str | None, Query(max_length=10)] = None,
                    year_from: Annotated[int | None, Query(ge=1800, le=2100)] = None,
                    year_to: Annotated[int | None, Query(ge=1800, le=2100)] = None) -> HTMLResponse:
        a = code_or_404(actor) if actor else None
        who, span = [a] if a else targets, span_of(year_from, year_to)
        total = data.count_events(actors=who, origin=origin, span=span)
        ev = data.events(actors=who, origin=origin, span=span, limit=CHART_EVENTS)
        fig = {"id": "timeline", "json": charts.to_json(charts.timeline(ev, data.name))} if ev else None
        return page("events.html", events=ev[:LISTED_EVENTS], total=total, charted=len(ev), figure=fig, actor=a,
                    origin=origin)

    @app.get("/downloads", response_class=HTMLResponse, include_in_schema=False)
    def downloads_page() -> HTMLResponse:
        return page("downloads.html", downloads=DOWNLOADS)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        spec = app.openapi()
        return page("api.html", spec=spec, paths=sorted(spec.get("paths", {}).items()))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:
            raise HTTPException(404, "no such file")
        body = charts.plotly_js() if name == "plotly.min.js" else static_text(name)
        return Response(body, media_type=STATIC[name], headers={"Cache-Control": "public, max-age=86400"})

    # -- JSON API -----------------------------------------------------------------------------------------
    def scope(tg: str | None, pw: str | None, yr: str | None) -> tuple[tuple[str, ...], tuple[str, ...],
                                                                         tuple[int, int] | None]:
        return (param_codes("targets", tg, targets) or targets, param_codes("powers", pw, powers) or powers,
                param_years(yr))

    @app.get("/api/influence", tags=["measure"], summary="Influence scores with 90 % intervals", responses=ERRORS,
             description="JSON object: method, targets, powers and rows (the columns of influence.csv).")
    def api_influence(targets_: TargetsQ = None, powers_: PowersQ = None, years_: YearsQ = None,
                      domain: DomainQ = None) -> dict[str, Any]:
        tg, pw, yr = scope(targets_, powers_, years_)
        dom = param_choice("domain", domain, DOMAINS)
        rows = data.influence(tg, pw, yr)
        if dom:
            rows = [r for r in rows if r["domain"] == dom]
        return {"method": data.method, "targets": tg, "powers": pw, "rows": rows}

    @app.get("/api/dyad/{power}/{target}", tags=["measure"], summary="One dyad's series, every domain",
             description="JSON object: method, power, target and rows (year, domain, value, low, high, coverage, "
                         "share, rank, delta, trend, drivers).")
    async def api_dyad(power: str, target: str) -> Response:
        p, t = code_or_404(power), code_or_404(target)
        key = ("dyad-json", p, t)
        body = data._cache.get(key)  # served on the event loop once computed; computed in a worker thread
        if body is None:
            body = await run_in_threadpool(data._cached, key, lambda: json.dumps(
                {"method": data.method, "power": p, "target": t, "rows": dyad_rows(p, t)}, default=str,
                allow_nan=False).encode("utf-8"))
        return Response(body, media_type="application/json")

    @app.get("/api/explain/{power}/{target}/{year}", tags=["measure"],
             summary="One dyad-year explained: indicators, source rows, events, sentences")
    def api_explain(power: str, target: str, year: int) -> dict[str, Any]:
        p, t = code_or_404(power), code_or_404(target)
        if not 1800 <= year <= 2100:
            raise HTTPException(404, "no such year")
        ex = data.explain(p, t, year)
        if ex is None:
            raise HTTPException(404, f"no data for {p} → {t} in {year}")
        return ex

    @app.get("/api/hedging", tags=["measure"], summary="How evenly each state spreads its ties among the powers",
             responses=ERRORS)
    def api_hedging(targets_: TargetsQ = None, powers_: PowersQ = None, years_: YearsQ = None) -> dict[str, Any]:
        tg, pw, yr = scope(targets_, powers_, years_)
        return {"targets": tg, "powers": pw, **data.hedging(tg, pw, yr)}

    @app.get("/api/overview", tags=["measure"], summary="The region's headline findings and the rows behind them")
    def api_overview() -> dict[str, Any]:
        ov = overview(data, targets, powers, (reg.since, 9999), with_charts=False, event_rows=0)
        return {"region": reg.key, "targets": targets, "powers": powers,
                "findings": [{"kind": f.kind, "target": f.target, "year": f.year, "text": f.text, "facts": f.facts}
                             for f in ov["findings"]],
                "leaders": ov["leaders"], "changes": ov["changes"], "hedging": ov["hedging_rows"]}

    @app.get("/api/events", tags=["evidence"], summary="Events from articles, GDELT and ICEWS", responses=ERRORS,
             description="JSON object with rows (the columns of events.csv); cameo is a text code such as '010'.")
    def api_events(actor: ActorQ = None, recipient: RecipientQ = None, origin: OriginQ = None,
                   document: DocumentQ = None, year_from: YearFromQ = None, year_to: YearToQ = None,
                   limit: Annotated[int, Query(ge=1, le=5000, description="rows per page, 1–5000")] = 500,
                   offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="rows to skip")] = 0
                   ) -> dict[str, Any]:
        if year_from and year_to and year_from > year_to:
            raise BadParameter("year_from", f"{year_from} is after year_to {year_to}", "a year up to year_to")
        rows = data.events(actor=param_code("actor", actor), recipient=param_code("recipient", recipient),
                           origin=param_choice("origin", origin, origins()), document=param_document(document),
                           span=span_of(year_from, year_to) if year_from or year_to else None,
                           limit=limit, offset=offset)
        return {"rows": rows}

    @app.get("/api/claims", tags=["evidence"], summary="Quantitative claims found in the documents",
             responses=ERRORS)
    def api_claims(actor: ActorQ = None, document: DocumentQ = None) -> dict[str, Any]:
        return {"rows": data.claims(actor=param_code("actor", actor), document=param_document(document))}

    @app.get("/api/stances", tags=["evidence"], summary="Stances found in the documents", responses=ERRORS)
    def api_stances(actor: ActorQ = None, document: DocumentQ = None) -> dict[str, Any]:
        return {"rows": data.stances(actor=param_code("actor", actor), document=param_document(document))}

    @app.get("/api/checks", tags=["evidence"], summary="Claim verdicts against the loaded datasets",
             responses=ERRORS)
    def api_checks(document: DocumentQ = None) -> dict[str, Any]:
        return {"rows": data.checks(document=param_document(document))}

    @app.get("/api/documents", tags=["documents"], summary="Documents (optionally matching q)", responses=ERRORS)
    def api_documents(q: SearchQ = None,
                      limit: Annotated[int, Query(ge=1, le=10000, description="rows, 1–10000")] = 200
                      ) -> dict[str, Any]:
        return {"rows": data.documents(q=q, limit=limit)}

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One document with its text and facts")
    def api_document(doc_id: str) -> dict[str, Any]:
        doc = data.document(doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return {**doc, "mentions": data.mentions(doc_id), "events": data.events(document=doc_id, limit=5000),
                "claims": data.claims(document=doc_id), "stances": data.stances(document=doc_id),
                "checks": data.checks(document=doc_id)}

    @app.get("/api/actors", tags=["documents"], summary="Actors in the store (optionally matching q)")
    def api_actors(q: SearchQ = None) -> dict[str, Any]:
        return {"rows": data.actors(q=q)}

    @app.get("/api/search", tags=["documents"], summary="Search actors and documents")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200,
                                           description="text to look for in actor names and documents")]
                   ) -> dict[str, Any]:
        return {"q": q, "actors": data.actors(q=q), "documents": data.documents(q=q, limit=100)}

    @app.get("/api/coverage", tags=["documents"], summary="Datasets with citations, documents, event counts")
    def api_coverage() -> dict[str, Any]:
        return data.coverage()

    # -- downloads -----------------------------------------------------------------------------------------
    @app.get("/api/downloads", tags=["downloads"], summary="The columns and types of every download",
             description="Per table: its columns in order with their types (string, int64, float64, bool, json: "
                         "JSON text) and the dtype map for pandas.read_csv. Text columns that look like numbers "
                         "(events.cameo such as '010') keep their leading zeros only when read as text: "
                         "pandas.read_csv(url, dtype=read_csv_dtype).")
    def api_downloads() -> dict[str, Any]:
        return dl.describe()

    @app.get("/download/{filename}", tags=["downloads"], summary="A table as CSV or Parquet",
             response_class=Response,
             description="filename: one of " + ", ".join(f"{d}.csv / {d}.parquet" for d in DOWNLOADS)
             + "; influence and hedging take targets, powers, years; events take actor and origin. Every "
             "download of a table has the same columns in the same order whatever the filter (an empty result "
             "is the header row, or a typed Parquet schema with no rows); /api/downloads lists them with their "
             "types. Read text columns as text, or codes lose their leading zeros: "
             "pandas.read_csv('/download/events.csv', dtype={'cameo': 'string'}).",
             responses={200: {"description": "the table: CSV (UTF-8, RFC 4180, header row always present) for "
                                             ".csv, Apache Parquet for .parquet",
                              "content": {"text/csv": {"schema": {"type": "string"}},
                                          "application/vnd.apache.parquet": {"schema": {"type": "string",
                                                                                        "format": "binary"}}}},
                        **ERRORS})
    def download(filename: Annotated[str, PathParam(description="table and format: " + ", ".join(
                     f"{d}.csv" for d in DOWNLOADS) + " (or .parquet)")],
                 targets_: TargetsQ = None, powers_: PowersQ = None, years_: YearsQ = None,
                 actor: ActorQ = None, origin: OriginQ = None) -> Response:
        m = DOWNLOAD_NAME.match(filename)
        if not m or m.group("name") not in DOWNLOADS:
            raise HTTPException(404, f"no such download {filename[:60]!r}; there are "
                                + ", ".join(f"{d}.csv" for d in DOWNLOADS) + " and the same as .parquet")
        name, fmt = m.group("name"), m.group("fmt")
        tg, pw, yr = scope(targets_, powers_, years_)
        rows: list[dict[str, Any]]
        if name == "influence":
            rows = data.influence(tg, pw, yr)
        elif name == "hedging":
            rows = data.hedging(tg, pw, yr)["rows"]
        elif name == "events":
            a = param_code("actor", actor)
            rows = data.events(actors=[a] if a else None, origin=param_choice("origin", origin, origins()),
                               limit=1_000_000)
        elif name == "claims":
            rows = data.claims()
        elif name == "stances":
            rows = data.stances()
        elif name == "checks":
            rows = data.checks()
        elif name == "documents":
            rows = data.query("SELECT id, title, published, source, url, origin, text FROM documents ORDER BY id")
        else:
            rows = data.coverage()["datasets"]
        return _table_response(rows, name, fmt)

    # -- ingest (only with a token) ------------------------------------------------------------------------
    if token:
        expected = token.encode("utf-8")

        def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
            given = b""
            if authorization and authorization.startswith("Bearer "):
                given = authorization[len("Bearer "):].strip().encode("utf-8")
            if not hmac.compare_digest(given, expected):
                raise HTTPException(401, "a valid ingest token is needed (Authorization: Bearer TOKEN)",
                                    headers={"WWW-Authenticate": "Bearer"})

        @app.post("/api/ingest", tags=["ingest"], status_code=201, dependencies=[Depends(authorised)],
                  summary="Read, extract and store one article (needs the token)")
        def api_ingest(body: IngestRequest) -> dict[str, Any]:
            return _ingest(data, body)

    return app


def _ingest(data: Data, body: IngestRequest) -> dict[str, Any]:
    import yaml

    from ...api import extract_documents
    from ...extract.pipeline import EXTRACTOR_VERSION, current_reader
    from ...sources.text import read_text
    from ...store.evidence import save_document

    meta = {k: v for k, v in (("title", body.title), ("date", body.published), ("source", body.source),
                              ("url", body.url)) if v}
    text = body.text
    if meta and not text.startswith("---\n"):
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + text
    origin = body.url or f"web-ingest:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    doc = read_text(text, origin, kind="markdown")
    with data._measure_lock:
        ev = extract_documents([doc])[0]
        status = save_document(data.store, doc, ev, method=EXTRACTOR_VERSION, reader=current_reader())
        if status != "unchanged":
            try:
                from ...check import check_stored

                check_stored(data.store, documents=[doc.id])
            except ImportError:  # pragma: no cover
                pass
        data.invalidate()
    return {"document": doc.id, "status": status, "events": len(ev.events), "claims": len(ev.claims),
            "stances": len(ev.stances), "page": f"/document/{doc.id}"}


def _table_response(rows: list[dict[str, Any]], name: str, fmt: str) -> Response:
    """The table in the kind's fixed columns (see :mod:`multipolar.present.downloads`)."""
    if fmt == "csv":
        return Response(dl.to_csv(rows, name), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return Response(dl.to_parquet(rows, name), media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": f'attachment; filename="{name}.parquet"'})


__all__ = ["CSP", "DOMAINS", "create_app"]
