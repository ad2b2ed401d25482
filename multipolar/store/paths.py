"""Where the store lives by default."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """``$MULTIPOLAR_DB``, else ``$XDG_DATA_HOME/multipolar/multipolar.duckdb`` (``~/.local/share`` by default)."""
    env = os.environ.get("MULTIPOLAR_DB")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "multipolar" / "multipolar.duckdb"
