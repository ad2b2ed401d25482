"""Showing the store: the brief (:mod:`.report`), the dashboard and JSON API (:mod:`.web`).

Thin: the numbers come through the door (:mod:`multipolar.api`: influence, hedging, explain, verdicts) and the
store's named reads, both read by :mod:`.data`; this package only arranges, writes sentences from them and draws.
"""

from __future__ import annotations

from typing import Any

__all__ = ["brief", "create_app"]


def __getattr__(name: str) -> Any:  # imported lazily: the CLI should not pay for FastAPI and plotly at start
    if name == "brief":
        from .report import brief

        return brief
    if name == "create_app":
        from .web import create_app

        return create_app
    raise AttributeError(name)
