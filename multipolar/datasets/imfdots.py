"""IMF Direction of Trade Statistics (DOTS): the country tables "Exports and Imports by Areas and Countries".

One ``.xlsx`` workbook per reporting economy (``DOTS_1.xlsx`` … ``DOTS_235.xlsx``), two sheets each:
``Exports, FOB`` and ``Imports, CIF``. A sheet has a title block (the sheet title, the reporter's name,
"US Dollars, Millions"), a header row of years written as text, then one row per partner — IMF names
("China, P.R.: Mainland", "Armenia, Rep. of") and aggregate rows ("World", regions, "Advanced Economies"…).

Observations (dataset ``imf-dots``; period ``YYYY``; month NULL; unit ``usd_million``; value as given):

* ``exports`` — from_actor = the reporter, to_actor = the partner: the reporter's exports FOB to the partner;
* ``imports`` — from_actor = the reporter, to_actor = the partner: the reporter's imports CIF from the partner;
* ``total_exports`` / ``total_imports`` — the "World" row: the reporter's total, to_actor NULL.

``estimate`` is TRUE where the cell carries the IMF's trailing `` e`` mark. An empty cell (or "...", "n.a.")
is missing: no row (a 0 is never invented). ``source_row`` is the spreadsheet row (1-based) of the partner;
rejects name the sheet (``path#Imports, CIF``) and that row.

Rules
-----
* **Aggregates are never taken for states.** Partner rows in :data:`AGGREGATES` (regions, economic groups,
  "not specified" remainders, customs unions such as Belgium-Luxembourg and SACCA) are read but not stored; a
  workbook whose *reporter* is an aggregate ("World", "Advanced Economies"…) is not loaded (its run is recorded
  with kind ``skipped: aggregate reporter 'World', not a state`` and 0 rows stored). A partner name that is
  neither a known state/territory nor a known aggregate is rejected with its sheet and row.
* **Names.** :data:`IMF_NAMES` (a reviewed table of the IMF's spellings) first, then
  :func:`multipolar.resolve.codes.actor_code_for_name`. Territories resolve as codes.py resolves them elsewhere
  (Hong Kong ``HKG``, Macao ``MAC``, Taiwan ``TWN``, Aruba ``ABW``, Netherlands Antilles ``ANT``…); dissolved
  states take codes.py's codes (USSR → ``RUS`` as the continuator, Czechoslovakia ``CSK``, Yugoslavia ``YUG``,
  Serbia and Montenegro ``SCG``, East Germany ``DDR``, South Yemen ``YMD``).
* **Dissolved federations after their end.** The IMF keeps "USSR", "Yugoslavia" and "Czechoslovakia" rows
  after the breakup for trade with the former federation not allocated to a successor; those cells
  (:data:`UNTIL`: USSR after 1991 — which would otherwise collide with "Russian Federation" —, Yugoslavia
  after 1991, Czechoslovakia after 1992) are treated as an aggregate and not stored.
* **Repeated partner rows.** A partner listed twice with the same values (e.g. "Australia" above "World" and
  again under the advanced economies) is stored once (the first row); listed twice with different values, or
  two names giving one code in the same year, the later cell is a reject.
* **Duplicate workbooks.** A workbook with the same reporter and the same cells as another of the folder
  (``DOTS_143``/``DOTS_144``, both Nicaragua) is not loaded: kind ``skipped: duplicate of DOTS_143.xlsx``.
  Two workbooks with the same reporter and different cells are a :class:`DataError` (choose one). Loaded one
  by one, the second copy's rows are dropped by the store's own rule (content already stored is not counted
  again, see :mod:`multipolar.datasets.base`).

Cite: International Monetary Fund, Direction of Trade Statistics.
"""

from __future__ import annotations

import hashlib
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, InputError
from ..resolve.codes import CAMEO_GROUPS, SPECIAL_CODES, actor_code_for_name
from .base import SKIP_PREFIX, FileKind, Loader, LoadSession, register

#: (sheet name, indicator for partner rows, indicator for the "World" row)
SHEETS: tuple[tuple[str, str, str], ...] = (
    ("Exports, FOB", "exports", "total_exports"),
    ("Imports, CIF", "imports", "total_imports"),
)
UNIT_TEXT = "US Dollars, Millions"
WORLD = "World"
MISSING = frozenset({"", "...", "…", "n.a.", "n/a", "na", "-", "--", "—"})

#: IMF names that are not states: aggregates, "not specified" remainders, customs unions, parts of states.
#: Reviewed against every name in the 235 country tables (vintage February 2022).
AGGREGATES: frozenset[str] = frozenset({
    "World",
    "Advanced Economies",
    "Emerging and Developing Economies",
    "Emerging and Developing Asia",
    "Emerging and Developing Europe",
    "Middle East and Central Asia",
    "Sub-Saharan Africa",
    "Western Hemisphere",
    "Euro Area",
    "European Union",
    "Africa",
    "Middle East",
    "Memorandum Items",  # a heading row
    "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
    "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
    "Other Countries not included elsewhere",  # heading over Cuba and North Korea (listed on their own)
    "Special Categories",
    "Countries & Areas not specified",
    "Africa not specified",
    "Asia not specified",
    "Europe not specified",
    "Middle East and Central Asia not specified",
    "Western Hemisphere not specified",
    "Belgium-Luxembourg",  # the BLEU customs union, reported jointly before 1999
    "South African Common Customs Area (SACCA)",
    "Malaysia, West",  # peninsular Malaysia 1960–63, listed beside "Malaysia"
})

#: IMF spellings that :func:`actor_code_for_name` does not resolve (reviewed by hand; see the module docstring).
IMF_NAMES: dict[str, str] = {
    "Afghanistan, Islamic Rep. of": "AFG",
    "Armenia, Rep. of": "ARM",
    "Aruba, Kingdom of the Netherlands": "ABW",
    "Azerbaijan, Rep. of": "AZE",
    "Bahamas, The": "BHS",
    "Bahrain, Kingdom of": "BHR",
    "Belarus, Rep. of": "BLR",
    "Central African Rep.": "CAF",
    "China, P.R.: Hong Kong": "HKG",
    "China, P.R.: Macao": "MAC",
    "China, P.R.: Mainland": "CHN",
    "Comoros, Union of the": "COM",
    "Congo, Dem. Rep. of the": "COD",
    "Congo, Rep. of": "COG",
    "Croatia, Rep. of": "HRV",
    "Curaçao, Kingdom of the Netherlands": "CUW",
    "Dominican Rep.": "DOM",
    "Eastern Germany": "DDR",
    "Egypt, Arab Rep. of": "EGY",
    "Equatorial Guinea, Rep. of": "GNQ",
    "Eritrea, The State of": "ERI",
    "Estonia, Rep. of": "EST",
    "Eswatini, Kingdom of": "SWZ",
    "Ethiopia, The Federal Dem. Rep. of": "ETH",
    "Fiji, Rep. of": "FJI",
    "Gambia, The": "GMB",
    "Iran, Islamic Rep. of": "IRN",
    "Kazakhstan, Rep. of": "KAZ",
    "Korea, Dem. People's Rep. of": "PRK",
    "Korea, Rep. of": "KOR",
    "Kosovo, Rep. of": "XKX",
    "Kyrgyz Rep.": "KGZ",
    "Lao People's Dem. Rep.": "LAO",
    "Lesotho, Kingdom of": "LSO",
    "Madagascar, Rep. of": "MDG",
    "Marshall Islands, Rep. of the": "MHL",
    "Mauritania, Islamic Rep. of": "MRT",
    "Moldova, Rep. of": "MDA",
    "Mozambique, Rep. of": "MOZ",
    "Nauru, Rep. of": "NRU",
    "Netherlands, The": "NLD",
    "North Macedonia, Republic of": "MKD",
    "Palau, Rep. of": "PLW",
    "Poland, Rep. of": "POL",
    "San Marino, Rep. of": "SMR",
    "Serbia, Rep. of": "SRB",
    "Sint Maarten, Kingdom of the Netherlands": "SXM",
    "Slovak Rep.": "SVK",
    "Slovenia, Rep. of": "SVN",
    "South Sudan, Rep. of": "SSD",
    "Syrian Arab Rep.": "SYR",
    "São Tomé and Príncipe, Dem. Rep. of": "STP",
    "Taiwan Province of China": "TWN",
    "Tajikistan, Rep. of": "TJK",
    "Tanzania, United Rep. of": "TZA",
    "Timor-Leste, Dem. Rep. of": "TLS",
    "Uzbekistan, Rep. of": "UZB",
    "Venezuela, Rep. Bolivariana de": "VEN",
    "West Bank and Gaza": "PSE",
    "Yemen Arab Rep.": "YEM",  # as codes.py: ISO kept YE for the YAR at unification
    "Yemen, People's Dem. Rep. of": "YMD",
    "Yemen, Rep. of": "YEM",
}

#: Dissolved federations whose IMF row continues after the breakup (the unallocated remainder): last year
#: stored (as partner and as reporter).
UNTIL: dict[str, int] = {"USSR": 1991, "Yugoslavia": 1991, "Czechoslovakia": 1992}

#: Codes that are groups or "unknown", never a state or territory.
_NON_STATE_CODES = frozenset({"XXX", "EUU", "WEST1", "WEST2", "UNO", *CAMEO_GROUPS}) - {"NAM"}

_SKIP = SKIP_PREFIX
_YEAR = re.compile(r"^\d{4}$")
_NUMBER = re.compile(r"^-?[\d,]*\.?\d+(?:[eE][-+]?\d+)?$")

#: A workbook is read whole, never by lines: ``skip`` (lines before a CSV header; unused here) is set past the end
#: of any file, so tools that take a kind's first ``skip + n`` lines as a sample (the fuzz seeds) take it all.
WORKBOOK = FileKind("country-table", ("dots_*.xlsx",), (), skip=1 << 40)


def partner_code(name: str) -> str | None:
    """The stored code for an IMF state/territory name; ``None`` for aggregates and unknown names."""
    if name in AGGREGATES:
        return None
    code = IMF_NAMES.get(name) or actor_code_for_name(name)
    if code is None or code in _NON_STATE_CODES or ":" in code:
        return None
    return code


def is_state_or_territory(code: str) -> bool:
    """A code :func:`partner_code` can give: ISO 3166-1, historic ISO 3166-3 / user-assigned, or COW-only."""
    import pycountry

    return (code not in _NON_STATE_CODES and ":" not in code
            and (pycountry.countries.get(alpha_3=code) is not None or code in SPECIAL_CODES))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _fatal(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, SystemExit, MemoryError))


def _is_xlsx_zip(path: Path) -> bool:
    """Cheap test: a zip archive holding ``xl/workbook.xml`` (never raises)."""
    try:
        with path.open("rb") as f:
            if f.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except Exception:  # noqa: BLE001 - any unreadable file is simply not a workbook
        return False


@dataclass
class Sheet:
    """One sheet as read: its rows (lists of cells, index 0 = spreadsheet row 1) and where things are."""

    name: str
    source: str  # "path#sheet"
    rows: list[list[Any]]
    name_col: int
    header_row: int  # 0-based index into rows
    reporter: str
    reporter_row: int  # 1-based
    years: list[tuple[int, int]]  # (column, year)


@dataclass
class Workbook:
    path: Path
    sheets: list[Sheet] = field(default_factory=list)

    @property
    def reporter(self) -> str:
        return self.sheets[0].reporter

    def fingerprint(self) -> str:
        """sha256 of the reporter and every cell: equal for two copies of one table saved apart."""
        h = hashlib.sha256()
        for s in self.sheets:
            h.update(repr((s.name, s.rows)).encode())
        return h.hexdigest()


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    if not _is_xlsx_zip(path):
        raise DataError("not an .xlsx workbook (the file is not a zip archive with xl/workbook.xml)",
                        source=str(path), line=1,
                        hint="download the IMF DOTS country table again; it is damaged or not a spreadsheet")
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine raises its own errors and, on some damage, a Rust panic
        if _fatal(exc):
            raise
        raise DataError(f"cannot read the workbook: {_first_line(exc)}", source=str(path), line=1,
                        hint="download the IMF DOTS country table again; the copy is damaged") from None


def _sheet_rows(wb: Any, path: Path, name: str) -> list[list[Any]]:
    try:
        rows: list[list[Any]] = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except BaseException as exc:
        if _fatal(exc):
            raise
        raise DataError(f"cannot read the sheet: {_first_line(exc)}", source=f"{path}#{name}", line=1,
                        hint="download the IMF DOTS country table again; the copy is damaged") from None
    return rows


def _text(cell: Any) -> str:
    return cell.strip() if isinstance(cell, str) else ""


def _year_of(cell: Any) -> int | None:
    if isinstance(cell, str) and _YEAR.match(cell.strip()):
        return int(cell.strip())
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer() \
            and 1900 <= cell <= 2100:
        return int(cell)
    return None


def _layout(path: Path, name: str, title: str, rows: list[list[Any]]) -> Sheet:
    """Find the header row of years, the name column and the title block; DataError if the layout is not DOTS'."""
    source = f"{path}#{name}"
    hint = "is this an IMF DOTS country table (title, reporter, 'US Dollars, Millions', a row of years)?"
    for i, row in enumerate(rows[:30]):
        cols = [(j, _year_of(c)) for j, c in enumerate(row) if not (isinstance(c, str) and not c.strip())]
        if not cols or any(y is None for _, y in cols):
            continue
        years = [(j, int(y)) for j, y in cols if y is not None]
        name_col = years[0][0] - 1
        if name_col < 0:
            break
        if any(b[1] <= a[1] for a, b in zip(years, years[1:], strict=False)):
            raise DataError("the years of the header row are not in increasing order", source=source, line=i + 1,
                            hint=hint)
        block = [(k, _text(r[name_col])) for k, r in enumerate(rows[:i]) if len(r) > name_col and _text(r[name_col])]
        if len(block) != 3:
            raise DataError(f"expected a title block of 3 lines above the years (title, reporter, unit), found "
                            f"{len(block)}", source=source, line=i + 1, hint=hint)
        (_, t), (rk, reporter), (uk, unit) = block
        if not t.startswith(title):
            raise DataError(f"the sheet title is {t!r}, expected one starting {title!r}", source=source,
                            line=block[0][0] + 1, hint=hint)
        if unit != UNIT_TEXT:
            raise DataError(f"the unit is {unit!r}, expected {UNIT_TEXT!r}", source=source, line=uk + 1,
                            hint="values are read as million US dollars; a table in another unit is not loaded")
        return Sheet(name, source, rows, name_col, i, reporter, rk + 1, years)
    raise DataError("no header row of years (e.g. '1992' … '2020') in the first 30 rows", source=source,
                    line=1, hint=hint)


def read_workbook(path: Path, sheets: Sequence[str] | None = None) -> Workbook:
    """Open and check a DOTS country table (both sheets unless ``sheets`` names some)."""
    wb = _open_workbook(path)
    names = list(getattr(wb, "sheet_names", []) or [])
    wanted = [s for s in SHEETS if sheets is None or s[0] in sheets]
    missing = [s for s, _, _ in wanted if s not in names]
    if missing:
        raise DataError(f"no sheet {', '.join(repr(m) for m in missing)} (sheets: {', '.join(names) or 'none'})",
                        source=str(path), line=1,
                        hint="an IMF DOTS country table has the sheets 'Exports, FOB' and 'Imports, CIF'")
    out = Workbook(path)
    for sheet, _, _ in wanted:
        out.sheets.append(_layout(path, sheet, sheet, _sheet_rows(wb, path, sheet)))
    reporters = {s.reporter for s in out.sheets}
    if len(reporters) > 1:
        s = out.sheets[-1]
        raise DataError(f"the sheets name different reporters: {', '.join(sorted(reporters))}", source=s.source,
                        line=s.reporter_row, hint="the workbook is damaged or was edited; download it again")
    return out


def _natural(path: Path) -> tuple[Any, ...]:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.name.lower()))


def _skip_kind(reason: str) -> FileKind:
    return FileKind(_SKIP + reason, WORKBOOK.patterns, (), skip=WORKBOOK.skip)


def _parse_value(cell: Any) -> tuple[float | None, bool, str | None]:
    """(value, estimate, error) of a cell; value None and error None = missing."""
    if isinstance(cell, bool):
        return None, False, f"not a number: {cell!r}"
    if isinstance(cell, (int, float)):
        v = float(cell)
        return (None, False, None) if math.isnan(v) else (v, False, None)
    if isinstance(cell, str):
        s = cell.strip()
        if s.lower() in MISSING:
            return None, False, None
        est = False
        if s.endswith(" e") or s.endswith("\u00a0e"):
            est, s = True, s[:-1].strip()
        if _NUMBER.match(s):
            return float(s.replace(",", "")), est, None
        return None, False, f"not a number: {cell!r}"
    return None, False, f"not a number: {cell!r}"


@register
class ImfDots(Loader):
    name = "imf-dots"
    title = "IMF Direction of Trade Statistics — exports and imports by partner, annual (country tables)"
    version = "country tables as downloaded Feb 2022, data 1960–2020 (SamLeBlanc/Direction-of-Trade-Map @ a0b40af)"
    licence = "© IMF; free reuse with attribution (IMF terms of use)"
    citation = "International Monetary Fund, Direction of Trade Statistics (DOTS)"
    url = "https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85"
    folder = "imf_dots_country_tables"
    kinds = (WORKBOOK,)
    method = "imf-dots.v1"

    # -- recognising files -------------------------------------------------------------------------
    def header_matches(self, path: Path, kind: FileKind) -> bool:
        """True for an .xlsx with the two DOTS sheets and their layout (False, never an error, otherwise)."""
        if not _is_xlsx_zip(path):
            return False
        try:
            read_workbook(path, sheets=[SHEETS[0][0]])
        except DataError:
            return False
        return True

    def check_header(self, path: Path, kind: FileKind) -> None:
        if path.stat().st_size == 0:
            raise DataError("the file is empty", source=str(path), line=1, hint=f"download the {self.name} file again")
        if not _is_xlsx_zip(path):  # the layout itself was checked by find_files (and again by load_file)
            read_workbook(path, sheets=[SHEETS[0][0]])

    def find_files(self, path: Path) -> list[tuple[Path, FileKind]]:
        """Every ``DOTS_*.xlsx`` (or the one workbook given); aggregate reporters and duplicate workbooks get a
        ``skipped: …`` kind (see the module docstring)."""
        if path.is_file():
            files = [path]
        elif path.is_dir():
            files = sorted((p for p in path.rglob("*") if p.is_file() and self.kind_by_name(p) is not None),
                           key=_natural)
            if not files:
                raise InputError(f"no {self.name} files in this folder", source=str(path),
                                 hint="expected IMF DOTS country tables named like DOTS_1.xlsx")
        else:
            raise InputError("no such file or folder", source=str(path), hint="check the path")
        found: list[tuple[Path, FileKind]] = []
        first_of: dict[str, tuple[Path, str | None]] = {}  # reporter -> (first workbook, its fingerprint)
        for f in files:
            if f.stat().st_size == 0:
                raise DataError("the file is empty", source=str(f), line=1, hint=f"download the {self.name} file again")
            wb = read_workbook(f, sheets=[SHEETS[0][0]])
            reporter = wb.reporter
            if reporter in AGGREGATES:
                found.append((f, _skip_kind(f"aggregate reporter {reporter!r}, not a state")))
                continue
            if reporter in first_of:
                other, fp = first_of[reporter]
                if fp is None:
                    fp = read_workbook(other).fingerprint()
                    first_of[reporter] = (other, fp)
                if read_workbook(f).fingerprint() != fp:
                    raise DataError(f"two workbooks for the reporter {reporter!r} with different values: "
                                    f"{other.name} and {f.name}", source=str(f), line=wb.sheets[0].reporter_row,
                                    hint="keep one of them (the newer vintage) in the folder, or load them one by one")
                found.append((f, _skip_kind(f"duplicate of {other.name}")))
                continue
            first_of[reporter] = (f, None)
            found.append((f, WORKBOOK))
        return found

    # -- loading -----------------------------------------------------------------------------------
    def load_file(self, ctx: LoadSession) -> None:
        wb = read_workbook(ctx.path)
        if ctx.kind.name.startswith(_SKIP):  # read (and counted), not stored: see find_files
            ctx.rows_read += sum(self._data_rows(s) for s in wb.sheets)
            return
        first = wb.sheets[0]
        reporter_name = wb.reporter
        reporter = partner_code(reporter_name)
        if reporter is None:
            raise DataError(f"unknown reporter {reporter_name!r}: neither a state nor a known IMF aggregate",
                            source=first.source, line=first.reporter_row,
                            hint="add the IMF spelling to IMF_NAMES or AGGREGATES in multipolar/datasets/imfdots.py")
        reporter_until = UNTIL.get(reporter_name)
        cols: dict[str, list[Any]] = {k: [] for k in ("indicator", "from_actor", "to_actor", "period", "year",
                                                       "month", "value", "unit", "source_row", "estimate")}
        rejects: list[tuple[str, int, str]] = []
        for sheet, (_, indicator, total) in zip(wb.sheets, SHEETS, strict=True):
            ctx.rows_read += self._sheet(sheet, indicator, total, reporter, reporter_until, cols, rejects)
        ctx.reject_rows(rejects)
        if not cols["value"]:
            return
        import pyarrow as pa
        import pyarrow.compute as pc

        n = len(cols["value"])
        year = pa.array(cols["year"], pa.int32())
        table = pa.table({
            "indicator": pa.array(cols["indicator"], pa.string()),
            "from_actor": pa.repeat(pa.scalar(reporter, pa.string()), n),
            "to_actor": pa.array(cols["to_actor"], pa.string()),
            "period": pc.cast(year, pa.string()),
            "year": year,
            "month": pa.nulls(n, pa.int32()),
            "value": pa.array(cols["value"], pa.float64()),
            "unit": pa.repeat(pa.scalar("usd_million", pa.string()), n),
            "source_row": pa.array(cols["source_row"], pa.int64()),
            "estimate": pa.array(cols["estimate"], pa.bool_()),
        })
        ctx.insert_arrow_observations(table)

    @staticmethod
    def _data_rows(sheet: Sheet) -> int:
        return sum(1 for r in sheet.rows[sheet.header_row + 1:] if any(_text(c) or not isinstance(c, str) for c in r))

    @staticmethod
    def _sheet(sheet: Sheet, indicator: str, total: str, reporter: str, reporter_until: int | None,
               cols: dict[str, list[Any]], rejects: list[tuple[str, int, str]]) -> int:
        """Append the sheet's observations to ``cols`` (and its rejects); returns the partner rows read."""
        read = 0
        nc = sheet.name_col
        years = [(j, y) for j, y in sheet.years if reporter_until is None or y <= reporter_until]
        seen_name: dict[str, tuple[int, list[Any]]] = {}  # partner name -> (row, cells) first seen
        by_code: dict[str | None, tuple[int, str, set[int]]] = {}  # to_actor -> (first row, name, years stored)
        ycols = [j for j, _ in years]
        yvals = [y for _, y in years]
        j0, j1 = (ycols[0], ycols[-1]) if ycols else (0, -1)
        contiguous = ycols == list(range(j0, j1 + 1))
        ind, to, yr, val, srow, est = (cols["indicator"], cols["to_actor"], cols["year"], cols["value"],
                                       cols["source_row"], cols["estimate"])
        width = max((j for j, _ in sheet.years), default=nc) + 1
        for k in range(sheet.header_row + 1, len(sheet.rows)):
            row = sheet.rows[k]
            line = k + 1
            name = _text(row[nc]) if len(row) > nc else ""
            cells = row[nc + 1:width]
            if not name:
                if any(not (isinstance(c, str) and not c.strip()) for c in row):
                    read += 1
                    rejects.append((sheet.source, line, "values without a partner name"))
                continue
            read += 1
            stray = [j for j in range(width, len(row)) if not (isinstance(row[j], str) and not row[j].strip())]
            if stray:
                rejects.append((sheet.source, line, f"a value in column {stray[0] + 1}, which has no year"))
            if name == WORLD:
                to_actor: str | None = None
                ind_name = total
            elif name in AGGREGATES:
                continue
            else:
                to_actor = partner_code(name)
                ind_name = indicator
                if to_actor is None:
                    rejects.append((sheet.source, line, f"unknown partner {name!r}: neither a state/territory nor a "
                                                        "known IMF aggregate"))
                    continue
                if to_actor == reporter:
                    rejects.append((sheet.source, line, f"partner {name!r} is the reporter itself"))
                    continue
            if name in seen_name:
                first_row, first_cells = seen_name[name]
                if first_cells == cells:
                    continue  # the same partner listed again under a grouping: stored once
                rejects.append((sheet.source, line, f"partner {name!r} listed again (first in row {first_row}) with "
                                                    "different values"))
                continue
            seen_name[name] = (line, cells)
            until = UNTIL.get(name)
            ry: list[int] = []
            rv: list[float] = []
            re_: list[bool] = []
            for y, cell in zip(yvals, row[j0:j1 + 1] if contiguous else [row[j] for j in ycols], strict=False):
                if cell.__class__ is float:  # the common cases first: a plain number, an empty cell
                    if cell != cell:  # NaN
                        continue
                    v, e = cell, False
                elif cell.__class__ is str and not cell:
                    continue
                else:
                    v_, e, err = _parse_value(cell)
                    if err is not None:
                        rejects.append((sheet.source, line, f"{y}: {err}"))
                        continue
                    if v_ is None:
                        continue
                    v = v_
                if until is not None and y > until:
                    continue  # the former federation's unallocated remainder: an aggregate
                ry.append(y)
                rv.append(v)
                re_.append(e)
            if to_actor in by_code:  # a second name for one code (Yemen Arab Rep. / Yemen, Rep. of): no year twice
                other_row, other, years_had = by_code[to_actor]
                keep = [i for i, y in enumerate(ry) if y not in years_had]
                for y in ry:
                    if y in years_had:
                        rejects.append((sheet.source, line, f"{y}: {name!r} gives {to_actor} again (already row "
                                                            f"{other_row}, {other!r})"))
                ry, rv, re_ = [ry[i] for i in keep], [rv[i] for i in keep], [re_[i] for i in keep]
                years_had.update(ry)
            else:
                by_code[to_actor] = (line, name, set(ry))
            n = len(ry)
            ind.extend([ind_name] * n)
            to.extend([to_actor] * n)
            srow.extend([line] * n)
            yr.extend(ry)
            val.extend(rv)
            est.extend(re_)
        return read
