"""Downloads: every table as CSV or Parquet in fixed columns, and the description of those columns."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from fastapi import Path as PathParam
from fastapi.responses import Response

from ...present import downloads as dl
from .. import params
from ..errors import ERRORS
from ..params import ActorQ, OriginQ, PowersQ, TargetsQ, YearsQ
from ..site import Site, SiteDep

DOWNLOADS = dl.KINDS
DOWNLOAD_NAME = re.compile(r"^(?P<name>[a-z]+)\.(?P<fmt>csv|parquet)$")

router = APIRouter(tags=["downloads"])


@router.get("/api/downloads", summary="The columns and types of every download",
            description="Per table: its columns in order with their types (string, int64, float64, bool, json: "
                        "JSON text) and the dtype map for pandas.read_csv. Text columns that look like numbers "
                        "(events.cameo such as '010') keep their leading zeros only when read as text: "
                        "pandas.read_csv(url, dtype=read_csv_dtype).")
def api_downloads() -> dict[str, Any]:
    return dl.describe()


def _rows(site: Site, name: str, scope: params.Scope, actor: str | None, origin: str | None) -> list[dict[str, Any]]:
    """The rows of table ``name`` (influence and hedging in ``scope``, events of ``actor`` and ``origin``)."""
    data = site.data
    tg, pw, yr = scope
    if name == "influence":
        return data.influence(tg, pw, yr)
    if name == "hedging":
        return data.hedging(tg, pw, yr)["rows"]
    if name == "events":
        a = params.code(site, "actor", actor)
        return data.events(actors=[a] if a else None, origin=params.origin(site, origin), limit=1_000_000)
    tables: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "claims": data.claims, "stances": data.stances, "checks": data.checks, "documents": data.document_texts}
    if name in tables:
        return tables[name]()
    return data.coverage()["datasets"]


@router.get("/download/{filename}", summary="A table as CSV or Parquet", response_class=Response,
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
def download(site: SiteDep,
             filename: Annotated[str, PathParam(description="table and format: " + ", ".join(
                 f"{d}.csv" for d in DOWNLOADS) + " (or .parquet)")],
             targets_: TargetsQ = None, powers_: PowersQ = None, years_: YearsQ = None,
             actor: ActorQ = None, origin: OriginQ = None) -> Response:
    m = DOWNLOAD_NAME.match(filename)
    if not m or m.group("name") not in DOWNLOADS:
        raise HTTPException(404, f"no such download {filename[:60]!r}; there are "
                            + ", ".join(f"{d}.csv" for d in DOWNLOADS) + " and the same as .parquet")
    name, fmt = m.group("name"), m.group("fmt")
    rows = _rows(site, name, params.scope(site, targets_, powers_, years_), actor, origin)
    if fmt == "csv":
        return Response(dl.to_csv(rows, name), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return Response(dl.to_parquet(rows, name), media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": f'attachment; filename="{name}.parquet"'})
