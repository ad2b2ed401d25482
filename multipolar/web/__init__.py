"""The dashboard and JSON API (FastAPI); see :func:`create_app`."""

from .app import create_app

__all__ = ["create_app"]
