"""The documents API: documents, one document with its facts, actors, search, coverage."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from ..errors import ERRORS
from ..params import SearchQ
from ..site import SiteDep

router = APIRouter(tags=["documents"])


@router.get("/api/documents", summary="Documents (optionally matching q)", responses=ERRORS)
def api_documents(site: SiteDep, q: SearchQ = None,
                  limit: Annotated[int, Query(ge=1, le=10000, description="rows, 1–10000")] = 200
                  ) -> dict[str, Any]:
    return {"rows": site.data.documents(q=q, limit=limit)}


@router.get("/api/documents/{doc_id}", summary="One document with its text and facts")
def api_document(doc_id: str, site: SiteDep) -> dict[str, Any]:
    data = site.data
    doc = data.document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return {**doc, "mentions": data.mentions(doc_id), "events": data.events(document=doc_id, limit=5000),
            "claims": data.claims(document=doc_id), "stances": data.stances(document=doc_id),
            "checks": data.checks(document=doc_id)}


@router.get("/api/actors", summary="Actors in the store (optionally matching q)")
def api_actors(site: SiteDep, q: SearchQ = None) -> dict[str, Any]:
    return {"rows": site.data.actors(q=q)}


@router.get("/api/search", summary="Search actors and documents")
def api_search(site: SiteDep, q: Annotated[str, Query(min_length=1, max_length=200,
                                                      description="text to look for in actor names and documents")]
               ) -> dict[str, Any]:
    return {"q": q, "actors": site.data.actors(q=q), "documents": site.data.documents(q=q, limit=100)}


@router.get("/api/coverage", summary="Datasets with citations, documents, event counts")
def api_coverage(site: SiteDep) -> dict[str, Any]:
    return site.data.coverage()
