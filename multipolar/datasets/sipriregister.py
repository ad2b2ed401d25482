"""SIPRI Arms Transfers Database, trade register: one row per deal and delivery year, TIV in millions.

The file is SIPRI's "trade register" CSV export (``trade_register.csv``): 11 lines of notes, a header on
line 12, then one row per **deal and delivery year** — a deal delivered over several years has one row
per year, each with the same ``SIPRI AT Database ID``; ``Delivery year`` always holds a single year (the
real 2026 export: 25,024 rows of 12,571 deals, no (deal, year) pair twice). Every line ends in ``;``,
which DuckDB reads as part of the last field (``Local production``); it is stripped there.

Observations (one per row, so every figure keeps its line): dataset ``sipri-register``, indicator
``arms_tiv_deal``, from_actor = the supplier, to_actor = the recipient, period = the delivery year
``YYYY``, value = ``TIV delivery values`` (millions; a ``0`` is kept as 0; an empty TIV means no
deliveries identified and gives no row), unit ``tiv_million``, ``estimate`` TRUE when "Delivery year is
estimate" or "Numbers delivered is estimate" is ``Yes`` (FALSE otherwise, also when SIPRI left both
flags empty), source_row = the line of the row in the file.

Names map through :func:`multipolar.resolve.codes.actor_code_for_name`, as in the ``sipri`` loader:
states to ISO3 (``Turkiye`` → TUR, ``Viet Nam`` → VNM), "unknown supplier(s)"/"unknown recipient(s)" →
``XXX``, non-state groups ("Hezbollah (Lebanon)*") → ``NSA:<slug>``, organisations ("NATO**") →
``ORG:<slug>``, "European Union**" → EUU. A name that does not map is a reject with its line. SIPRI names
one supplier per row; a combined name such as "Russia/Belarus" (none in the 2026 export) does not map and
is rejected rather than split, since SIPRI gives no shares to split the TIV by.

Checked per row (a failing row is a reject with its line; more than ``max_reject_share`` fails the load):
the structure and types (DuckDB), the ``;`` that closes every line of SIPRI's export, Yes/No flags, a
delivery year between 1950 and next year, a non-negative TIV, both names, and that no (deal, delivery
year) appears twice. A **last** line without its ``;`` means the file was cut short: that is a
:class:`DataError` whatever the share, so a truncated download never loads quietly.

The measurement wants supplier → recipient TIV by delivery year: the store's
:data:`~multipolar.store.observations.REGISTER_DELIVERIES_SQL` sums the deal rows (``tiv``) and counts them
(``deals``); :func:`~multipolar.store.observations.register_deliveries` runs it (here also
:data:`AGGREGATE_SQL` and :func:`aggregate`).

Columns not stored (designation, description, category, order date, numbers delivered, status, unit TIVs,
local production) stay in the file, one ``source_row`` away. In the export the column called
``SIPRI estimate`` is the weapon's TIV per unit before SIPRI's discount for second-hand items, ``TIV deal
unit`` the TIV per unit of this deal, and ``TIV delivery values`` = numbers delivered × ``TIV deal unit``.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..resolve.codes import actor_code_for_name
from ..store.observations import REGISTER_DELIVERIES_SQL, register_deliveries
from .base import FileKind, Loader, LoadSession, _norm_col, read_head, register, split_header

HEADER = ("SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category",
          "Order date", "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate",
          "Delivery year", "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit",
          "TIV delivery values", "Local production")
COLUMNS = (("deal_id", "BIGINT"), ("supplier", "VARCHAR"), ("recipient", "VARCHAR"), ("designation", "VARCHAR"),
           ("description", "VARCHAR"), ("category", "VARCHAR"), ("order_year", "INTEGER"),
           ("order_year_est", "VARCHAR"), ("numbers_delivered", "BIGINT"), ("numbers_est", "VARCHAR"),
           ("delivery_year", "INTEGER"), ("delivery_year_est", "VARCHAR"), ("status", "VARCHAR"),
           ("tiv_unit_base", "DOUBLE"), ("tiv_unit", "DOUBLE"), ("tiv_delivered", "DOUBLE"),
           ("local_production", "VARCHAR"))
NOTE_LINES = 11
REGISTER = FileKind("trade-register", ("trade_register*.csv", "trade_register*.csv.gz", "trade-register*.csv"),
                    COLUMNS, header_names=HEADER, skip=NOTE_LINES, nullstr=("",), max_line=8_192)

#: the store's read of the register, under the names this loader gave it
AGGREGATE_SQL = REGISTER_DELIVERIES_SQL
aggregate = register_deliveries

_FLAG_COLUMNS = (("order_year_est", "Order date is estimate"), ("numbers_est", "Numbers delivered is estimate"),
                 ("delivery_year_est", "Delivery year is estimate"), ("local_production", "Local production"))


def _header_fields(line: str) -> list[str]:
    return [_norm_col(c) for c in split_header(line.rstrip().removesuffix(";"), ",", '"')]


def _last_line(path: Path) -> tuple[int, bytes]:
    """(1-based number, content) of the last non-empty line of a plain or gzip file."""
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    count, last_no, last = 0, 0, b""
    with opener(path, "rb") as f:
        tail = b""
        while chunk := f.read(1 << 20):
            data = tail + chunk
            parts = data.split(b"\n")
            tail = parts.pop()
            for part in parts:
                count += 1
                if part.strip():
                    last_no, last = count, part
        if tail.strip():
            count += 1
            last_no, last = count, tail
    return last_no, last.rstrip(b"\r")


@register
class SipriRegister(Loader):
    name = "sipri-register"
    title = "SIPRI Arms Transfers Database — trade register, TIV of deliveries by deal and delivery year"
    version = "SIPRI trade register generated 12 Feb 2026 (deliveries 1995–2025)"
    licence = "SIPRI data (© SIPRI): attribution to the SIPRI Arms Transfers Database required"
    citation = ("SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, "
                "https://www.sipri.org/databases/armstransfers (trade register, data generated 12 Feb 2026).")
    url = "https://www.sipri.org/databases/armstransfers"
    folder = "sipri_trade_register_2026"
    kinds = (REGISTER,)
    method = "sipri-register.v1"
    edition = True  # one file is the whole dataset: a new file replaces the earlier one

    def header_matches(self, path: Path, kind: FileKind) -> bool:
        head = read_head(path, kind.skip + 1)
        if len(head) <= kind.skip:
            return False
        return _header_fields(head[kind.skip]) == [_norm_col(c) for c in HEADER]

    def check_header(self, path: Path, kind: FileKind) -> None:
        head = read_head(path, 40)
        if not any(h.strip() for h in head):
            raise DataError("the file is empty", source=str(path), line=1, hint=f"download the {self.name} file again")
        if len(head) > kind.skip and self.header_matches(path, kind):
            if len(head) < kind.skip + 2 or not any(h.strip() for h in head[kind.skip + 1:]):
                raise DataError("the file has a header but no data rows", source=str(path), line=kind.skip + 2,
                                hint=f"download the {self.name} file again")
            return
        expected = [_norm_col(c) for c in HEADER]
        elsewhere = [i for i, h in enumerate(head) if _header_fields(h) == expected]
        if elsewhere:
            raise DataError(f"the header is on line {elsewhere[0] + 1}, but SIPRI's trade register has it on line "
                            f"{kind.skip + 1}, after {kind.skip} lines of notes", source=str(path),
                            line=elsewhere[0] + 1,
                            hint="load the CSV exactly as sipri.org exports it (notes included), unedited")
        found = split_header(head[kind.skip], ",", '"') if len(head) > kind.skip else []
        raise DataError(f"unexpected columns on line {kind.skip + 1}: found {', '.join(found[:17]) or 'nothing'}; "
                        f"expected {', '.join(HEADER)} (each line ending in ';')", source=str(path),
                        line=kind.skip + 1,
                        hint="is this SIPRI's trade register CSV? `multipolar load auto PATH` recognises files")

    def load_file(self, ctx: LoadSession) -> None:
        terminated = read_head(ctx.readable, NOTE_LINES + 1)[NOTE_LINES].rstrip().endswith(";")
        if terminated:
            self._check_not_cut_short(ctx)
        ctx.read()
        ctx.name_table("_names", "SELECT DISTINCT supplier FROM _raw UNION SELECT DISTINCT recipient FROM _raw",
                       actor_code_for_name)
        ctx.temp("_stage", f"""
            SELECT r.rowid AS _rid, r.* REPLACE (
                       {"rtrim(r.local_production, ';')" if terminated else "r.local_production"} AS local_production),
                   r.local_production AS _last_field, s.code AS sup, c.code AS rcp,
                   first_value(r.rowid) OVER (PARTITION BY r.deal_id, r.delivery_year ORDER BY r.rowid) AS _first
            FROM _raw r LEFT JOIN _names s ON s.name = r.supplier LEFT JOIN _names c ON c.name = r.recipient""")
        if terminated:
            ctx.reject("_stage", "_last_field IS NULL OR NOT ends_with(_last_field, ';')",
                       "'the row does not end in '';'' like every line of the export (cut short or damaged)'")
        ctx.reject("_stage", "deal_id IS NULL", "'missing SIPRI AT Database ID'")
        ctx.reject("_stage", "delivery_year IS NULL", "'missing Delivery year'")
        ctx.reject("_stage", "delivery_year < 1950 OR delivery_year > year(current_date) + 1",
                   "'Delivery year out of range: ' || delivery_year")
        for col, label in _FLAG_COLUMNS:
            ctx.reject("_stage", f"{col} IS NOT NULL AND {col} NOT IN ('Yes', 'No')",
                       f"'bad value in column {label} (expected Yes, No or empty): ' || {col}")
        ctx.reject("_stage", "tiv_delivered < 0", "'negative TIV delivery values: ' || tiv_delivered")
        ctx.reject("_stage", "sup IS NULL", "'unknown supplier: ' || coalesce(supplier, 'empty')")
        ctx.reject("_stage", "rcp IS NULL", "'unknown recipient: ' || coalesce(recipient, 'empty')")
        ctx.reject("_stage", "_first <> _rid",
                   f"'duplicate row: deal ' || deal_id || ', delivery year ' || delivery_year || "
                   f"' is already on line ' || {ctx.line_expr('_first')}")
        line = ctx.line_expr("_rid")
        ctx.insert_observations(f"""
            SELECT 'arms_tiv_deal' AS indicator, sup AS from_actor, rcp AS to_actor,
                   CAST(delivery_year AS VARCHAR) AS period, delivery_year AS year, NULL::INT AS month,
                   tiv_delivered AS value, 'tiv_million' AS unit, {line} AS source_row,
                   coalesce(delivery_year_est = 'Yes', FALSE) OR coalesce(numbers_est = 'Yes', FALSE) AS estimate
            FROM _stage WHERE tiv_delivered IS NOT NULL""", with_estimate=True)

    @staticmethod
    def _check_not_cut_short(ctx: LoadSession) -> None:
        try:
            number, last = _last_line(ctx.readable)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(f"cannot read the file: {exc}", source=ctx.source,
                            hint="download the file again; it is damaged") from None
        if number > NOTE_LINES + 1 and not last.rstrip().endswith(b";"):
            raise DataError("the file ends in the middle of a row: its last line has no closing ';' (every line "
                            "of SIPRI's export has one), so the file was cut short", source=ctx.source, line=number,
                            hint="download the trade register again from sipri.org")
