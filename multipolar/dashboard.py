"""Serve the dashboard and its JSON API with uvicorn: what `multipolar serve` and `multipolar demo --serve` run."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from rich.console import Console


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          out: Console | None = None) -> None:
    """Run the dashboard on ``db`` until interrupted (read-only on the store unless ``token`` is given); what it
    says goes to ``out`` (standard error by default)."""
    import uvicorn

    from .web import create_app

    out = out or Console(stderr=True)
    if not _loopback(host):
        out.print(f"[yellow]warning:[/] serving on {host}, reachable from other machines; the dashboard has no "
                  "login (only ingest needs the token)", highlight=False)
    app = create_app(db, token=token, read_only=token is None)
    out.print(f"dashboard on http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}/ "
              f"(API: /api, OpenAPI: /api/openapi.json){'; ingest: POST /api/ingest with the token' if token else ''}"
              " — Ctrl+C stops it", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")
