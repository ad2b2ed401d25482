"""The dashboard and JSON API: FastAPI over a store, read-only unless started with an ingest token.

Pages: ``/`` (region overview), ``/state/{code}``, ``/dyad/{power}/{target}`` (``?year=`` explains one
year down to source rows and sentences), ``/document/{id}`` (text with its facts marked), ``/search``,
``/events``, ``/downloads``, ``/api`` (the API described from its OpenAPI schema, which is at
``/api/openapi.json``). JSON under ``/api/…``; CSV and Parquet under ``/download/{name}.{csv|parquet}``.

The routes live per area in :mod:`.routers`; what they share (:class:`.site.Site`: the store's reader, the
region, the templates, the token) is injected. Codes and document ids are checked against patterns before
they are used at all (:mod:`.params`); errors of the project's own hierarchy become HTTP statuses in
:mod:`.errors`, once.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from ..api import Reader, Store
from ..domain import DEFAULT_POWERS, REGIONS
from ..present.report import environment
from . import errors
from .errors import ERRORS
from .routers import documents, downloads, evidence, ingest, measure, pages
from .site import Site


def create_app(db_path: str | Path, *, token: str | None = None, read_only: bool = True,
               region: str = "south-caucasus") -> FastAPI:
    """The web app over the store at ``db_path``.

    Read-only by default. With ``token``, ``POST /api/ingest`` exists and accepts requests carrying
    ``Authorization: Bearer <token>`` (compared in constant time, see :mod:`.routers.ingest`); the store is
    then opened for writing, since ingesting writes. Without a token there is no ingest endpoint at all.
    """
    writable = bool(token) or not read_only
    data = Reader(Store(db_path, read_only=not writable), keep_open=writable)  # read-only: opened per request
    app = FastAPI(title="multipolar", version="1", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  responses=ERRORS,
                  description="Who holds influence over whom: influence and hedging indices with 90 % intervals, "
                              "events, claims and their checks, documents. All read-only unless an ingest token "
                              "was given at start.")
    app.state.site = Site(data, REGIONS[region], DEFAULT_POWERS, environment(), token or None)
    app.state.data = data
    errors.install(app)
    for area in (pages, measure, evidence, documents, downloads):
        app.include_router(area.router)
    if token:
        app.include_router(ingest.router)
    return app


__all__ = ["create_app"]
