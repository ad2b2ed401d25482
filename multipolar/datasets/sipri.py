"""SIPRI Arms Transfers Database: trend-indicator values (TIV, millions) of deliveries, supplier → recipient.

Observations: ``arms_tiv`` with from_actor = the **supplier** (exporter), to_actor = the **recipient**,
period = the delivery year, unit ``tiv_million``. SIPRI's "0" (< 0.5 m) is kept as 0.

Two forms are read:

* the processed table (``sipri-exports-processed.csv``: supplier, recipient, year, value, COW codes);
* SIPRI's own per-exporter TIV tables (``TIV-Export-XXX-1950-2021.csv``: 10 lines of notes, then
  recipients × years + Total). The "Total" row and column are not stored.

Loading a folder loads the processed table and skips the raw tables when both are present (they hold
the same deliveries). Names map through :func:`multipolar.resolve.codes.actor_code_for_name`: states to
ISO3, "Unknown supplier(s)" → ``XXX``, non-state groups ("Hezbollah (Lebanon)*") → ``NSA:<slug>``,
organisations ("NATO**") → ``ORG:<slug>``, EU → ``EUU``, UN → ``UNO``. The COW code columns are not
trusted for actors because SIPRI gives non-state groups their host state's code.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import DataError
from ..resolve.codes import actor_code_for_name
from .base import FileKind, Loader, LoadSession, read_head, register, split_header

PROCESSED = FileKind("processed", ("sipri-exports-processed*.csv*",),
                     (("supplier", "VARCHAR"), ("recipient", "VARCHAR"), ("year", "DOUBLE"), ("value", "DOUBLE"),
                      ("supplier_cown", "VARCHAR"), ("recipient_cown", "VARCHAR"), ("supplier_lon", "DOUBLE"),
                      ("supplier_lat", "DOUBLE"), ("recipient_lon", "DOUBLE"), ("recipient_lat", "DOUBLE")))
YEARS = tuple(range(1950, 2022))
RAW = FileKind("tiv-table", ("tiv-export-*.csv",),
               (("recipient", "VARCHAR"),) + tuple((str(y), "DOUBLE") for y in YEARS) + (("Total", "DOUBLE"),),
               header_names=("",) + tuple(str(y) for y in YEARS) + ("Total",), skip=10, signature_min=0)


@register
class Sipri(Loader):
    name = "sipri"
    title = "SIPRI Arms Transfers Database — TIV of deliveries by supplier, recipient and year"
    version = "SIPRI trade registers generated 28 July 2022 (1950–2021); 360info processed table 2024-03-26"
    licence = "SIPRI data: attribution to SIPRI required; 360info processing CC BY 4.0"
    citation = ("SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, "
                "https://www.sipri.org/databases/armstransfers (data generated 28 July 2022); processed by 360info.")
    url = "https://www.sipri.org/databases/armstransfers"
    folder = "sipri_arms_transfers_360info"
    kinds = (PROCESSED, RAW)
    method = "sipri.v1"

    def select_files(self, found: list[tuple[Path, FileKind]]) -> list[tuple[Path, FileKind]]:
        if any(k is PROCESSED for _, k in found):
            return [(p, k) for p, k in found if k is PROCESSED]
        return found

    def header_matches(self, path: Path, kind: FileKind) -> bool:
        if kind is not RAW:
            return super().header_matches(path, kind)
        head = read_head(path, 11)
        return (len(head) == 11 and head[0].lstrip('"').startswith("TIV of arms exports from")
                and split_header(head[10], ",", '"')[1:3] == ["1950", "1951"])

    def load_file(self, ctx: LoadSession) -> None:
        if ctx.kind is PROCESSED:
            ctx.read()
            ctx.name_table("_names", "SELECT DISTINCT supplier FROM _raw UNION SELECT DISTINCT recipient FROM _raw",
                           actor_code_for_name)
            ctx.temp("_stage", "SELECT r.rowid AS _rid, r.*, s.code AS sup, c.code AS rcp FROM _raw r "
                               "LEFT JOIN _names s ON s.name = r.supplier LEFT JOIN _names c ON c.name = r.recipient")
        else:
            title = split_header(read_head(ctx.path, 1)[0], ",", '"')[0]
            m = re.match(r"TIV of arms exports from (.+), \d{4}-\d{4}", title)
            if not m:
                raise DataError("not a SIPRI TIV export table (first line should be 'TIV of arms exports from …')",
                                source=ctx.source, line=1, hint="export the trade register as CSV from sipri.org")
            supplier = m.group(1)
            sup = actor_code_for_name(supplier)
            ctx.read()
            # Drop the blank line and the Total row at the end (not data), then unpivot years.
            ctx.execute("DELETE FROM _raw WHERE recipient IS NULL OR recipient = 'Total'")
            years = ", ".join(f'"{y}"' for y in YEARS)
            ctx.temp("_long", f"SELECT rowid AS _rawid, recipient, CAST(y AS DOUBLE) AS year, value FROM "
                              f"(UNPIVOT (SELECT rowid, * EXCLUDE (Total) FROM _raw) ON {years} INTO NAME y VALUE value)")  # noqa: E501
            ctx.name_table("_names", "SELECT DISTINCT recipient FROM _long", actor_code_for_name)
            ctx.temp("_stage", f"SELECT l._rawid AS _rid, {sql_lit(supplier)} AS supplier, l.recipient, l.year, "
                               f"l.value, {sql_lit(sup) if sup else 'NULL'} AS sup, n.code AS rcp FROM _long l "
                               f"LEFT JOIN _names n ON n.name = l.recipient")
            if sup is None:
                raise DataError(f"unknown supplier {supplier!r}", source=ctx.source, line=1,
                                hint="add the name to multipolar.resolve.codes")
        ctx.reject("_stage", "year IS NULL OR year <> floor(year)", "'bad year: ' || coalesce(CAST(year AS VARCHAR), '')")  # noqa: E501
        ctx.reject("_stage", "sup IS NULL", "'unknown supplier: ' || coalesce(supplier, 'empty')")
        ctx.reject("_stage", "rcp IS NULL", "'unknown recipient: ' || coalesce(recipient, 'empty')")
        line = ctx.line_expr("_rid")
        ctx.insert_observations(f"""
            SELECT 'arms_tiv' AS indicator, sup AS from_actor, rcp AS to_actor,
                   CAST(CAST(year AS INT) AS VARCHAR) AS period, CAST(year AS INT) AS year, NULL::INT AS month,
                   value, 'tiv_million' AS unit, {line} AS source_row FROM _stage WHERE value IS NOT NULL""")


def sql_lit(v: str) -> str:
    return "'" + v.replace("'", "''") + "'"
