"""Ingest (only when the app was started with a token): one article given as text, read, extracted and stored
through the door (:func:`multipolar.api.ingest_documents`) and its claims checked through the door
(:func:`multipolar.api.check`); the token is compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field

from ... import api
from ...errors import ExtractionError
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
    return ingest(site.data, body)


def article(body: IngestRequest) -> tuple[str, str]:
    """The article's text with its metadata as front matter, and its origin: its url or the hash of its text."""
    import yaml

    meta = {k: v for k, v in (("title", body.title), ("date", body.published), ("source", body.source),
                              ("url", body.url)) if v}
    text = body.text
    if meta and not text.startswith("---\n"):
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + text
    origin = body.url or f"web-ingest:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    return text, origin


def ingest(data: api.Reader, body: IngestRequest) -> dict[str, Any]:
    """Read, extract, store and check the article; forget what was cached."""
    text, origin = article(body)
    doc = api.read_text(text, origin)
    with data.writing() as store:
        report = api.ingest_documents([doc], db=store)
        if report.failed:
            raise ExtractionError(report.failed[0][1])
        if report.unchanged:  # nothing extracted again: what the document holds is what is stored
            counts = {kind: len(api.evidence(kind, db=store, document=doc.id))
                      for kind in ("events", "claims", "stances")}
        else:
            api.check(db=store, documents=[doc.id])
            counts = {"events": report.events, "claims": report.claims, "stances": report.stances}
    status = "new" if report.new else "replaced" if report.replaced else "unchanged"
    return {"document": doc.id, "status": status, **counts, "page": f"/document/{doc.id}"}
