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

import hashlib
import hmac
import io
import json
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import DataError, InputError, MultipolarError, StoreError, UsageError
from ...store import Store
from .. import charts
from ..csvout import rows_to_csv
from ..data import CODE, DEFAULT_POWERS, DOC_ID, DOMAINS, REGIONS, Data, codes, years
from ..findings import leaders
from ..highlight import Span, highlight
from ..report import environment, overview, static_text

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
STATIC = {"plotly.min.js": "application/javascript; charset=utf-8", "app.js": "application/javascript; charset=utf-8",
          "style.css": "text/css; charset=utf-8"}
DOWNLOADS = ("influence", "hedging", "events", "claims", "stances", "checks", "documents", "datasets")
DOWNLOAD_NAME = re.compile(r"^(?P<name>[a-z]+)\.(?P<fmt>csv|parquet)$")
MAX_INGEST_CHARS = 2_000_000
STATUS = {UsageError: 404, InputError: 400, DataError: 500, StoreError: 503}


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
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error_page(request, 422, "Invalid request", problems)

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
        checks = [k for k in data.checks() if c in (k.get("subject"), k.get("partner"))]
        return page("state.html", code=c, figures=figs, leaders=lead, as_power=as_power, events=events,
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
        ev = data.events(actors=[a] if a else targets, origin=origin, span=span_of(year_from, year_to), limit=2000)
        fig = {"id": "timeline", "json": charts.to_json(charts.timeline(ev, data.name))} if ev else None
        return page("events.html", events=ev[:500], total=len(ev), figure=fig, actor=a, origin=origin)

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
        return codes(tg) or targets, codes(pw) or powers, years(yr)

    @app.get("/api/influence", tags=["measure"], summary="Influence scores with 90 % intervals")
    def api_influence(targets_: Annotated[str | None, Query(alias="targets", max_length=200)] = None,
                      powers_: Annotated[str | None, Query(alias="powers", max_length=200)] = None,
                      years_: Annotated[str | None, Query(alias="years", max_length=20)] = None,
                      domain: Annotated[str | None, Query(max_length=20)] = None) -> dict[str, Any]:
        tg, pw, yr = scope(targets_, powers_, years_)
        rows = data.influence(tg, pw, yr)
        if domain:
            rows = [r for r in rows if r["domain"] == domain]
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

    @app.get("/api/hedging", tags=["measure"], summary="How evenly each state spreads its ties among the powers")
    def api_hedging(targets_: Annotated[str | None, Query(alias="targets", max_length=200)] = None,
                    powers_: Annotated[str | None, Query(alias="powers", max_length=200)] = None,
                    years_: Annotated[str | None, Query(alias="years", max_length=20)] = None) -> dict[str, Any]:
        tg, pw, yr = scope(targets_, powers_, years_)
        return {"targets": tg, "powers": pw, **data.hedging(tg, pw, yr)}

    @app.get("/api/overview", tags=["measure"], summary="The region's headline findings and the rows behind them")
    def api_overview() -> dict[str, Any]:
        ov = overview(data, targets, powers, (reg.since, 9999), with_charts=False, event_rows=0)
        return {"region": reg.key, "targets": targets, "powers": powers,
                "findings": [{"kind": f.kind, "target": f.target, "year": f.year, "text": f.text, "facts": f.facts}
                             for f in ov["findings"]],
                "leaders": ov["leaders"], "changes": ov["changes"], "hedging": ov["hedging_rows"]}

    @app.get("/api/events", tags=["evidence"], summary="Events from articles, GDELT and ICEWS")
    def api_events(actor: Annotated[str | None, Query(max_length=10)] = None,
                   recipient: Annotated[str | None, Query(max_length=10)] = None,
                   origin: Annotated[str | None, Query(max_length=10)] = None,
                   document: Annotated[str | None, Query(max_length=40)] = None,
                   year_from: Annotated[int | None, Query(ge=1800, le=2100)] = None,
                   year_to: Annotated[int | None, Query(ge=1800, le=2100)] = None,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 500,
                   offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0) -> dict[str, Any]:
        rows = data.events(actor=code_or_404(actor) if actor else None,
                           recipient=code_or_404(recipient) if recipient else None, origin=origin,
                           document=document, span=span_of(year_from, year_to) if year_from or year_to else None,
                           limit=limit, offset=offset)
        return {"rows": rows}

    @app.get("/api/claims", tags=["evidence"], summary="Quantitative claims found in the documents")
    def api_claims(actor: Annotated[str | None, Query(max_length=10)] = None,
                   document: Annotated[str | None, Query(max_length=40)] = None) -> dict[str, Any]:
        return {"rows": data.claims(actor=code_or_404(actor) if actor else None, document=document)}

    @app.get("/api/stances", tags=["evidence"], summary="Stances found in the documents")
    def api_stances(actor: Annotated[str | None, Query(max_length=10)] = None,
                    document: Annotated[str | None, Query(max_length=40)] = None) -> dict[str, Any]:
        return {"rows": data.stances(actor=code_or_404(actor) if actor else None, document=document)}

    @app.get("/api/checks", tags=["evidence"], summary="Claim verdicts against the loaded datasets")
    def api_checks(document: Annotated[str | None, Query(max_length=40)] = None) -> dict[str, Any]:
        return {"rows": data.checks(document=document)}

    @app.get("/api/documents", tags=["documents"], summary="Documents (optionally matching q)")
    def api_documents(q: Annotated[str | None, Query(max_length=200)] = None,
                      limit: Annotated[int, Query(ge=1, le=10000)] = 200) -> dict[str, Any]:
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
    def api_actors(q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        return {"rows": data.actors(q=q)}

    @app.get("/api/search", tags=["documents"], summary="Search actors and documents")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
        return {"q": q, "actors": data.actors(q=q), "documents": data.documents(q=q, limit=100)}

    @app.get("/api/coverage", tags=["documents"], summary="Datasets with citations, documents, event counts")
    def api_coverage() -> dict[str, Any]:
        return data.coverage()

    # -- downloads -----------------------------------------------------------------------------------------
    @app.get("/download/{filename}", tags=["downloads"], summary="A table as CSV or Parquet",
             description="filename: one of " + ", ".join(f"{d}.csv / {d}.parquet" for d in DOWNLOADS)
             + "; influence and hedging take targets, powers, years; events take actor and origin.")
    def download(filename: str,
                 targets_: Annotated[str | None, Query(alias="targets", max_length=200)] = None,
                 powers_: Annotated[str | None, Query(alias="powers", max_length=200)] = None,
                 years_: Annotated[str | None, Query(alias="years", max_length=20)] = None,
                 actor: Annotated[str | None, Query(max_length=10)] = None,
                 origin: Annotated[str | None, Query(max_length=10)] = None) -> Response:
        m = DOWNLOAD_NAME.match(filename)
        if not m or m.group("name") not in DOWNLOADS:
            raise HTTPException(404, "no such download")
        name, fmt = m.group("name"), m.group("fmt")
        tg, pw, yr = scope(targets_, powers_, years_)
        rows: list[dict[str, Any]]
        if name == "influence":
            rows = data.influence(tg, pw, yr)
        elif name == "hedging":
            rows = data.hedging(tg, pw, yr)["rows"]
        elif name == "events":
            rows = data.events(actors=[code_or_404(actor)] if actor else None, origin=origin, limit=1_000_000)
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
    from ...extract.pipeline import EXTRACTOR_VERSION
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
        status = save_document(data.store, doc, ev, method=EXTRACTOR_VERSION)
        if status != "unchanged":
            try:
                from ...check import check_stored

                check_stored(data.store, documents=[doc.id])
            except ImportError:  # pragma: no cover
                pass
        data.invalidate()
    return {"document": doc.id, "status": status, "events": len(ev.events), "claims": len(ev.claims),
            "stances": len(ev.stances), "page": f"/document/{doc.id}"}


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        out.append({k: (json.dumps(v, default=str) if isinstance(v, list | dict | tuple) else v)
                    for k, v in r.items()})
    return out


def _table_response(rows: list[dict[str, Any]], name: str, fmt: str) -> Response:
    if fmt == "csv":
        return Response(rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    flat = _flat(rows)
    cols = list(dict.fromkeys(k for r in flat for k in r))
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in flat]) if flat else pa.table({})
    out = io.BytesIO()
    pq.write_table(table, out)
    return Response(out.getvalue(), media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": f'attachment; filename="{name}.parquet"'})


__all__ = ["CSP", "DOMAINS", "create_app"]
