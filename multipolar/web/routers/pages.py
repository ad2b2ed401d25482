"""The HTML pages: the region overview, a state, a dyad, a document, search, events, downloads, the API."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...present import charts
from ...present.downloads import KINDS
from ...present.findings import leaders
from ...present.highlight import Span, highlight
from ...present.report import CHART_EVENTS, overview, static_text
from ..params import code_or_404, is_document_id
from ..site import Site, SiteDep

STATIC = {"plotly.min.js": "application/javascript; charset=utf-8", "app.js": "application/javascript; charset=utf-8",
          "style.css": "text/css; charset=utf-8"}
LISTED_EVENTS = 200  # rows of the events page; "and N more" says how many others there are

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(site: SiteDep) -> HTMLResponse:
    reg = site.region
    html = site.data.cached(("page", "home"), lambda: site.render(
        "overview.html", **overview(site.data, site.targets, site.powers, (reg.since, 9999), event_rows=40)))
    return HTMLResponse(html)


def _as_target(site: Site, code: str) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """A region state's figures (influence over it, its hedging) and who leads there."""
    data, name = site.data, site.data.name
    rows = data.influence(site.targets, site.powers)
    figs = [{"id": "influence", "json": charts.to_json(charts.influence_over_time(rows, code, site.powers, name))}]
    hed = data.hedging(site.targets, site.powers)
    if hed["rows"]:
        figs.append({"id": "hedging", "json": charts.to_json(charts.hedging_chart(hed["rows"], [code], name))})
    return figs, [r for r in leaders(rows, site.powers) if r["target"] == code]


def _as_power(site: Site, code: str) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """A power's figures over each region state and its latest overall score there."""
    as_power = []
    for t in site.targets:
        good = [r for r in site.dyad_rows(code, t) if r["domain"] == "overall" and r.get("value") is not None]
        as_power.append({"target": t, "last": max(good, key=lambda r: r["year"]) if good else None})
    prows = [r for t in site.targets for r in site.dyad_rows(code, t)]
    figs = [{"id": f"influence-{t}", "json": charts.to_json(charts.influence_over_time(prows, t, [code],
                                                                                       site.data.name))}
            for t in site.targets]
    return figs, as_power


@router.get("/state/{code}", response_class=HTMLResponse)
def state_page(code: str, site: SiteDep) -> HTMLResponse:
    c, data = code_or_404(code), site.data
    if not data.known(c):
        raise HTTPException(404, f"no actor {c} in this store")
    lead: list[dict[str, Any]] = []
    as_power: list[dict[str, Any]] = []
    if c in site.targets:
        figs, lead = _as_target(site, c)
    else:
        figs, as_power = _as_power(site, c)
    events = data.events(actors=[c], limit=100)
    events_total = data.count_events(actors=[c])
    checks = [k for k in data.checks() if c in (k.get("subject"), k.get("partner"))]
    return site.page("state.html", code=c, figures=figs, leaders=lead, as_power=as_power, events=events,
                     events_more=events_total - len(events),
                     claims=data.claims(actor=c), stances=data.stances(actor=c), checks=checks,
                     is_target=c in site.targets)


@router.get("/dyad/{power}/{target}", response_class=HTMLResponse)
def dyad_page(power: str, target: str, site: SiteDep,
              year: Annotated[int | None, Query(ge=1800, le=2100)] = None) -> HTMLResponse:
    p, t, data = code_or_404(power), code_or_404(target), site.data
    if not (data.known(p) and data.known(t)):
        raise HTTPException(404, f"no dyad {p} → {t} in this store")
    rows = site.dyad_rows(p, t)
    fig = {"id": "series", "json": charts.to_json(charts.dyad_series(rows, p, t, data.name))}
    table: dict[int, dict[str, Any]] = {}
    for r in rows:
        table.setdefault(r["year"], {})[r["domain"]] = r
    explained = data.explain(p, t, year) if year is not None else None
    return site.page("dyad.html", power=p, target=t, figure=fig, years=sorted(table.items(), reverse=True),
                     year=year, explain=explained)


def _spans(site: Site, doc_id: str, events: list[dict[str, Any]], claims: list[dict[str, Any]],
           stances: list[dict[str, Any]]) -> list[Span]:
    """What to mark in a document's text: actors, events, claims and stances where they were found."""
    name = site.data.name
    spans = [Span(m["start"], m["end"], "actor", f"actor: {name(m['actor'])} ({m['actor']})")
             for m in site.data.mentions(doc_id)]
    spans += [Span(e["start"], e["end"], "event", f"event {e['type']}: {', '.join(e['actors'] or [])} → "
                   f"{', '.join(e['recipients'] or [])} {e['date'] or ''}", f"ev-{i}")
              for i, e in enumerate(events) if e["start"] is not None and e["end"] is not None]
    spans += [Span(c["start"], c["end"], "claim", f"claim {c['measure']}: {c['value']:g} {c['unit'] or ''}",
                   f"cl-{i}") for i, c in enumerate(claims) if c["start"] is not None and c["end"] is not None]
    spans += [Span(s["start"], s["end"], "stance", f"stance: {s['holder']} {s['polarity']} {s['issue']}",
                   f"st-{i}") for i, s in enumerate(stances) if s["start"] is not None and s["end"] is not None]
    return spans


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, site: SiteDep) -> HTMLResponse:
    data = site.data
    doc = data.document(doc_id) if is_document_id(doc_id) else None
    if doc is None:
        raise HTTPException(404, "no such document")
    events = data.events(document=doc_id, limit=1000)
    claims = data.claims(document=doc_id)
    stances = data.stances(document=doc_id)
    body = highlight(doc["text"], _spans(site, doc_id, events, claims, stances))
    return site.page("document.html", doc=doc, body=body, events=events, claims=claims, stances=stances,
                     checks=data.checks(document=doc_id))


@router.get("/search", response_class=HTMLResponse)
def search_page(site: SiteDep, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    q = q.strip()
    return site.page("search.html", q=q, actors=site.data.actors(q=q) if q else [],
                     documents=site.data.documents(q=q, limit=100) if q else [])


@router.get("/events", response_class=HTMLResponse)
def events_page(site: SiteDep, actor: Annotated[str | None, Query(max_length=10)] = None,
                origin: Annotated[str | None, Query(max_length=10)] = None,
                year_from: Annotated[int | None, Query(ge=1800, le=2100)] = None,
                year_to: Annotated[int | None, Query(ge=1800, le=2100)] = None) -> HTMLResponse:
    data = site.data
    a = code_or_404(actor) if actor else None
    who, span = [a] if a else site.targets, site.span_of(year_from, year_to)
    total = data.count_events(actors=who, origin=origin, span=span)
    ev = data.events(actors=who, origin=origin, span=span, limit=CHART_EVENTS)
    fig = {"id": "timeline", "json": charts.to_json(charts.timeline(ev, data.name))} if ev else None
    return site.page("events.html", events=ev[:LISTED_EVENTS], total=total, charted=len(ev), figure=fig, actor=a,
                     origin=origin)


@router.get("/downloads", response_class=HTMLResponse)
def downloads_page(site: SiteDep) -> HTMLResponse:
    return site.page("downloads.html", downloads=KINDS)


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request, site: SiteDep) -> HTMLResponse:
    spec = request.app.openapi()
    return site.page("api.html", spec=spec, paths=sorted(spec.get("paths", {}).items()))


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404, "no such file")
    body = charts.plotly_js() if name == "plotly.min.js" else static_text(name)
    return Response(body, media_type=STATIC[name], headers={"Cache-Control": "public, max-age=86400"})
