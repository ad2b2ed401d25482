"""Options several commands share, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DB_HELP = "store file (default: $MULTIPOLAR_DB or the user data dir)"

DbOption = Annotated[Path | None, typer.Option("--db", help=DB_HELP, show_default=False)]
YearsOption = Annotated[str | None, typer.Option("--years", help="e.g. 1995-2023 or 2014", show_default=False)]
