"""AidData Global Chinese Development Finance 3.0, recipient-year totals (constant 2021 USD).

Observations: from_actor ``CHN``, to_actor = the recipient, period = the commitment year, unit
``usd_2021``; indicators ``finance_oda`` (ODA-like), ``finance_oof`` (OOF-like, mostly loans),
``finance_vague`` (vague official finance) and their AidData-adjusted amounts ``…_adj`` (recommended
for yearly totals). Recipients are COW codes (``cow_gcdf``); the Gleditsch–Ward variant (``gw_gcdf``)
is not loaded from a folder because it holds the same money.
"""

from __future__ import annotations

from .base import FileKind, Loader, LoadSession, register
from .cowtrade import map_cow
from .obs_util import unpivot

COLS = (("ccode", "DOUBLE"), ("year", "DOUBLE"), ("oof_amt", "DOUBLE"), ("oof_adj", "DOUBLE"), ("oda_amt", "DOUBLE"),
        ("oda_adj", "DOUBLE"), ("vof_amt", "DOUBLE"), ("vof_adj", "DOUBLE"))
COW = FileKind("recipient-year", ("cow_gcdf*.csv*",), COLS)
GW = FileKind("recipient-year-gw", ("gw_gcdf*.csv*",), (("gwcode", "DOUBLE"),) + COLS[1:], reference=True)


@register
class AidData(Loader):
    name = "aiddata"
    title = "AidData Global Chinese Development Finance Dataset 3.0 (recipient-year totals)"
    version = "GCDF 3.0 (odadata aggregation, 2025-09-24)"
    licence = "AidData terms (attribution); odadata package MIT"
    citation = ("Custer, S. et al. 2023. Tracking Chinese Development Finance: An Application of AidData's TUFF 3.0 "
                "Methodology. AidData at William & Mary; aggregated by M. D. Williams (odadata).")
    url = "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0"
    folder = "aiddata_gcdf3_country_year"
    kinds = (COW, GW)
    method = "aiddata.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        map_cow(ctx, "_raw", {"ccode": "rcp"})
        cols = [("oda_amt", "finance_oda", "usd_2021"), ("oda_adj", "finance_oda_adj", "usd_2021"),
                ("oof_amt", "finance_oof", "usd_2021"), ("oof_adj", "finance_oof_adj", "usd_2021"),
                ("vof_amt", "finance_vague", "usd_2021"), ("vof_adj", "finance_vague_adj", "usd_2021")]
        ctx.insert_observations(unpivot(ctx, "_stage", cols, from_actor="'CHN'", to_actor="rcp"))
