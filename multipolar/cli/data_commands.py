"""CLI commands for public datasets: load, datasets, fetch."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the dataset commands to the app."""
