"""Armstat: Armenia's foreign trade by partner country, monthly (thousand USD).

Observations (from_actor is always ``ARM``, the reporter; period ``YYYY-MM``; unit ``usd_thousand``):

* ``exports`` — Armenian exports to to_actor.
* ``imports`` — Armenian imports from to_actor by **country of origin** (Armstat's headline series).
* ``imports_consignment`` — imports by country of consignment.

Partner names are mapped with :func:`multipolar.resolve.codes.name_to_iso3` ("Russian Federation" → RUS,
"Korea, Republic of" → KOR…); "Unknown country" → ``XXX``, "EU countries not specified" → ``EUU``,
Nagorno-Karabakh → ``XNK``. An unmapped name is rejected with its spelling.
Shares: a partner's share of Armenia's imports in a year is ``sum(value)`` over that partner's
months divided by the sum over all partners (``XXX`` included).
"""

from __future__ import annotations

from ..resolve.codes import name_to_iso3
from .base import FileKind, Loader, LoadSession, register
from .obs_util import unpivot

MONTHLY = FileKind("monthly", ("arm_trade_country*.csv*",),
                   (("country", "VARCHAR"), ("year", "DOUBLE"), ("month", "DOUBLE"), ("export", "DOUBLE"),
                    ("import_origin", "DOUBLE"), ("import_consignment", "DOUBLE"), ("date", "VARCHAR")))


@register
class Armstat(Loader):
    name = "armstat-trade"
    title = "Armstat — Armenia foreign trade by partner country, monthly"
    version = "2007-01..2024-12 (Tvyal newsletter re-publication, 2025-02-25)"
    licence = "Official statistics of the Republic of Armenia (public); re-publication has no licence stated"
    citation = "Statistical Committee of the Republic of Armenia (Armstat), external trade by country; via Tvyal (A. Tavadyan)"  # noqa: E501
    url = "https://armstat.am/en/?nid=82"
    folder = "armstat_armenia_trade_by_country"
    kinds = (MONTHLY,)
    method = "armstat-trade.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        ctx.name_table("_names", "SELECT DISTINCT country FROM _raw", name_to_iso3)
        ctx.temp("_stage", "SELECT r.rowid AS _rid, r.*, n.code AS partner FROM _raw r LEFT JOIN _names n "
                           "ON n.name = r.country")
        ctx.reject("_stage", "year IS NULL OR year <> floor(year) OR month IS NULL OR month NOT BETWEEN 1 AND 12 "
                             "OR month <> floor(month)",
                   "'bad year or month: ' || coalesce(CAST(year AS VARCHAR), 'empty') || '-' || "
                   "coalesce(CAST(month AS VARCHAR), 'empty')")
        ctx.reject("_stage", "partner IS NULL", "'unknown partner country: ' || coalesce(country, 'empty')")
        cols = [("export", "exports", "usd_thousand"), ("import_origin", "imports", "usd_thousand"),
                ("import_consignment", "imports_consignment", "usd_thousand")]
        ctx.insert_observations(unpivot(
            ctx, "_stage", cols, from_actor="'ARM'", to_actor="partner", month="CAST(month AS INT)",
            period="printf('%04d-%02d', CAST(year AS INT), CAST(month AS INT))"))
