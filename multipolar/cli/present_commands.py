"""CLI commands `brief` and `serve`: the HTML/Markdown brief, and the dashboard with its JSON API."""

from __future__ import annotations

import ipaddress
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..store import Store, default_db_path
from .selectors import check_years, resolve_codes

console = Console(stderr=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="store file (default: $MULTIPOLAR_DB or the user data dir)",
                                               show_default=False)]


class BriefFormat(StrEnum):
    html = "html"
    md = "md"


def brief_cmd(
    region: Annotated[str, typer.Option("--region", help="region whose states are the targets")] = "south-caucasus",
    targets: Annotated[str | None, typer.Option("--targets", help="target states instead of the region's, e.g. "
                                                                  "ARM,AZE,GEO", show_default=False)] = None,
    powers: Annotated[str | None, typer.Option("--powers", help="powers (default CHN,RUS,WEST,TUR,IRN)",
                                               show_default=False)] = None,
    years: Annotated[str | None, typer.Option("--years", help="e.g. 2000-2023", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write (default brief.html or "
                                                                       "brief.md; '-' for standard output)",
                                                show_default=False)] = None,
    fmt: Annotated[BriefFormat, typer.Option("--format", help="html (one self-contained file) or md")] =
    BriefFormat.html,
    db: DbOption = None,
) -> None:
    """Write the brief: headline findings, influence over time, domains, hedging, network, events, claim
    checks, sources. The HTML opens offline (everything inline)."""
    from ..present.report import brief

    path = db if db is not None else default_db_path()
    with Store(path, read_only=True) as store:
        tg = resolve_codes(targets, option="--targets", store=store, groups=False, what="target")
        pw = resolve_codes(powers, option="--powers", store=store, groups=True, what="power")
        yr = check_years(years, store)
        text = brief(store, region=region, targets=list(tg) if tg else None, powers=list(pw) if pw else None,
                     years=yr, fmt=fmt.value)
    if output is not None and str(output) == "-":
        sys.stdout.write(text)
        return
    out = output or Path(f"brief.{fmt.value}")
    out.write_text(text, encoding="utf-8")
    console.print(f"wrote the brief to {out.resolve()} ({len(text.encode('utf-8')) / 1e6:.1f} MB)", highlight=False)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          out: Console | None = None) -> None:
    """Run the dashboard with uvicorn until interrupted."""
    import uvicorn

    from ..present.web import create_app

    out = out or console
    if not _loopback(host):
        out.print(f"[yellow]warning:[/] serving on {host}, reachable from other machines; the dashboard has no "
                  "login (only ingest needs the token)", highlight=False)
    app = create_app(db, token=token, read_only=token is None)
    out.print(f"dashboard on http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}/ "
              f"(API: /api, OpenAPI: /api/openapi.json){'; ingest: POST /api/ingest with the token' if token else ''}"
              " — Ctrl+C stops it", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


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
    path = db if db is not None else default_db_path()
    serve(path, host=host, port=port, token=token)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("brief")(brief_cmd)
    app.command("serve")(serve_cmd)
