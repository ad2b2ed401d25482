"""SQL builders shared by the observation loaders."""

from __future__ import annotations

from collections.abc import Sequence

from .base import LoadSession


def unpivot(ctx: LoadSession, table: str, columns: Sequence[tuple[str, str, str]], *, from_actor: str,
            to_actor: str = "NULL", year: str = "CAST(year AS INT)", month: str = "NULL::INT",
            period: str | None = None, both_directions: bool = False) -> str:
    """SELECT … UNION ALL … turning wide value columns into observation rows.

    ``columns`` are (source column, indicator, unit); NULL values give no row. With
    ``both_directions`` every row is also emitted with from/to swapped (non-directed dyads)."""
    period = period or f"CAST({year} AS VARCHAR)"
    line = ctx.line_expr("_rid")
    pairs = [(from_actor, to_actor)] + ([(to_actor, from_actor)] if both_directions else [])
    parts = []
    for col, indicator, unit in columns:
        for fa, ta in pairs:
            parts.append(
                f"SELECT '{indicator}' AS indicator, {fa} AS from_actor, {ta} AS to_actor, {period} AS period, "
                f"{year} AS year, {month} AS month, CAST({col} AS DOUBLE) AS value, '{unit}' AS unit, "
                f"{line} AS source_row FROM {table} WHERE {col} IS NOT NULL")
    return " UNION ALL ".join(parts)
