"""IMF Direct Investment Positions (DIP, formerly CDIS): outward direct investment positions by counterpart.

The file is an SDMX CSV export of the IMF data portal (dataflow IMF.STA:DIP 12.0.1) with the columns
``COUNTRY.ID, COUNTRY, DV_TYPE.ID, DV_TYPE, INDICATOR.ID, INDICATOR, COUNTERPART_COUNTRY.ID,
COUNTERPART_COUNTRY, FREQUENCY.ID, FREQUENCY, TIME_PERIOD, OBS_VALUE, SCALE.ID, SCALE``: one row per
investor (COUNTRY), data type, indicator, counterpart and year; values in millions of USD (SCALE 6).

Observations: ``fdi_outward_position`` with from_actor = the investing economy (COUNTRY.ID), to_actor =
the counterpart (the economy invested in), period ``YYYY``, the value as given (net positions can be
negative, and are kept), unit ``usd_million``; the investor's position in the world ("G001", World) is
``fdi_outward_total`` with to_actor NULL.

The rule: one figure per investor, counterpart and year
-------------------------------------------------------
* **Indicator kept:** ``OTWD_D_NETAL_FALL_ALL`` — outward direct investment position, net (assets less
  liabilities), all financial instruments, all entities. It is the only indicator of the published file;
  a row of another indicator is a reject naming it.
* **Reported first:** the "Reported official data" row (DV_TYPE ``O``) is kept, ``estimate = FALSE``.
  Where the investor reported no figure for that counterpart and year (no row, or a row with an empty
  OBS_VALUE), the "Derived using counterparty information" row (DV_TYPE ``SCC``: the mirror figure, built
  from the counterpart's reported *inward* position) is kept instead, with ``estimate = TRUE``. The two
  are never mixed or summed; the derived figure is never kept where a reported one exists. Example: China
  in Georgia — reported 2018–2024 (701.7 in 2020), derived 2014–2017.
* **Scale:** values are converted to millions with SCALE.ID, the SDMX unit multiplier (a power of ten):
  ``OBS_VALUE × 10^(SCALE.ID − 6)``. Nearly every row has SCALE 6 (millions, kept as given); 21 reported
  rows of China (counterparts KOR, KWT, KOS, 2018–2024) have an empty SCALE and values in US dollars
  (e.g. Korea 2018: 6,128,490,598.3), and an absent unit multiplier means units in SDMX — so they are
  divided by 10^6 (6,128.5 million; the derived mirror figure for that year is 8,351.5, the same order).
* Rows with an empty OBS_VALUE (and the few with an empty TIME_PERIOD too) are series with no
  observation: they give no row and are not rejects.

Counterparts: ISO3 codes are kept (``ANT`` Netherlands Antilles as the ISO 3166-3 code). IMF codes that are
not ISO3: ``KOS`` → ``XKX`` (Kosovo), ``WBG`` → ``PSE`` (West Bank and Gaza), ``TX585`` → ``IOT``, ``TX871``
→ ``BVT``, ``TX872`` → ``HMD``. Aggregates are **not states and not stored**: the IMF's regions and groups
(``GX…``, ``U…``: "Europe", "East Asia", "Economies of Persian Gulf" …), ``TX374`` "US Pacific Islands"
(a group of territories) and ``TX983`` "Not Specified (including Confidential)"; ``G001`` World becomes
``fdi_outward_total``. Any other code (investor or counterpart) is a reject with its line. Other checks,
each a reject with its line: FREQUENCY must be ``A``, SCALE.ID empty or 0–12, TIME_PERIOD a year, DV_TYPE
``O`` or ``SCC``, and one row per investor, data type, counterpart and year.
"""

from __future__ import annotations

import re

from ..resolve import codes
from .base import FileKind, Loader, LoadSession, register

INDICATOR = "OTWD_D_NETAL_FALL_ALL"
REPORTED, DERIVED = "O", "SCC"
TOTAL, AGGREGATE = "TOTAL", "AGGREGATE"

#: IMF counterpart codes that are not ISO 3166 alpha-3 codes but name one territory.
IMF_CODES: dict[str, str] = {"KOS": "XKX", "WBG": "PSE", "TX585": "IOT", "TX871": "BVT", "TX872": "HMD"}
#: IMF codes of aggregates that do not follow the G…/GX…/U… pattern of regions and groups.
IMF_AGGREGATES: dict[str, str] = {"TX374": "US Pacific Islands", "TX983": "Not Specified (including Confidential)"}
_GROUP_RE = re.compile(r"^(?:G|GX|U)\d{3}$")

HEADER = ("COUNTRY.ID", "COUNTRY", "DV_TYPE.ID", "DV_TYPE", "INDICATOR.ID", "INDICATOR", "COUNTERPART_COUNTRY.ID",
          "COUNTERPART_COUNTRY", "FREQUENCY.ID", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE", "SCALE.ID", "SCALE")
POSITIONS = FileKind(
    "positions", ("imf_dip*.csv", "*sta_dip*.csv"),
    (("country_id", "VARCHAR"), ("country", "VARCHAR"), ("dv_type_id", "VARCHAR"), ("dv_type", "VARCHAR"),
     ("indicator_id", "VARCHAR"), ("indicator", "VARCHAR"), ("counterpart_id", "VARCHAR"),
     ("counterpart", "VARCHAR"), ("frequency_id", "VARCHAR"), ("frequency", "VARCHAR"),
     ("time_period", "VARCHAR"), ("obs_value", "DOUBLE"), ("scale_id", "VARCHAR"), ("scale", "VARCHAR")),
    header_names=HEADER, max_line=16_384)


def investor_code(code: str | None) -> str | None:
    """Stored code of an investing economy (COUNTRY.ID): an ISO3 state or territory, else ``None``."""
    if not code:
        return None
    code = code.strip().upper()
    if code in IMF_CODES:
        return IMF_CODES[code]
    return code if codes.is_iso3(code) else None


def counterpart_code(code: str | None) -> str | None:
    """Stored code of a counterpart: ISO3 (or special code), ``TOTAL`` (World), ``AGGREGATE``, or ``None``.

    >>> counterpart_code("GEO"), counterpart_code("KOS"), counterpart_code("G001"), counterpart_code("U150")
    ('GEO', 'XKX', 'TOTAL', 'AGGREGATE')
    """
    if not code:
        return None
    code = code.strip().upper()
    if code == "G001":
        return TOTAL
    if code in IMF_AGGREGATES or _GROUP_RE.match(code):
        return AGGREGATE
    if code in IMF_CODES:
        return IMF_CODES[code]
    if codes.is_iso3(code) or (code in codes.SPECIAL_CODES and len(code) == 3 and code not in ("XXX", "EUU", "UNO")):
        return code
    return None


@register
class ImfDip(Loader):
    name = "imf-dip"
    title = "IMF Direct Investment Positions — outward positions by counterpart economy, yearly"
    version = "IMF.STA:DIP 12.0.1, portal export 2026-03-29 (CHN, DEU, JPN, USA, SGP; 2014–2024)"
    licence = "© IMF; reuse with attribution (IMF copyright and usage terms)"
    citation = "International Monetary Fund, Direct Investment Positions (DIP), https://data.imf.org"
    url = "https://data.imf.org/en/datasets/IMF.STA:DIP"
    folder = "imf_direct_investment_positions"
    kinds = (POSITIONS,)
    method = "imf-dip.v1"
    edition = True  # one file is the whole dataset: a new file replaces the earlier one

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        # A series with no observation (empty OBS_VALUE) is not data.
        ctx.temp("_stage", "SELECT rowid AS _rid, * FROM _raw WHERE obs_value IS NOT NULL")
        ctx.reject("_stage", f"indicator_id IS DISTINCT FROM '{INDICATOR}'",
                   f"'indicator ' || coalesce(indicator_id, 'empty') || ' is not the position kept ({INDICATOR})'")
        ctx.reject("_stage", "frequency_id IS DISTINCT FROM 'A'",
                   "'not annual: FREQUENCY.ID ' || coalesce(frequency_id, 'empty')")
        ctx.reject("_stage", "NOT regexp_full_match(coalesce(time_period, ''), '[0-9]{4}')",
                   "'bad TIME_PERIOD: ' || coalesce(time_period, 'empty')")
        ctx.reject("_stage", "scale_id IS NOT NULL AND NOT regexp_full_match(scale_id, '[0-9]|1[0-2]')",
                   "'unexpected SCALE.ID ' || scale_id || ' (expected a power of ten: 6 = millions, empty = units)'")
        ctx.reject("_stage", f"dv_type_id IS NULL OR dv_type_id NOT IN ('{REPORTED}', '{DERIVED}')",
                   "'unknown DV_TYPE.ID: ' || coalesce(dv_type_id, 'empty')")
        ctx.name_table("_inv", "SELECT DISTINCT country_id FROM _stage", investor_code)
        ctx.name_table("_cp", "SELECT DISTINCT counterpart_id FROM _stage", counterpart_code)
        ctx.temp("_mapped", "SELECT s.*, i.code AS investor, c.code AS partner FROM _stage s "
                            "LEFT JOIN _inv i ON i.name = s.country_id LEFT JOIN _cp c ON c.name = s.counterpart_id")
        ctx.reject("_mapped", "investor IS NULL", "'unknown investor code in COUNTRY.ID: ' || coalesce(country_id, "
                                                  "'empty') || ' ' || coalesce(country, '')")
        ctx.reject("_mapped", "partner IS NULL",
                   "'unknown counterpart code in COUNTERPART_COUNTRY.ID: ' || coalesce(counterpart_id, 'empty') || "
                   "' ' || coalesce(counterpart, '')")
        # Aggregates other than World are not states: not stored.
        ctx.execute(f"DELETE FROM _mapped WHERE partner = '{AGGREGATE}'")
        ctx.temp("_dups", """
            SELECT _rid, first_rid FROM (
                SELECT _rid, min(_rid) OVER w AS first_rid, row_number() OVER (w ORDER BY _rid) AS k FROM _mapped
                WINDOW w AS (PARTITION BY investor, partner, dv_type_id, time_period)) WHERE k > 1""")
        ctx.temp("_rows", "SELECT m.*, d.first_rid FROM _mapped m LEFT JOIN _dups d USING (_rid)")
        ctx.reject("_rows", "first_rid IS NOT NULL",
                   "'duplicate row for ' || country_id || ' ' || dv_type_id || ' ' || counterpart_id || ' ' || "
                   f"time_period || ' (first on line ' || CAST({ctx.line_expr('first_rid')} AS VARCHAR) || ')'")
        # The rule: the reported figure where there is one, else the derived figure (an estimate).
        line = ctx.line_expr("_rid")
        ctx.insert_observations(f"""
            SELECT CASE WHEN partner = '{TOTAL}' THEN 'fdi_outward_total' ELSE 'fdi_outward_position' END
                       AS indicator,
                   investor AS from_actor, CASE WHEN partner = '{TOTAL}' THEN NULL ELSE partner END AS to_actor,
                   time_period AS period, CAST(time_period AS INT) AS year, NULL::INT AS month,
                   CASE WHEN coalesce(CAST(scale_id AS INT), 0) >= 6
                        THEN obs_value * pow(10, coalesce(CAST(scale_id AS INT), 0) - 6)
                        ELSE obs_value / pow(10, 6 - coalesce(CAST(scale_id AS INT), 0)) END AS value,
                   'usd_million' AS unit, {line} AS source_row,
                   dv_type_id = '{DERIVED}' AS estimate
            FROM _rows
            QUALIFY row_number() OVER (PARTITION BY investor, partner, time_period
                                       ORDER BY dv_type_id = '{REPORTED}' DESC) = 1""", with_estimate=True)
