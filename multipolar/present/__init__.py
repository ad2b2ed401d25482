"""Rendering what a store holds: the brief (:mod:`.report`), its charts, findings, tables and downloads.

Thin and below the door: the rows come from a :class:`.reading.Reading` the door hands in
(:class:`multipolar.api.Reader`); this package only arranges, writes sentences from them and draws. The web app
(:mod:`multipolar.web`) and the CLI use its rendering helpers.
"""

from __future__ import annotations

from typing import Any

__all__ = ["brief"]


def __getattr__(name: str) -> Any:  # imported lazily: the CLI should not pay for plotly and jinja at start
    if name == "brief":
        from .report import brief

        return brief
    raise AttributeError(name)
