"""Ingest (only when the app was started with a token): one article read, extracted and stored through the
door, :func:`multipolar.api.ingest`; the token is compared in constant time."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field

from ..site import SiteDep

MAX_INGEST_CHARS = 2_000_000


class IngestRequest(BaseModel):
    """One article to read, extract and store."""

    text: str = Field(..., min_length=1, max_length=MAX_INGEST_CHARS,
                      description="the article text (Markdown or plain)")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, description="where it was published (kept as provenance)")
    published: str | None = Field(None, max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD")
    source: str | None = Field(None, max_length=200, description="publisher")


def authorised(site: SiteDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Let the request through only with ``Authorization: Bearer <token>``."""
    given = b""
    if authorization and authorization.startswith("Bearer "):
        given = authorization[len("Bearer "):].strip().encode("utf-8")
    if not hmac.compare_digest(given, (site.token or "").encode("utf-8")) or not site.token:
        raise HTTPException(401, "a valid ingest token is needed (Authorization: Bearer TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})


router = APIRouter(tags=["ingest"])


@router.post("/api/ingest", status_code=201, dependencies=[Depends(authorised)],
             summary="Read, extract and store one article (needs the token)")
def api_ingest(body: IngestRequest, site: SiteDep) -> dict[str, Any]:
    return site.data.ingest(text=body.text, title=body.title, url=body.url, published=body.published,
                            source=body.source)
