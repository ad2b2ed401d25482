"""Geostat: Georgia's exports by destination country, yearly, 1995–2022 (thousand USD).

The file (``ExportByCoutry.csv``, as re-published by the AskGov.ge project) has the columns ``Country``
(the partner's name **in Georgian**), ``ThsdUSD1000`` (thousand USD), ``Year``, ``Code`` (a grouping the
site's plots use: "1ჩინეთი", "4სხვა ქვეყნები" …) and ``Additional`` (the notes of Geostat's sheet — title,
source, legend — spilled into the first nine rows). ``Code`` and ``Additional`` are not stored.

Observations: ``exports`` with from_actor ``GEO``, to_actor the destination (ISO3), period ``YYYY``,
month NULL, the value as given, unit ``usd_thousand``. A destination row named as Georgia's total
("სულ") would be stored as ``total_exports`` with to_actor NULL; "other countries" ("სხვა ქვეყნები")
as to_actor ``XXX`` (partner not specified, as Armstat's "Unknown country"); groups of states (CIS, EU
countries, CLDR regions such as "ევროპა") are not states and are **not stored**. The 1995–2022 file has
none of these rows: every row is one destination country or territory.

Georgian names → ISO3
---------------------
1. **CLDR** (the Unicode Common Locale Data Repository, via Babel: ``babel.Locale('ka').territories``):
   territory code → ISO3 (:func:`multipolar.resolve.codes.iso2_to_iso3`); CLDR's world (001) means a
   total, its other regions and EU/EZ/UN/QO are groups, ZZ "unknown region" is ``XXX``.
2. The **reviewed table** ``multipolar/resolve/data/georgian_country_names.csv`` (name_ka, iso3,
   first_year, last_year, note) for what CLDR lacks or names otherwise — Geostat's own spellings
   ("აშშ", "ყატარი", "კორეა, რესპუბლიკა" …) and the ambiguous cases ("კონგო" → COG, checked against IMF
   DOTS), each with a note. Its entries take precedence over CLDR. iso3 is an ISO 3166 alpha-3 code, a
   special code of :mod:`multipolar.resolve.codes` (SCG, XXX …), ``TOTAL`` or ``GROUP``; a name can have
   several rows for different years ("სერბიამონტენეგრო": SCG to 2005, SRB from 2006).

Names are compared after normalisation: Unicode NFKC, case folding (Georgian Mtavruli capitals → Mkhedruli),
and with spaces, punctuation and hyphens removed — so "შრილანკა" matches CLDR "შრი-ლანკა" and "ჰონ-კონგი"
matches "ჰონკონგი". A name that is still unmapped is a **reject with its line** (add it to the table),
never dropped silently. Two rows for the same destination and year are a reject (the second one).

:mod:`multipolar.resolve.georgia` decides whether an English "Georgia" is the country or the US state;
it has no Georgian-language country names, so it is not used here.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..resolve import codes
from .base import FileKind, Loader, LoadSession, register

NAMES_CSV = Path(__file__).resolve().parents[1] / "resolve" / "data" / "georgian_country_names.csv"

#: Codes of the reviewed table that are not partners: a total and a group of states.
TOTAL = "TOTAL"
GROUP = "GROUP"

#: CLDR territory codes that are groups, not states (numeric UN M49 regions are groups too).
_CLDR_GROUPS = frozenset({"EU", "EZ", "UN", "QO"})

EXPORTS = FileKind("exports", ("exportbycoutry*.csv", "exportbycountry*.csv", "geostat*export*.csv"),
                   (("country", "VARCHAR"), ("value", "DOUBLE"), ("year", "DOUBLE"), ("code", "VARCHAR"),
                    ("additional", "VARCHAR")),
                   header_names=("Country", "ThsdUSD1000", "Year", "Code", "Additional"), max_line=16_384)


def normalise_ka(name: str) -> str:
    """The comparison key of a Georgian name: NFKC, case-folded, without spaces, punctuation or hyphens.

    >>> normalise_ka("შრი-ლანკა") == normalise_ka(" შრილანკა ")
    True
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


@dataclass(frozen=True)
class NameEntry:
    code: str
    first_year: int
    last_year: int
    origin: str  # 'cldr' or 'table:<line>'


@functools.lru_cache(maxsize=1)
def cldr_names() -> dict[str, str]:
    """normalised CLDR Georgian territory name → ISO3, ``TOTAL``, ``GROUP`` or ``XXX``."""
    import babel

    out: dict[str, str] = {}
    clash: set[str] = set()
    for terr, name in babel.Locale("ka").territories.items():
        if terr == "001":
            code: str | None = TOTAL
        elif terr.isdigit() or terr in _CLDR_GROUPS:
            code = GROUP
        elif terr == "ZZ":
            code = "XXX"
        else:
            code = codes.iso2_to_iso3(terr)  # None for AC, CP, DG, EA, IC, TA, XA, XB …
        if code is None:
            continue
        key = normalise_ka(name)
        if key in out and out[key] != code:
            clash.add(key)
        out[key] = code
    for key in clash:  # ambiguous after normalisation: only the reviewed table may decide
        del out[key]
    return out


def _valid_code(code: str) -> bool:
    return code in (TOTAL, GROUP) or code in codes.SPECIAL_CODES or codes.is_iso3(code)


@functools.lru_cache(maxsize=1)
def reviewed_names(path: Path = NAMES_CSV) -> dict[str, tuple[NameEntry, ...]]:
    """The reviewed table: normalised name → its entries (one per year range). Checked on reading."""
    out: dict[str, list[NameEntry]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["name_ka", "iso3", "first_year", "last_year", "note"]:
            raise DataError(f"unexpected columns {reader.fieldnames}", source=str(path), line=1,
                            hint="the table has the columns name_ka, iso3, first_year, last_year, note")
        for row in reader:
            line = reader.line_num
            name, code = (row["name_ka"] or "").strip(), (row["iso3"] or "").strip().upper()
            try:
                y0 = int(row["first_year"]) if (row["first_year"] or "").strip() else 0
                y1 = int(row["last_year"]) if (row["last_year"] or "").strip() else 9999
            except ValueError:
                raise DataError("first_year/last_year must be years or empty", source=str(path), line=line,
                                hint="fix the reviewed table") from None
            if not name or not _valid_code(code) or y0 > y1:
                raise DataError(f"bad entry {name!r} → {code!r} ({y0}–{y1})", source=str(path), line=line,
                                hint="iso3 must be an ISO 3166 alpha-3 code, a special code of "
                                     "multipolar.resolve.codes, TOTAL or GROUP")
            key = normalise_ka(name)
            for other in out.get(key, []):
                if y0 <= other.last_year and other.first_year <= y1:
                    raise DataError(f"{name!r} is listed twice for overlapping years", source=str(path),
                                    line=line, hint=f"see {other.origin}")
            out.setdefault(key, []).append(NameEntry(code, y0, y1, f"table:{line}"))
    return {k: tuple(v) for k, v in out.items()}


def georgian_name_entries(name: str | None) -> tuple[NameEntry, ...]:
    """How a Georgian country name maps (reviewed table first, then CLDR); empty if it is unknown."""
    if not name or not name.strip():
        return ()
    key = normalise_ka(name)
    table = reviewed_names()
    if key in table:
        return table[key]
    code = cldr_names().get(key)
    return (NameEntry(code, 0, 9999, "cldr"),) if code else ()


def georgian_name_to_iso3(name: str | None, year: int | None = None) -> str | None:
    """ISO3 (or ``TOTAL``/``GROUP``/special code) for a Georgian country name; ``None`` if unknown.

    >>> georgian_name_to_iso3("ჩინეთი"), georgian_name_to_iso3("აშშ"), georgian_name_to_iso3("შრილანკა")
    ('CHN', 'USA', 'LKA')
    """
    for e in georgian_name_entries(name):
        if year is None or e.first_year <= year <= e.last_year:
            return e.code
    return None


@register
class GeostatExports(Loader):
    name = "geostat-exports"
    title = "Geostat — Georgia's exports by destination country, yearly"
    version = "1995–2022 (AskGov.ge re-publication, Data/ExportByCoutry.csv @ 6ca7fc3)"
    licence = "Official statistics of Georgia (public); re-publication GPL-3.0; cite Geostat"
    citation = ("National Statistics Office of Georgia (Geostat), external trade: exports by country "
                "(customs data of the Revenue Service); via AskGov.ge (T. Gugushvili)")
    url = "https://www.geostat.ge/en/modules/categories/35/external-trade"
    folder = "geostat_georgia_exports_by_country"
    kinds = (EXPORTS,)
    method = "geostat-exports.v1"
    edition = True  # one file is the whole dataset: a new file replaces the earlier one

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        names = [r[0] for r in ctx.execute("SELECT DISTINCT country FROM _raw WHERE country IS NOT NULL")]
        ctx.temp_rows("_names", "name VARCHAR, y0 INTEGER, y1 INTEGER, code VARCHAR",
                      [(n, e.first_year, e.last_year, e.code) for n in names for e in georgian_name_entries(n)])
        ctx.temp("_stage", "SELECT rowid AS _rid, * FROM _raw")
        ctx.reject("_stage", "year IS NULL OR year <> floor(year) OR year NOT BETWEEN 1900 AND 2100",
                   "'bad year: ' || coalesce(CAST(year AS VARCHAR), 'empty')")
        ctx.reject("_stage", "country IS NULL OR trim(country) = ''", "'empty country name'")
        ctx.temp("_mapped", "SELECT s.*, n.code AS partner FROM _stage s LEFT JOIN _names n "
                            "ON n.name = s.country AND CAST(s.year AS INT) BETWEEN n.y0 AND n.y1")
        ctx.reject("_mapped", "partner IS NULL",
                   "'unknown Georgian country name: ' || country || ' (add it to "
                   "multipolar/resolve/data/georgian_country_names.csv)'")
        # Groups of states (CIS, EU countries, regions) are not states: not stored.
        ctx.execute(f"DELETE FROM _mapped WHERE partner = '{GROUP}'")
        ctx.temp("_dups", """
            SELECT _rid, first_rid FROM (
                SELECT _rid, min(_rid) OVER (PARTITION BY partner, year) AS first_rid,
                       row_number() OVER (PARTITION BY partner, year ORDER BY _rid) AS k FROM _mapped) WHERE k > 1""")
        ctx.temp("_rows", "SELECT m.*, d.first_rid FROM _mapped m LEFT JOIN _dups d USING (_rid)")
        ctx.reject("_rows", "first_rid IS NOT NULL",
                   "'duplicate destination and year: ' || country || ' ' || CAST(CAST(year AS INT) AS VARCHAR) || "
                   f"' (first on line ' || CAST({ctx.line_expr('first_rid')} AS VARCHAR) || ')'")
        line = ctx.line_expr("_rid")
        ctx.insert_observations(f"""
            SELECT CASE WHEN partner = '{TOTAL}' THEN 'total_exports' ELSE 'exports' END AS indicator,
                   'GEO' AS from_actor, CASE WHEN partner = '{TOTAL}' THEN NULL ELSE partner END AS to_actor,
                   CAST(CAST(year AS INT) AS VARCHAR) AS period, CAST(year AS INT) AS year, NULL::INT AS month,
                   value, 'usd_thousand' AS unit, {line} AS source_row
            FROM _rows WHERE value IS NOT NULL""")
