"""CLI commands `brief` and `serve`: the HTML/Markdown brief, and the dashboard with its JSON API (served by
:mod:`multipolar.dashboard`)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .. import api
from ..dashboard import serve
from .options import DbOption, YearsOption
from .selectors import check_years, resolve_codes

console = Console(stderr=True)


class BriefFormat(StrEnum):
    html = "html"
    md = "md"


def brief_cmd(
    region: Annotated[str, typer.Option("--region", help="region whose states are the targets")] = "south-caucasus",
    targets: Annotated[str | None, typer.Option("--targets", help="target states instead of the region's, e.g. "
                                                                  "ARM,AZE,GEO", show_default=False)] = None,
    powers: Annotated[str | None, typer.Option("--powers", help="powers (default CHN,RUS,WEST,TUR,IRN)",
                                               show_default=False)] = None,
    years: YearsOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write (default brief.html or "
                                                                       "brief.md; '-' for standard output)",
                                                show_default=False)] = None,
    fmt: Annotated[BriefFormat, typer.Option("--format", help="html (one self-contained file) or md")] =
    BriefFormat.html,
    db: DbOption = None,
) -> None:
    """Write the brief: headline findings, influence over time, domains, hedging, network, events, claim
    checks, sources. The HTML opens offline (everything inline)."""
    with api.Store(api.store_path(db), read_only=True) as store:
        tg = resolve_codes(targets, option="--targets", store=store, groups=False, what="target")
        pw = resolve_codes(powers, option="--powers", store=store, groups=True, what="power")
        yr = check_years(years, store)
        text = api.brief(region=region, targets=tg, powers=pw, years=yr, fmt=fmt.value, db=store).text
    if output is not None and str(output) == "-":
        sys.stdout.write(text)
        return
    out = output or Path(f"brief.{fmt.value}")
    out.write_text(text, encoding="utf-8")
    console.print(f"wrote the brief to {out.resolve()} ({len(text.encode('utf-8')) / 1e6:.1f} MB)", highlight=False)


def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="address to bind (loopback unless told otherwise)")] =
    "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port")] = 8000,
    db: DbOption = None,
    token: Annotated[str | None, typer.Option("--token", envvar="MULTIPOLAR_TOKEN",
                                              help="enable POST /api/ingest for requests with this bearer token "
                                                   "(opens the store for writing)", show_default=False)] = None,
) -> None:
    """Serve the dashboard and the JSON API (read-only on the store unless --token is given)."""
    serve(api.store_path(db), host=host, port=port, token=token, out=console)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("brief")(brief_cmd)
    app.command("serve")(serve_cmd)
