"""FBIC — Formal Bilateral Influence Capacity (Moyer et al., Pardee Center): China and two Western groups
over each country, 1994–2023, with the thesis' covariates (V-Dem, WDI, OECD).

Observations, period = year, to_actor = the country (``iso3c``):

* ``fbic`` — influence capacity index (unit ``index``), and ``fbic_bandwidth`` — its bandwidth component —
  with from_actor ``CHN`` (China→country dyad), ``WEST1`` (sum over 29 Western states) or ``WEST2``
  (42 states incl. eastern EU, KOR, TWN); group membership in ``repo_README.md`` of the source.
* Country covariates with from_actor = the country and to_actor NULL: ``vdem_freedom_expression``,
  ``vdem_internet_censorship``, ``vdem_regime``, ``gdp_per_capita`` (constant USD), ``resource_rents``,
  ``oil_rents``, ``gas_rents`` (% GDP), ``oda_received``, ``consolidated_democracy``.
Rows with NA (2024) give no observation.
"""

from __future__ import annotations

from .base import FileKind, Loader, LoadSession, register
from .obs_util import unpivot

COLS = (("country", "VARCHAR"), ("iso3c", "VARCHAR"), ("year", "DOUBLE"), ("freedom", "DOUBLE"), ("internet", "DOUBLE"),
        ("regime", "DOUBLE"), ("region", "DOUBLE"), ("fbic", "DOUBLE"), ("bandwidth", "DOUBLE"),
        ("west_1_fbic", "DOUBLE"), ("west_1_bandwidth", "DOUBLE"), ("west_2_fbic", "DOUBLE"),
        ("west_2_bandwidth", "DOUBLE"), ("gdppc", "DOUBLE"), ("gdppc_log", "DOUBLE"), ("rents", "DOUBLE"),
        ("oil", "DOUBLE"), ("gas", "DOUBLE"), ("oda", "DOUBLE"), ("consolidated_democracy", "DOUBLE"),
        ("delta_fbic", "DOUBLE"))
BASE = FileKind("country-year", ("fbic*.csv*",), COLS)


@register
class Fbic(Loader):
    name = "fbic"
    title = "Formal Bilateral Influence Capacity (FBIC): China and the West over each country"
    version = "FBIC 2021 release via Aasheim (2025) thesis base table"
    licence = "FBIC, V-Dem and WDI terms (attribution); thesis repository has no licence stated"
    citation = ("Moyer, Jonathan D., Collin J. Meisel, Austin S. Matthews, David K. Bohl, and Mathew J. Burrows. "
                "2021. China-US Competition: Measuring Global Influence. Atlantic Council / Frederick S. Pardee "
                "Center for International Futures; extract by H. Aasheim (2025).")
    url = "https://korbel.du.edu/pardee/content/formal-bilateral-influence-capacity"
    folder = "fbic_china_west_influence_base"
    kinds = (BASE,)
    method = "fbic.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        from ..resolve.codes import is_iso3

        # V-Dem writes Kosovo as UNK (the UNMIK code); the store uses XKX.
        ctx.name_table("_iso", "SELECT DISTINCT iso3c FROM _raw",
                       lambda c: "XKX" if c.upper() in ("UNK", "XKX") else c.upper() if is_iso3(c) else None)
        ctx.temp("_stage", "SELECT r.rowid AS _rid, r.*, i.code AS c FROM _raw r LEFT JOIN _iso i ON i.name = r.iso3c")
        ctx.reject("_stage", "c IS NULL", "'unknown ISO3 code in column iso3c: ' || coalesce(iso3c, 'empty')")
        ctx.reject("_stage", "year IS NULL OR year <> floor(year)", "'bad year: ' || coalesce(CAST(year AS VARCHAR), '')")  # noqa: E501
        parts = []
        for sender, fb, bw in (("CHN", "fbic", "bandwidth"), ("WEST1", "west_1_fbic", "west_1_bandwidth"),
                               ("WEST2", "west_2_fbic", "west_2_bandwidth")):
            parts.append(unpivot(ctx, "_stage", [(fb, "fbic", "index"), (bw, "fbic_bandwidth", "index")],
                                 from_actor=f"'{sender}'", to_actor="c"))
        mono = [("freedom", "vdem_freedom_expression", "index"), ("internet", "vdem_internet_censorship", "index"),
                ("regime", "vdem_regime", "category"), ("gdppc", "gdp_per_capita", "usd"),
                ("rents", "resource_rents", "pct_gdp"), ("oil", "oil_rents", "pct_gdp"), ("gas", "gas_rents", "pct_gdp"),  # noqa: E501
                ("oda", "oda_received", "pct_gni"), ("consolidated_democracy", "consolidated_democracy", "flag")]
        parts.append(unpivot(ctx, "_stage", mono, from_actor="c"))
        ctx.insert_observations(" UNION ALL ".join(parts))
