"""The evidence API: events, claims, stances and the claims' verdicts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from .. import params
from ..errors import ERRORS, BadParameter
from ..params import ActorQ, DocumentQ, OriginQ, RecipientQ, YearFromQ, YearToQ
from ..site import SiteDep

router = APIRouter(tags=["evidence"])


@router.get("/api/events", summary="Events from articles, GDELT and ICEWS", responses=ERRORS,
            description="JSON object with rows (the columns of events.csv); cameo is a text code such as '010'.")
def api_events(site: SiteDep, actor: ActorQ = None, recipient: RecipientQ = None, origin: OriginQ = None,
               document: DocumentQ = None, year_from: YearFromQ = None, year_to: YearToQ = None,
               limit: Annotated[int, Query(ge=1, le=5000, description="rows per page, 1–5000")] = 500,
               offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="rows to skip")] = 0
               ) -> dict[str, Any]:
    if year_from and year_to and year_from > year_to:
        raise BadParameter("year_from", f"{year_from} is after year_to {year_to}", "a year up to year_to")
    rows = site.data.events(actor=params.code(site, "actor", actor),
                            recipient=params.code(site, "recipient", recipient),
                            origin=params.origin(site, origin), document=params.document(document),
                            span=site.span_of(year_from, year_to) if year_from or year_to else None,
                            limit=limit, offset=offset)
    return {"rows": rows}


@router.get("/api/claims", summary="Quantitative claims found in the documents", responses=ERRORS)
def api_claims(site: SiteDep, actor: ActorQ = None, document: DocumentQ = None) -> dict[str, Any]:
    return {"rows": site.data.claims(actor=params.code(site, "actor", actor), document=params.document(document))}


@router.get("/api/stances", summary="Stances found in the documents", responses=ERRORS)
def api_stances(site: SiteDep, actor: ActorQ = None, document: DocumentQ = None) -> dict[str, Any]:
    return {"rows": site.data.stances(actor=params.code(site, "actor", actor),
                                      document=params.document(document))}


@router.get("/api/checks", summary="Claim verdicts against the loaded datasets", responses=ERRORS)
def api_checks(site: SiteDep, document: DocumentQ = None) -> dict[str, Any]:
    return {"rows": site.data.checks(document=params.document(document))}
