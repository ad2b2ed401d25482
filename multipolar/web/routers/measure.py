"""The measurement API: influence, a dyad's series, one dyad-year explained, hedging, the region's overview."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...domain import ALL_DOMAINS
from ...present.report import overview
from .. import params
from ..errors import ERRORS
from ..params import DomainQ, PowersQ, TargetsQ, YearsQ, code_or_404
from ..site import SiteDep

router = APIRouter(tags=["measure"])


@router.get("/api/influence", summary="Influence scores with 90 % intervals", responses=ERRORS,
            description="JSON object: method, targets, powers and rows (the columns of influence.csv).")
def api_influence(site: SiteDep, targets_: TargetsQ = None, powers_: PowersQ = None, years_: YearsQ = None,
                  domain: DomainQ = None) -> dict[str, Any]:
    tg, pw, yr = params.scope(site, targets_, powers_, years_)
    dom = params.choice("domain", domain, ALL_DOMAINS)
    rows = site.data.influence(tg, pw, yr)
    if dom:
        rows = [r for r in rows if r["domain"] == dom]
    return {"method": site.data.method, "targets": tg, "powers": pw, "rows": rows}


@router.get("/api/dyad/{power}/{target}", summary="One dyad's series, every domain",
            description="JSON object: method, power, target and rows (year, domain, value, low, high, coverage, "
                        "share, rank, delta, trend, drivers).")
async def api_dyad(power: str, target: str, site: SiteDep) -> Response:
    p, t, data = code_or_404(power), code_or_404(target), site.data
    key = ("dyad-json", p, t)
    body = data.cache.get(key)  # served on the event loop once computed; computed in a worker thread
    if body is None:
        body = await run_in_threadpool(data.cached, key, lambda: json.dumps(
            {"method": data.method, "power": p, "target": t, "rows": site.dyad_rows(p, t)}, default=str,
            allow_nan=False).encode("utf-8"))
    return Response(body, media_type="application/json")


@router.get("/api/explain/{power}/{target}/{year}",
            summary="One dyad-year explained: indicators, source rows, events, sentences")
def api_explain(power: str, target: str, year: int, site: SiteDep) -> dict[str, Any]:
    p, t = code_or_404(power), code_or_404(target)
    if not 1800 <= year <= 2100:
        raise HTTPException(404, "no such year")
    ex = site.data.explain(p, t, year)
    if ex is None:
        raise HTTPException(404, f"no data for {p} → {t} in {year}")
    return ex


@router.get("/api/hedging", summary="How evenly each state spreads its ties among the powers", responses=ERRORS)
def api_hedging(site: SiteDep, targets_: TargetsQ = None, powers_: PowersQ = None,
                years_: YearsQ = None) -> dict[str, Any]:
    tg, pw, yr = params.scope(site, targets_, powers_, years_)
    return {"targets": tg, "powers": pw, **site.data.hedging(tg, pw, yr)}


@router.get("/api/overview", summary="The region's headline findings and the rows behind them")
def api_overview(site: SiteDep) -> dict[str, Any]:
    reg = site.region
    ov = overview(site.data, site.targets, site.powers, (reg.since, 9999), with_charts=False, event_rows=0)
    return {"region": reg.key, "targets": site.targets, "powers": site.powers,
            "findings": [{"kind": f.kind, "target": f.target, "year": f.year, "text": f.text, "facts": f.facts}
                         for f in ov["findings"]],
            "leaders": ov["leaders"], "changes": ov["changes"], "hedging": ov["hedging_rows"]}
