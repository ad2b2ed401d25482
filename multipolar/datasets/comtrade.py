"""UN Comtrade records in the Comtrade API (v1 "legacy") CSV schema.

Observations: ``imports`` / ``exports`` (``re-imports``/``re-exports`` likewise), with from_actor = the
**reporter** and to_actor = the partner (``partner_iso``), value ``trade_value_us`` in ``usd``. When the
commodity is not the total (``TOTAL``/``AG0``), the HS code is appended to the indicator: ``imports:8703``.
Period is ``YYYY-MM`` for monthly records (``period`` 6 digits or a date) and ``YYYY`` for annual ones.
Several rows for the same flow, partner and month (e.g. by mode of transport) are all kept; sum them.
"Other Asia, nes" (S19, Comtrade's name for Taiwan) → ``TWN``; other "nes" areas → ``XXX``.
"""

from __future__ import annotations

from ..resolve.codes import is_iso3, name_to_iso3
from .base import FileKind, Loader, LoadSession, register

COLUMNS = (
    ("year", "DOUBLE"), ("month", "DOUBLE"), ("period", "VARCHAR"), ("period_desc", "VARCHAR"),
    ("aggregate_level", "VARCHAR"), ("is_leaf_code", "VARCHAR"), ("trade_code", "VARCHAR"),
    ("trade_flow", "VARCHAR"), ("reporter_code", "VARCHAR"), ("reporter", "VARCHAR"), ("partner_code", "VARCHAR"),
    ("partner_iso", "VARCHAR"), ("partner", "VARCHAR"), ("commodity_code", "VARCHAR"), ("commodity", "VARCHAR"),
    ("mot_code", "VARCHAR"), ("mot_desc", "VARCHAR"), ("qtyunitcode", "VARCHAR"), ("qtyunitabbr", "VARCHAR"),
    ("qty", "DOUBLE"), ("isqtyestimated", "VARCHAR"), ("isnetwgtestimated", "VARCHAR"), ("netweight_kg", "DOUBLE"),
    ("trade_value_us", "DOUBLE"), ("cifvalue", "DOUBLE"), ("fobvalue", "DOUBLE"), ("isreported", "VARCHAR"),
    ("isaggregate", "VARCHAR"),
)
HEADER = ("year", "month", "period", "period_desc", "aggregate_level", "is_leaf_code", "trade_code", "trade_flow",
          "reporter_code", "reporter", "partner_code", "partner_iso", "partner", "commodity_code", "commodity",
          "mot_code", "mot_desc", "QtyUnitCode", "QtyUnitAbbr", "Qty", "IsQtyEstimated", "IsNetWgtEstimated",
          "netweight_kg", "trade_value_us", "cifvalue", "fobvalue", "IsReported", "IsAggregate")
RECORDS = FileKind("records", ("*comtrade*.csv*", "vehicle_trade_georgia*.csv"), COLUMNS, header_names=HEADER)


def _partner(code: str) -> str | None:
    code = code.strip()
    if code.upper() == "S19":
        return "TWN"
    if is_iso3(code) or code in ("XKX",):
        return code.upper()
    return None


@register
class Comtrade(Loader):
    name = "comtrade"
    title = "UN Comtrade records (API CSV schema)"
    version = "Comtrade API v1 extract (Georgia, HS 8703, 2021-01..2023-11)"
    licence = "UN Comtrade terms of use (attribution); extract has no licence stated"
    citation = "United Nations Comtrade Database, https://comtradeplus.un.org; extract by Tvyal (A. Tavadyan), 2024"
    url = "https://comtradeplus.un.org/"
    folder = "comtrade_georgia_vehicle_imports"
    kinds = (RECORDS,)
    method = "comtrade.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        ctx.name_table("_pcodes", "SELECT DISTINCT coalesce(partner_iso, '') FROM _raw",
                       lambda c: _partner(c))
        ctx.name_table("_rnames", "SELECT DISTINCT reporter FROM _raw", name_to_iso3)
        ctx.temp("_stage", """
            SELECT r.rowid AS _rid, r.*, p.code AS partner_c, rn.code AS reporter_c,
                   CASE lower(trade_flow) WHEN 'import' THEN 'imports' WHEN 'export' THEN 'exports'
                        WHEN 're-import' THEN 're_imports' WHEN 're-export' THEN 're_exports' END AS flow
            FROM _raw r LEFT JOIN _pcodes p ON p.name = coalesce(r.partner_iso, '')
                        LEFT JOIN _rnames rn ON rn.name = r.reporter""")
        ctx.reject("_stage", "flow IS NULL", "'unknown trade_flow: ' || coalesce(trade_flow, 'empty')")
        ctx.reject("_stage", "reporter_c IS NULL", "'unknown reporter: ' || coalesce(reporter, 'empty')")
        ctx.reject("_stage", "partner_c IS NULL",
                   "'unknown partner code in partner_iso: ' || coalesce(partner_iso, 'empty') || "
                   "' (' || coalesce(partner, '') || ')'")
        ctx.reject("_stage", "year IS NULL OR year <> floor(year)", "'bad year: ' || coalesce(CAST(year AS VARCHAR), '')")  # noqa: E501
        line = ctx.line_expr("_rid")
        ctx.insert_observations(f"""
            SELECT CASE WHEN commodity_code IS NULL OR upper(commodity_code) IN ('TOTAL', 'AG0') THEN flow
                        ELSE flow || ':' || commodity_code END AS indicator,
                   reporter_c AS from_actor, partner_c AS to_actor,
                   CASE WHEN month IS NULL THEN CAST(CAST(year AS INT) AS VARCHAR)
                        ELSE printf('%04d-%02d', CAST(year AS INT), CAST(month AS INT)) END AS period,
                   CAST(year AS INT) AS year, CAST(month AS INT) AS month, trade_value_us AS value, 'usd' AS unit,
                   {line} AS source_row
            FROM _stage WHERE trade_value_us IS NOT NULL""")
